"""What an answer turn does, not how long it takes (issue 13, point 8; speed itself is in bench/).

- An answer's background score is held back until the page has drawn the next question
  (:meth:`InterviewEngine.start_scoring`), so it never competes with the question for the interpreter;
  waiting for the scores (the report) starts whatever is still held. The page starts it after a short
  delay, so Streamlit's web thread sends the question first.
- The Interview page reads the session from the database at most once per script run.
- With the offline coach alone a turn is one script run (no rerun re-enables the chat box), and the
  question is drawn where the next run draws it.

A real DuckDB file, the offline coach, a real thread pool; the app through AppTest.
"""

from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor

import pytest

from core.interview import InterviewEngine
from core.models.chains import build_chains
from core.settings import Settings
from core.storage import InterviewStore
from tests.test_app_flow import GOOD, answer, new_app, start_sample_interview


class CountingPool(ThreadPoolExecutor):
    """A real thread pool that counts the jobs it was given."""

    def __init__(self) -> None:
        super().__init__(max_workers=2)
        self.submitted = 0

    def submit(self, fn, /, *args, **kwargs) -> Future:  # type: ignore[override]
        self.submitted += 1
        return super().submit(fn, *args, **kwargs)


@pytest.fixture
def engine_and_pool(db_path):
    store = InterviewStore(db_path)
    pool = CountingPool()
    yield InterviewEngine(store, pool), pool
    pool.shutdown(wait=True)
    store.close()


def _first_question(engine: InterviewEngine, chains) -> str:
    session_id = engine.create(job_title="Backend Engineer", company="Acme", job_description="Python, PostgreSQL.",
                               cv_text="Backend engineer. Python, PostgreSQL, Redis.", question_count=3,
                               follow_ups=False)
    assert [e.kind for e in engine.stream_next(chains, session_id)][-1] == "done"
    return session_id


def test_a_score_waits_for_the_next_question_then_runs_in_the_background(engine_and_pool):
    engine, pool = engine_and_pool
    chains = build_chains(Settings())
    session_id = _first_question(engine, chains)

    engine.submit_answer(chains, session_id, GOOD)
    assert pool.submitted == 0  # held: nothing competes with the next question
    assert [e.kind for e in engine.stream_next(chains, session_id)][-1] == "done"
    assert engine.store.list_answer_scores(session_id) == []

    assert engine.start_scoring(session_id) == 1  # the page calls this once question 2 is drawn
    assert engine.start_scoring(session_id) == 0  # started once
    engine.wait_for_scoring(session_id)
    assert pool.submitted == 1
    rows = engine.store.list_answer_scores(session_id)
    assert [(r.question_no, r.answer) for r in rows] == [(1, GOOD)]


def test_a_delayed_score_starts_after_its_delay_and_the_report_still_waits_for_it(engine_and_pool):
    """The page starts the score a moment after the question's run, so Streamlit's web thread sends the
    question without a scoring thread competing for the interpreter; the report still gets the score."""
    engine, pool = engine_and_pool
    chains = build_chains(Settings())
    session_id = _first_question(engine, chains)
    engine.submit_answer(chains, session_id, GOOD)
    assert [e.kind for e in engine.stream_next(chains, session_id)][-1] == "done"

    started = time.monotonic()
    assert engine.start_scoring(session_id, delay=0.4) == 1
    time.sleep(0.1)
    assert engine.store.list_answer_scores(session_id) == []  # not yet: the delay runs in the pool's thread
    engine.wait_for_scoring(session_id)
    assert time.monotonic() - started >= 0.4
    assert [r.question_no for r in engine.store.list_answer_scores(session_id)] == [1]
    assert pool.submitted == 1


def test_waiting_for_the_scores_starts_the_held_ones(engine_and_pool):
    engine, pool = engine_and_pool
    chains = build_chains(Settings())
    session_id = _first_question(engine, chains)
    engine.submit_answer(chains, session_id, GOOD)

    engine.wait_for_scoring(session_id)  # e.g. the report: nothing is left unscored or scored twice
    assert pool.submitted == 1
    assert [r.question_no for r in engine.store.list_answer_scores(session_id)] == [1]
    report = engine.finish(chains, session_id)
    assert report is not None and pool.submitted == 1


def test_the_interview_page_reads_the_session_once_per_run(db_path, fresh_app_cache, store, monkeypatch):
    from pages.ui import resources  # the module the app imported: the same cached engine

    at = new_app()
    at.run()
    session_id = start_sample_interview(at)
    at.run()
    engine = resources._engine(store.path, None)
    reads: list[str] = []
    real = engine.store.list_messages

    def counted(sid: str):
        reads.append(sid)
        return real(sid)

    monkeypatch.setattr(engine.store, "list_messages", counted)
    at.run()  # a rerun with nothing new: the state the engine holds is still current
    assert reads == []
    before = [m.seq for m in store.list_messages(session_id)]
    answer(at, GOOD)  # one turn: the answer's run (which streams question 2), then the page's own rerun
    after = store.list_messages(session_id)
    assert [m.kind for m in after[len(before):]] in (["answer", "question"], ["answer", "follow_up"])
    assert len(reads) <= 2, reads  # at most once per script run


def test_the_state_kept_after_a_write_is_the_one_the_store_gives_back(db_path):
    """The engine extends the state it holds with each row it writes instead of reading the session
    again; at every step that state must equal a fresh read of the database."""
    from core.interview.state import build_state
    from tests.test_app_flow import SHORT, WE

    store = InterviewStore(db_path)
    engine = InterviewEngine(store)  # no executor: each score is written at once (it changes no state)
    chains = build_chains(Settings())
    session_id = engine.create(job_title="Backend Engineer", company="Acme", job_description="Python, PostgreSQL.",
                               cv_text="Backend engineer. Python, PostgreSQL, Redis.", question_count=4)
    reads: list[str] = []
    real = store.list_messages

    def counted(sid: str):
        reads.append(sid)
        return real(sid)

    def check() -> None:
        kept = engine.load(session_id)
        fresh = build_state(store.get_session(session_id), real(session_id))
        assert kept.messages == fresh.messages
        assert kept.questions == fresh.questions
        assert kept.awaiting_answer == fresh.awaiting_answer

    store.list_messages = counted
    replies = [SHORT, WE, "skip", GOOD, GOOD, GOOD, GOOD, GOOD]
    for reply in replies:
        if not list(engine.stream_next(chains, session_id)):
            break
        check()
        if reply == "skip":
            engine.skip(session_id, chains)
        else:
            engine.submit_answer(chains, session_id, reply, meta={"input": "typed", "n": [1, 2]})
        check()
    kinds = [m.kind for m in real(session_id)]
    assert {"follow_up", "skip", "answer", "question"} <= set(kinds)
    # Read again only when something other than the engine's own message changed the session (the
    # model named on it after the first question); every answer, skip and question extends the state.
    assert len(reads) <= 2, reads
    store.close()


def _chat_layout(at) -> list[list[str]]:
    """The chat as drawn: per container of the page's body, the text of each chat message in it."""
    parts = [[m.markdown[0].value for m in block.children.values() if m.type == "chat_message"]
             for block in at.main.children.values() if block.type == "flex_container"]
    return [part for part in parts if part]  # not the heading's container


def test_with_the_offline_coach_a_turn_is_one_run_and_every_message_keeps_its_place(db_path, monkeypatch):
    """The offline coach writes a question whole at once: the run that writes it draws the chat box
    (enabled), the answer bar and the rest of the page after it and ends there, with no rerun; the
    question is drawn in the container where the next run draws it, so the chat is laid out as a run
    with nothing new lays it out."""
    import streamlit

    from tests.test_app_flow import GOOD_MORE

    at = new_app()
    at.run()
    start_sample_interview(at, setup_count=4)
    at.run()
    reruns: list[str] = []
    real = streamlit.rerun

    def counted(*args, **kwargs):
        reruns.append("rerun")
        return real(*args, **kwargs)

    monkeypatch.setattr(streamlit, "rerun", counted)
    for text in (GOOD, *GOOD_MORE[:2]):  # across a container's edge (four messages to a container)
        answer(at, text)
        assert reruns == []
        assert not at.chat_input(key="answer_input").proto.disabled
        drawn = _chat_layout(at)
        assert sum(len(part) for part in drawn) >= 3
        at.run()  # nothing new: the same chat in the same containers
        assert _chat_layout(at) == drawn
