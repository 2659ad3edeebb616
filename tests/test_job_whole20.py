"""A requirement of a job in another language is quoted as a whole phrase: the whole duty with its subject and the close
of its verb ("Sie … setzen Verbesserungsprojekte um"), never cut inside a list ("in Versand, Retouren und Inventur")
nor verb-first after its "Sie" was dropped (session 19 re-check, the German warehouse run's CV tip). Made-up job texts."""

import re

from core.analysis.job import extract_requirements
from core.analysis.job_whole import whole_requirement
from core.coach.report import _cv_tips

DE_JOB = """Teamleiter Versand (m/w/d)

Ihre Aufgaben
- Sie leiten das Versandteam mit rund 25 Beschäftigten in Verpackung, Retouren und Inventur im Zwei-Schicht-Betrieb.
- Sie bauen die Zusammenarbeit mit Speditionen aus und bereiten Frachtausschreibungen vor.
- Sie sind Ansprechpartner für Lieferanten und stimmen Liefertermine ab.
- Sie werten Kennzahlen wöchentlich aus.

Ihr Profil
- Abgeschlossene kaufmännische Ausbildung, idealerweise mit Erfahrung im Versandhandel.
- Sicherer Umgang mit MS Office.
"""

FR_JOB = """Responsable de dépôt

Vos missions
- Vous pilotez les inventaires, les réceptions et les expéditions du dépôt, en lien avec les équipes transport et achats de la région Ouest.
- Vous animez une équipe de 15 caristes et préparateurs.

Votre profil
- Une première expérience en gestion d'entrepôt.
"""


def test_german_duties_are_quoted_whole():
    said = {line: whole_requirement(line, "de") for line in DE_JOB.splitlines() if line.startswith("- ")}
    for line, phrase in said.items():
        assert phrase, line
        words = phrase.split()
        assert words[0] != "leiten" and words[0] != "bauen" and words[0] != "sind", phrase
    assert said["- Sie bauen die Zusammenarbeit mit Speditionen aus und bereiten Frachtausschreibungen vor."].endswith("vor")
    assert said["- Sie sind Ansprechpartner für Lieferanten und stimmen Liefertermine ab."] == \
        "Sie sind Ansprechpartner für Lieferanten und stimmen Liefertermine ab"
    assert said["- Sie werten Kennzahlen wöchentlich aus."] == "Sie werten Kennzahlen wöchentlich aus"
    first = said["- Sie leiten das Versandteam mit rund 25 Beschäftigten in Verpackung, Retouren und Inventur im Zwei-Schicht-Betrieb."]
    assert "Verpackung" not in first or "Verpackung, Retouren und Inventur" in first, first
    assert first.startswith("Sie leiten das Versandteam")
    # a plus after a comma is a clause of its own (core.analysis.job_weight), never half of the requirement
    assert said["- Abgeschlossene kaufmännische Ausbildung, idealerweise mit Erfahrung im Versandhandel."] == \
        "Abgeschlossene kaufmännische Ausbildung"


def test_french_duty_keeps_its_list_and_its_subject():
    line = FR_JOB.splitlines()[3]
    phrase = whole_requirement(line, "fr")
    assert phrase.startswith("Vous pilotez les inventaires, les réceptions et les expéditions"), phrase
    assert not phrase.endswith((" du", " de", " en", ",")), phrase


def test_a_long_german_clause_whose_verb_closes_it_is_never_cut():
    line = "- Sie stimmen die Planung der Touren mit den Disponenten der Niederlassungen in Nord und Süd regelmäßig ab."
    phrase = whole_requirement(line, "de")
    assert phrase == "" or phrase.endswith("regelmäßig ab"), phrase


def test_the_cv_tip_quotes_german_duties_whole():
    cv = "Lagerist, Muster Logistik GmbH, 2019-2024\n- Kommissionierung von 300 Aufträgen pro Tag\n- Staplerfahrer"
    tips = " ".join(_cv_tips(cv, extract_requirements(DE_JOB), DE_JOB))
    quoted = re.findall(r'"([^"]+)"', tips)
    assert quoted, tips
    for q in quoted:
        assert not re.match(r"(?:leiten|bauen|sind|stimmen|werten)\b", q), q
        assert not q.endswith(("setzen", "bereiten Frachtausschreibungen", "Verpackung")), q


EN_JOB = """Shift Supervisor

Responsibilities
- Drive energy-saving and recycling projects and report their progress to the site manager.
- Lead clinical and operational huddles every morning.

Requirements
- Experience of leading a weekend team and coaching new starters.
- Certificate in hospitality or event management.
"""


def test_english_requirements_never_end_inside_a_phrase():
    found = extract_requirements(EN_JOB)
    assert found
    for phrase in found:
        last = phrase.split()[-1].lower()
        assert last not in {"energy-saving", "clinical", "hospitality", "a", "in", "and", "or"}, phrase
        assert not phrase.lower().startswith(("weekend team and", "a weekend team")), phrase
    assert any(p.startswith("leading a weekend team") for p in found), found
