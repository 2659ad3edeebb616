"""An answer about something else shows no more for the question than a non-answer (issue 15, session 13: an
off-topic answer scored 3/10 while "I don't know" scored 1/10). Made-up questions and answers; the tests
failed before the change."""

from __future__ import annotations

import pytest

from core.coach.score import score_answer

QUESTIONS = (
    "Describe a time you caught a medication error on a ward. What did you do?",
    "How would you plan the first month of a new recycling scheme across three depots?",
    "Which operational metrics would you put on a weekly dashboard, and what would make you act on one?",
    "Tell me about a time you negotiated a price rise with a supplier.",
)
NON_ANSWERS = ("I don't know.", "I'm not sure, sorry.", "")
ELSEWHERE = (
    "I really enjoy hiking at weekends and I have been learning to cook Thai food, which is a lot of fun.",
    "My favourite film is a long science fiction story about a ship lost in space, and I have watched it four "
    "times with my brother because the music is wonderful.",
    "Last summer we went camping by a lake in Wales, the weather was lovely and the children swam every day.",
)


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("answer", ELSEWHERE)
def test_an_answer_about_something_else_scores_no_more_than_a_non_answer(question, answer):
    floor = min(score_answer(question, none).overall for none in NON_ANSWERS)
    scored = score_answer(question, answer)
    assert scored.relevance.score == 1, scored.relevance.evidence
    assert scored.overall <= floor, (scored.overall, floor)


def test_each_capped_dimension_says_why():
    scored = score_answer(QUESTIONS[0], ELSEWHERE[0])
    for dim in (scored.structure, scored.specificity, scored.depth):
        assert dim.score == 1
    assert scored.communication.score <= 2
    assert "something else" in scored.communication.evidence or scored.communication.score <= 1
