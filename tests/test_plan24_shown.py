"""Session 24 (nc23/rc23: "The role calls for Erfahrung in der Schichtleitung, and your CV shows related work. Which
piece of that work comes closest…" to a CV that says "Schichtleitung" itself): a requirement whose thing the CV writes,
in any form of its words ("Kenntnisse im Wundmanagement" / "Wundmanagements", "Erfahrung mit Dienstplänen" /
"Dienstpläne", "experience in wound dressings" / "wound dressing"), is asked as shown, never as related work.
Made-up documents."""

from __future__ import annotations

import pytest

from core.coach.plan import plan_items
from core.coach.plan_object import thing_written

_DE_JOB = ("Pflegefachkraft (m/w/d)\nIhre Aufgaben\n- Grund- und Behandlungspflege\n- Dokumentation in Vivendi\n"
           "Ihr Profil\n- Abgeschlossene Ausbildung als Pflegefachkraft\n- {line}\n- Teamfähigkeit und Empathie\n")
_DE_CV = ("Jana Roth\nBerufserfahrung\nPflegefachkraft – Haus am Weiher, Lörrach (2018 – heute)\n"
          "- Grund- und Behandlungspflege für 28 Bewohner\n- {shown}\n- Dokumentation in Vivendi\n"
          "Ausbildung\nAusbildung zur Pflegefachkraft, 2018\n")


@pytest.mark.parametrize(("line", "shown"), [
    ("Erfahrung in der Praxisanleitung", "Praxisanleitung für drei Auszubildende"),
    ("Kenntnisse im Wundmanagement", "Verantwortlich für die Qualität des Wundmanagements"),
    ("Erfahrung mit der Erstellung von Dienstplänen", "Erstellung der Dienstpläne für 14 Mitarbeitende"),
    ("Erfahrung in der Schichtleitung", "Schichtleitungen im Nachtdienst"),
])
def test_a_thing_the_cv_writes_in_another_form_is_shown(line: str, shown: str) -> None:
    cv, job = _DE_CV.format(shown=shown), _DE_JOB.format(line=line)
    assert thing_written(cv, line, job)
    texts = [p.text for s in ("eins", "zwei", "drei") for p in plan_items(
        cv, job, "Pflegefachkraft", interview_type="mixed", seniority="mid", count=8, seed=s, company="", focus=[])
        if p.competency == line or line in p.text]
    assert texts, line
    assert not any("related work" in t or "related experience" in t for t in texts), texts


@pytest.mark.parametrize(("line", "cv_line", "shown"), [
    ("Experience in wound dressings", "- Changed each wound dressing on the morning round", True),
    ("Experience of shift leadership", "- Led the night shift; completed a leadership course", False),
    ("Erfahrung in der Schichtleitung", "- Arbeit im Schichtdienst", False),
])
def test_only_the_thing_itself_counts(line: str, cv_line: str, shown: bool) -> None:
    cv = f"Sam Vale\nCare Assistant, Elm Court (2019 - Present)\n{cv_line}\n"
    assert thing_written(cv, line, f"Care Lead\nRequirements\n- {line}\n") is shown
