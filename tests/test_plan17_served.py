"""Fresh-tester finding (session 17): an ER nurse was asked "Tell me about a time a customer or user changed how you
thought about your work." The bank's questions that name the person the work serves carry a template, filled by
role family (a nurse: a patient or their family; a teacher: a student or parent; an accountant: a budget holder),
and a stored question in any family's wording is still recognised as that bank question. Jobs and CVs are made up."""

from __future__ import annotations

import pytest

from core.analysis.skills import infer_role_family
from core.coach.bank import bank_texts, load_question_bank, question_text, served_words
from core.coach.plan import plan_items
from core.coach.plan_text import CORE_COMPETENCIES
from core.coach.question_types import detect_question_type
from core.progress.practice import competency_of

SERVED_BY_FAMILY = {
    "healthcare": "patient",
    "teaching": "student or parent",
    "finance": "budget holder",
    "customer support": "customer",
    "sales": "customer or prospect",
    "data": "stakeholder",
    "design": "user or client",
}


def _q(qid: str) -> dict:
    return next(q for q in load_question_bank() if q["id"] == qid)


@pytest.mark.parametrize(("family", "word"), SERVED_BY_FAMILY.items())
def test_a_question_names_who_the_family_serves(family: str, word: str) -> None:
    text = question_text(_q("q060"), family)
    assert word in text and "customer or user" not in text, text


def test_every_family_has_its_served_words_and_the_general_wording_is_the_text() -> None:
    for family in CORE_COMPETENCIES:
        assert set(served_words(family)) == {"served", "served_one", "new_served"}, family
    for q in load_question_bank():
        if q.get("template"):
            assert question_text(q, "general") == q["text"]
            assert "{" not in "".join(bank_texts(q))


ER_JD = """Registered Nurse - Emergency Department
Northgate General Hospital

What you'll do
- Triage and assess patients arriving by ambulance and on foot
- Give medicines safely and escalate deteriorating patients
- Support relatives in a busy department

What we need
- Current NMC registration
- Experience in acute or emergency care
"""

TEACHER_JD = """Teacher of Mathematics
Riverside Academy

Responsibilities
- Plan and teach maths lessons to Key Stage 3 and 4
- Assess pupils' progress and give feedback
- Keep in touch with parents about progress

Requirements
- QTS
- Strong subject knowledge
"""

CV = """Jordan Ellis

EXPERIENCE
Team Leader, Harbour Retail, Bristol - 2019 to present
- Led a team of 12 and cut stock losses by 15%.
- Trained 20 new starters.
"""


@pytest.mark.parametrize(("jd", "title", "word"), [
    (ER_JD, "Registered Nurse", "patient"), (TEACHER_JD, "Maths Teacher", "student or parent")])
def test_the_plan_never_asks_a_nurse_or_a_teacher_about_a_customer_or_user(jd: str, title: str, word: str) -> None:
    texts = [i.text for seed in range(40)
             for i in plan_items(CV, jd, title, interview_type="behavioral", seniority="mid", count=10, company="",
                                 seed=str(seed), focus=None)]
    assert not [t for t in texts if "customer or user" in t or "a new client" in t or "a customer, a manager" in t]
    assert any(word in t for t in texts if "changed how you thought" in t or "bad news" in t), set(texts)


def test_a_question_asked_in_a_family_s_wording_is_still_the_bank_question() -> None:
    nurse = question_text(_q("q060"), "healthcare")
    assert infer_role_family("Registered Nurse", ER_JD) == "healthcare"
    assert competency_of("Thanks. " + nurse) == "customer focus"
    assert detect_question_type(nurse) == "behavioural"
