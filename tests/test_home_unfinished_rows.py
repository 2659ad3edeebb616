"""Home's "Unfinished interviews" never shows two rows that read the same (newcomer, session 12: one job, one
company, one time, twice). Start pressed again on the same job and CV opens the interview not begun yet
instead of a copy (core: InterviewEngine.create(reuse_unstarted=True)); two real interviews for one job are
told apart (core.interview.unfinished); the listing query gives each session once, however many messages it
has. A real DuckDB file, the real engine and the offline coach, Home and Setup through AppTest."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from streamlit.testing.v1 import AppTest

from core.interview import InterviewEngine
from core.interview.unfinished import unfinished_lines
from core.models.chains import build_chains
from core.settings import Settings
from core.storage import InterviewStore

JOB = {"job_title": "Support Engineer", "company": "Brightdesk", "job_description": "Answer customer chats and emails.",
       "cv_text": "Robin Vale. Support engineer at Acme, 2021-2024: 60 chats a day."}


def test_start_again_on_an_interview_not_begun_opens_it(store: InterviewStore) -> None:
    engine = InterviewEngine(store)
    first = engine.create(**JOB, question_count=5, reuse_unstarted=True)
    chains = build_chains(Settings())
    assert list(engine.stream_next(chains, first))  # the first question is asked: still not begun by the candidate
    assert engine.create(**JOB, question_count=5, reuse_unstarted=True) == first
    assert engine.create(**JOB, question_count=6, reuse_unstarted=True) != first  # other settings: another one
    assert engine.create(**JOB, question_count=5, reuse_unstarted=True, owner="b@example.com") != first
    assert engine.create(**JOB, question_count=5) != first  # without the flag (tests, seeds): always a new one


def test_an_interview_begun_is_never_reused(store: InterviewStore) -> None:
    engine = InterviewEngine(store)
    chains = build_chains(Settings())
    first = engine.create(**JOB, question_count=5, reuse_unstarted=True)
    list(engine.stream_next(chains, first))
    engine.submit_answer(chains, first, "I answered sixty chats a day and kept a reply time under two minutes.")
    second = engine.create(**JOB, question_count=5, reuse_unstarted=True)
    assert second != first
    list(engine.stream_next(chains, second))
    store.save_draft(second, "typed", 1, "I would start by")  # an answer being written: begun
    assert engine.create(**JOB, question_count=5, reuse_unstarted=True) not in (first, second)


def test_the_listing_gives_each_session_once(store: InterviewStore) -> None:
    engine = InterviewEngine(store)
    chains = build_chains(Settings())
    sid = engine.create(**JOB, question_count=3)
    for _ in range(3):
        list(engine.stream_next(chains, sid))
        engine.submit_answer(chains, sid, "I cut the reply time from four minutes to two by writing macros.")
    assert [r.id for r in store.list_sessions(status="in_progress")].count(sid) <= 1
    assert [r.id for r in store.list_sessions()].count(sid) == 1


def _row(store: InterviewStore, sid: str):
    return next(r for r in store.list_sessions() if r.id == sid)


def test_two_interviews_for_one_job_in_one_minute_read_differently(store: InterviewStore) -> None:
    engine = InterviewEngine(store)
    a = _row(store, engine.create(**JOB, question_count=5))
    b = _row(store, engine.create(**JOB, question_count=5))
    start = datetime(2026, 3, 2, 9, 15, 10)
    rows = [replace(b, created_at=start + timedelta(seconds=20), updated_at=start + timedelta(seconds=20), answers=0),
            replace(a, created_at=start, updated_at=start, answers=0)]
    lines = unfinished_lines(rows)
    assert len({(line.label, line.detail) for line in lines}) == 2, lines
    assert [line.id for line in lines] == [b.id, a.id]
    assert "09:15:30" in lines[0].detail and "09:15:10" in lines[1].detail

    same = [replace(r, created_at=start, updated_at=start) for r in rows]  # the same second, the same use
    lines = unfinished_lines(same)
    assert len({line.detail for line in lines}) == 2, lines
    assert lines[1].detail.endswith("the first started") and lines[0].detail.endswith("the second started")

    other = replace(a, id="other", job_title="Data Analyst", created_at=start, updated_at=start, answers=2)
    lines = unfinished_lines([other, *rows])
    assert lines[0].detail == "Started 02 Mar 2026 09:15 · Mixed interview · 2 answers so far"  # alone: minutes


def _start(at: AppTest) -> None:
    at.switch_page("pages/setup.py").run()
    at.text_input(key="setup_job_title").set_value(JOB["job_title"]).run()
    at.text_input(key="setup_company").set_value(JOB["company"]).run()
    at.text_area(key="setup_jd").set_value(JOB["job_description"]).run()
    at.text_area(key="setup_cv").set_value(JOB["cv_text"]).run()
    at.button(key="setup_start").click().run()
    assert not at.exception, at.exception


def _home_rows(at: AppTest) -> list[str]:
    at.switch_page("pages/home.py").run()
    assert not at.exception, at.exception
    return [m.value for m in at.main.markdown if m.value.startswith(f"**{JOB['job_title']}")]


def test_home_shows_one_row_after_start_pressed_twice(setup_page: AppTest, db_path: str) -> None:
    at = setup_page
    _start(at)
    _start(at)  # back on Setup, the same fields, Start again
    rows = _home_rows(at)
    assert len(rows) == 1, rows
    store = InterviewStore(db_path)
    try:
        assert len(store.list_sessions()) == 1
    finally:
        store.close()


def test_home_tells_two_real_interviews_for_one_job_apart(setup_page: AppTest, db_path: str) -> None:
    store = InterviewStore(db_path)
    try:
        engine = InterviewEngine(store)
        for _ in range(2):  # two not begun, for one job, the same minute (as a Start pressed twice left them)
            engine.create(**JOB, question_count=5)
    finally:
        store.close()
    rows = _home_rows(setup_page)
    assert len(rows) == 2 and rows[0] != rows[1], rows
