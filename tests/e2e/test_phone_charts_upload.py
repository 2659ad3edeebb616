"""What only a browser shows, on a phone (390 x 844), after the newcomer's session-7 reports: a refused
CV file is no longer listed in the uploader, and the History charts keep their plot height with every
legend label inside the chart (the legend squeezed the plot to a few pixels and ran past the edge)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from core.storage import InterviewStore
from tests.e2e.driver import StreamlitServer, screenshot, start_sample_interview, wait_for_idle
from tests.test_progress import make_session

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
NURSE = {"relevance": 5, "structure": 4, "specificity": 4, "depth": 4, "communication": 5}
DATA = {"relevance": 2, "structure": 3, "specificity": 2, "depth": 1, "communication": 3}

# For each chart: its right edge, the right edge of its furthest text (axis labels, legend), and how far
# apart (px) the lowest and highest tick labels of its left axis are drawn.
MEASURE = """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')].map(chart => {
  const texts = [...chart.querySelectorAll('svg text')].filter(t => t.textContent.trim());
  const ticks = texts.filter(t => /^\\d+(\\.\\d)?$/.test(t.textContent.trim()) && t.getBoundingClientRect().left
                                  < chart.getBoundingClientRect().left + 60).map(t => t.getBoundingClientRect().top);
  return {right: chart.getBoundingClientRect().right,
          textRight: Math.max(...texts.map(t => t.getBoundingClientRect().right)),
          cut: texts.filter(t => t.getBoundingClientRect().right > chart.getBoundingClientRect().right + 1)
                    .map(t => t.textContent),
          span: ticks.length ? Math.max(...ticks) - Math.min(...ticks) : 0};
})"""


@pytest.fixture
def mixed_server(tmp_path):
    db_path = str(tmp_path / "mixed.duckdb")
    store = InterviewStore(db_path)
    start = datetime(2026, 3, 2, 9, 0)
    for day, (title, dims) in enumerate([("Registered Nurse", NURSE), ("Data Engineer", DATA)] * 2):
        make_session(store, job_title=title, dims=dims, created_at=start + timedelta(days=3 * day))
    store.close()
    server = StreamlitServer(db_path=db_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(60_000)  # a cold server's first page on 2 busy cores
    yield page
    context.close()


def test_on_a_phone_a_refused_file_is_not_listed_and_charts_fit(mixed_server, phone_page):
    page = phone_page
    page.goto(mixed_server.url + "/setup")
    page.get_by_label("Job description", exact=True).fill("Care for patients on a busy surgical ward.")
    page.get_by_label("Job title").fill("Ward Nurse")
    wait_for_idle(page)
    cv_uploader = page.get_by_test_id("stFileUploader").nth(1)
    cv_uploader.locator("input[type=file]").set_input_files(
        files=[{"name": "broken.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.7\n1 0 obj <<"}])
    page.get_by_text("“broken.pdf” could not be read").wait_for()
    wait_for_idle(page)
    screenshot(page, "phone-refused-upload")
    assert "broken.pdf" not in cv_uploader.inner_text()  # refused: not listed as if accepted
    assert page.get_by_label("Job description", exact=True).input_value().startswith("Care for patients")
    assert page.get_by_label("Job title").input_value() == "Ward Nurse"

    page.goto(mixed_server.url + "/history")
    page.get_by_test_id("stVegaLiteChart").nth(1).wait_for()
    wait_for_idle(page)
    page.wait_for_timeout(500)  # Vega draws after the element is attached
    screenshot(page, "phone-history-charts")
    charts = page.evaluate(MEASURE)
    assert len(charts) == 2, charts  # the overall score and the dimensions of one role family
    for chart in charts:
        assert not chart["cut"], chart  # every legend and axis label inside the chart
        assert chart["span"] >= 200, chart  # a plot as tall as asked (260 px), not squeezed by its legend


# The pinned answer bar: where each control is drawn, and the share of the screen the bar and chat box take.
ANSWER_BAR = """() => {
  const box = sel => { const r = document.querySelector(sel).getBoundingClientRect();
                       return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  return {bar: box('.st-key-answer_bar'), progress: box('[data-testid=stProgress]'),
          mic: box('[data-testid=stAudioInput]'), skip: box('.st-key-skip'), end: box('.st-key-end_early'),
          chat: box('[data-testid=stChatInput]'), width: innerWidth, height: innerHeight};
}"""


def test_on_a_phone_the_answer_bar_is_compact(mixed_server, browser):
    """The newcomer's phone (session 9): the counter, microphone, Skip, End early and the chat box were
    stacked one per line and took about 40 % of the screen. Now two rows, every control still shown."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        start_sample_interview(page, mixed_server.url)
        page.wait_for_timeout(500)
        screenshot(page, "phone-answer-bar")
        at = page.evaluate(ANSWER_BAR)
        for name in ("progress", "mic", "skip", "end", "chat"):  # all drawn, none past the screen's edge
            assert at[name]["left"] >= 0 and at[name]["right"] <= at["width"] + 1, (name, at)
        assert abs(at["skip"]["top"] - at["end"]["top"]) < 2  # Skip and End early share a row
        assert at["mic"]["right"] <= at["skip"]["left"] + at["width"] and at["mic"]["bottom"] <= at["skip"]["top"] + 1
        assert at["progress"]["right"] <= at["mic"]["left"] + 1  # the counter beside the microphone
        taken = (at["chat"]["bottom"] - at["bar"]["top"]) / at["height"]
        assert taken < 0.36, at  # was ~0.46 stacked
    finally:
        context.close()
