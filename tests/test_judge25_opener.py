"""Every opener (the first question, on the candidate's role and why this one) is judged on the background rubric,
never on STAR, and an answer telling the work done now and why this role gives what it asks (session 25, judge25:
rc24 r8 Q1 "Missing: situation, task, action"; r6 Q1 "It does not give what the question asks for: who you are now").
Made-up text."""

from __future__ import annotations

import pytest

from core.coach.question_types import question_type
from core.coach.score import score_answer

OPENERS = [
    "Let's begin with your current role, which your CV lists as “Site Supervisor, Kelby Homes”: what do you own "
    "there, and what makes you want the site manager role at Arden Build?",
    "To start, your CV lists your current role as “Pharmacy Technician — Moor Lane Pharmacy”. Walk me through that "
    "work and why the senior technician role at Wyvern Health is your next step.",
    "Let's begin with the entry your CV lists as “Library Assistant, Tamsin College”: what did you own there, and "
    "what draws you to the learning resources officer role at Brackley School?",
]

ANSWER = ("I run the site at Kelby Homes' Riverside development: 48 houses, about 30 trades on site a day. I own the "
          "programme, the health and safety file and the snagging. Last year I handed over 12 plots two weeks early "
          "by resequencing the roofers. Arden appeals because I want to run larger schemes from groundworks to handover.")


@pytest.mark.parametrize("question", OPENERS)
def test_an_opener_on_the_cv_role_is_no_star_question(question):
    assert question_type(question) != "behavioural"


def test_an_opener_answered_with_the_work_and_why_is_not_asked_for_a_situation():
    s = score_answer(OPENERS[0], ANSWER, job_description="Site Manager, Arden Build. Run housing sites of 80 plots, "
                     "manage subcontractors, health and safety, programme and quality.")
    assert "Missing: situation" not in s.structure.evidence
    assert not any(m.startswith(("The situation:", "What you personally did")) for m in s.missing)
    assert s.relevance.score >= 4


def test_the_work_done_now_is_who_you_are_now():
    question = ("Tell me briefly about the work you do now, and why the production supervisor role at Harlow Foods "
                "appeals to you at this point.")
    answer = ("I lead the packing hall on the late shift at Tenby Bakeries: 25 operators and six lines. I own the "
              "line efficiency figures and the hygiene checks, and this year I raised efficiency from 71% to 80% by "
              "changing how we hand over between shifts. Harlow appeals because I want to run a whole production "
              "area, not one hall.")
    s = score_answer(question, answer, job_description="Production Supervisor, Harlow Foods. Lead a shift of 40 "
                     "operators, run production lines to plan, food safety and hygiene.")
    assert "does not give what the question asks for" not in s.relevance.evidence
    assert "shows nothing of" not in s.relevance.evidence
    assert s.relevance.score >= 4
