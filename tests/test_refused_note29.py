"""Session 29 (re-check rc28, m5): a refused reply's note stands only under the question it was refused under.

The re-check saw "There is no question waiting for an answer yet." under a follow-up already on screen: the note of a
double-sent answer outlived the turn. The page now stores the question the note belongs to and draws it only while
that question is the last one; the engine's sentence says what happened (core.interview.answering._not_waiting,
tested in tests/test_one_writer.py).
"""

from __future__ import annotations

from tests.app_start import start_interview


def _warnings(at) -> list[str]:
    return [w.value for w in at.warning]


def test_a_refused_note_is_drawn_under_its_own_question_only(db_path, fresh_app_cache) -> None:
    at, session_id = start_interview(count=3, follow_ups=False)
    shown = at.session_state["question_shown"][session_id]
    note = "Your last answer was received and the next question is on its way."
    at.session_state["answer_error"] = {"session": session_id, "message": note, "question": shown}
    at.run()
    assert note in _warnings(at)  # the question it was refused under is still the last one

    at.chat_input(key="answer_input").set_value(
        "At my last job I rebuilt our weekly report in SQL and cut the time it took from a day to an hour.").run()
    assert not at.exception, at.exception
    assert at.session_state["question_shown"][session_id] != shown  # question 2 is on screen now
    at.session_state["answer_error"] = {"session": session_id, "message": note, "question": shown}
    at.run()
    assert note not in _warnings(at), _warnings(at)  # never under a later question


def test_a_note_of_another_interview_is_not_drawn(db_path, fresh_app_cache) -> None:
    at, session_id = start_interview(count=3, follow_ups=False)
    at.session_state["answer_error"] = {"session": "another", "message": "Not yours.",
                                        "question": at.session_state["question_shown"][session_id]}
    at.run()
    assert "Not yours." not in _warnings(at)
