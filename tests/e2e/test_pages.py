"""Issue 17, points 4-6 in a real browser, as a person uses the pages: the Feedback first screen at
1280x800, a retry and the downloads, and the Interview's intro, caption and bottom bar in a long chat.

One server per module, with one finished sample interview run through the real engine and the offline
coach before it starts (the browser's part is reading and using the pages, not typing 12 answers).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from core.schemas import DIMENSIONS
from tests.e2e.driver import (
    SAMPLE_ANSWERS,
    StreamlitServer,
    answer_and_wait,
    screenshot,
    seed_finished_interview,
    start_sample_interview,
    wait_for_idle,
)

pytestmark = pytest.mark.e2e

SMALL = {"width": 1280, "height": 800}
# The page scrolls inside Streamlit's main section, not the document: its height is the page's height.
# (With a chat box pinned at the bottom, that section is Streamlit's scroll-to-bottom container.)
MAIN = "[data-testid=stMain], [data-testid=stAppScrollToBottomContainer]"
PAGE_HEIGHT = f"() => document.querySelector('{MAIN}').scrollHeight"
# The newest chat message is on screen, above the bar pinned at the bottom.
SCROLLED = f"""() => {{ const m = document.querySelector('{MAIN}');
  return {{top: m.scrollTop, max: m.scrollHeight - m.clientHeight}}; }}"""
NEWEST_IN_VIEW = """() => {
  const messages = document.querySelectorAll('[data-testid="stChatMessage"]');
  const newest = messages[messages.length - 1].getBoundingClientRect();
  const bar = document.querySelector('[data-testid="stBottom"]').getBoundingClientRect();
  return newest.top >= 0 && newest.bottom <= bar.top;
}"""
HEADING = re.compile(r"^Q(\d+) · (\d+)/10(?: → (\d+)/10 \(([+−]\d+|0)\))? · ")
CELLS = "rows => rows.map(row => [...row.cells].map(cell => cell.innerText.trim()))"
LABEL = "summary [data-testid='stMarkdownContainer']"  # an expander's heading, without its arrow icon
RETRY = ("At Northwind I owned the payments API. It was too slow, p95 was 900 ms. I profiled it, found N+1 "
         "queries, batched them and added a Redis cache; p95 fell to 210 ms within two weeks.")


@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    """``(server, session_id)``: a server whose database holds one finished 8-question sample interview."""
    db_path = str(tmp_path_factory.mktemp("pages") / "pages.duckdb")
    session_id = seed_finished_interview(db_path)
    server = StreamlitServer(db_path=db_path)
    server.start()
    yield server, session_id
    server.stop()


@pytest.fixture
def small_page(browser):
    context = browser.new_context(viewport=SMALL, accept_downloads=True)
    opened = context.new_page()
    opened.set_default_timeout(30_000)
    yield opened
    context.close()


def _open_feedback(page, server: StreamlitServer, session_id: str) -> None:
    page.goto(f"{server.url}/feedback?session={session_id}")
    page.get_by_text("Question by question").wait_for(timeout=90_000)  # a cold server on busy cores
    wait_for_idle(page)


def _in_view(locator, viewport: dict[str, int]) -> bool:
    box = locator.bounding_box()
    return (box is not None and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]
            and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"])


def _question_expanders(page):
    return page.get_by_test_id("stMain").get_by_test_id("stExpander").filter(
        has=page.locator(LABEL, has_text=re.compile(r"^Q\d+ · ")))


def test_feedback_first_screen_at_1280x800(finished, small_page):
    server, session_id = finished
    page = small_page
    _open_feedback(page, server, session_id)
    # Nothing scrolled: what a person sees on arrival.
    assert page.evaluate(f"() => document.querySelector('{MAIN}').scrollTop") == 0
    overall = page.get_by_test_id("stMetric").filter(has_text="Overall score")
    assert re.fullmatch(r"\d+ / 10", overall.get_by_test_id("stMetricValue").inner_text().strip())
    steps = page.locator(".st-key-next_steps")
    assert "Your next steps" in steps.inner_text()
    numbered = steps.get_by_test_id("stMarkdownContainer").filter(has_text=re.compile(r"^[123]\. \S"))
    assert numbered.count() == 3, steps.inner_text()
    first_screen = [overall, *(numbered.nth(i) for i in range(3))]
    first_screen += [page.get_by_role("button", name=name)
                     for name in ("Download Markdown", "Download CSV", "Download JSON", "Practise again")]
    for element in first_screen:
        assert _in_view(element, SMALL), (element, element.bounding_box())
    screenshot(page, "issue17-feedback-first-screen")

    # Every question folded, its score (or why it has none) in the heading.
    questions = _question_expanders(page)
    expect(questions).to_have_count(8, timeout=30_000)  # the breakdown is drawn after the first screen: wait for it
    headings = questions.locator(LABEL).all_inner_texts()
    for number, heading in enumerate(headings, start=1):
        assert re.match(rf"^Q{number} · (\d+/10|skipped|not scored)", heading), heading
    assert questions.locator("details[open]").count() == 0
    answers = page.get_by_text("Your answer", exact=True)
    assert answers.count() >= 1 and not any(a.is_visible() for a in answers.all())  # folded away

    height = page.evaluate(PAGE_HEIGHT)
    print(f"Feedback page height, questions folded, at 1280x800: {height} px")
    assert height < 3_000, height  # about 13,000 px with the questions open before the issue


def test_retry_shows_its_evidence_and_a_signed_change_then_downloads(finished, small_page):
    server, session_id = finished
    page = small_page
    _open_feedback(page, server, session_id)
    first = _question_expanders(page).first
    before = HEADING.match(first.locator(LABEL).inner_text())
    assert before, first.locator(LABEL).inner_text()
    first.locator("summary").click()
    box = first.get_by_label("Retry this question")
    box.fill(RETRY)
    first.get_by_role("button", name="Score my new answer").click()
    retry_title = first.get_by_text(re.compile(r"^Retry 1: \d+/10, ([+−]\d+|0) on your first answer$"))
    retry_title.wait_for(timeout=60_000)
    wait_for_idle(page)
    screenshot(page, "issue17-retry")

    # The heading carries the change, signed as people write it, and it is the right difference.
    after = HEADING.match(first.locator(LABEL).inner_text())
    assert after and after.group(3), first.locator(LABEL).inner_text()
    old, new, change = int(after.group(2)), int(after.group(3)), after.group(4)
    assert old == int(before.group(2))
    assert change == ("0" if new == old else f"{'+' if new > old else '−'}{abs(new - old)}")
    assert f"{change} on your first answer" in retry_title.inner_text()
    assert re.search(r"\bChange \d", first.inner_text()) is None  # never an unsigned "Change 4"
    # The new answer and what its scores rest on: the evidence quotes the new answer.
    assert first.get_by_text("Your new answer").count() == 1 and RETRY in first.inner_text()
    first.get_by_text("What the new answer rests on").wait_for()
    tables = first.get_by_test_id("stTable")
    evidence = tables.last.locator("tbody tr").all_inner_texts()
    assert len(evidence) == len(DIMENSIONS), evidence
    quoted = [q for row in evidence for q in re.findall(r"[\"“]([^\"”]{8,})[\"”]", row)]
    assert quoted and all(q.rstrip(".…") in RETRY for q in quoted), evidence
    changes = tables.nth(tables.count() - 2).locator("tbody tr").evaluate_all(CELLS)
    assert len(changes) == len(DIMENSIONS) + 1 and changes[-1][0].startswith("Overall"), changes
    for _, was, now, diff in changes:  # Dimension, Before, After, Change: signed, and right
        assert diff == ("0" if now == was else f"{'+' if int(now) > int(was) else '−'}{abs(int(now) - int(was))}")

    # Markdown, through the browser's download: the retry, and each answer right above its scores.
    with page.expect_download() as info:
        page.get_by_role("button", name="Download Markdown").click()
    markdown = Path(info.value.path()).read_text(encoding="utf-8")
    assert info.value.suggested_filename == f"interview-{session_id}.md"
    sections = re.split(r"^### Question \d+$", markdown, flags=re.M)[1:]
    assert len(sections) == 8, markdown[:500]
    for section in sections:
        quote = section.index("\n> ")  # the candidate's answer, quoted
        score = section.index("**Score: ")
        assert quote < score, section[:400]
        between = section[quote:score]
        assert "###" not in between and between.count("\n> ") >= 1
        assert section[score:].count("/5:") >= len(DIMENSIONS), section[score:score + 600]
    retry = re.search(r"^#### Retry 1: (\d+) / 10 \(([+−]\d+|0)\)$", sections[0], flags=re.M)
    assert retry and retry.group(2) == change, sections[0][-800:]
    assert "> " + RETRY in sections[0][retry.end():]

    # CSV: one row per attempt, a column per rubric dimension.
    with page.expect_download() as info:
        page.get_by_role("button", name="Download CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    assert set(DIMENSIONS) <= set(rows[0]), list(rows[0])
    assert {(r["question_no"], r["attempt"]) for r in rows} >= {("1", "1"), ("1", "2")}
    for row in rows:
        assert all(1 <= int(row[d]) <= 5 for d in DIMENSIONS), row
    assert int(next(r for r in rows if (r["question_no"], r["attempt"]) == ("1", "2"))["overall"]) == new


def test_interview_intro_caption_and_controls_in_a_long_chat(finished, page):
    server, _ = finished
    viewport = page.viewport_size
    start_sample_interview(page, server.url)
    intro = page.get_by_test_id("stAlert").filter(has_text=re.compile(r"\d+ questions, about \d+–\d+ minutes\."))
    text = intro.get_by_test_id("stMarkdownContainer").inner_text()
    assert text.startswith("8 questions, about "), text
    assert "Skipping a question or ending early is fine" in text, text
    first_question = page.get_by_test_id("stChatMessage").first
    assert intro.bounding_box()["y"] < first_question.bounding_box()["y"]  # before question 1
    assert first_question.get_by_text(re.compile(r"^Question 1 of 8 · Offline coach$")).count() == 1

    answer_and_wait(page, SAMPLE_ANSWERS[0])  # a full STAR answer: the next main question, no follow-up
    last = page.get_by_test_id("stChatMessage").last
    assert last.get_by_text(re.compile(r"^Question 2 of 8 · Offline coach$")).count() == 1, last.inner_text()

    for number in range(1, 8):  # a long chat: a dozen messages, far taller than the window
        if page.get_by_test_id("stChatMessage").count() >= 12:
            break
        answer_and_wait(page, SAMPLE_ANSWERS[number % len(SAMPLE_ANSWERS)])
    assert page.get_by_test_id("stChatMessage").count() >= 12
    assert page.evaluate(PAGE_HEIGHT) > viewport["height"] + 400
    # The page follows the chat: the newest question is on screen, Skip and End early with it.
    newest = page.get_by_test_id("stChatMessage").last
    newest.get_by_text(re.compile(r"(Question \d+ of 8|Follow-up to question \d+ of 8) · Offline coach$")).wait_for()
    try:
        page.wait_for_function(NEWEST_IN_VIEW, timeout=10_000)
    except Exception:  # noqa: BLE001 - say where the page was, then fail
        screenshot(page, "issue17-long-chat-not-following")
        raise AssertionError(page.evaluate(SCROLLED)) from None
    assert page.get_by_test_id("stChatMessage").first.bounding_box()["y"] < 0  # the start scrolled away
    skip = page.get_by_role("button", name="Skip question")
    end = page.get_by_role("button", name="End early")
    for control in (skip, end, page.get_by_test_id("stChatInputTextArea")):
        expect(control).to_be_enabled()  # the bar is drawn again, live, once the question is stored
        assert _in_view(control, viewport), control.bounding_box()
    screenshot(page, "issue17-long-chat")
    end.click()
    page.get_by_role("button", name="Keep going").click()  # reachable and working, not only drawn
    page.get_by_role("dialog").wait_for(state="detached")


CHART_TEXT = """chart => {
  const svg = chart.querySelector('svg');
  if (!svg || !svg.querySelector('.mark-symbol path')) return null;  // not drawn (yet)
  return [...svg.querySelectorAll('text')].map(t => t.textContent);
}"""


def test_history_and_home_draw_a_single_session(finished, page):
    """A newcomer's first finished interview: the score chart draws its point under a day tick (it drew
    nothing: Vega knows no "minute" tick interval), no page shows a raw id, None or NaN, and the browser
    asks nothing of any other host."""
    server, _ = finished
    elsewhere: list[str] = []  # every request must stay on this server (the tab icon once came from Google)
    page.on("request", lambda request: None if request.url.startswith(server.url) or
            request.url.startswith(("data:", "blob:")) else elsewhere.append(request.url))
    for path in ("/history", "/"):
        page.goto(server.url + path)
        chart = page.get_by_test_id("stVegaLiteChart").first
        chart.wait_for(timeout=60_000)
        handle = page.wait_for_function(f"() => ({CHART_TEXT})(document.querySelector("
                                        "'[data-testid=\"stVegaLiteChart\"]'))", timeout=15_000)
        labels = handle.json_value()
        wait_for_idle(page)
        assert any(re.fullmatch(r"\d{2} [A-Z][a-z]{2}", label) for label in labels), labels
        assert not any(re.search(r"\.\d{3}|:\d{2}:\d{2}", label) for label in labels), labels
        body = page.get_by_test_id("stMain").inner_text()
        if path == "/history":  # the grid paints on a canvas; its accessible table holds the cells' values
            page.locator('[data-testid="stDataFrame"] td', has_text="Finished").wait_for(state="attached")
            cells = page.locator('[data-testid="stDataFrame"] td').evaluate_all(
                "cells => cells.map(c => c.textContent.trim())")
            assert "Finished" in cells, cells
            body += "\n" + "\n".join(cells)
        for raw in ("in_progress", "offline-coach", "None", "NaN"):
            assert not re.search(rf"\b{raw}\b", body), (path, raw)
        screenshot(page, f"issue17-single-session{path.replace('/', '-')}")
    favicon = page.locator("link[rel*='icon']").first.get_attribute("href")
    assert favicon is not None and (favicon.startswith(server.url) or not favicon.startswith("http")), favicon
    assert elsewhere == [], elsewhere
