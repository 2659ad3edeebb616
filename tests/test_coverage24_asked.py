"""Session 24: a coverage row names the question built for its requirement (a gap question naming it), never a bank
question that only shares its broad topic. The re-check of session 23 saw "recording clinical notes — weak: Asked about
in "Tell me about a time you supported a patient who was anxious…"" although another question asked for the clinical
notes by name. Made-up requirements and answers; the bank questions are the app's own."""

from __future__ import annotations

import pytest

from core.coach.coverage import coverage_item
from core.schemas import AnswerScore

PATIENT_BANK = "Tell me about a time you supported a patient who was anxious or refusing treatment."
BUDGET_BANK = "Tell me about a time you managed a project with a tight budget. How did you keep control of costs?"


def _score(overall: int, relevance: int, evidence: str = "") -> AnswerScore:
    dims = {d: {"score": 3, "evidence": ""} for d in ("structure", "specificity", "depth", "communication")}
    return AnswerScore.model_validate({**dims, "relevance": {"score": relevance, "evidence": evidence},
                                       "missing": [], "stronger_answer": "", "overall": overall})


@pytest.mark.parametrize(("requirement", "bank", "bank_answer"), [
    ("writing clinical letters", PATIENT_BANK,
     "A teenager at the clinic would not open her mouth for the hygienist. I sat with her mother, showed her the "
     "mirror first and let her hold it; by the third visit she had a full scale and polish."),
    ("processing supplier invoices", BUDGET_BANK,
     "Our office refit had a ceiling of £40,000. I got three quotes for the flooring, moved the painting to a "
     "weekend crew and finished £2,300 under the ceiling."),
])
def test_the_row_names_the_question_that_asked_it_by_name(requirement: str, bank: str, bank_answer: str) -> None:
    gap = (f"This role includes {requirement}, which I don't see on your CV. How would you get up to speed on it in "
           "your first weeks?")
    rows = [
        (gap, "Last summer our team ran a charity cycle ride along the canal and raised £900 for the hospice.",
         _score(3, 1, "takes up none of what the question is about")),
        (bank, bank_answer, _score(8, 5)),
    ]
    item = coverage_item(requirement, rows)
    assert item.status == "weak"
    assert f"This role includes {requirement}" in item.evidence
    assert bank[:30] not in item.evidence


def test_a_bank_question_built_for_the_requirement_still_names_it() -> None:
    """The bank question of the requirement's own competency stays the one named, before a question that only names
    the requirement in passing later on."""
    requirement = "patient care"
    later = "Your CV mentions patient care at Harbour Clinic. Which part of that work do you enjoy least?"
    rows = [(PATIENT_BANK, "I don't know.", _score(2, 1, "takes up none of what the question is about")),
            (later, "Probably the paperwork at the end of the day.", _score(4, 3))]
    item = coverage_item(requirement, rows)
    assert "supported a patient" in item.evidence


def test_a_review_of_another_kind_is_not_the_question_that_asked_it() -> None:
    """A broad head ("review": of code, of incidents, of performance) ties no bank question to a requirement: the
    code-review question never asked about running post-incident reviews (re-check of session 23, backend run)."""
    code_review = "Describe a code review where you strongly disagreed with the author. How did you handle it?"
    rows = [(code_review, "I asked for a short call, we agreed to ship it behind a flag and revisit in a week.",
             _score(6, 4))]
    item = coverage_item("running post-incident reviews", rows)
    assert "code review" not in item.evidence, item
    assert coverage_item("code review", rows).evidence.startswith(("Asked about in", '"'))
