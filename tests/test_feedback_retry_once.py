"""Issue 15 (newcomer's faults, session 10): Ctrl+Enter in the Feedback page's retry box, then its button,
stored two attempts of the same answer. A second identical submit of a retry is a no-op: the engine holds
the session's writer lock while it scores a retry and stores nothing when the last attempt already holds
that answer. A real DuckDB file, the offline coach, the app through AppTest."""

from __future__ import annotations

import threading

from core.interview import InterviewEngine
from core.models.chains import build_chains
from core.settings import Settings
from core.storage import InterviewStore
from tests.app_start import open_feedback
from tests.test_app_flow import GOOD, _submit_retry

RETRY = ("At my last job the nightly export kept failing. I traced it to a timeout in the PostgreSQL query, added "
         "an index and split the export into batches of 5,000 rows. Failures fell from 4 a week to none in a month.")


def _finished(db_path: str) -> str:
    store = InterviewStore(db_path)
    try:
        engine = InterviewEngine(store)
        chains = build_chains(Settings())
        session_id = engine.create(job_title="Backend Engineer", company="Acme", job_description="Python, PostgreSQL.",
                                   cv_text="Backend engineer. Python, PostgreSQL, Redis.", question_count=1,
                                   follow_ups=False)
        assert [e.kind for e in engine.stream_next(chains, session_id)][-1] == "done"
        engine.submit_answer(chains, session_id, GOOD)
        assert engine.finish(chains, session_id) is not None
        return session_id
    finally:
        store.close()


def _attempts(db_path: str, session_id: str) -> list[tuple[int, str]]:
    store = InterviewStore(db_path)
    try:
        return [(r.attempt, r.answer) for r in store.list_answer_scores(session_id, attempt=None)]
    finally:
        store.close()


def test_the_same_retry_submitted_twice_is_stored_once(db_path, fresh_app_cache):
    session_id = _finished(db_path)
    at = open_feedback(session_id)

    _submit_retry(at, 1, RETRY)  # Ctrl+Enter
    _submit_retry(at, 1, RETRY)  # then the button, the box still holding the same text
    assert _attempts(db_path, session_id) == [(1, GOOD), (2, RETRY)]
    assert not at.warning  # a no-op, not a complaint
    assert any(m.value.startswith("**Retry 1:") for m in at.markdown)

    # a changed answer is a new attempt
    _submit_retry(at, 1, RETRY + " I now check the query plan first.")
    assert [a for a, _ in _attempts(db_path, session_id)] == [1, 2, 3]


def test_two_submits_at_once_store_one_attempt(db_path):
    session_id = _finished(db_path)
    store = InterviewStore(db_path)
    try:
        engine = InterviewEngine(store)
        chains = build_chains(Settings())
        results = []
        threads = [threading.Thread(target=lambda: results.append(engine.retry_question(chains, session_id, 1, RETRY)))
                   for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert len(results) == 2 and results[0] == results[1]
        assert [(r.attempt, r.answer) for r in store.list_answer_scores(session_id, attempt=None)] == [
            (1, GOOD), (2, RETRY)]
    finally:
        store.close()
