"""Issue 17 in a real browser: Setup keeps its fields across pages; a skipped follow-up keeps the main
answer's score; the History table fits a 1280 px window."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from core.storage import InterviewStore
from tests.e2e.driver import (
    QUESTION_SHOWN,
    StreamlitServer,
    answer,
    chat_count,
    screenshot,
    start_sample_interview,
    wait_for_idle,
)
from tests.test_progress import make_session

pytestmark = pytest.mark.e2e

JOB = "Warehouse Data Engineer"
JD = "We need Python, Airflow and SQL to run our shipment data platform."
CV = "Jo Doe. Data engineer for five years: Python, Airflow, dbt and Snowflake; cut pipeline costs 30%."


def _nav(page, title: str, path: str) -> None:
    """Click a page in the sidebar. A click that takes the focus from a text area only commits the
    text (Streamlit reruns the page for it), so a second click may be needed, as it is for a person."""
    link = page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True)
    pattern = re.compile(rf"^{re.escape(path)}(\?.*)?$")
    for _ in range(3):
        link.click()
        try:
            page.wait_for_url(pattern, timeout=3_000)
        except Exception:  # noqa: BLE001 - playwright's TimeoutError: click again
            wait_for_idle(page)
            continue
        wait_for_idle(page)
        # The text area's commit can rerun the page it was typed on after the click was handled, which
        # brings the visitor back to it (seen in Chromium, now and then, up to a second later): a person
        # clicks again.
        page.wait_for_timeout(1_500)
        wait_for_idle(page)
        if pattern.match(page.url):
            break
    page.wait_for_url(pattern)
    wait_for_idle(page)


def test_setup_fields_survive_a_trip_to_history(streamlit_server, page):
    page.goto(streamlit_server.url + "/setup")
    # the whole page drawn and the cold server's first run over before typing, as a person sees it (typed into a
    # half-drawn page while the first run still imports, the fields were reset under load: suite, session 27)
    page.get_by_role("button", name="Start the interview").wait_for()
    wait_for_idle(page)
    page.get_by_label("Job title").fill(JOB)
    page.get_by_label("Job description", exact=True).fill(JD)
    page.get_by_label(re.compile("^CV text")).fill(CV)
    wait_for_idle(page)
    assert page.get_by_label("Job title").input_value() == JOB  # typed and kept on Setup before the trip
    # Straight to another page from the last field typed in: its value must not be lost either.
    _nav(page, "History", streamlit_server.url + "/history")
    page.get_by_text("No interviews yet").wait_for()
    _nav(page, "Home", streamlit_server.url + "/")
    page.get_by_role("button", name="Start a new interview").wait_for()
    _nav(page, "New interview", streamlit_server.url + "/setup")
    page.get_by_label("Job title").wait_for()
    wait_for_idle(page)
    assert page.get_by_label("Job title").input_value() == JOB
    assert page.get_by_label("Job description", exact=True).input_value() == JD
    assert page.get_by_label(re.compile("^CV text")).input_value() == CV
    screenshot(page, "issue17-setup-kept")


# Setup's text fields, by how the page labels them (cycled through by the race test below)
SETUP_FIELDS = {"Job title": {"exact": True}, "Company": {"exact": True}, "Job description": {"exact": True},
                re.compile("^CV text"): {}}


def _field(page, label):
    return page.get_by_label(label, **SETUP_FIELDS[label])


def test_text_typed_then_another_page_clicked_at_once_is_kept_every_time(streamlit_server, page):
    """The race of session 28, made to happen every time: a text typed into a Setup field and the sidebar clicked at
    once, with no wait, ten times over the four fields. The text box sends its text only when it loses the focus,
    to that click: the box's send and the page switch raced (the switch sent first bounced the visitor back to
    Setup, its text shown empty; sent second, the switch dropped the text). Each click lands on History at once
    and stays there, and back on Setup every field holds the last text typed into it."""
    page.goto(streamlit_server.url + "/setup")
    page.get_by_role("button", name="Start the interview").wait_for()
    wait_for_idle(page)
    nav = page.get_by_test_id("stSidebarNav")
    history = re.compile(rf"^{re.escape(streamlit_server.url)}/history(\?.*)?$")
    typed: dict = {}
    for number in range(10):
        label = list(SETUP_FIELDS)[number % len(SETUP_FIELDS)]
        typed[label] = f"Text typed in round {number + 1}: Python, SQL and Airflow for {number + 3} years."
        _field(page, label).fill(typed[label])
        nav.get_by_text("History", exact=True).click()  # at once: the box still has the focus and its text unsent
        page.wait_for_url(history, timeout=30_000)
        page.get_by_text("No interviews yet").wait_for()
        wait_for_idle(page)
        page.wait_for_timeout(1_500)  # a late send from the box used to bring the visitor back to Setup
        wait_for_idle(page)
        assert history.match(page.url), f"round {number + 1}: back on {page.url} after one click on History"
        nav.get_by_text("New interview", exact=True).click()
        page.get_by_role("button", name="Start the interview").wait_for()
        wait_for_idle(page)
        kept = {str(label): _field(page, label).input_value() for label in typed}
        assert kept == {str(label): text for label, text in typed.items()}, f"round {number + 1}"


def test_start_pressed_at_once_after_pasting_the_cv_starts_with_it(streamlit_server, page):
    """The same race with a button: the CV pasted and Start pressed at once. The press is held until the box has
    sent its text, so the interview starts with the CV (it said "Upload or paste your CV." when the press came
    first) and stores the text as pasted."""
    page.goto(streamlit_server.url + "/setup")
    page.get_by_role("button", name="Start the interview").wait_for()
    wait_for_idle(page)
    page.get_by_label("Job title", exact=True).fill(JOB)
    page.get_by_label("Job description", exact=True).fill(JD)
    page.get_by_label(re.compile("^CV text")).fill(CV)
    page.get_by_role("button", name="Start the interview").click()  # at once: the CV not yet sent
    page.wait_for_url(re.compile(r".*/interview\?session=\w+"), timeout=60_000)
    session_id = page.url.rsplit("=", 1)[-1]
    page.get_by_test_id("stChatMessage").first.wait_for(timeout=60_000)
    wait_for_idle(page)
    streamlit_server.stop()  # DuckDB allows one process per file: read what was stored once the server is gone
    with duckdb.connect(streamlit_server.db_path, read_only=True) as db:
        stored = db.execute("SELECT job_title, job_description, cv_text FROM sessions WHERE id = ?",
                            [session_id]).fetchone()
    assert stored == (JOB, JD, CV)


def test_a_pasted_job_description_fills_the_empty_title_and_company(streamlit_server, page):
    page.goto(streamlit_server.url + "/setup")
    page.get_by_label("Job title").wait_for()
    wait_for_idle(page)
    page.get_by_label("Company").fill("Typed Ltd")
    page.get_by_label("Job description", exact=True).fill(
        "Staff Nurse at St Mary's Hospital\nYou will care for 20 patients on a busy ward.")
    page.get_by_label(re.compile("^CV text")).click()  # leaving the box commits the text
    page.wait_for_function("() => [...document.querySelectorAll('input')].some(i => i.value === 'Staff Nurse')")
    wait_for_idle(page)
    assert page.get_by_label("Job title").input_value() == "Staff Nurse"
    assert page.get_by_label("Company").input_value() == "Typed Ltd"  # what was typed stays


def test_skip_a_follow_up_then_end_early_scores_the_main_answer(streamlit_server, page):
    start_sample_interview(page, streamlit_server.url)
    before = chat_count(page)
    answer(page, "I used Python.")  # very short: the coach asks a follow-up
    page.wait_for_function(QUESTION_SHOWN, arg=before, timeout=30_000)
    wait_for_idle(page)
    page.get_by_text(re.compile(r"^Follow-up to question 1 of ")).first.wait_for()
    before = chat_count(page)
    page.get_by_role("button", name="Skip question").click()
    page.wait_for_function(QUESTION_SHOWN, arg=before, timeout=30_000)
    wait_for_idle(page)
    page.get_by_role("button", name="End early").click()
    page.get_by_role("button", name="End and see feedback").click()
    page.wait_for_url(re.compile(r".*/feedback\?session=\w+"), timeout=30_000)
    page.get_by_text("Overall score").first.wait_for()
    wait_for_idle(page)
    screenshot(page, "issue17-skip-follow-up")
    body = page.locator("body").inner_text()
    assert "No answers were scored" not in body
    overall = page.get_by_test_id("stMetricValue").first.inner_text()
    assert re.fullmatch(r"\d+ / 10", overall.strip()), overall
    first = page.get_by_test_id("stMain").get_by_test_id("stExpander").first.inner_text()
    heading = next(line for line in first.splitlines() if line.startswith("Q1"))
    assert re.match(r"Q1 · \d+/10 · ", heading) and "skipped" not in heading, first


@pytest.fixture
def seeded_server(tmp_path: Path):
    db_path = str(tmp_path / "history.duckdb")
    store = InterviewStore(db_path)
    start = datetime(2025, 3, 1, 9, 0)
    titles = ["Senior Backend Platform Engineer", "Data Analyst", "Regional Sales Manager", "Product Manager"]
    for i in range(8):
        make_session(store, job_title=titles[i % 4], company=f"Company with a long name {i}",
                     created_at=start + timedelta(days=3 * i), model="a-rather-long-model-identifier-v2")
    make_session(store, job_title="Teacher", company="School", status="in_progress",
                 model="a-rather-long-model-identifier-v2")
    store.close()
    server = StreamlitServer(db_path=db_path)
    server.start()
    yield server
    server.stop()


FITS = """() => {
  const frame = document.querySelector('[data-testid="stDataFrame"]');
  const main = document.querySelector('[data-testid="stMainBlockContainer"]') || document.querySelector('section.main');
  const scrollers = [...frame.querySelectorAll('*')].filter(e => {
    const style = getComputedStyle(e);
    return (style.overflowX === 'auto' || style.overflowX === 'scroll') && e.clientWidth > 0;
  });
  return {
    frame: frame.getBoundingClientRect().right, main: main.getBoundingClientRect().right,
    overflow: scrollers.map(e => e.scrollWidth - e.clientWidth),
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}"""


def test_history_table_fits_1280_px(seeded_server, page):
    assert page.viewport_size["width"] == 1280
    page.goto(seeded_server.url + "/history")
    page.get_by_test_id("stDataFrame").wait_for(timeout=90_000)  # a cold server's first page on 2 busy cores
    wait_for_idle(page)
    page.get_by_test_id("stDataFrame").scroll_into_view_if_needed()
    page.wait_for_timeout(500)  # the grid lays its columns out after it is attached
    screenshot(page, "issue17-history-table")
    measured = page.evaluate(FITS)
    assert measured["frame"] <= measured["main"] + 1, measured
    assert measured["overflow"] and max(measured["overflow"]) <= 1, measured  # no sideways scrolling in the grid
    assert measured["page"] <= 0, measured
    # The grid paints on a canvas; its accessible table names the columns.
    headers = page.locator('[data-testid="stDataFrame"] th[role="columnheader"]').evaluate_all(
        "cells => cells.map(c => c.textContent)")
    for name in ("Date", "Role", "Score", "Status"):
        assert any(name in h for h in headers), headers
    assert not any("Model" in h for h in headers), headers  # the model is in the selected session's details
    page.get_by_text(re.compile(r"model A Rather Long Model Identifier V2")).first.wait_for()  # its label
