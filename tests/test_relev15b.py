"""Session 15 re-check (relev2): the kinds the Chromium re-check found, in made-up text."""

from __future__ import annotations

from core.coach.redirect import redirect_question
from core.coach.restate import restated_question

# ---------------------------------------------------------------- 5. a repeat notice restates the ask, not "Be specific."

_LONG_ASK = ("This job is mostly about looking after library visitors. Tell me about the most demanding project "
             "involving them that you led on your own, from what you owned to what you decided and how you could "
             "tell it worked. Be specific.")


def test_repeat_notice_never_restates_a_closing_instruction():
    for q in (_LONG_ASK, "Describe a time you calmed an upset visitor at the front desk. Take your time.",
              "How do you plan a week of shifts for a small team? Be as concrete as you can."):
        text = redirect_question("repeated", q, same_as=2)
        assert "same answer as for question 2" in text
        for closing in ("Be specific", "Take your time", "Be as concrete"):
            assert closing not in text, text


def test_restated_question_is_the_ask():
    assert restated_question("Describe a time you calmed an upset visitor at the front desk. Keep it brief.") == (
        "describe a time you calmed an upset visitor at the front desk.")
    assert restated_question("How do you plan a week of shifts for a small team? Take your time.") == (
        "how do you plan a week of shifts for a small team?")
    # a short sentence that asks is never taken for an instruction
    assert restated_question("Give an example.") == "give an example."
