"""One interview, one writer: two tabs (or threads) driving the same turn store it once.

The model is a real LangChain client over HTTP against a loopback server that waits half a second
before it answers (``FakeOpenAI(mode="hang", hang_seconds=0.5)``), the window in which two tabs
used to both decide "question 1 is next" and store it twice. The engine's per-session lock makes
the second caller wait and find the question stored; the database's unique index (migration 4)
refuses a second copy from any writer that gets past the lock.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from core.interview import AnswerError, InterviewEngine
from core.models.chains import build_chains
from core.settings import Settings
from core.storage import DuplicateTurnError, InterviewStore
from core.storage.migrations import MIGRATIONS, apply_migrations
from tests.fake_servers import FakeOpenAI

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
SLOW_S = 0.5
GOOD = ("At Northwind I owned the payments API. p95 latency was 900 ms and conversion was dropping, so my "
        "task was to get it under 300 ms. I profiled it, found N+1 queries in PostgreSQL, batched them and "
        "added a Redis cache behind a feature flag. p95 fell to 210 ms and conversion rose 4% in a month. "
        "I learned to measure before optimising, and I chose caching over a rewrite because of the risk.")


@pytest.fixture
def slow_model():
    with FakeOpenAI(mode="hang", hang_seconds=SLOW_S, reply_text="What did you own at Northwind, and why?") as server:
        yield server


def questions(store: InterviewStore, session_id: str) -> list[tuple[str, int]]:
    return [(m.kind, m.question_no) for m in store.list_messages(session_id)
            if m.kind in ("question", "follow_up")]


def both_at_once(*actions) -> list[object]:
    """Run the actions in threads released together; returns each one's result or exception."""
    results: list[object] = [None] * len(actions)
    gate = threading.Barrier(len(actions))

    def run(index: int) -> None:
        gate.wait()
        try:
            results[index] = actions[index]()
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(actions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def new_interview(store: InterviewStore, **options) -> tuple[InterviewEngine, str]:
    engine = InterviewEngine(store)
    session_id = engine.create(job_title="Backend Engineer", company="Northwind",
                               job_description="Python, PostgreSQL, APIs.",
                               cv_text="Backend engineer at Northwind: payments API in Python.", **options)
    return engine, session_id


# ------------------------------------------------------------------------------------ the engine


def test_two_threads_streaming_the_same_turn_store_one_question(store, slow_model):
    engine, session_id = new_interview(store, question_count=3)
    chains = build_chains(Settings(local_base_url=slow_model.base_url))

    results = both_at_once(lambda: list(engine.stream_next(chains, session_id)),
                           lambda: list(engine.stream_next(chains, session_id)))

    assert questions(store, session_id) == [("question", 1)]
    finished = [events for events in results if isinstance(events, list) and any(e.kind == "done" for e in events)]
    assert len(finished) == 1, results
    assert [events for events in results if events == []], "the second caller should find the turn taken"
    assert slow_model.count("/chat/completions") == 1  # the model was asked once


def test_two_threads_answering_the_same_question_store_one_answer(store, slow_model):
    engine, session_id = new_interview(store, question_count=3, follow_ups=False)
    chains = build_chains(Settings(local_base_url=slow_model.base_url))
    list(engine.stream_next(chains, session_id))

    results = both_at_once(lambda: engine.submit_answer(chains, session_id, GOOD + " (first tab)"),
                           lambda: engine.submit_answer(chains, session_id, GOOD + " (second tab)"))

    answers = [m for m in store.list_messages(session_id) if m.kind == "answer"]
    assert len(answers) == 1 and answers[0].question_no == 1
    refused = [r for r in results if isinstance(r, AnswerError)]
    # the second text is another one: kept in the answer box, to send once the next question appears (rc28 m5)
    assert len(refused) == 1 and "next question is on its way" in str(refused[0])
    assert "kept in the answer box" in str(refused[0])
    # The turn goes on normally: question 2, once.
    results = both_at_once(lambda: list(engine.stream_next(chains, session_id)),
                           lambda: list(engine.stream_next(chains, session_id)))
    assert questions(store, session_id) == [("question", 1), ("question", 2)]


def test_the_same_answer_sent_twice_is_said_to_be_in_the_chat_already(store, slow_model):
    engine, session_id = new_interview(store, question_count=3, follow_ups=False)
    chains = build_chains(Settings(local_base_url=slow_model.base_url))
    list(engine.stream_next(chains, session_id))
    engine.submit_answer(chains, session_id, GOOD)
    with pytest.raises(AnswerError) as refused:  # a double click: the same text again before question 2 is written
        engine.submit_answer(chains, session_id, GOOD)
    assert str(refused.value).startswith("This answer was already sent: it is in the chat above.")
    assert "no question waiting" not in str(refused.value)
    assert len([m for m in store.list_messages(session_id) if m.kind == "answer"]) == 1


def _tab_2_moved_on(store, slow_model):
    """Tab 1 shows question 1; tab 2 answers it and moves on to question 2. Returns (engine, chains,
    session id, the seq of the question tab 1 still shows)."""
    engine, session_id = new_interview(store, question_count=3, follow_ups=False)
    chains = build_chains(Settings(local_base_url=slow_model.base_url))
    list(engine.stream_next(chains, session_id))
    shown_in_tab_1 = [m.seq for m in store.list_messages(session_id) if m.kind == "question"][-1]
    engine.submit_answer(chains, session_id, GOOD + " (second tab)", question_seq=shown_in_tab_1)
    list(engine.stream_next(chains, session_id))  # tab 2 moves on to question 2
    return engine, chains, session_id, shown_in_tab_1


def test_a_stale_tab_answer_is_refused_not_filed_under_a_question_it_never_showed(store, slow_model):
    """Found by a newcomer: tab 1 still showed Q1 while tab 2 had moved on to Q2; tab 1's answer
    was silently stored as the answer to Q2."""
    engine, chains, session_id, shown_in_tab_1 = _tab_2_moved_on(store, slow_model)
    with pytest.raises(AnswerError, match="already answered from another tab or window"):
        engine.submit_answer(chains, session_id, GOOD + " (first tab, stale)", question_seq=shown_in_tab_1)
    answers = [m for m in store.list_messages(session_id) if m.kind == "answer"]
    assert [(a.question_no, a.content.endswith("(second tab)")) for a in answers] == [(1, True)]



def test_a_stale_tab_skip_skips_nothing(store, slow_model):
    """Found by a newcomer: tab 1 still showed Q1 while tab 2 had moved on to Q2; "Skip question" in
    tab 1 skipped Q2, a question tab 1 never showed."""
    engine, chains, session_id, shown_in_tab_1 = _tab_2_moved_on(store, slow_model)
    with pytest.raises(AnswerError, match="Nothing was skipped"):
        engine.skip(session_id, chains, question_seq=shown_in_tab_1)
    assert [m.kind for m in store.list_messages(session_id)] == ["question", "answer", "question"]
    shown_in_tab_2 = [m.seq for m in store.list_messages(session_id) if m.kind == "question"][-1]
    engine.skip(session_id, chains, question_seq=shown_in_tab_2)  # the tab that shows Q2 may skip it
    assert [(m.kind, m.question_no) for m in store.list_messages(session_id)][-1] == ("skip", 2)


# ------------------------------------------------------------------------------------ the database


def test_the_database_refuses_a_second_question_with_the_same_number(store):
    _, session_id = new_interview(store)
    store.add_message(session_id, "interviewer", "First?", kind="question", question_no=1)
    store.add_message(session_id, "interviewer", "Follow-up?", kind="follow_up", question_no=1)
    with pytest.raises(DuplicateTurnError):
        store.add_message(session_id, "interviewer", "First again?", kind="question", question_no=1)
    with pytest.raises(DuplicateTurnError):
        store.add_message(session_id, "interviewer", "Follow-up again?", kind="follow_up", question_no=1)
    # Another store on the same file (a second writer that does not share this one's memory).
    other = InterviewStore(store.path)
    with pytest.raises(DuplicateTurnError):
        other.add_message(session_id, "interviewer", "Third copy?", kind="question", question_no=1)
    # Answers, skips and notices repeat freely; other sessions have their own numbers.
    for _ in range(2):
        store.add_message(session_id, "candidate", "An answer", kind="answer", question_no=1)
        store.add_message(session_id, "system", "A notice", kind="notice", question_no=1)
    _, second = new_interview(store)
    store.add_message(second, "interviewer", "First?", kind="question", question_no=1)
    assert questions(store, session_id) == [("question", 1), ("follow_up", 1)]
    assert [m.seq for m in store.list_messages(session_id)] == [1, 2, 3, 4, 5, 6]


def test_migration_4_keeps_copies_stored_before_it(tmp_path):
    path = str(tmp_path / "old.duckdb")
    conn = duckdb.connect(path)
    cur = conn.cursor()
    assert apply_migrations(cur, until=3) == [1, 2, 3]  # a database from before the unique index
    cur.execute("INSERT INTO sessions (id, created_at, updated_at, job_title, status) "
                "VALUES ('old', now(), now(), 'Analyst', 'in_progress')")
    for seq, kind in enumerate(["question", "question", "answer"], start=1):
        cur.execute("INSERT INTO messages (session_id, seq, role, content, created_at, kind, question_no) "
                    "VALUES ('old', ?, 'interviewer', ?, now(), ?, 1)", [seq, f"copy {seq}", kind])
    conn.close()

    store = InterviewStore(path)
    try:
        assert store.applied_migrations() == [number for number, _, _ in MIGRATIONS]
        assert [m.content for m in store.list_messages("old")] == ["copy 1", "copy 2", "copy 3"]
        with pytest.raises(DuplicateTurnError):
            store.add_message("old", "interviewer", "copy 4", kind="question", question_no=1)
        assert store.add_message("old", "interviewer", "next", kind="question", question_no=2) == 4
    finally:
        store.close()


# ------------------------------------------------------------------------------------ two AppTest tabs


def open_tab(session_id: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["session"] = session_id
    at.switch_page("pages/interview.py")
    return at


def test_two_app_sessions_on_one_interview_ask_once_and_feedback_renders(db_path, fresh_app_cache, monkeypatch,
                                                                         slow_model):
    monkeypatch.setenv("LOCAL_LLM_BASE_URL", slow_model.base_url)
    monkeypatch.setenv("INTERVIEW_PROVIDERS", "local")
    setup = InterviewStore(db_path)
    engine, session_id = new_interview(setup, question_count=2, follow_ups=False)
    first, second = open_tab(session_id), open_tab(session_id)

    # Both tabs open the new interview together: each would ask question 1. (Two AppTests running at once share
    # Streamlit's process-wide Runtime instance, which each AppTest.run sets at its start and clears at its end
    # (streamlit/testing/v1/app_test.py): when one ends while the other's script thread starts a rerun, that thread
    # raises "Runtime hasn't been created!", reported by pytest as PytestUnhandledThreadExceptionWarning. It is
    # AppTest's, not the app's (a real server has one Runtime), and the rows asserted here are unaffected; keeping
    # the Runtime alive would mean patching Streamlit's internals. The page's modules are imported first: two script
    # threads importing pages.ui.drafts for the first time together made its declare_component find no module for
    # its caller, "module is None. This should never happen.", which failed this test 2 runs in 7 under load.)
    for name in ("chat", "drafts", "render", "resources", "state", "turn_notes", "voice"):
        importlib.import_module(f"pages.ui.{name}")
    both_at_once(first.run, second.run)
    for tab in (first, second):
        assert not tab.exception, tab.exception
    assert questions(setup, session_id) == [("question", 1)]
    assert slow_model.count("/chat/completions") == 1
    for tab in (first, second):
        tab.run()  # what the browser shows next: the stored question, the answer box open
        assert [m.markdown[0].value for m in tab.chat_message][:1], "the question should be shown"
        assert tab.chat_input and not tab.chat_input[0].proto.disabled

    # Both tabs send an answer to question 1 at once: one is stored, question 2 is asked once.
    both_at_once(lambda: first.chat_input[0].set_value(GOOD + " (first)").run(),
                 lambda: second.chat_input[0].set_value(GOOD + " (second)").run())
    for tab in (first, second):
        assert not tab.exception, tab.exception
    assert questions(setup, session_id) == [("question", 1), ("question", 2)]
    assert len([m for m in setup.list_messages(session_id) if m.kind == "answer"]) == 1

    # Feedback renders with one card per question (no duplicate widget keys).
    first.run()
    first.chat_input[0].set_value(GOOD).run()
    feedback = AppTest.from_file(APP, default_timeout=60)
    feedback.query_params["session"] = session_id
    feedback.switch_page("pages/feedback.py")
    feedback.run()
    assert not feedback.exception, feedback.exception
    assert any(e.label.startswith("Q2 · ") for e in feedback.expander)
    assert [e.label[:4] for e in feedback.expander if e.label.startswith("Q")] == ["Q1 ·", "Q2 ·"]
    assert setup.get_session(session_id).status == "completed"


def test_a_loaded_state_is_rebuilt_after_any_store_on_the_file_writes(store):
    engine, session_id = new_interview(store, question_count=3)
    assert engine.load(session_id).questions == []
    assert engine.load(session_id) is engine.load(session_id)  # unchanged: reused, not re-read
    other = InterviewStore(store.path)  # a second store on the same file (same DuckDB instance)
    other.add_message(session_id, "interviewer", "Asked elsewhere?", kind="question", question_no=1)
    assert [q.question for q in engine.load(session_id).questions] == ["Asked elsewhere?"]
    other.update_session(session_id, status="abandoned")
    assert engine.load(session_id).status == "abandoned"
    assert engine.load(session_id, owner="someone@example.com") is None  # not theirs
