"""Session 24: an answer in the language of a job line shows it in other forms of its words ("führte", "Führung" for
"Führungserfahrung"; "Ich erstelle … Dienstpläne" for "Sie erstellen Dienstpläne"), as the CV side already reads
them (core.coach.inflected); a negation, a wish or someone else's act still shows nothing. Before, German answers were
read by the English matcher only, and "Führungserfahrung — not probed" stood beside an answer about leading a team.
Made-up job lines and answers."""

from __future__ import annotations

import pytest

from core.coach.coverage import coverage_item, requirement_evidence

QUESTION = "Tell me about the team you lead now."


@pytest.mark.parametrize(("requirement", "answer", "quoted"), [
    ("Führungserfahrung im Einzelhandel",
     "Bei Modehaus Krämer führte ich fünf Jahre lang im Einzelhandel ein Team von zwölf Verkäuferinnen. Die "
     "Fluktuation sank in der Zeit um die Hälfte.", "führte ich"),
    ("Führungserfahrung",
     "Seit 2021 habe ich die Führung der Frühschicht mit neun Mitarbeitenden übernommen.", "Führung der Frühschicht"),
    ("Sie planen Touren und überwachen die Pünktlichkeit",
     "Das Wetter war schlecht. Ich plane jeden Morgen die Touren für 22 Fahrer und rufe säumige Kunden selbst an.",
     "Ich plane jeden Morgen"),
    ("Erfahrung in der Stationsleitung",  # a framing word ("Erfahrung") is no word the answer must say
     "Seit 2019 bin ich Stationsleitung auf der Inneren mit 28 Betten.", "Stationsleitung"),
    ("Expérience de l'encadrement d'équipe",
     "Chez Brico Sud, j'encadrais une équipe de huit vendeurs et j'ai réduit l'absentéisme de moitié.", "encadrais"),
])
def test_other_forms_of_the_words_show_it(requirement: str, answer: str, quoted: str) -> None:
    status, quote, _strength = requirement_evidence(answer, requirement)
    assert status == "evidenced" and quoted in quote, (status, quote)
    assert coverage_item(requirement, [(QUESTION, answer, None)]).status == "evidenced"


@pytest.mark.parametrize(("requirement", "answer"), [
    ("Führungserfahrung", "Ich habe noch nie ein Team geführt, aber ich möchte gern Verantwortung übernehmen."),
    ("Führungserfahrung", "Unsere Filialleiterin führt das Team sehr gut, und ich lerne viel von ihr."),
    # the employer addressed, beside the candidate's own clause: "dass Sie … ernst nehmen und dass ich …"
    ("Qualitätsmanagement nach DIN EN ISO 9001",
     "Mich reizt, dass Sie Qualitätsmanagement nach ISO 9001 ernst nehmen und dass ich meine Ideen einbringen kann."),
    ("Sie planen Touren und überwachen die Pünktlichkeit",
     "Ich würde gern die Touren planen, das habe ich bisher nicht gemacht."),
    # a function word is no start of a longer word: "nach" of "Nachtdienst"
    ("Übernahme der Stationsleitung im Früh-, Spät- und Nachtdienst",
     "Im Sommer habe ich nach zwei Kündigungen die Urlaubsliste neu geschrieben."),
])
def test_a_negation_a_wish_or_another_persons_act_shows_nothing(requirement: str, answer: str) -> None:
    assert requirement_evidence(answer, requirement)[0] != "evidenced"


STATION_JOB = """Stationsleitung (m/w/d)
Klinikum Rheinaue, Bonn

Ihre Aufgaben
- Übernahme der Stationsleitung im Früh-, Spät- und Nachtdienst
- Einarbeitung neuer Kolleginnen und Kollegen

Ihr Profil
- Abgeschlossene Ausbildung als Pflegefachkraft
- Erfahrung in der Stationsleitung
"""


def test_two_rows_of_one_requirement_agree() -> None:
    """A duty and a requirement of one thing ("Übernahme der Stationsleitung…", "Erfahrung in der Stationsleitung"):
    the row the answer shows and the row it says the same word of never read evidenced beside not probed."""
    from core.coach.report import build_report

    answer = ("Seit 2019 bin ich Stationsleitung auf der Inneren mit 28 Betten. Im Winter habe ich die Dienstpläne nach "
              "zwei Krankmeldungen neu geschrieben.")
    report = build_report([{"question": QUESTION, "answer": answer, "score": None}], job_title="Stationsleitung",
                          job_description=STATION_JOB, cv_text="Pflegefachkraft\nKlinikum Süd, Bonn\n")
    rows = {c.requirement: c for c in report.coverage if "Stationsleitung" in c.requirement}
    assert len(rows) == 2 and {c.status for c in rows.values()} == {"evidenced"}, rows
    assert all("Stationsleitung auf der Inneren" in c.evidence for c in rows.values()), rows

