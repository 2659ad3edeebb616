"""Requirements are never cut at an abbreviation's full stop nor inside a compound preposition (session 21, newcomer
nc21: "…Debitorenbuchhaltung inkl", "Abgeschlossene kaufmännische Ausbildung, z", "… le prix moyen en lien")."""

from core.analysis.job import extract_requirements
from core.analysis.text import sentences

DE_JOB = """Lagerist (m/w/d) bei Brandt Logistik GmbH

Ihre Aufgaben:
- Warenannahme und Einlagerung inkl. Prüfung der Lieferscheine
- Kommissionierung bzw. Verpackung der Aufträge
- Pflege der Bestände im Lagerverwaltungssystem

Ihr Profil:
- Abgeschlossene Berufsausbildung, z. B. Fachkraft für Lagerlogistik
- Staplerschein und Erfahrung mit Scannern, u. a. Zebra
"""

FR_JOB = """Responsable de salle (H/F) – Brasserie du Port

Missions :
- Organiser le service et les plannings de l'équipe de salle en collaboration avec le chef de cuisine et la direction
- Suivre le chiffre d'affaires et le ticket moyen en lien avec la direction commerciale du groupe
- Accueillir les clients

Profil :
- Expérience de 2 ans minimum en salle dans une brasserie ou un restaurant de 150 couverts, dont une saison
"""


def _cut_at_abbreviation(req: str) -> bool:
    return req.rstrip().endswith((" inkl", " z", " u", " bzw", " p", " env"))


def test_german_abbreviations_never_end_a_requirement():
    reqs = extract_requirements(DE_JOB)
    assert not any(_cut_at_abbreviation(r) for r in reqs), reqs
    assert any("inkl. Prüfung der Lieferscheine" in r for r in reqs), reqs
    assert any("z. B. Fachkraft für Lagerlogistik" in r for r in reqs), reqs


def test_a_compound_preposition_is_never_the_end_of_a_cut():
    reqs = extract_requirements(FR_JOB)
    assert not any(r.endswith((" en lien", " en collaboration")) for r in reqs), reqs
    assert any(r.startswith("Suivre le chiffre d'affaires et le ticket moyen") for r in reqs), reqs
    assert any(r.startswith("Expérience de 2 ans minimum en salle") for r in reqs), reqs


def test_short_forms_of_each_language_hold_a_sentence_together():
    assert len(sentences("Gute Kenntnisse in MS Office, u. a. Excel und Word. Führerschein Klasse B.")) == 2
    assert len(sentences("Anglais courant, p. ex. niveau C1. Poste à pourvoir en mars.")) == 2
    assert len(sentences("Inglés alto, p. ej. B2. Incorporación inmediata.")) == 2
    assert len(sentences("I met my ex. Then I left.")) == 2  # a word, not a short form, ends an English sentence
