"""Reasons and steps are read in any order (re-checks, session 20: Depth "No reasoning, trade-off or lesson is given." for
"First I'd find out why … I would not give 20% for nothing" and for "which told me onboarding was failing… look at the
cases behind the number before changing anything"; Structure "Missing: action" and "What you personally did, step by
step" for "I sorted them by type … did the quick ones first, then chased…"). Made-up answers: a letting agent, a print
shop, a charity, a school office."""

from __future__ import annotations

import pytest

from core.coach.score import score_answer

NO_REASON = "No reasoning, trade-off or lesson is given."

# (question, answer): each gives a reason in words the depth line did not read
REASONED = [
    ("A landlord asks you to cut your fee by 15% the day before the contract is signed. What would you do?",
     "First I'd find out why they are asking now. I would not cut the fee for nothing: I'd offer a lower fee for a "
     "two-year term and ask for the other two flats to be managed by us."),
    ("Which figures would you track each week in a print shop, and what would make you act on one?",
     "I'd track jobs late, reprints and paper waste. Last spring our reprint rate was 9%, which told me the proofs were "
     "being rushed. I would act on any figure that moves the wrong way two weeks running, and look at the jobs behind it "
     "before changing anything."),
    ("A donor asks for their gift to be spent only on one project. How would you handle it?",
     "I'd agree to it in exchange for a report we can share with other donors, and I'd check the project can take the "
     "money this year."),
]


@pytest.mark.parametrize(("question", "answer"), REASONED)
def test_a_reason_in_other_words_is_read(question: str, answer: str) -> None:
    depth = score_answer(question, answer).depth
    assert depth.evidence != NO_REASON, depth
    assert depth.score >= 2, depth


STEPS = ("Tell me about a time you cleared a backlog.",
         "In May our school office had 120 unanswered parent emails, some three weeks old. The head asked me to clear "
         "them. I sorted them by type, did the quick ones first, then chased the ones that needed a teacher's reply. All "
         "120 were answered in eight days.")


def test_steps_told_as_a_list_of_verbs_are_the_action() -> None:
    scored = score_answer(*STEPS)
    assert "Missing: action" not in scored.structure.evidence, scored.structure
    assert "What you personally did, step by step" not in scored.missing, scored.missing


def test_a_story_with_no_step_is_still_missing_its_action() -> None:
    scored = score_answer("Tell me about a time you cleared a backlog.",
                          "In May our school office had 120 unanswered parent emails. They were all answered in the end.")
    assert "What you personally did, step by step" in scored.missing, scored.missing


WHY = ("To start, your CV lists your current role as “Analyst — Kestrel Foods (2021 – present)”. Walk me through that work "
       "and why the data analyst role at Brightmoor Water is your next step.")
WHY_ANSWER = ("I've spent four years in analytics, the last three at Kestrel Foods, where I own the demand forecasts for 300 "
              "products in Python and cut forecast error from 18% to 11%. For Brightmoor, smart meter leak data is exactly "
              "the kind of noisy time series I model every day, and the SQL and pandas work carries straight over.")


def test_a_reason_naming_the_employer_is_a_reason_for_the_role() -> None:
    scored = score_answer(WHY, WHY_ANSWER)
    assert "never says why you want this role" not in scored.relevance.evidence, scored.relevance
    assert "Why this role is the next step" not in scored.missing, scored.missing


def test_a_purpose_told_with_so_is_a_reason() -> None:
    answer = ("In March our housing office had 60 repair reports stuck in a shared inbox. I sorted them by urgency. I set "
              "a daily check of the inbox so nothing sat more than two days. All 60 were booked in a week.")
    assert score_answer("Tell me about a time you cleared a backlog.", answer).depth.evidence != NO_REASON
