"""Job ads read right in the shapes people paste them and the ways they state requirements (session 26, issue 15
point 2): HTML with its tags, a JSON or JavaScript record, a schema.org JobPosting, bare YAML fields, escaped bullets;
requirements written in prose (second clauses; German, French, Spanish, Dutch, Italian sentences); headings of
requirements, duties and offers in those languages; a long ad's requirements ranked, not cut at twelve.
All ads here are made up for these tests."""

import json

from core.analysis.job import APP_LIMIT, STATED_MOST, extract_requirements
from core.analysis.job_markup import job_page_text
from core.analysis.job_prose_langs import foreign_cue_items, presents_employer

PLAIN = """Multi-drop Driver

Requirements
- Valid HGV Class 1 licence
- Driver CPC card
- At least 2 years' experience in multi-drop delivery
- Knowledge of tachograph rules & the working time directive

Benefits
- Pension scheme
- 25 days holiday
"""

HTML = ("<h2>Multi-drop Driver</h2><p>We are a family logistics firm&nbsp;in Leeds.</p>"
        "<h3>Requirements</h3><ul><li>Valid HGV Class 1 licence</li><li>Driver CPC card</li>"
        "<li>At least 2 years&#39; experience in multi-drop delivery</li>"
        "<li>Knowledge of tachograph rules &amp; the working time directive</li></ul>"
        "<h3>Benefits</h3><ul><li>Pension&nbsp;scheme</li><li>25 days holiday</li></ul>")


def _joined(text: str, limit: int | None = 40) -> str:
    return " | ".join(extract_requirements(text, limit=limit))


def test_html_ad_reads_as_its_plain_text():
    got = extract_requirements(HTML)
    assert got == extract_requirements(PLAIN), got
    joined = " | ".join(got)
    for want in ("HGV Class 1 licence", "Driver CPC card", "2 years' experience in multi-drop delivery",
                 "tachograph rules"):
        assert want in joined, joined
    assert "<" not in joined and "&amp;" not in joined and "Pension" not in joined and "holiday" not in joined, joined


def test_html_lines_keep_bullets_breaks_and_headings():
    text = job_page_text("<p><strong>What you'll need</strong><br>- Python &amp; SQL<br>- Statistical modelling</p>"
                         "<ol><li>Excellent written English</li></ol>")
    assert [line for line in text.splitlines() if line] == [
        "What you'll need", "- Python & SQL", "- Statistical modelling", "- Excellent written English"], text


def test_json_record_holding_the_ad_reads_its_description_not_its_metadata():
    record = json.dumps({"title": "Staff Nurse", "company": "Harbourside Care", "location": "Whitby",
                         "salary": "£35,000", "datePosted": "2026-11-02",
                         "description": "<p>Join our ward team.</p><h3>Essential criteria</h3><ul>"
                                        "<li>NMC registration</li><li>Experience in acute medical nursing</li>"
                                        "<li>IV medication administration</li></ul>"})
    joined = _joined(record)
    for want in ("NMC registration", "acute medical nursing", "medication administration"):
        assert want in joined, joined
    for metadata in ("Staff Nurse", "Harbourside", "Whitby", "35,000", "2026", "{", "<li>"):
        assert metadata not in joined, joined


def test_javascript_object_literal_with_bare_keys_is_read():
    source = """export const job = {
  id: 'ops-17',
  title: 'Warehouse Team Leader',
  location: 'Daventry',
  requirements: ['Counterbalance forklift licence', 'Experience with WMS scanners', 'Leading a shift team of 10+'],
  benefits: ['Free parking', 'Canteen'],
};"""
    joined = _joined(source)
    for want in ("forklift licence", "WMS", "shift team"):
        assert want in joined, joined
    for metadata in ("Daventry", "ops-17", "parking", "Canteen", "Team Leader"):
        assert metadata not in joined, joined


def test_schema_org_job_posting_in_a_page_is_read():
    posting = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Management Accountant",
               "hiringOrganization": {"@type": "Organization", "name": "Fenwick Mills"},
               "description": "<p>Requirements:</p><ul><li>ACCA or CIMA qualified</li>"
                              "<li>Experience of month-end close</li></ul>",
               "qualifications": "Strong knowledge of IFRS"}
    page = f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body></body></html>'
    joined = _joined(page)
    for want in ("ACCA or CIMA qualified", "month-end close", "IFRS"):
        assert want in joined, joined
    assert "Fenwick" not in joined and "JobPosting" not in joined, joined


def test_bare_yaml_fields_without_fences_are_read():
    page = """title: Warehouse Operative
location: Bristol
requirements:
  - Counterbalance forklift licence
  - Experience with RF scanners
benefits:
  - Free parking
"""
    joined = _joined(page)
    assert "forklift licence" in joined and "RF scanners" in joined, joined
    assert "Warehouse" not in joined and "Bristol" not in joined and "parking" not in joined, joined


def test_an_ad_with_a_capitalised_heading_is_no_yaml():
    text = "Requirements:\n- SQL\n- Tableau\nBenefits:\n- Gym"
    assert job_page_text(text) == text


def test_escaped_dashes_and_bullets_are_read_as_bullets():
    escaped = ("Requirements\\n\\u2022 Experience with Kubernetes\\n\\- Terraform modules\\n"
               "\\* On-call incident response\\n&#8226; Linux administration")
    text = job_page_text(escaped)
    assert text.splitlines() == ["Requirements", "• Experience with Kubernetes", "- Terraform modules",
                                 "* On-call incident response", "• Linux administration"], text
    joined = _joined(escaped)
    for want in ("Kubernetes", "Terraform", "On-call", "Linux"):
        assert want in joined, joined
    assert "\\" not in joined and "&#" not in joined, joined


def test_bullets_flattened_into_one_line_are_split():
    text = job_page_text("Requirements: • SQL • Tableau dashboards • Stakeholder reporting")
    assert text.splitlines() == ["Requirements:", "- SQL", "- Tableau dashboards", "- Stakeholder reporting"], text


def test_html_person_specification_table_keeps_its_columns():
    page = ("<h2>Person specification</h2><table><tr><th>Criteria</th><th>Essential</th><th>Desirable</th></tr>"
            "<tr><td>Qualifications</td><td><ul><li>Qualified Teacher Status</li></ul></td>"
            "<td><ul><li>Forest School Level 3</li></ul></td></tr>"
            "<tr><td>Experience</td><td><ul><li>Teaching phonics in KS1</li></ul></td><td></td></tr></table>")
    got = extract_requirements(page)
    joined = " | ".join(got)
    assert "Qualified Teacher Status" in joined and "phonics" in joined and "Forest School" in joined, got
    assert got.index(next(r for r in got if "Forest School" in r)) > got.index(
        next(r for r in got if "Qualified Teacher Status" in r)), got  # desirable after essential
    assert "Criteria" not in joined and "Essential" not in joined, got


def test_a_layout_table_reads_cell_by_cell():
    text = job_page_text("<table><tr><td>Profil recherché</td></tr><tr><td>Travail en équipe<br>Permis B</td></tr>"
                         "</table>")
    assert text.splitlines() == ["Profil recherché", "Travail en équipe", "Permis B"], text


def test_prose_second_clauses_are_requirements():
    ad = """Delivery Driver

We are looking for a driver for our Bristol depot.

You will hold a valid HGV licence and have at least three years' experience of multi-drop deliveries, and be
confident using Excel. You should also have a Driver CPC card. Knowledge of tachograph regulations would be an
advantage."""
    got = extract_requirements(ad)
    joined = " | ".join(got)
    for want in ("valid HGV licence", "three years' experience of multi-drop deliveries", "Excel", "Driver CPC card",
                 "tachograph regulations"):
        assert want in joined, got
    assert got[-1] == "tachograph regulations", got  # the advantage comes last


def test_foreign_requirement_sentences_give_one_item_per_thing_asked():
    cases = {
        ("de", "Sie haben eine abgeschlossene Ausbildung als Elektroniker für Energie- und Gebäudetechnik und "
               "verfügen über mehrjährige Berufserfahrung."):
            ["eine abgeschlossene Ausbildung als Elektroniker für Energie- und Gebäudetechnik",
             "mehrjährige Berufserfahrung"],
        ("fr", "Vous êtes titulaire du permis C et de la FIMO, et justifiez d'une expérience de 2 ans en livraison."):
            ["permis C", "de la FIMO", "une expérience de 2 ans en livraison"],
        ("es", "Se requiere experiencia mínima de dos años en sala y carnet de manipulador de alimentos."):
            ["experiencia mínima de dos años en sala", "carnet de manipulador de alimentos"],
        ("nl", "Je bent in het bezit van rijbewijs B en VCA."): ["rijbewijs B", "VCA"],
        ("it", "Hai maturato almeno 2 anni di esperienza in magazzino e possiedi il patentino per il muletto."):
            ["almeno 2 anni di esperienza in magazzino", "il patentino per il muletto"],
    }
    for (lang, sentence), items in cases.items():
        assert foreign_cue_items(sentence, lang) == (items, False), (sentence, foreign_cue_items(sentence, lang))
    assert foreign_cue_items("Kenntnisse in KNX sind von Vorteil.", "de") == (["Kenntnisse in KNX"], True)
    assert foreign_cue_items("Wir sind ein Familienbetrieb in Köln.", "de") is None
    assert foreign_cue_items("As a driver you will travel across the county.", "") is None


def test_sentences_that_only_present_the_employer_ask_nothing():
    assert presents_employer("Wir sind ein mittelständischer Betrieb in Köln.")
    assert presents_employer("Restaurante en Madrid busca camarero.")
    assert presents_employer("Azienda di logistica cerca magazziniere.")
    assert not presents_employer("Buscamos una persona con nivel alto de inglés.")
    assert not presents_employer("Sie haben eine abgeschlossene Ausbildung.")


def test_foreign_prose_ads_give_their_requirements_not_their_introduction():
    ads = {
        """Elektriker (m/w/d)

Wir sind ein mittelständischer Betrieb in Köln.

Sie haben eine abgeschlossene Ausbildung als Elektroniker und verfügen über mehrjährige Berufserfahrung in der
Installation. Sie besitzen den Führerschein Klasse B. Kenntnisse in KNX sind von Vorteil.""":
            (["Ausbildung als Elektroniker", "mehrjährige Berufserfahrung", "Führerschein Klasse B", "KNX"],
             ["mittelständischer", "Köln"]),
        """Magazziniere

Azienda di logistica cerca magazziniere.

Hai maturato almeno 2 anni di esperienza in magazzino e possiedi il patentino per il carrello elevatore. Conosci il
pacchetto Office e sei in grado di lavorare su turni.""":
            (["2 anni di esperienza in magazzino", "patentino per il carrello elevatore", "pacchetto Office",
              "lavorare su turni"], ["Azienda", "cerca"]),
    }
    for ad, (wanted, unwanted) in ads.items():
        joined = _joined(ad)
        for want in wanted:
            assert want in joined, joined
        for not_wanted in unwanted:
            assert not_wanted not in joined, joined


def test_dutch_and_italian_headings_rank_requirements_first_and_drop_offers():
    dutch = """Wat ga je doen?
- Je bereidt maaltijden voor
Wat vraag je?
- Een afgeronde mbo-opleiding koken
- Minimaal twee jaar ervaring in een professionele keuken
Wat bieden wij?
- Een goed salaris
- 25 vakantiedagen"""
    got = extract_requirements(dutch)
    assert got[:2] == ["afgeronde mbo-opleiding koken", "Minimaal twee jaar ervaring in een professionele keuken"], got
    assert not any("salaris" in r or "vakantiedagen" in r for r in got), got
    italian = """Mansioni:
- Gestione della contabilità generale
Requisiti:
- Laurea in Economia
- Esperienza di almeno 3 anni nel ruolo
Cosa offriamo:
- Contratto a tempo indeterminato"""
    got = extract_requirements(italian)
    assert got[:2] == ["Laurea in Economia", "Esperienza di almeno 3 anni nel ruolo"], got
    assert not any("Contratto" in r for r in got), got


def test_sentence_case_headings_end_an_unbulleted_list():
    ad = """Ihr Profil
Abgeschlossene Ausbildung als Kauffrau für Büromanagement
Sicherer Umgang mit MS Office
Das bieten wir
Ein unbefristeter Arbeitsvertrag"""
    joined = _joined(ad)
    assert "Kauffrau für Büromanagement" in joined and "MS Office" in joined, joined
    assert "Arbeitsvertrag" not in joined and "bieten" not in joined, joined


LONG_AD = "\n".join(
    ["Site Engineer", "", "What you'll do"]
    + [f"- {duty}" for duty in ("Set out the works on site", "Check levels with the site team", "Attend progress meetings",
                                "Review subcontractor method statements", "Keep the site diary")]
    + ["", "Requirements"]
    + [f"- {req}" for req in ("HND in Civil Engineering", "CSCS card", "SMSTS certificate", "Experience of setting out",
                              "Use of a total station", "Knowledge of the CDM regulations", "AutoCAD drawings",
                              "Reading structural drawings", "Temporary works awareness", "NEC3 contracts",
                              "Quality inspection and test plans", "Concrete pour records", "Drainage design basics",
                              "Full UK driving licence", "First aid at work certificate", "Asbestos awareness")]
)


def test_a_long_ads_requirements_are_ranked_not_cut_at_twelve():
    default = extract_requirements(LONG_AD)
    assert APP_LIMIT < len(default) <= STATED_MOST, default
    joined = " | ".join(default)
    for late in ("Full UK driving licence", "First aid at work certificate", "Asbestos awareness"):
        assert late in joined, default  # the requirements section's last lines are kept
    for duty in ("setting out the works", "site diary", "progress meetings"):
        assert duty not in joined.lower(), default  # a duty never takes a place past the short list
    assert extract_requirements(LONG_AD, limit=12) == default[:12]


def test_duties_still_fill_a_short_list():
    ad = """Duties
- Triage patients in the emergency department
- Administer IV medication
Requirements
- NMC registration"""
    got = extract_requirements(ad)
    assert any("NMC" in r for r in got) and any("IV medication" in r for r in got), got
    assert len(got) <= APP_LIMIT and any("triag" in r.lower() for r in got), got


def test_heading_wordings_of_requirements_duties_and_offers():
    from core.analysis.job_lines import _header_priority

    asks = ["What we're looking for", "What you bring", "About you", "You might be a fit if", "Is this you?",
            "You should apply if", "Your background", "Sie bringen mit", "Das bringst du mit", "Votre profil",
            "Ce que nous recherchons", "Tu perfil", "Qué buscamos", "Wat vragen wij?", "Wie ben jij?", "Requisiti",
            "Cosa cerchiamo", "Il candidato ideale", "Personal qualities", "Cualidades personales",
            "Qualités personnelles", "Persönliche Eigenschaften", "Qualità personali", "Persoonlijke kwaliteiten"]
    duties = ["Key responsibilities", "What you'll be doing", "Ihre Aufgaben", "Vos missions", "Tus funciones",
              "Wat ga je doen?", "Mansioni", "Cosa farai"]
    offers = ["What's in it for you", "Why you'll love working here", "Our offer", "Rewards", "Wir bieten",
              "Was wir bieten", "Ce que nous offrons", "Qué ofrecemos", "Wat bieden wij?", "Arbeidsvoorwaarden",
              "Cosa offriamo", "Condizioni", "How to apply"]
    others = ["Quality assurance", "Qualità del servizio", "About the team"]
    assert [h for h in asks if _header_priority(h)[0] != 0] == []
    assert [h for h in duties if _header_priority(h)[0] != 1] == []
    assert [h for h in offers if _header_priority(h)[0] != 3] == []
    assert [h for h in others if _header_priority(h)[0] != 1] == []


def test_what_the_employer_itself_does_is_no_duty_to_ask_about():
    ad = """Kitchen Porter

We run a busy restaurant in Leeds.

You'll need a full UK driving licence. The role requires a Level 2 Food Hygiene certificate and experience with
HACCP."""
    got = extract_requirements(ad)
    assert not any("restaurant" in r.lower() for r in got), got
    assert any("driving licence" in r for r in got) and "HACCP" in got, got


def test_dash_word_and_tick_list_marks_are_bullets():
    german = "Ihr Profil:\n– Abgeschlossene Ausbildung als Industriemechaniker\n– Staplerschein\nWir bieten:\n– 30 Tage Urlaub"
    got = extract_requirements(german)
    assert "Ausbildung als Industriemechaniker" in got and "Staplerschein" in got, got
    assert not any("–" in r or "Urlaub" in r for r in got), got
    for mark in ("\uf0b7", "✓", "➢"):
        got = extract_requirements(f"Requirements:\n{mark} Valid forklift licence\n{mark} Good numeracy skills\n"
                                   f"Benefits\n{mark} Pension")
        assert got == ["forklift licence", "numeracy skills"], (mark, got)


def test_english_prose_requirements_in_their_other_wordings():
    ad = """Electrician

Brightwire Ltd is a growing electrical contractor in Bristol.

You'll be a qualified electrician with your 18th Edition and at least five years on domestic rewires. A full driving licence is essential, as is experience of working in occupied homes. Experience of EV charger installs
would be useful. Candidates need a CSCS card and must be able to work at height. We'd also like you to be confident
with NICEIC paperwork. When you're not on site, you'll have a lot of freedom to plan your week. If you require
adjustments please tell us."""
    got = extract_requirements(ad)
    joined = " | ".join(got)
    for want in ("qualified electrician with 18th Edition", "at least five years on domestic rewires", "full driving licence",
                 "occupied homes", "CSCS card", "NICEIC paperwork", "EV charger installs"):
        assert want in joined, got
    assert got[-1] == "EV charger installs", got  # "would be useful": a plus, last
    assert "freedom" not in joined and "adjustments" not in joined, got


def test_a_weighing_clause_is_no_requirement_and_makes_a_plus():
    ad = """Support Worker

The successful applicant will ideally hold an NVQ Level 3 in Health and Social Care, though this is not essential.
They should have good literacy and numeracy and be comfortable using a tablet to record care notes."""
    got = extract_requirements(ad)
    joined = " | ".join(got)
    assert "NVQ Level 3 in Health and Social Care" in joined and "literacy and numeracy" in joined, got
    assert "though" not in joined and "not essential" not in joined, got
    from core.analysis.job_weight import preferred

    assert preferred("NVQ Level 3 in Health and Social Care", ad) and not preferred("literacy and numeracy", ad)


def test_a_whole_html_page_leaves_its_menus_footer_and_form_out():
    page = """<html><body><nav><ul><li><a href="/">Home</a></li><li>Careers</li><li>Contact us</li></ul></nav>
<main><h1>Chef de Partie</h1><h2>Requirements</h2><ul><li>NVQ Level 2 in Professional Cookery</li>
<li>Experience in a fine dining kitchen</li></ul>
<form><select><option>Choose a role</option></select><button>Apply now</button></form></main>
<footer><ul><li>Privacy policy</li><li>Follow us on Instagram</li><li>Cookie settings</li></ul></footer></body></html>"""
    text = job_page_text(page)
    for chrome in ("Home", "Contact us", "Privacy", "Instagram", "Cookie", "Choose a role", "Apply now"):
        assert chrome not in text, text
    assert extract_requirements(page) == ["NVQ Level 2 in Professional Cookery", "fine dining kitchen"]
