"""History in a browser set to Berlin shows Berlin time and names the zone (session 21: a Berlin user saw UTC). Chromium's
time zone is set with Playwright's ``timezone_id``; the session is stored at 14:20 UTC, 16:20 in Berlin (summer time)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from core.storage import InterviewStore
from tests.e2e.driver import VIEWPORT, StreamlitServer, wait_for_idle
from tests.test_progress import make_session

pytestmark = pytest.mark.e2e


@pytest.fixture
def one_session_server(tmp_path: Path):
    store = InterviewStore(str(tmp_path / "tz.duckdb"))
    make_session(store, job_title="Night Auditor", company="Hotel", created_at=datetime(2025, 6, 3, 14, 20))
    store.close()
    server = StreamlitServer(db_path=str(tmp_path / "tz.duckdb"))
    server.start()
    yield server
    server.stop()


def test_a_berlin_browser_sees_berlin_time(one_session_server, browser):
    context = browser.new_context(viewport=VIEWPORT, timezone_id="Europe/Berlin")
    try:
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto(one_session_server.url + "/history")
        page.get_by_test_id("stDataFrame").wait_for(timeout=90_000)  # a cold server's first page on 2 busy cores
        wait_for_idle(page)
        text = page.get_by_test_id("stMain").inner_text()
        assert "Times are in your time zone (Europe/Berlin)." in text, text
        values = page.evaluate("() => [...document.querySelectorAll('input')].map(i => i.value || i.getAttribute('aria-label') || '')")
        shown = text + " ".join(values) + page.get_by_test_id("stSelectbox").last.evaluate("e => e.textContent")
        assert "03 Jun 2025 16:20" in shown, shown  # the session picker's label, in Berlin time
        assert "14:20" not in shown, shown
    finally:
        context.close()
