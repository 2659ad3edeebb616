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
