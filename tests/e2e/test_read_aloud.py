"""Questions read aloud (issue 18, point 4), heard in real Chromium.

An init script wraps the browser's own ``speechSynthesis.speak`` and ``cancel`` to record each call (the
text of every utterance) before handing it on: that instruments the browser API the page uses; nothing
of the app is replaced. The test turns the toggle on, hears exactly the question on screen, checks that a
rerun does not read it again, that "Stop reading" cancels, that the next question is read, and that
with the toggle off nothing is.
"""

from __future__ import annotations

import re

from tests.e2e.driver import VIEWPORT, answer_and_wait, start_sample_interview, wait_for_idle

RECORD_SPEECH = """
(() => {
  const synth = window.speechSynthesis;
  if (!synth) return;
  const top = (() => { try { return window.top; } catch (e) { return window; } })();
  const speak = synth.speak.bind(synth), cancel = synth.cancel.bind(synth);
  synth.speak = (utterance) => { (top.__spoken = top.__spoken || []).push(utterance.text); return speak(utterance); };
  synth.cancel = () => { top.__cancels = (top.__cancels || 0) + 1; return cancel(); };
})();
"""


def _spoken(page) -> list[str]:
    return page.evaluate("() => window.__spoken || []")


def _cancels(page) -> int:
    return page.evaluate("() => window.__cancels || 0")


def _question_on_screen(page) -> str:
    last = page.get_by_test_id("stChatMessage").last
    return " ".join(last.get_by_test_id("stMarkdownContainer").first.inner_text().split())


def test_read_aloud_speaks_each_new_question_once_and_stops(streamlit_server, browser):
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(RECORD_SPEECH)
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        start_sample_interview(page, streamlit_server.url)
        page.wait_for_timeout(1000)
        assert _spoken(page) == []  # off by default: nothing read

        page.get_by_text("Read questions aloud").click()
        page.wait_for_function("() => (window.__spoken || []).length >= 1")
        wait_for_idle(page)
        first = _question_on_screen(page)
        assert [" ".join(t.split()) for t in _spoken(page)] == [first]

        # A rerun with the same question on screen (open "End early", then "Keep going") reads nothing again.
        page.get_by_role("button", name="End early").click()
        page.get_by_role("button", name="Keep going").click()
        wait_for_idle(page)
        page.wait_for_timeout(1500)
        assert len(_spoken(page)) == 1

        # The stop control cancels the browser's speech.
        before = _cancels(page)
        page.frame_locator("iframe[title='st.iframe']").get_by_role("button", name="Stop reading").click()
        page.wait_for_function("n => (window.__cancels || 0) > n", arg=before)

        # The next question is read, exactly as shown.
        answer_and_wait(page, "I rebuilt the billing system and halved the errors within three months.")
        page.wait_for_function("() => (window.__spoken || []).length >= 2")
        second = _question_on_screen(page)
        assert second != first and " ".join(_spoken(page)[-1].split()) == second
        assert re.search(r"\w", second)

        # Toggle off: the question after that is not read.
        page.get_by_text("Read questions aloud").click()
        wait_for_idle(page)
        answer_and_wait(page, "I would ask the customer what problem they are trying to solve first.")
        page.wait_for_timeout(1500)
        assert len(_spoken(page)) == 2
    finally:
        context.close()
