"""Two browser tabs on one interview, with a model that takes half a second to answer.

Both tabs open the interview's URL while its first question is being written; later both send an
answer to the same question. Each question is stored once, both tabs show the same conversation,
and the Feedback page renders (it used to fail with a duplicate widget key).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.storage import InterviewStore
from tests.e2e.driver import (
    SAMPLE_ANSWERS,
    answer,
    answer_until_feedback,
    desktop_page,
    local_model_server,
    start_sample_interview,
    wait_for_first_question,
    wait_for_idle,
)
from tests.fake_servers import FakeOpenAI

pytestmark = pytest.mark.e2e


def stored_turns(db_path: str, session_id: str) -> list[tuple[str, int]]:
    store = InterviewStore(db_path)
    try:
        return [(m.kind, m.question_no) for m in store.list_messages(session_id)
                if m.kind in ("question", "follow_up")]
    finally:
        store.close()


def test_two_tabs_on_one_interview_store_each_question_once(browser, tmp_path: Path):
    db_path = str(tmp_path / "two-tabs.duckdb")
    with FakeOpenAI(mode="hang", hang_seconds=0.5) as model:
        server = local_model_server(db_path, model.base_url)
        first_context, first = desktop_page(browser)
        second_context, second = desktop_page(browser)
        try:
            start_sample_interview(first, server.url, wait=False)
            session_id = re.search(r"session=(\w+)", first.url).group(1)
            second.goto(first.url)  # while the first question is still being written
            for page in (first, second):
                wait_for_first_question(page)
                assert page.get_by_test_id("stChatMessage").count() == 1

            # Both tabs answer question 1 at once.
            for page in (first, second):
                page.get_by_test_id("stChatInputTextArea").fill(SAMPLE_ANSWERS[0])
            answer(first, SAMPLE_ANSWERS[0])
            answer(second, SAMPLE_ANSWERS[0])
            for page in (first, second):
                page.wait_for_timeout(1500)
                wait_for_idle(page)
            second.reload()
            wait_for_idle(second)

            answer_until_feedback(second, SAMPLE_ANSWERS)
            second.get_by_text("Question by question").wait_for(timeout=60_000)  # drawn after the overall score
            wait_for_idle(second)
            assert second.get_by_text("Question by question").count() == 1
            assert "StreamlitDuplicateElementKey" not in second.content()
            assert second.get_by_test_id("stException").count() == 0
            first.reload()
            wait_for_idle(first)
            assert first.get_by_test_id("stException").count() == 0
        finally:
            first_context.close()
            second_context.close()
            server.stop()
        turns = stored_turns(db_path, session_id)  # the server has stopped: its database file is free
        numbers = [n for kind, n in turns if kind == "question"]
        assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 2, turns
        assert len(turns) == len(set(turns)), turns
        streamed = [r for r in model.requests if (r["json"] or {}).get("stream")]
        assert len(streamed) == len(turns)  # each question was asked of the model once
