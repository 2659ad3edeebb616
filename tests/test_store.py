"""The DuckDB store on real files: migrations, durability, threads, locks, JSON round-trips."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import threading
from datetime import datetime, timedelta

import duckdb
import pytest

from core.storage import MIGRATIONS, InterviewStore, StoreError

SCORE = {
    "relevance": {"score": 4, "evidence": "“we cut latency by 40%”"},
    "structure": {"score": 3, "evidence": "situation and result, no task"},
    "specificity": {"score": 5, "evidence": "“40%”, “Kafka”"},
    "depth": {"score": 2, "evidence": "no trade-offs"},
    "communication": {"score": 4, "evidence": "clear"},
    "missing": ["the task", "what you learned"],
    "stronger_answer": "At Acme, I…",
    "overall": 7,
}


def test_migrations_apply_once_and_are_recorded(db_path):
    first = InterviewStore(db_path)
    assert first.applied_migrations() == [m[0] for m in MIGRATIONS]
    assert first.migrate() == []  # idempotent on the same connection
    first.close()
    again = InterviewStore(db_path)
    assert again.migrate() == []
    assert again.applied_migrations() == [m[0] for m in MIGRATIONS]
    again.close()


def test_reopen_keeps_everything(db_path):
    store = InterviewStore(db_path)
    sid = store.create_session(job_title="Data Analyst", company="Shop", job_description="SQL",
                               cv_text="Ana — SQL", settings={"interview_type": "technical", "focus": ["SQL"]})
    store.add_message(sid, "interviewer", "Tell me about SQL.", kind="question", question_no=1, model="m",
                      latency_ms=12, tokens_in=100, tokens_out=9)
    store.add_message(sid, "candidate", "I wrote window functions…", kind="answer", question_no=1)
    store.save_answer_score(sid, 1, "Tell me about SQL.", "I wrote window functions…", SCORE, model="m")
    store.close()

    reopened = InterviewStore(db_path)
    session = reopened.get_session(sid)
    assert session.job_title == "Data Analyst"
    assert session.settings == {"interview_type": "technical", "focus": ["SQL"]}
    messages = reopened.list_messages(sid)
    assert [m.seq for m in messages] == [1, 2]
    assert messages[0].tokens_in == 100 and messages[0].kind == "question"
    (row,) = reopened.list_answer_scores(sid)
    assert row.score == SCORE
    reopened.close()


def test_json_fields_round_trip_unicode(store):
    report = {"overall": 6, "summary": "Bien joué, José", "strengths": ["STAR ✓", "数字"],
              "weaknesses": ["—"], "cv_tips": ["Add “numbers”"],
              "coverage": [{"requirement": "Kafka", "status": "weak", "evidence": "“we used Kafka”"}]}
    sid = store.create_session(job_title="Ingénieur", settings={"note": "naïve ✓"})
    store.save_report(sid, report, dimension_scores={"relevance": 3.5}, model="offline-coach")
    stored = store.get_report(sid)
    for key in ("strengths", "weaknesses", "cv_tips", "coverage"):
        assert getattr(stored, key) == report[key]
    assert stored.dimension_scores == {"relevance": 3.5}
    session = store.get_session(sid)
    assert session.status == "completed" and session.overall_score == 6
    assert session.settings == {"note": "naïve ✓"}


def test_report_guidance_round_trips_and_old_reports_read_as_empty(store):
    sid = store.create_session(job_title="Analyst")
    report = {"overall": 5, "summary": "s", "next_steps": ["Give the result with a number in Q2", "Name the tool"],
              "scope_note": "The offline coach judges structure, detail, delivery and coverage.",
              "language_note": "Answers in Swahili were scored on language-neutral signals only."}
    store.save_report(sid, report, dimension_scores={}, model="offline-coach")
    stored = store.get_report(sid)
    assert stored.next_steps == report["next_steps"]
    assert stored.scope_note == report["scope_note"] and stored.language_note == report["language_note"]
    bare = store.create_session(job_title="Nurse")
    store.save_report(bare, {"overall": 4}, dimension_scores={})
    old = store.get_report(bare)
    assert old.next_steps == [] and old.scope_note is None and old.language_note is None


def test_eight_threads_write_and_read_concurrently(store):
    sessions = [store.create_session(job_title=f"Role {i}") for i in range(8)]
    errors: list[BaseException] = []

    def worker(sid: str) -> None:
        try:
            for n in range(25):
                store.add_message(sid, "candidate", f"answer {n}", kind="answer", question_no=n)
                assert len(store.list_messages(sid)) == n + 1
                store.list_sessions()
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(sid,)) for sid in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for sid in sessions:
        messages = store.list_messages(sid)
        assert [m.seq for m in messages] == list(range(1, 26))
        assert all(m.content.startswith("answer") for m in messages)
    assert store.count_rows()["messages"] == 200


def test_other_process_holding_the_file_gives_a_clear_sentence(db_path):
    InterviewStore(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({db_path!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as caught:
            InterviewStore(db_path)
        message = str(caught.value)
        assert "in use by another running copy of the app" in message
        assert db_path in message and "INTERVIEW_DB" in message
    finally:
        holder.communicate("", timeout=10)


def test_missing_folder_is_created(tmp_path):
    path = tmp_path / "a" / "b" / "db.duckdb"
    store = InterviewStore(str(path))
    store.create_session(job_title="x")
    store.close()
    assert path.exists()


def test_read_only_location_gives_a_sentence(tmp_path):
    # chmod does not stop root (CI runs as root); /sys refuses writes to everyone.
    target = "/sys/interviews.duckdb" if os.geteuid() == 0 else None
    if target is None:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        target = str(folder / "db.duckdb")
    with pytest.raises(StoreError) as caught:
        InterviewStore(target)
    message = str(caught.value)
    assert target in message and "cannot be written" in message and "INTERVIEW_DB" in message


def test_unwritable_path_gives_a_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as caught:
        InterviewStore(str(blocker / "db.duckdb"))
    assert "INTERVIEW_DB" in str(caught.value)


def test_corrupt_file_gives_a_sentence(tmp_path):
    path = tmp_path / "broken.duckdb"
    path.write_bytes(b"this is not a duckdb database" * 1000)
    with pytest.raises(StoreError) as caught:
        InterviewStore(str(path))
    message = str(caught.value)
    assert str(path) in message and ("damaged" in message or "could not be opened" in message)


def test_every_write_is_durable_when_the_process_is_killed(db_path):
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {os.getcwd()!r})
        from core.storage import InterviewStore
        store = InterviewStore({db_path!r})
        sid = store.create_session(job_title="Killed", session_id="k1")
        for n in range(5):
            store.add_message(sid, "candidate", f"a{{n}}", kind="answer", question_no=n)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert proc.returncode == -9
    store = InterviewStore(db_path)
    assert [m.content for m in store.list_messages("k1")] == [f"a{n}" for n in range(5)]
    store.close()


def test_queries_for_pages(store):
    base = datetime(2026, 1, 1)
    ids = []
    for i, title in enumerate(["Backend Engineer", "Data Analyst", "Backend Engineer"]):
        sid = store.create_session(job_title=title, company="Acme" if i != 1 else "Shop",
                                   settings={"interview_type": "mixed"})
        store.save_answer_score(sid, 1, "q", "a", SCORE)
        store.save_report(sid, {"overall": 5 + i}, dimension_scores={})
        ids.append(sid)
    unfinished = store.create_session(job_title="Designer")
    rows = store.scores_over_time()
    assert [r.overall_score for r in rows] == [5, 6, 7]
    assert rows[0].relevance == 4 and rows[0].answers == 1
    assert [r.id for r in store.list_sessions(status="in_progress")] == [unfinished]
    assert {r.id for r in store.list_sessions(text="backend")} == {ids[0], ids[2]}
    assert {r.id for r in store.list_sessions(text="shop")} == {ids[1]}
    assert store.list_sessions(since=base + timedelta(days=36500)) == []


def test_owner_scoping(store):
    mine = store.create_session(job_title="A", owner="ana@example.com")
    theirs = store.create_session(job_title="B", owner="bo@example.com")
    assert [r.id for r in store.list_sessions(owner="ana@example.com")] == [mine]
    assert store.get_session(theirs, owner="ana@example.com") is None
    assert store.delete_session(theirs, owner="ana@example.com") is False
    assert store.get_session(theirs) is not None


def test_delete_removes_every_row(store):
    sid = store.create_session(job_title="A")
    other = store.create_session(job_title="B")
    for s in (sid, other):
        store.add_message(s, "candidate", "x", kind="answer", question_no=1)
        store.save_answer_score(s, 1, "q", "x", SCORE)
        store.save_report(s, {"overall": 5}, dimension_scores={})
    assert store.delete_session(sid) is True
    assert store.count_rows(sid) == {"sessions": 0, "messages": 0, "answer_scores": 0, "reports": 0}
    assert store.count_rows(other) == {"sessions": 1, "messages": 1, "answer_scores": 1, "reports": 1}
    assert store.delete_all() == 1
    assert store.count_rows() == {"sessions": 0, "messages": 0, "answer_scores": 0, "reports": 0}


def test_motherduck_paths_are_passed_through(monkeypatch):
    seen = {}
    real_connect = duckdb.connect

    def fake_connect(path, config=None):
        seen["path"], seen["config"] = path, config
        return real_connect(":memory:")

    monkeypatch.setattr("core.storage.store.duckdb.connect", fake_connect)
    store = InterviewStore("md:interviews", motherduck_token="tok-123")
    assert seen == {"path": "md:interviews", "config": {"motherduck_token": "tok-123"}}
    store.close()


def test_message_seq_stays_exact_with_two_writers_on_one_database(db_path):
    """Each store keeps the next seq in memory; a second writer (e.g. a shared MotherDuck database)
    makes the first one's guess collide, and the insert recomputes instead of failing or overwriting."""
    from core.storage import InterviewStore

    first = InterviewStore(db_path)
    second = InterviewStore(db_path)  # same process: shares DuckDB's instance, has its own seq cache
    session_id = first.create_session(job_title="Writer test")
    assert first.add_message(session_id, "interviewer", "Q1", kind="question", question_no=1) == 1
    assert second.add_message(session_id, "candidate", "A1 from the other writer", kind="answer",
                              question_no=1) == 2
    assert first.add_message(session_id, "interviewer", "Q2", kind="question", question_no=2) == 3
    assert first.add_message(session_id, "candidate", "A2", kind="answer", question_no=2) == 4
    rows = first.list_messages(session_id)
    assert [(r.seq, r.content) for r in rows] == [
        (1, "Q1"), (2, "A1 from the other writer"), (3, "Q2"), (4, "A2")]
    # Deleting the session forgets its counter: a new session with the same id would start at 1.
    assert first.delete_session(session_id)
    assert session_id not in first._next_seq  # noqa: SLF001
    second.close()
    first.close()
