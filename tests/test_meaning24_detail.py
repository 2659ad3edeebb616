"""Newcomer, session 24: a conveyancing assistant asked for an example of attention to detail told how she checked a
completion statement, noticed a wrong apportionment, re-issued it and now checks every one, and was told "It shows
nothing of 'attention to detail'" (relevance 3/5, coverage weak). A check that caught an error before it went out
shows it. Made-up answers."""

from __future__ import annotations

from core.coach.meaning import requirement_shown
from core.coach.score import score_answer

QUESTION = ("The role calls for attention to detail, which your CV doesn't show directly. Which example from your "
            "work, studies or volunteering shows it best, and how did it turn out?")
CHECKED = ("Before a month-end payroll run I cross-checked the overtime file against the rota and spotted that two "
           "night shifts were keyed twice. I corrected them before sending the file to the bureau, so nobody was "
           "overpaid, and I now check every overtime line against the rota.")
UNRELATED = ("I organised our team's charity bake sale. I booked a table, made posters and we raised 300 pounds for "
             "the hospice.")


def test_a_check_that_caught_an_error_shows_attention_to_detail() -> None:
    assert requirement_shown(CHECKED, "attention to detail")
    score = score_answer(QUESTION, CHECKED)
    assert score.relevance.score >= 4
    assert "shows nothing of" not in score.relevance.evidence


def test_a_story_without_any_check_does_not() -> None:
    assert not requirement_shown(UNRELATED, "attention to detail")
    assert score_answer(QUESTION, UNRELATED).relevance.score <= 3
