"""Newcomer finding (session 20): an electrician asked a software design question answered "Sorry, I'm an
electrician, I don't know anything about URL shorteners. I don't know." and was asked "How exactly would you do
that, and what would you do first?": a short answer that says it does not know, anywhere in it, is a non-answer,
never quoted back as a plan. Answers here are made up."""

from __future__ import annotations

import pytest

from core.coach.follow_up import follow_up_question, follow_up_reason

QUESTION = "How would you design the database for a hotel booking system? Where would it break first?"


@pytest.mark.parametrize("answer", [
    "Sorry, I'm a plumber, I don't know anything about databases. I don't know.",
    "Honestly that's not my field at all, I'm a chef. I have no idea how you'd do that.",
    "I work in a warehouse so I really don't know, sorry.",
])
def test_a_short_answer_saying_it_does_not_know_is_no_plan(answer: str) -> None:
    reason = follow_up_reason(QUESTION, answer)
    assert reason == "non_answer", reason
    for variant in (0, 1):
        asked = follow_up_question(reason, QUESTION, answer, variant=variant)
        assert "How exactly would you do that" not in asked and "You said" not in asked, asked


def test_an_unsure_answer_with_steps_is_still_read_as_a_plan() -> None:
    answer = ("I don't know the exact tools, but first I'd list the rooms, guests and bookings as tables, then I'd "
              "check where two people could book the same room at once and lock that row.")
    assert follow_up_reason(QUESTION, answer) != "non_answer"
