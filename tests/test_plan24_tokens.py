"""Session 24 (nc23/rc23: "You list R" from a dental nurse's "IR(ME)R"): a skill of one or two letters is read only
where the text shows it as a word on its own, never as a letter of a longer token glued by brackets or an ampersand
("IR(ME)R", "Microsoft(R)", "R&D", "A&E"); the plan then never asks about it. Made-up documents."""

from __future__ import annotations

import pytest

from core.analysis.skills import find_skills
from core.coach.plan import plan_questions


@pytest.mark.parametrize("text", [
    "Competent in IR(ME)R and infection control.",
    "Trained under IR(ME)R 2017 for X-ray exposures.",
    "Built reports in Microsoft(R) Excel.",
    "Ran the R&D lab's stock ordering.",
    "Worked six years in A&E triage.",
])
def test_a_letter_of_a_longer_token_is_no_skill(text: str) -> None:
    assert [h.surface for h in find_skills(text) if len(h.surface) <= 2] == [], find_skills(text)


@pytest.mark.parametrize(("text", "short"), [
    ("Languages: R, Python, SQL", "R"),
    ("Analysis in R (tidyverse) and Stata.", "R"),
    ("Services written in Go/Python.", "Go"),
    ("Statistics in R.", "R"),
    ("Wrote R’s ggplot2 charts.", "R"),
    ("Moved builds to C#/.NET 8.", "C#"),
])
def test_a_short_skill_on_its_own_is_still_read(text: str, short: str) -> None:
    assert short in [h.surface for h in find_skills(text)], find_skills(text)


def test_the_plan_never_asks_about_a_letter_of_a_bracketed_acronym() -> None:
    cv = ("Morwen Tate\nRadiography Assistant, Hollybank Imaging (2019 - Present)\n"
          "- Positioned patients for X-ray exposures under IR(ME)R.\n- Kept the quality-assurance log.\n"
          "Skills\nIR(ME)R, infection control, patient care, chaperoning\n")
    job = ("Imaging Support Worker\nEssential\n- Knowledge of IR(ME)R and radiation safety.\n"
           "- Patient care and chaperoning.\n- Infection control.\n")
    for seed in ("one", "two", "three"):
        for kind in ("mixed", "technical"):
            plan = plan_questions(cv, job, "Imaging Support Worker", interview_type=kind, count=8, seed=seed)
            assert not any(" R." in q or " R," in q or " R " in q for q in plan), plan


def test_a_short_name_between_chinese_characters_is_a_skill_of_its_own() -> None:
    """Full suite, session 24: a Chinese CV's "熟悉C++和Qt框架" lost Qt (the whitespace token held the Chinese words)."""
    from core.analysis.skill_context import in_word_compound

    text = "熟悉C++和Qt框架，负责桌面客户端开发"
    start = text.index("Qt")
    assert not in_word_compound(text, start, start + 2)
