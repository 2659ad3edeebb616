"""Session 17 newcomer: "What was the hardest part of getting there, and what would you do differently now?" was
read as a hypothetical (situational) question, so its stronger answer had Approach/Steps/Trade-offs headings and
"(STAR is not expected…)". Doing something differently looks back on a past piece of work: a story (behavioural)."""

from __future__ import annotations

import pytest

from core.coach.question_types import question_type

_LOOKING_BACK = (
    'On your CV you wrote "Moved the stock counts at Harbury Dairy to handheld scanners". What was the hardest part of '
    "getting there, and what would you do differently now?",
    "What was the hardest part of setting up the new night rota at Fenwick, and what would you do differently?",
    "Looking back on the ward move last spring, what would you do differently next time?",
)
_HYPOTHETICAL = (
    "A parent shouts at you in the car park at pick-up. What would you do?",
    "What would you do if the delivery was short by a pallet?",
    "What would you do differently from the current manager in your first month?",
)


@pytest.mark.parametrize("question", _LOOKING_BACK)
def test_doing_differently_after_a_past_piece_of_work_is_a_story(question):
    assert question_type(question) == "behavioural"


@pytest.mark.parametrize("question", _HYPOTHETICAL)
def test_what_would_you_do_in_a_scene_stays_situational(question):
    assert question_type(question) == "situational"


def test_the_stronger_answer_of_a_look_back_uses_the_story_headings():
    from core.coach.score import score_answer

    answer = ("The hardest part was getting the pickers to trust the scanners. First I sat with the two shift leads "
              "because they didn't trust the old counts. We ran both systems side by side for a month and the "
              "count errors fell from 40 to 6 a week. Now I would involve them from the start instead of showing "
              "them a finished plan.")
    stronger = score_answer(_LOOKING_BACK[0], answer).stronger_answer
    assert "Approach:" not in stronger and "Trade-offs:" not in stronger, stronger
    assert "Situation:" in stronger or "Action:" in stronger, stronger
