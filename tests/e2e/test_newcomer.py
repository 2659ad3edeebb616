"""A newcomer's path in a real browser: Home → sample → full interview → feedback; refresh resumes."""

from __future__ import annotations

import re

import pytest

from tests.e2e.driver import SAMPLE_ANSWERS as ANSWERS
from tests.e2e.driver import (
    SETUP_FILLED,
    answer_until_feedback,
    chat_count,
    screenshot,
    wait_for_first_question,
    wait_for_idle,
)

pytestmark = pytest.mark.e2e


def test_newcomer_sample_interview_to_feedback(streamlit_server, page):
    page.goto(streamlit_server.url)
    page.get_by_text("Interview Simulator").first.wait_for()
    page.get_by_text("Offline coach").first.wait_for()
    screenshot(page, "01-home")

    page.get_by_role("button", name="Try with a sample CV and job").click()
    page.get_by_text("New interview").first.wait_for()
    page.get_by_role("button", name="Start the interview").wait_for()
    page.wait_for_function(SETUP_FILLED, timeout=60_000)  # the sample is in its boxes, as a person sees it
    wait_for_idle(page, timeout_ms=60_000)
    screenshot(page, "02-setup")
    page.get_by_role("button", name="Start the interview").click()

    page.wait_for_url(re.compile(r".*/interview\?session=\w+"), timeout=60_000)
    wait_for_first_question(page)
    session_url = page.url
    screenshot(page, "03-interview-first-question")

    def refresh_after_three(sent: int) -> None:
        if sent != 3:
            return
        # A refresh in the middle of the interview resumes it: same URL, every message back.
        shown = chat_count(page)
        page.reload()
        wait_for_first_question(page)
        assert page.url == session_url
        assert chat_count(page) == shown
        assert page.get_by_text(ANSWERS[0][:40]).count() >= 1

    answered = answer_until_feedback(page, ANSWERS, max_turns=30, after_answer=refresh_after_three)
    page.get_by_text("Question by question").wait_for()
    screenshot(page, "04-feedback")
    assert answered >= 8

    page.goto(streamlit_server.url + "/history")
    page.get_by_text("History").first.wait_for()
    wait_for_idle(page)
    screenshot(page, "05-history")
