"""Browser tests: `streamlit run` on a free port, driven by Playwright with Debian's Chromium.

The server and page helpers live in ``driver.py`` (also used by ``bench/bench_flow.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.driver import (  # noqa: F401 - re-exported for the tests
    ARTIFACTS,
    CHROMIUM,
    ROOT,
    VIEWPORT,
    StreamlitServer,
    launch_chromium,
    screenshot,
)


@pytest.fixture
def streamlit_server(tmp_path: Path) -> Iterator[StreamlitServer]:
    server = StreamlitServer(db_path=str(tmp_path / "e2e.duckdb"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: install Debian's chromium package "
                    "(apt-get install -y chromium); .ci/run does this.")
    with sync_playwright() as playwright:
        launched = launch_chromium(playwright)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORT)
    opened = context.new_page()
    opened.set_default_timeout(20_000)
    yield opened
    context.close()
