"""What stays on screen while the next question is being written, seen in a real browser.

The run that writes the next question sends the question before the heading, the chat so far and the
answer bar (they are re-sent as empty containers, which keep what they show, and drawn again by the
rerun after the question). A person sees none of that: nothing already on screen disappears or
blinks during the turn, the chat box is disabled while the question is written, and afterwards the
page is whole (heading, every message, the counter on the next question, the box enabled).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.driver import (
    QUESTION_SHOWN,
    SAMPLE_ANSWERS,
    answer,
    chat_count,
    desktop_page,
    local_model_server,
    start_sample_interview,
    wait_for_idle,
)
from tests.fake_servers import FakeOpenAI

pytestmark = pytest.mark.e2e

# Installed before the answer is sent: the fewest chat messages, interviewer messages with text, and
# answer-bar buttons seen in the DOM at any moment until the next question is complete.
WATCH = """() => {
  const count = () => ({
    messages: document.querySelectorAll('[data-testid="stChatMessage"]').length,
    title: document.querySelectorAll('h1').length,
    buttons: [...document.querySelectorAll('[data-testid="stBottom"] button')]
      .filter(b => /Skip question|End early/.test(b.innerText)).length,
  });
  const low = window.__low = count();
  new MutationObserver(() => {
    const now = count();
    for (const key of Object.keys(low)) low[key] = Math.min(low[key], now[key]);
  }).observe(document, {subtree: true, childList: true, characterData: true});
}"""


def _disabled(page) -> bool:
    return page.get_by_test_id("stChatInputTextArea").is_disabled()


def test_nothing_on_screen_disappears_while_the_next_question_is_written(browser, tmp_path: Path):
    # The model's first words take 1.5 s: long enough to look at the page while the question is written.
    with FakeOpenAI(mode="hang", hang_seconds=1.5,
                    reply_text="Thinking of the Northwind migration, what did you measure first?") as model:
        server = local_model_server(str(tmp_path / "turn.duckdb"), model.base_url)
        context, page = desktop_page(browser)
        try:
            start_sample_interview(page, server.url)
            page.get_by_text("Question 1 of").first.wait_for()
            page.get_by_role("button", name="Skip question").wait_for()
            page.wait_for_function(
                "() => { const b = document.querySelector('[data-testid=\"stChatInputTextArea\"]');"
                " return b && !b.disabled; }", timeout=15_000)
            first_question = page.get_by_test_id("stChatMessage").first.inner_text()

            for turn in (1, 2):
                before = chat_count(page)
                page.evaluate(WATCH)
                answer(page, SAMPLE_ANSWERS[turn])
                # While the model is silent: the answer is shown, the question is being written.
                page.wait_for_function("n => document.querySelectorAll('[data-testid=\"stChatMessage\"]').length > n",
                                       arg=before)
                page.wait_for_timeout(500)
                assert _disabled(page), "the chat box must be disabled while the question is written"
                assert page.get_by_test_id("stChatMessage").first.inner_text() == first_question
                assert page.get_by_role("button", name="Skip question").is_visible()
                assert page.get_by_role("button", name="End early").is_visible()
                assert page.get_by_role("heading", level=1).first.is_visible()

                page.wait_for_function(QUESTION_SHOWN, arg=before, timeout=30_000)
                wait_for_idle(page)
                low = page.evaluate("window.__low")
                assert low["messages"] >= before, f"turn {turn}: a message disappeared ({low} vs {before})"
                assert low["title"] >= 1 and low["buttons"] == 2, f"turn {turn}: the page blinked: {low}"
                # Afterwards the page is whole: every message, the counter moved on, the box enabled.
                assert chat_count(page) == before + 2
                assert page.get_by_test_id("stChatMessage").first.inner_text() == first_question
                page.get_by_test_id("stBottom").get_by_text(re.compile(r"Question \d+ of \d+")).wait_for()
                page.wait_for_function(
                    "() => { const b = document.querySelector('[data-testid=\"stChatInputTextArea\"]');"
                    " return b && !b.disabled; }", timeout=15_000)
                assert page.get_by_role("button", name="Skip question").is_enabled()
                assert page.get_by_text("Read questions aloud").is_visible()
        finally:
            context.close()
            server.stop()
