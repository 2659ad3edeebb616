"""A request to hear the question again gets the question again, plainly, and is no answer (missing2, session 14).
Made-up texts, on the state (core.interview.state), the offline coach's turn and the weighing."""

from __future__ import annotations

import pytest

from core.coach.score import score_answer
from core.interview.state import build_state
from core.interview.weighing import weighed_score
from tests.test_coach_redirect import Q1, STORY, _msg, _session, _turn


@pytest.mark.parametrize("said", ["Sorry, could you repeat that?", "Pardon?", "Can you say the question again, please?",
                                  "Um, what was the question?", "I didn't catch that."])
def test_a_request_to_repeat_gets_the_question_again_plainly(said):
    first = [_msg("question", Q1, 1), _msg("answer", said, 1)]
    step, text = _turn(first)
    assert (step.kind, step.reason) == ("follow_up", "repeat_request")
    assert Q1 in text
    assert "different" not in text.lower() and "something else" not in text.lower()
    assert text.lower().count("walk me through") <= 1


def test_the_request_is_no_answer_and_the_reply_is_scored_as_the_answer():
    messages = [_msg("question", Q1, 1), _msg("answer", "Sorry, can you repeat it?", 1),
                _msg("follow_up", "Of course. " + Q1, 1), _msg("answer", STORY, 1)]
    record = build_state(_session(), messages).questions[0]
    assert record.answer == STORY and record.follow_up is None
    result = weighed_score(record, score_answer)
    assert result.structure.evidence != "There is no answer to find a structure in."
    assert result.overall >= 6
    step, _ = _turn(messages)  # the answer now gets what any answer gets
    assert step.reason != "repeat_request"


def test_a_request_alone_is_not_counted_as_an_answer():
    record = build_state(_session(), [_msg("question", Q1, 1), _msg("answer", "Could you repeat the question?", 1)
                                      ]).questions[0]
    assert not record.answered


def test_an_answer_that_only_mentions_repeating_is_an_answer():
    from core.coach.redirect import asks_to_repeat

    assert not asks_to_repeat("I would repeat the test on a second machine before calling the vendor.")
    assert not asks_to_repeat("Sorry, I don't know.")


def test_a_request_to_repeat_the_follow_up_gets_it_again_and_is_no_reply():
    # re-check of session 14: "Sorry, can you repeat the question?" said to a follow-up moved on to the next
    # question and was scored as a follow-up reply that "adds nothing"
    follow = "What was your own part in that, in a sentence or two?"
    messages = [_msg("question", Q1, 1), _msg("answer", STORY, 1), _msg("follow_up", follow, 1),
                _msg("answer", "Sorry, can you repeat the question?", 1)]
    step, text = _turn(messages)
    assert (step.kind, step.reason) == ("follow_up", "repeat_request")
    assert follow in text
    reply = "I chose the new rota myself and talked each driver through it."
    messages += [_msg("follow_up", text, 1), _msg("answer", reply, 1)]
    record = build_state(_session(), messages).questions[0]
    assert (record.answer, record.follow_up, record.follow_up_answer) == (STORY, follow, reply)
    step, _ = _turn(messages)
    assert step.reason != "repeat_request"  # asked again once; the reply moves the interview on
