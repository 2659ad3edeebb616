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
    compact_stacks,
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
    opened.set_default_timeout(45_000)  # a loaded CI machine: a slow step waits, a wrong page still fails
    yield opened
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed browser test carries what is needed to tell a slow machine from a fault: the end of
    each app server's log (refused uploads, errors, slow steps) and the text the page showed."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    named = [(name, value) for name, value in item.funcargs.items() if not isinstance(value, tuple)]
    named += [(f"{name}[{i}]", part) for name, value in item.funcargs.items() if isinstance(value, tuple)
              for i, part in enumerate(value)]  # a fixture giving (server, session id)
    for name, value in named:
        if isinstance(value, StreamlitServer):
            before = len(value.log_text().splitlines())
            value.dump_stacks()  # where each server thread is now: a stuck run shows its frame
            lines = value.log_text().splitlines()
            tail = "\n".join(lines[max(0, before - 40):before])
            report.sections.append((f"streamlit log ({name}, last 40 lines)", tail or "(empty)"))
            report.sections.append((f"streamlit threads ({name}, at the failure)",
                                    compact_stacks("\n".join(lines[before:])) or "(no stack dump)"))
        elif hasattr(value, "evaluate") and hasattr(value, "url") and not value.is_closed():
            try:
                text = value.evaluate("() => document.body.innerText")
                shown = text if len(text) <= 4000 else f"{text[:1500]}\n[… {len(text) - 4000} characters …]\n{text[-2500:]}"
            except Exception as exc:  # noqa: BLE001 - a closed or crashed page: say so and go on
                shown = f"(could not read the page: {exc!r})"
            report.sections.append((f"page text ({name}, {value.url})", shown))
