"""In a real Chromium: while the report is prepared the chat box is closed, with a sentence (session 17, tester 16).

After the last answer the page shows "Preparing your feedback…"; the chat box used to stay open, and text typed
there was answered "This interview was finished in another tab". Here the frame in which "Preparing your feedback"
first shows is read: the chat box is disabled and its placeholder, and the bar above it, say the report is on its
way. The interview is seeded through the real engine up to its last question (one question, the offline coach).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.interview import InterviewEngine
from core.models.chains import build_chains
from core.samples import load_sample
from core.settings import Settings
from core.storage import InterviewStore
from tests.e2e.driver import StreamlitServer, answer, desktop_page, wait_for_first_question, wait_for_idle

pytestmark = pytest.mark.e2e

STRONG = ("At my last job our nightly data import failed twice a week and support spent every morning fixing it. My "
          "task was to make it reliable. I added retries with backoff, wrote a check in Python for each file and set "
          "up an alert in Grafana. Failures fell from eight a month to one within a quarter, and I learned to test "
          "the bad inputs first.")
REPLY = ("The part that was mine was the checks: I wrote them, reviewed the alerts each morning and cut the false "
         "alarms to one a week, which the support lead confirmed in our review.")

# The first frame in which the report is being prepared (or the Feedback page, if that frame was missed): what the
# chat box and the bar above it show then.
PREPARING = """() => {
  const text = document.body.innerText;
  const preparing = text.includes('Preparing your feedback');
  const feedback = location.pathname.endsWith('/feedback');
  if (!preparing && !feedback) return false;
  const box = document.querySelector('[data-testid="stChatInputTextArea"]');
  return {preparing, feedback, disabled: box ? box.disabled : null, placeholder: box ? box.placeholder : null,
          wait: text.includes('Your report is on its way'), anotherTab: text.includes('another tab')};
}"""


# ... or a follow-up asked instead (then it is answered and the frame is looked for again).
PREPARING_OR_FOLLOW_UP = f"""() => {{
  const seen = ({PREPARING})();
  if (seen) return seen;
  const messages = document.querySelectorAll('[data-testid="stChatMessage"]');
  const last = messages[messages.length - 1];
  const asked = last && last.querySelector('[data-testid="stChatMessageAvatarAssistant"]')
    && /Follow-up to question \\d+ of \\d+ · /.test(last.innerText);
  return asked ? {{followUp: true}} : false;
}}"""


def _seed_at_last_question(db_path: str, *, follow_ups: bool = True) -> str:
    sample = load_sample(None)
    store = InterviewStore(db_path)
    try:
        engine = InterviewEngine(store)
        session_id = engine.create(job_title=sample["job_title"], company=sample["company"],
                                   job_description=sample["job_description"], cv_text=sample["cv_text"],
                                   cv_filename=sample["cv_filename"], question_count=1,
                                   follow_ups=follow_ups)
        assert list(engine.stream_next(build_chains(Settings()), session_id))  # question 1 of 1, waiting
    finally:
        store.close()
    return session_id


def test_the_chat_box_is_closed_with_a_sentence_while_the_report_is_prepared(browser, tmp_path: Path):
    db_path = str(tmp_path / "e2e.duckdb")
    session_id = _seed_at_last_question(db_path)
    server = StreamlitServer(db_path=db_path)
    server.start()
    context, page = desktop_page(browser)
    try:
        page.goto(f"{server.url}/interview?session={session_id}")
        wait_for_first_question(page)
        seen = None
        for text in (STRONG, REPLY, REPLY):  # a follow-up, if one comes, is answered too
            wait_for_idle(page)
            answer(page, text)
            found = page.wait_for_function(PREPARING_OR_FOLLOW_UP, polling="raf", timeout=60_000).json_value()
            if not found.get("followUp"):
                seen = found
                break
        assert seen is not None, "the report was never prepared"
        assert seen["preparing"], f"the report's preparation was never seen: {seen}"
        assert seen["disabled"] is True, f"the chat box is open while the report is prepared: {seen}"
        assert "report is on its way" in (seen["placeholder"] or "").lower() and seen["wait"], seen
        assert not seen["anotherTab"], seen
        page.wait_for_url(re.compile(r".*/feedback\?session=\w+"), timeout=60_000)
        page.get_by_text("Overall score").first.wait_for()
    finally:
        context.close()
        server.stop()


LATE = "One more thing: I also wrote the runbook the support team still uses."


def test_text_typed_while_the_report_is_prepared_is_never_lost_nor_from_another_tab(browser, tmp_path: Path):
    """Typed as the report is being prepared: the box no longer takes text, or what it took is shown back whole, to
    copy; nothing typed is filed, and nothing says "another tab"."""
    db_path = str(tmp_path / "e2e.duckdb")
    session_id = _seed_at_last_question(db_path, follow_ups=False)  # the last answer is the last turn
    server = StreamlitServer(db_path=db_path)
    server.start()
    context, page = desktop_page(browser)
    try:
        page.goto(f"{server.url}/interview?session={session_id}")
        wait_for_first_question(page)
        box = page.get_by_test_id("stChatInputTextArea")
        box.fill(STRONG)
        box.press("Enter")
        page.wait_for_function("() => document.body.innerText.includes('Preparing your feedback')", polling="raf")
        took_text = page.evaluate("""() => {
          const box = document.querySelector('[data-testid="stChatInputTextArea"]');
          return !!box && !box.disabled && document.activeElement === box;
        }""")
        page.keyboard.type(LATE, delay=0)  # the focus is still in the box, if the box is still open
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r".*/(feedback|interview)\?session=\w+"), timeout=60_000)
        page.get_by_text(re.compile("Overall score|This interview is finished")).first.wait_for(timeout=60_000)
        wait_for_idle(page)
        text = page.inner_text("body")
        assert "another tab" not in text, text[:2000]
        if took_text:  # the box was open and took the text: it is shown back whole, to copy, never lost
            assert "arrived after the last question" in text, text[:2000]
            assert page.get_by_test_id("stCode").first.inner_text().strip() == LATE
    finally:
        context.close()
        server.stop()
    store = InterviewStore(db_path)  # once the server has let the file go
    try:
        assert LATE not in [m.content for m in store.list_messages(session_id) if m.kind == "answer"]
    finally:
        store.close()
