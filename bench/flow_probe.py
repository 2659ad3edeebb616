"""The flow bench's probe in the page and the page helpers that use it (``bench_flow``).

:data:`PROBE` is installed in every document of the bench's browser context: ``__flowArm()`` before
pressing Enter; the Enter keydown in the chat input sets t0; the first DOM change showing either a new
interviewer message with text or the complete feedback page sets t1, and the next animation frame
``paint`` (``performance.now()`` milliseconds).
"""

from __future__ import annotations

from typing import Any

from bench.flow_frames import FrameTimes
from tests.e2e.driver import (
    QUESTION_SHOWN,
    VIEWPORT,
    start_sample_interview,
    wait_for_first_question,
    wait_for_idle,
)

# A cold server's first question, on a loaded host, took longer than the tests' 30 s (session 9 and 11: load 14-25):
# the bench measures the turns after it, so it waits longer for it than a test does.
FIRST_QUESTION_MS = 120_000

PROBE = """(() => {
  const probe = window.__flowProbe = {armed: false, before: 0, t0: null, t1: null, paint: null, kind: null, score: null, text: ''};
  let lastText = '';
  const interviewerMessagesWithText = () => {
    let count = 0;
    for (const message of document.querySelectorAll('[data-testid="stChatMessage"]')) {
      if (!message.querySelector('[data-testid="stChatMessageAvatarAssistant"]')) continue;
      const text = message.querySelector('[data-testid="stMarkdownContainer"]');
      if (text && text.textContent.trim().length > 0) {
        count++;
        lastText = text.textContent;
      }
    }
    return count;
  };
  const scoreShown = () => location.pathname.endsWith('/feedback')
    && [...document.querySelectorAll('[data-testid="stMetric"]')].some(e => e.textContent.includes('Overall score'));
  const feedbackComplete = () => scoreShown()
    && [...document.querySelectorAll('h4')].some(e => e.textContent.includes('Question by question'))
    && document.querySelectorAll('[data-testid="stExpander"]').length > 0
    && document.querySelectorAll('[data-testid="stDownloadButton"]').length >= 2
    && document.querySelectorAll('.st-key-dimension_bars [data-testid="stProgress"]').length === 5
    && !document.querySelector('[data-testid="stMain"] [data-stale="true"]');
  const check = () => {
    if (probe.armed && probe.score === null && scoreShown()) probe.score = performance.now();
    if (!probe.armed || probe.t1 !== null) return;
    let kind = null;
    if (feedbackComplete()) kind = 'feedback';
    else if (!location.pathname.endsWith('/feedback') && interviewerMessagesWithText() > probe.before) kind = 'question';
    if (kind === null) return;
    probe.t1 = performance.now();
    probe.kind = kind;
    probe.text = kind === 'question' ? lastText : '';
    requestAnimationFrame(() => { probe.paint = performance.now(); });
  };
  window.__flowArm = () => {
    Object.assign(probe, {armed: true, before: interviewerMessagesWithText(), t0: null, t1: null, paint: null, kind: null, score: null, text: ''});
  };
  document.addEventListener('keydown', event => {
    if (probe.armed && probe.t0 === null && event.key === 'Enter' && !event.shiftKey
        && event.target.matches && event.target.matches('[data-testid="stChatInputTextArea"]')) {
      probe.t0 = performance.now();
    }
  }, true);
  new MutationObserver(check).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
})();"""

# The last chat message, once it is a whole question ("Question 3 of 8 · Slow Model" under it): its
# caption's model name, else null. A check made once, right after the question showed, could read the
# page while its next run redraws the chat (the streamed bubble replaced by the history's own copy,
# drawn piece by piece): the bench waits for this instead.
LAST_QUESTION_MODEL = """() => {
  const messages = document.querySelectorAll('[data-testid="stChatMessage"]');
  const last = messages[messages.length - 1];
  if (!last || !last.querySelector('[data-testid="stChatMessageAvatarAssistant"]')) return null;
  const found = /(?:Question \\d+ of \\d+|Follow-up to question \\d+ of \\d+) · ([^\\n]+)/.exec(last.innerText);
  return found ? found[1].trim() : null;
}"""


def new_page(browser: Any) -> Any:
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(PROBE)
    page = context.new_page()
    page.set_default_timeout(60_000)
    return page


def open_interview(page: Any, base_url: str) -> None:
    """Home → "Try with a sample CV and job" → Start, then wait for the first question (:data:`FIRST_QUESTION_MS`)."""
    start_sample_interview(page, base_url, wait=False)
    wait_for_first_question(page, timeout_ms=FIRST_QUESTION_MS)


def send(page: Any, text: str, frames: FrameTimes | None = None, splits: list[dict[str, float]] | None = None
         ) -> dict[str, Any]:
    """Type an answer, press Enter, wait for the probe; returns it (times in page milliseconds). With
    ``frames``, the turn's split (:meth:`FrameTimes.split`) is appended to ``splits`` when found."""
    if frames is not None:
        frames.arm()
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(text)
    page.evaluate("window.__flowArm()")
    box.press("Enter")
    page.wait_for_function("() => window.__flowProbe.paint !== null", timeout=60_000)
    probe = page.evaluate("window.__flowProbe")
    if probe["t0"] is None:
        raise RuntimeError("the Enter key press was not seen by the probe")
    if frames is not None and splits is not None and probe["kind"] == "question":
        part = frames.split(probe)
        if part is not None:
            splits.append(part)
    return probe


def wait_question_complete(page: Any, before: int) -> None:
    page.wait_for_function(QUESTION_SHOWN, arg=before, timeout=60_000)
    wait_for_idle(page, timeout_ms=60_000)


def last_question_model(page: Any, timeout_ms: int = 15_000) -> str:
    """The model named under the last chat message once it is a whole question (:data:`LAST_QUESTION_MODEL`);
    raises ``RuntimeError`` with the message's text when none is shown within ``timeout_ms``."""
    try:
        return page.wait_for_function(LAST_QUESTION_MODEL, timeout=timeout_ms).json_value()
    except Exception as exc:  # noqa: BLE001 - Playwright's timeout, said with what the page shows
        messages = page.get_by_test_id("stChatMessage")
        shown = messages.last.inner_text() if messages.count() else "(no chat message)"
        raise RuntimeError(f"no whole question is the last chat message: {shown!r}") from exc
