"""Session 25 (re-check of nc24, r7): a question that sets a scene in the present and asks how you deal with it
("Three patients arrive together…. How do you triage them?") is a hypothetical, whatever type the bank gives it: an
answer that gives the steps is followed up on the steps, never with "Can you make that concrete with one real example
from your own work". A question on the candidate's own past or CV stays a story. Made-up questions and answers."""

from __future__ import annotations

import pytest

from core.coach.follow_up import asks_hypothetical, follow_up_question, follow_up_reason

SCENES = [
    "Two vans break down on the same morning and forty deliveries are due by noon. How do you re-plan the day?",
    "The stock count shows 30 bottles of gin missing since last week. What do you check first?",
    "A patient in the waiting room collapses while you are with someone else. How do you decide who comes first?",
    "Your build has passed on every machine but fails on the release server. How do you find the cause?",
]
NOT_SCENES = [
    "Your CV mentions route planning: \u201cPlanned 60 drops a day\u201d. How do you keep a plan on track?",
    "This job involves stock control. Your CV points to related experience: walk me through the part of it closest "
    "to what we need here.",
    "Tell me about a time a delivery went wrong. How did you put it right?",
    "How do you decide what to test first in a new feature?",
]


@pytest.mark.parametrize("question", SCENES)
def test_a_scene_in_the_present_is_a_hypothetical(question: str) -> None:
    assert asks_hypothetical(question)


@pytest.mark.parametrize("question", NOT_SCENES)
def test_a_past_cv_or_general_question_is_not(question: str) -> None:
    assert not asks_hypothetical(question)


def test_steps_given_to_a_scene_are_never_asked_for_a_real_example() -> None:
    question = ("Two vans break down on the same morning: chilled food, medicines for two care homes and a shop order "
                "are on board. How do you sort out which drops go first, and why in that order?")
    answer = ("The chilled food first, because it spoils within hours: I'd move it to the spare van. Then the care "
              "homes, as they need their medicines before lunch. The shop order can wait for the afternoon, and I'd "
              "ring the manager to say so. At our depot I'd also tell the transport manager straight away so the "
              "recovery truck is booked.")
    reason = follow_up_reason(question, answer)
    assert reason != "no_example"
    if reason:
        assert "real example" not in follow_up_question(reason, question, answer)
