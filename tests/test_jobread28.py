"""Session 28: kinds found on job dev set 28 (ads nobody had tuned on), each with short inputs of its own.

- A one-line field ("Rémunération : Smic", "Location: Leeds") is no section heading: the sentences and bullets after
  it stay in the section they were in, instead of being dropped as the benefits.
- A CMS page that is all YAML front matter, the ad a long text field of a box ("infoBox: {title: …, text: >- …}"), is
  read as its lines: its headings and "- " items, not nothing.
- A paragraph under a requirements heading that opens with the qualification it asks ("A Bachelor's degree from …",
  "High school diploma and …") is read beside the ad's bullets, as one opening with "Experience" or "Degree" was.
- "Das erwartet dich" heads the duties, as "Was dich erwartet" did; "What you'll get" heads what the post offers.
- A bullet that is a whole job ("- **Cook**: we need a cook. Requirements: HACCP, knife skills, …") gives the list after
  its requirements label, an item each, not the tools alone.
- An English line that opens with the ability or experience it asks ("Ability to work independently, under pressure
  and meet deadlines") gives its first clause, no longer one word or nothing.
- French, German, Dutch and Portuguese requirement cues: "Nous recherchons quelqu’un de …", "… est demandée", "Il faut
  savoir …", "… wird vorausgesetzt", "… será um diferencial".
"""

from __future__ import annotations

from core.analysis.job import extract_requirements
from core.analysis.job_prose_langs import foreign_cue_items


def _read(text: str) -> str:
    return " | ".join(extract_requirements(text)).lower()


def test_a_pay_field_does_not_swallow_the_requirement_sentences_after_it() -> None:
    ad = ("Notre librairie recrute un vendeur pour la saison.\n\n"
          ":moneybag: Rémunération : selon la convention\n\n"
          "Nous recherchons quelqu’un de curieux, ayant le goût du conseil et qui aime lire.\n"
          "Une expérience de la vente en librairie est demandée.\n\n"
          "**Vos tâches :**\n\n- Conseiller les clients\n- Tenir la caisse\n")
    read = _read(ad)
    assert "le goût du conseil" in read
    assert "expérience de la vente en librairie" in read
    assert "convention" not in read


def test_a_location_field_under_a_requirements_heading_keeps_the_bullets_required() -> None:
    ad = ("Requirements\nLocation: Leeds\n- Forklift licence\n- Experience of stock rotation\n\n"
          "What we offer\n- Free parking\n")
    read = _read(ad)
    assert "forklift licence" in read and "stock rotation" in read
    assert "leeds" not in read and "parking" not in read


def test_a_bare_heading_still_opens_its_section() -> None:
    ad = "Benefits\n- Gym membership\n- Pension\n\nWhat you need\n- Welding certificate\n"
    read = _read(ad)
    assert "welding" in read and "gym" not in read and "pension" not in read


def test_french_cues_of_whom_the_employer_seeks_and_what_is_asked() -> None:
    items, plus = foreign_cue_items("Nous recherchons donc quelqu’un de rigoureux, ayant le sens du service.", "fr")
    assert not plus and any("sens du service" in item for item in items)
    assert foreign_cue_items("La maîtrise d'Excel est demandée.", "fr") == (["La maîtrise d'Excel"], False)
    assert foreign_cue_items("Il faut savoir conduire un chariot élévateur.", "fr") == (["conduire un chariot élévateur"],
                                                                                         False)
    assert foreign_cue_items("Il faut que le poste soit pourvu vite.", "fr") is None  # "il faut que": no skill asked


def test_trailing_cues_in_german_dutch_and_portuguese() -> None:
    assert foreign_cue_items("Ein Staplerschein wird vorausgesetzt.", "de") == (["Ein Staplerschein"], False)
    assert foreign_cue_items("Ervaring met Exact Online wordt gewenst.", "nl") == (["Ervaring met Exact Online"], True)
    assert foreign_cue_items("Experiência com Excel será um diferencial.", "pt") == (["Experiência com Excel"], True)
    assert foreign_cue_items("Inglês avançado é obrigatório.", "pt") == (["Inglês avançado"], False)


def test_an_ad_in_a_front_matter_box_is_read_as_its_headings_and_items() -> None:
    page = ("---\ntemplateKey: home\nbanner:\n  show: true\n  title: Wir suchen dich!\n  text: >-\n"
            "    Wir suchen ab sofort eine Fachkraft (m/w/d) für unsere Gärtnerei.\n\n\n"
            "    Deine Aufgaben:\n\n\n    - Pflege der Beete und Gewächshäuser\n\n    - Verkauf im Hofladen\n\n\n"
            "    Das bringst du mit:\n\n\n    - Abgeschlossene Ausbildung als Gärtner\n\n    - Führerschein Klasse B\n\n\n"
            "    Wir bieten:\n\n\n    - Ein familiäres Team\n\n    - 30 Tage Urlaub\n---\n")
    read = _read(page)
    assert "ausbildung als gärtner" in read and "führerschein klasse b" in read
    assert "urlaub" not in read and "familiäres team" not in read


def test_a_qualification_paragraph_under_a_requirements_heading_is_read_beside_bullets() -> None:
    ad = ("## What you will do\n\n- Plan the weekly rota\n- Answer patient calls\n\n"
          "## Education and Experience\n\nA Master's degree in public health and two years of clinic administration "
          "experience.\n")
    read = _read(ad)
    assert "master's degree in public health" in read


def test_das_erwartet_dich_heads_the_duties() -> None:
    from core.analysis.job_lines import _header_priority

    assert _header_priority("Das erwartet dich")[0] == 1 and _header_priority("Was erwartet Sie?")[0] == 1


def test_what_you_will_get_heads_the_offer_but_what_you_will_get_to_do_the_work() -> None:
    from core.analysis.job_lines import _header_priority

    assert _header_priority("What you’ll get")[0] == 3 and _header_priority("Why you'll love it here")[0] == 3
    assert _header_priority("What you will get to do")[0] != 3
    ad = "Requirements\n- Zendesk\n- Two years in tech support\n\nWhat you'll get\n- A home office allowance\n- Yoga\n"
    read = _read(ad)
    assert "zendesk" in read and "allowance" not in read and "yoga" not in read


def test_a_requirements_label_inside_a_bullet_gives_its_list() -> None:
    ad = ("### Open roles\n"
          "- **Repartidor**: Buscamos un repartidor puntual. Requisitos: carnet de conducir B, conocimiento de la ciudad, "
          "y trato amable con los clientes.\n"
          "- **Cocinero**: Necesitamos un cocinero. Requisitos: manipulador de alimentos, experiencia en cocina italiana.\n")
    read = _read(ad)
    assert "conocimiento de la ciudad" in read and "trato amable con los clientes" in read
    assert "experiencia en cocina italiana" in read
    assert "buscamos un repartidor" not in read


def test_an_ability_or_experience_line_gives_its_first_clause() -> None:
    ad = ("Requirements\n- Ability to work alone, under pressure and meet deadlines\n"
          "- Experience in housing, local government or a charity, in particular with tenants, is a plus\n")
    read = _read(ad)
    assert "ability to work alone, under pressure and meet deadlines" in read
    assert "experience in housing, local government or a charity" in read and "tenants" not in read


def test_a_short_ability_line_keeps_the_short_reading() -> None:
    read = _read("Requirements\n- Ability to drive\n- Knowledge of Excel\n")
    assert "excel" in read and "ability to drive" not in read
