"""A question stream that stalls and breaks half-way, seen in a real browser.

While the question is being written the answer box is disabled (an answer cannot interrupt it);
when the model's connection drops mid-stream, the next model asks the question again and the
partial text is replaced, with a one-line notice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.driver import (
    QUESTION_SHOWN,
    answer_and_wait,
    desktop_page,
    local_model_server,
    start_sample_interview,
    wait_for_idle,
)
from tests.fake_servers import FakeOpenAI

pytestmark = pytest.mark.e2e

PARTIAL = "Thinking of your payments work at Ledgerline,"


def test_stalled_stream_keeps_the_box_disabled_then_is_replaced(browser, tmp_path: Path):
    with FakeOpenAI(mode="stall", cut_after=2, hang_seconds=4,
                    reply_text=PARTIAL + " what would you change first in its API and why?") as model:
        server = local_model_server(str(tmp_path / "stall.duckdb"), model.base_url)
        context, page = desktop_page(browser)
        try:
            start_sample_interview(page, server.url, wait=False)

            # The model sent its first words and went silent: they are shown, the box is disabled.
            page.get_by_test_id("stChatMessage").filter(has_text="Thinking of your").wait_for()
            box = page.get_by_test_id("stChatInputTextArea")
            assert box.is_disabled()

            # The connection drops; the offline coach asks the question whole, replacing the partial text.
            page.wait_for_function(QUESTION_SHOWN, arg=-1, timeout=30_000)
            wait_for_idle(page)
            messages = page.get_by_test_id("stChatMessage")
            assert messages.count() == 1
            text = messages.first.inner_text()
            assert "Thinking of your" not in text and "Offline coach" in text
            # The notice is drawn with the question; on two busy cores it can land a moment after it.
            page.get_by_text("Local server could not be reached; Offline coach answered instead.").first.wait_for(
                timeout=10_000)
            # The run that stored the question reruns to re-enable the box.
            page.wait_for_function(
                "() => { const b = document.querySelector('[data-testid=\"stChatInputTextArea\"]');"
                " return b && !b.disabled; }", timeout=15_000)
            assert model.count("/chat/completions") == 1
            # The interview goes on (the stalled server cools down and is not asked again).
            answer_and_wait(page, "I would version the API first: at Ledgerline we broke two partners once, "
                                  "so I added contract tests and cut integration incidents by half.")
            assert messages.count() >= 3 and model.count("/chat/completions") == 1
        finally:
            context.close()
            server.stop()
