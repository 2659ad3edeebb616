"""Job pages whose requirements sit in shapes the reader skipped (session 25, issue 15 point 2): a CMS page that is all
YAML front matter with nested lists ("list_two: list-items: - item: ..."), a page of hiring documents and steps, a page
whose company section names the employer's own technologies. All ads here are made up."""

from core.analysis.job import extract_requirements

NESTED_FRONT_MATTER = """---
templateKey: job-ad
title: Pflegehelfer (m/w/d) im Nachtdienst
intro: >-
  Für unser Seniorenheim am Stadtpark suchen wir engagierte Pflegehelfer für den Nachtdienst.
  Wir freuen uns auf Ihre Bewerbung.
block_tasks:
  entries:
    - entry: Unterstützung bei der Körperpflege
    - entry: Wundversorgung nach ärztlicher Anordnung
block_profile:
  entries:
    - entry: abgeschlossene Ausbildung zum Pflegehelfer
    - entry: Zuverlässigkeit
    - entry: Einfühlungsvermögen
number: 3
---
"""


def test_nested_front_matter_lists_are_read():
    reqs = " | ".join(extract_requirements(NESTED_FRONT_MATTER, limit=40))
    for want in ("Ausbildung zum Pflegehelfer", "Zuverlässigkeit", "Einfühlungsvermögen", "Wundversorgung"):
        assert want in reqs, reqs
    assert "Seniorenheim" not in reqs and "Template" not in reqs, reqs


DOCUMENTS_AND_STEPS = """Repartidor en moto

Requisitos
- Licencia de conducir para motocicleta vigente.
- Experiencia en reparto a domicilio.
- Conocimiento de las calles de la ciudad.

Documentos requeridos:
- Identificación oficial.
- Constancia de situación fiscal.
- Comprobante de estudios.

¿Cómo es el proceso de selección?
- Llenar la solicitud en línea
- Presentar un examen de manejo
"""

DOCUMENTS_EN = """Delivery Driver

What you need
- A full UK driving licence
- Experience of multi-drop delivery

Documents to bring:
- Passport or birth certificate
- National Insurance number
- Bank details and P45

Our hiring process
- A short phone call with the depot manager
- A driving assessment with our trainer
"""


def test_documents_to_bring_and_hiring_steps_are_no_requirements():
    for ad, kept in ((DOCUMENTS_AND_STEPS, "Experiencia en reparto"), (DOCUMENTS_EN, "driving licence")):
        reqs = " | ".join(extract_requirements(ad, limit=40))
        assert kept in reqs, reqs
        for step in ("Identificación", "fiscal", "Comprobante", "solicitud", "examen", "Passport", "Insurance",
                     "Bank details", "phone call", "driving assessment"):
            assert step not in reqs, (step, reqs)


COMPANY_SECTIONS = """Junior Content Editor

What you'll bring
- Experience editing long-form articles
- Excellent spelling and grammar

Life at Quillfeather
We publish guides for gardeners. We like to learn from one another and we value openness.

Our clients and platforms
Over the years we have built sites on WordPress, Contentful and Gatsby for clients in retail and travel.
You don't need to know these tools; you will pick them up with us.
"""


def test_company_sections_and_its_own_platforms_are_no_requirements():
    reqs = " | ".join(extract_requirements(COMPANY_SECTIONS, limit=40))
    assert "spelling and grammar" in reqs and "editing long-form articles" in reqs, reqs
    for theirs in ("WordPress", "Contentful", "Gatsby", "openness"):
        assert theirs not in reqs, (theirs, reqs)


PLUS_BULLETS = """### About the job
We are a small studio in Leeds. The role supports our two producers.

#### About you
+ You are
  + a fast typist with shorthand
  + punctual
+ You're comfortable
  + with minute taking in board meetings
  + handling petty cash
"""


def test_markdown_plus_bullets_are_read_as_bullets():
    reqs = " | ".join(extract_requirements(PLUS_BULLETS, limit=40))
    for want in ("fast typist with shorthand", "punctual", "minute taking", "petty cash"):
        assert want in reqs, (want, reqs)


LABELLED_ROWS = """Offre n° 4471
Intitulé du poste
Plongeur en restauration collective
Profil recherché
Expérience
Débutant accepté avec une première expérience en cuisine
Profil recherché
Aptitudes :
- Savoir-être : Ponctualité et sens du service
- Savoir-faire : Utilisation d'un lave-vaisselle à capot
- Savoir-être : Esprit d'équipe
- Savoir-faire : Respect des règles d'hygiène HACCP
"""


def test_rows_under_a_repeated_label_give_their_values_and_sentence_case_headings_are_headings():
    reqs = " | ".join(extract_requirements(LABELLED_ROWS, limit=40))
    for want in ("Ponctualité", "lave-vaisselle à capot", "Esprit d'équipe", "HACCP"):
        assert want in reqs, (want, reqs)
    for label in ("Savoir-être", "Savoir-faire", "Profil recherché"):
        assert label not in reqs, (label, reqs)


UNLABELLED_OFFERS = """---
title: Pflegefachkraft (m/w/d)
block_one:
  entries:
    - entry: abgeschlossene Ausbildung zur Pflegefachkraft
    - entry: Belastbarkeit
block_two:
  entries:
    - entry: ein familiäres Arbeitsklima
    - entry: flexible Arbeitszeitmodelle
    - entry: vielfältige Fort- und Weiterbildungsmöglichkeiten
    - entry: betriebliche Altersvorsorge
---
"""


def test_a_list_of_what_the_employer_offers_is_no_requirement_without_its_heading():
    reqs = " | ".join(extract_requirements(UNLABELLED_OFFERS, limit=40))
    assert "Ausbildung zur Pflegefachkraft" in reqs and "Belastbarkeit" in reqs, reqs
    for offer in ("Arbeitsklima", "Arbeitszeitmodelle", "Weiterbildungsmöglichkeiten", "Altersvorsorge"):
        assert offer not in reqs, (offer, reqs)
