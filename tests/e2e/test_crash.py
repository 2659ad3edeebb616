"""Crash safety in a real browser (issue #8.1): SIGKILL `streamlit run` mid-interview, restart, resume.

A page refresh mid-interview is covered by test_newcomer.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest

from tests.e2e.driver import (
    SAMPLE_ANSWERS,
    StreamlitServer,
    answer,
    answer_and_wait,
    answer_until_feedback,
    screenshot,
    session_id_of,
    start_sample_interview,
    wait_for_first_question,
)

pytestmark = pytest.mark.e2e

BEFORE_CRASH = [
    "At Brightwave I rebuilt the tracking API in FastAPI: p95 went from 1.2 s to 180 ms after I batched the "
    "PostgreSQL queries and added Redis. Crash-test answer one.",
    "I moved 14 services to Docker on ECS with Terraform and wrote the runbook; deployments went from 25 to 12 "
    "minutes. Crash-test answer two.",
    "We disagreed about a release date; I proposed a smaller first scope, we shipped on time and support "
    "tickets fell 30%. Crash-test answer three.",
]


def chat_texts(page) -> list[str]:
    return page.get_by_test_id("stChatMessage").all_inner_texts()


def test_sigkill_mid_interview_then_restart_resumes_every_answer(browser, tmp_path: Path):
    db_path = str(tmp_path / "crash.duckdb")
    first = StreamlitServer(db_path=db_path)
    first.start()
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(20_000)
        session_url = start_sample_interview(page, first.url)
        session_id = session_id_of(session_url)
        for text in BEFORE_CRASH[:2]:
            answer_and_wait(page, text)
        # The third answer: kill the server the moment it is shown (it is shown once stored), while
        # the next question is being streamed and the answers are being scored in the background.
        answer(page, BEFORE_CRASH[2])
        page.get_by_test_id("stChatMessage").filter(has_text="Crash-test answer three").wait_for()
        first.kill()
        assert first.process.returncode == -9
        context.close()  # the candidate closed the tab
    finally:
        first.kill()

    second = StreamlitServer(db_path=db_path, port=first.port)
    second.start()
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto(f"{second.url}/interview?session={session_id}")
        wait_for_first_question(page)
        page.get_by_test_id("stChatInputTextArea").wait_for()
        screenshot(page, "crash-resumed")

        # Every answer given before the crash is back, once, in order, under its question.
        shown = chat_texts(page)
        for text in BEFORE_CRASH:
            assert sum(text in message for message in shown) == 1, text
        positions = [next(i for i, m in enumerate(shown) if text in m) for text in BEFORE_CRASH]
        assert positions == sorted(positions)
        assert not page.get_by_text("could not be found").count()
        # The page runs inside the app's frame even as the first page opened after the restart.
        sidebar = page.get_by_test_id("stSidebar")
        sidebar.get_by_text("Offline coach: no API key needed").wait_for()
        nav = sidebar.get_by_test_id("stSidebarNavItems").inner_text()
        assert "New interview" in nav and re.search(r"\bui\b", nav) is None

        answer_until_feedback(page, SAMPLE_ANSWERS)
        assert session_id_of(page.url) == session_id
        page.get_by_text("Question by question").wait_for()
        screenshot(page, "crash-feedback")
        context.close()
    finally:
        second.stop()

    with duckdb.connect(db_path, read_only=True) as db:
        status, overall, settings = db.execute(
            "SELECT status, overall_score, settings FROM sessions WHERE id = ?", [session_id]).fetchone()
        answers = [row[0] for row in db.execute(
            "SELECT content FROM messages WHERE session_id = ? AND kind = 'answer' ORDER BY seq",
            [session_id]).fetchall()]
        questions = [row[0] for row in db.execute(
            "SELECT question_no FROM messages WHERE session_id = ? AND kind = 'question' ORDER BY seq",
            [session_id]).fetchall()]
        scored = [row[0] for row in db.execute(
            "SELECT question_no FROM answer_scores WHERE session_id = ? AND attempt = 1 ORDER BY question_no",
            [session_id]).fetchall()]
        sessions = db.execute("SELECT count(*) FROM sessions").fetchone()[0]
    assert status == "completed" and 1 <= overall <= 10
    assert answers[:3] == BEFORE_CRASH
    total = (settings if isinstance(settings, dict) else json.loads(settings))["question_count"]
    assert questions == list(range(1, total + 1))  # no question lost or asked twice across the crash
    assert scored == questions
    assert sessions == 1
