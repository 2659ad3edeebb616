"""Family check (session 17): in a behavioural interview a role question of another type was asked as "Think of a
real case from your work on deteriorating patient that tested you" or "Tell me about a time your work on quota ran
into trouble": no nurse's or sales manager's question. A bank question whose competency does not read after "your
work on" carries its own past-experience wording (``past``), and a stored question in it is still that competency's.
Jobs and CVs are made up."""

from __future__ import annotations

import re

import pytest

from core.coach.bank import load_question_bank
from core.coach.plan import plan_items
from core.coach.plan_text import as_interview_type
from core.coach.question_types import detect_question_type
from core.progress.practice import competency_of

NURSE_JD = """Staff Nurse - Acute Medical Unit
What you'll do
- Assess and monitor acutely unwell patients
- Recognise and escalate deteriorating patients
What we need
- Current NMC registration
- Acute ward experience"""
SALES_JD = """Account Executive
What you'll do
- Own a new-business quota and close deals with operations leaders
- Prospect into mid-market accounts
What you bring
- 2+ years in B2B sales
- Salesforce"""
CV = """Robin Hale
Shift Lead, Corner Coffee Co, Leeds, 2020-present
- Ran a shift of 6 and trained 10 new baristas
- Cut waste by 12% with a new stock check"""

AWKWARD = ("deteriorating patient", "quota", "lost deal", "supplier failure", "budget cut", "mistake", "tight deadline",
           "saying no", "ethics", "conflict", "closing")


@pytest.mark.parametrize(("jd", "title"), [(NURSE_JD, "Staff Nurse"), (SALES_JD, "Account Executive")])
def test_no_past_experience_question_reads_your_work_on_an_awkward_competency(jd: str, title: str) -> None:
    texts = [i.text for seed in range(12)
             for i in plan_items(CV, jd, title, interview_type="behavioral", seniority="mid", count=10, company="",
                                 seed=str(seed), focus=None)]
    awkward = "|".join(AWKWARD)
    bad = [t for t in texts if re.search(rf"your work on (?:{awkward})\b", t)]
    assert not bad, bad


def test_every_awkward_competency_has_its_own_past_wording() -> None:
    converted = [q for q in load_question_bank() if q["kind"] == "role" and q.get("type") != "behavioural"
                 and q["competency"] in AWKWARD]
    assert converted
    for q in converted:
        (text,) = as_interview_type([q], "behavioral")
        assert "your work on" not in text and text == q["past"], text
        assert detect_question_type(text) == "behavioural", text
        assert competency_of(text) == q["competency"], text
    # a question of its own type in a mixed interview keeps its own text
    assert as_interview_type(converted[:1], "mixed") == [converted[0]["text"]]
