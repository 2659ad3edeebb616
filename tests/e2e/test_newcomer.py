"""A newcomer's path in a real browser: Home → sample → full interview → feedback; refresh resumes."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import screenshot

pytestmark = pytest.mark.e2e

ANSWERS = [
    "At Northwind I owned the payments API. Latency was 900 ms at p95 and checkout conversion was "
    "dropping, so my task was to bring it under 300 ms. I profiled the service, found N+1 queries in "
    "PostgreSQL, added batching and a Redis cache, and rolled it out behind a feature flag. p95 fell to "
    "210 ms and conversion rose 4% in a month. I learned to measure before optimising.",
    "I use Python daily: I wrote our ingestion service in Python with FastAPI and pytest, about 40k lines.",
    "I don't know.",
    "We had a conflict about the release date. I set up a meeting, listened to both sides and we agreed "
    "to ship a smaller scope first, which shipped on time and cut support tickets by 30%.",
]


def wait_for_idle(page) -> None:
    """Wait until Streamlit has finished the current run (no running indicator)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')",
        timeout=30_000,
    )


def answer(page, text: str) -> None:
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(text)
    box.press("Enter")


def chat_count(page) -> int:
    return page.get_by_test_id("stChatMessage").count()


def test_newcomer_sample_interview_to_feedback(streamlit_server, page):
    page.goto(streamlit_server.url)
    page.get_by_text("Interview Simulator").first.wait_for()
    page.get_by_text("Offline coach").first.wait_for()
    screenshot(page, "01-home")

    page.get_by_role("button", name="Try with a sample CV and job").click()
    page.get_by_text("New interview").first.wait_for()
    page.get_by_role("button", name="Start the interview").wait_for()
    wait_for_idle(page)
    screenshot(page, "02-setup")
    page.get_by_role("button", name="Start the interview").click()

    page.wait_for_url(re.compile(r".*/interview\?session=\w+"))
    page.get_by_test_id("stChatMessage").first.wait_for()
    session_url = page.url
    screenshot(page, "03-interview-first-question")

    answered = 0
    for _ in range(30):  # 8 questions plus follow-ups
        wait_for_idle(page)
        if "/feedback" in page.url:
            break
        box = page.get_by_test_id("stChatInputTextArea")
        if not box.is_visible():
            page.wait_for_timeout(200)
            continue
        before = chat_count(page)
        answer(page, ANSWERS[answered % len(ANSWERS)])
        answered += 1
        page.wait_for_function(
            f"() => document.querySelectorAll('[data-testid=\"stChatMessage\"]').length > {before + 1}"
            " || location.pathname.endsWith('/feedback')",
            timeout=30_000,
        )
        if answered == 3:
            # A refresh in the middle of the interview resumes it: same URL, every message back.
            wait_for_idle(page)
            shown = chat_count(page)
            page.reload()
            page.get_by_test_id("stChatMessage").first.wait_for()
            wait_for_idle(page)
            assert page.url == session_url
            assert chat_count(page) == shown
            assert page.get_by_text(ANSWERS[0][:40]).count() >= 1

    page.wait_for_url(re.compile(r".*/feedback\?session=\w+"), timeout=30_000)
    page.get_by_text("Overall score").first.wait_for()
    page.get_by_text("Question by question").wait_for()
    screenshot(page, "04-feedback")
    assert answered >= 8

    page.goto(streamlit_server.url + "/history")
    page.get_by_text("History").first.wait_for()
    wait_for_idle(page)
    screenshot(page, "05-history")
