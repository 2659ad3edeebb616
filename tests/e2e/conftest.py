"""Browser tests: `streamlit run` on a free port, driven by Playwright with Debian's Chromium.

The server and page helpers live in ``driver.py`` (also used by ``bench/bench_flow.py``).
"""

from __future__ import annotations

import re
import shutil
import time
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

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items) -> None:
    """Every test in this folder is a browser test (marker ``e2e``), also one whose file forgets to say so: else
    ``-m "not e2e"`` ran it and ``-m e2e`` did not."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.e2e)


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
    _record_console(opened)
    yield opened
    context.close()


# Each click in the page, said in its console: with the frames sent to the server after it, a failed test's record
# tells a click the page never had from one the server never acted on.
CLICK_LOGGER = """document.addEventListener('click', e => {
  const target = e.target.closest('button, a, label, input') || e.target;
  console.log('click on ' + target.tagName.toLowerCase() + ' ' + JSON.stringify((target.innerText || '').slice(0, 60)));
}, true);"""


def _record_console(page) -> None:
    """Keep the page's console lines (its clicks among them), failed requests, uploads and the sizes of the frames
    sent to the server on ``page.console_lines``, saved if its test fails."""
    lines: list[str] = []
    page.console_lines = lines
    page.add_init_script(CLICK_LOGGER)
    page.on("console", lambda message: lines.append(f"{_now()} {message.type}: {message.text}"))
    page.on("pageerror", lambda error: lines.append(f"{_now()} page error: {error}"))
    page.on("requestfailed", lambda request: lines.append(
        f"{_now()} request failed: {request.method} {request.url} {request.failure}"))
    page.on("websocket", lambda socket: socket.on("framesent", lambda frame: lines.append(
        f"{_now()} to the server: {len(frame)} bytes")))
    page.on("request", lambda request: request.method != "GET" and lines.append(
        f"{_now()} {request.method} /{request.url.split('/', 3)[-1][:80]}"))


def _now() -> str:
    return time.strftime("%H:%M:%S") + f".{int(time.time() * 1000) % 1000:03d}"


def _artifact_folder(item) -> Path:
    """``test-artifacts/failed/<test file>-<test name>``, one per failed test, emptied of an earlier run's files."""
    name = re.sub(r"[^\w.-]+", "_", f"{Path(item.location[0]).stem}-{item.name}").strip("_")[:150]
    folder = ARTIFACTS / "failed" / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed browser test carries what is needed to tell a slow machine from a fault: the end of
    each app server's log (refused uploads, errors, slow steps) and the text the page showed. The same, whole,
    is saved in ``test-artifacts/failed/<test>/`` (each server's log with its threads' stacks at the failure; each
    page's address, text, console lines and a screenshot), which CI keeps when the run's output is cut."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    folder = _artifact_folder(item)
    (folder / "failure.txt").write_text(f"{item.nodeid}\n{time.strftime('%Y-%m-%d %H:%M:%S')}\n\n{report.longreprtext}",
                                        encoding="utf-8")
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
            (folder / f"streamlit-{name}.log").write_text("\n".join(lines), encoding="utf-8")
        elif hasattr(value, "evaluate") and hasattr(value, "url") and not value.is_closed():
            try:
                text = value.evaluate("() => document.body.innerText")
                shown = text if len(text) <= 4000 else f"{text[:1500]}\n[… {len(text) - 4000} characters …]\n{text[-2500:]}"
            except Exception as exc:  # noqa: BLE001 - a closed or crashed page: say so and go on
                shown = f"(could not read the page: {exc!r})"
            report.sections.append((f"page text ({name}, {value.url})", shown))
            _save_page(value, folder / f"page-{name}")


def _save_page(page, stem: Path) -> None:
    """The page's address, whole text and console lines in ``<stem>.txt``, and its screenshot in ``<stem>.png``."""
    try:
        text = page.evaluate("() => document.body.innerText")
    except Exception as exc:  # noqa: BLE001 - a closed or crashed page: say so and go on
        text = f"(could not read the page: {exc!r})"
    console = "\n".join(getattr(page, "console_lines", [])) or "(none)"
    stem.with_suffix(".txt").write_text(f"{page.url}\n\n{text}\n\n--- console ---\n{console}\n", encoding="utf-8")
    try:
        page.screenshot(path=str(stem.with_suffix(".png")), full_page=True, timeout=15_000)
    except Exception as exc:  # noqa: BLE001 - the text above is the record then
        with stem.with_suffix(".txt").open("a", encoding="utf-8") as notes:
            notes.write(f"(no screenshot: {exc!r})\n")
