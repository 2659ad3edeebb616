"""The Feedback page's "try this question again" says when an attempt repeats an earlier one (issue 15,
session 13): the same text, or nearly (a word or two changed), as the live chat reads a repeated answer
(core.coach.redirect). The cards are built by core.interview.view; the page shows the sentence. A real
DuckDB file and the offline coach; made-up answers; the tests failed before the change."""

from __future__ import annotations

from core.interview import InterviewEngine
from core.interview.view import question_cards, retry_repeats
from core.models.chains import build_chains
from core.settings import Settings
from core.storage import InterviewStore

FIRST = ("At the depot our van routes kept running late, so I mapped every stop in a spreadsheet, moved two "
         "drops to the morning run and agreed new slots with the shops. Late deliveries fell from 9 to 2 a week.")
NEARLY = FIRST.replace("moved two drops", "moved three drops").replace("agreed new slots", "agreed fresh slots")
NEW = ("When a supplier missed two deliveries in a row, I called their planner, set a weekly check-in and kept a "
       "backup haulier on call. We had no empty shelves for the next quarter.")


def _finished(store: InterviewStore) -> tuple[InterviewEngine, object, str]:
    """A one-question interview answered with FIRST and finished: (engine, chains, session id)."""
    engine = InterviewEngine(store)
    chains = build_chains(Settings())
    session_id = engine.create(job_title="Transport Planner", company="", job_description="Route planning.",
                               cv_text="Transport planner. Route planning, Excel.", question_count=1, follow_ups=False)
    list(engine.stream_next(chains, session_id))
    engine.submit_answer(chains, session_id, FIRST)
    engine.finish(chains, session_id)
    return engine, chains, session_id


def _cards(db_path: str, *retries: str):
    store = InterviewStore(db_path)
    try:
        engine, chains, session_id = _finished(store)
        for text in retries:
            engine.retry_question(chains, session_id, 1, text)
        return question_cards(store, engine.load(session_id))
    finally:
        store.close()


def test_a_retry_that_is_the_first_answer_again_is_said_to_be_a_repeat(db_path):
    retry = _cards(db_path, FIRST.lower() + "  ")[0].retry
    assert retry is not None and "the same as your first answer" in retry.repeats


def test_a_nearly_identical_retry_is_said_to_be_a_repeat(db_path):
    retry = _cards(db_path, NEARLY)[0].retry
    assert "nearly the same as your first answer" in retry.repeats


def test_a_retry_that_repeats_an_earlier_retry_names_it(db_path):
    retry = _cards(db_path, NEW, NEW + " I would do the same again.")[0].retry
    assert retry.retry_number == 2 and "your retry 1" in retry.repeats


def test_a_new_answer_is_no_repeat(db_path):
    assert _cards(db_path, NEW)[0].retry.repeats == ""
    assert retry_repeats("I don't know.", [(1, "I don't know.")])  # the same text, however short
    assert retry_repeats("Something quite different from before.", [(1, FIRST)]) == ""


def test_the_feedback_page_says_so(db_path, fresh_app_cache):
    from tests.app_start import open_feedback
    from tests.test_app_flow import _submit_retry

    store = InterviewStore(db_path)
    try:
        session_id = _finished(store)[2]
    finally:
        store.close()
    at = open_feedback(session_id)
    _submit_retry(at, 1, NEARLY)
    assert any("nearly the same as your first answer" in i.value for i in at.info)
