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
    cv_uploader = page.get_by_test_id("stFileUploader").filter(has_text="CV file")
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


# The overall-score chart's x-axis tick labels ("17:00", or "01 Dec 23:00" when the chart spans two days) and the
# centres of its points, in page pixels.
SCORE_CHART_X = """() => {
  const chart = document.querySelector('[data-testid="stVegaLiteChart"]');
  const centre = r => (r.left + r.right) / 2;
  const ticks = [...chart.querySelectorAll('svg text')].filter(t => /^(?:\\d\\d [A-Z][a-z]{2} )?\\d\\d:\\d\\d$/.test(t.textContent.trim()))
                  .map(t => { const r = t.getBoundingClientRect(), anchor = t.getAttribute('text-anchor');
                              // Vega draws the first and last labels flush with their tick (start / end)
                              return {label: t.textContent.trim(),
                                      x: anchor === 'start' ? r.left : anchor === 'end' ? r.right : centre(r)}; });
  const points = [...chart.querySelectorAll('.mark-symbol path')].filter(p => !p.closest('.role-legend'))
                   .map(p => centre(p.getBoundingClientRect()));
  return {ticks, points};
}"""


def test_history_draws_each_session_at_its_own_time_and_the_axis_ends_at_now(tmp_path, page):
    """Session 21: seven sessions of 17:21-17:30 after three of the early afternoon were drawn evenly from ~17:22 to
    17:56, after "now". Each point is at its session's minute (read back through the axis labels) and no tick is
    after now."""
    from datetime import UTC

    db_path = str(tmp_path / "burst.duckdb")
    store = InterviewStore(db_path)
    now = datetime.now(UTC).replace(tzinfo=None)  # the store's clock; the browser here runs on UTC as the server
    moments = [now - timedelta(minutes=m) for m in (190, 180, 170)]
    moments += [now - timedelta(minutes=9) + timedelta(seconds=80 * n) for n in range(7)]
    for number, moment in enumerate(moments):
        level = 1 + number % 5
        make_session(store, job_title="Stock Controller", created_at=moment, dims=dict.fromkeys(NURSE, level))
    store.close()
    server = StreamlitServer(db_path=db_path)
    server.start()
    try:
        page.goto(server.url + "/history")
        page.get_by_test_id("stVegaLiteChart").first.wait_for(timeout=60_000)
        wait_for_idle(page)
        page.wait_for_timeout(500)  # Vega draws after the element is attached
        screenshot(page, "history-burst")
        drawn = page.evaluate(SCORE_CHART_X)
    finally:
        server.stop()
    ticks = drawn["ticks"]
    assert len(ticks) >= 2 and len(drawn["points"]) == len(moments), drawn

    def minute(label: str) -> datetime:
        if len(label) > 5:  # "01 Dec 23:00": the sessions span midnight (a run soon after it)
            return datetime.strptime(f"{now.year} {label}", "%Y %d %b %H:%M")
        at = datetime.strptime(label, "%H:%M").replace(year=now.year, month=now.month, day=now.day)
        return at - timedelta(days=1) if at > now + timedelta(hours=12) else at  # a label of yesterday evening

    (x0, t0), (x1, t1) = (ticks[0]["x"], minute(ticks[0]["label"])), (ticks[-1]["x"], minute(ticks[-1]["label"]))
    per_px = (t1 - t0) / (x1 - x0)
    shown = sorted(t0 + per_px * (x - x0) for x in drawn["points"])
    for own, at in zip(sorted(moments), shown, strict=True):
        assert abs(at - own) < timedelta(minutes=2), (own, at)  # each session at its own time (a point is ~8 px)
    assert t1 <= now + timedelta(minutes=1)  # no tick after now
    assert max(shown) <= now + timedelta(minutes=1)
