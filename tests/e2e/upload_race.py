"""``python -m tests.e2e.upload_race [tries]``: how often an upload is lost to a run starting
(pages/ui/upstream.py). Each try starts a fresh app server (its first run is the slow one), types the job
description and the job title and at once chooses a damaged PDF as the CV, then waits 20 s for the
sentence saying the file could not be read. Prints each try and the count of lost uploads; the server
log line "kept N browser replies" counts the replies the fix kept. Not a test: a lost upload is a race
that a single run shows only sometimes."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from tests.e2e.driver import StreamlitServer, launch_chromium

BROKEN_PDF = {"name": "broken.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.7\n1 0 obj <<"}


def one_try(browser, folder: Path, number: int) -> tuple[bool, float, int]:
    """(sentence shown, seconds, replies kept) for one fresh server."""
    server = StreamlitServer(db_path=str(folder / f"race{number}.duckdb"))
    server.start()
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(20_000)
    started = time.perf_counter()
    try:
        page.goto(server.url + "/setup")
        page.get_by_label("Job description", exact=True).fill("Care for patients on a busy surgical ward.")
        page.get_by_label("Job title").fill("Ward Nurse")  # the job description commits: a run starts
        uploader = page.get_by_test_id("stFileUploader").nth(1)
        uploader.locator("input[type=file]").set_input_files(files=[BROKEN_PDF])
        try:
            page.get_by_text("“broken.pdf” could not be read").wait_for(timeout=20_000)
            shown = True
        except Exception:  # noqa: BLE001 - Playwright's timeout: the upload was lost
            shown = False
        return shown, time.perf_counter() - started, server.log_text().count("browser replies a starting run")
    finally:
        context.close()
        server.stop()


def main(tries: int = 20) -> int:
    from playwright.sync_api import sync_playwright

    lost = kept = 0
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for number in range(tries):
            shown, seconds, replies = one_try(browser, Path(folder), number)
            lost += not shown
            kept += replies
            print(f"try {number + 1:2d}: {'shown' if shown else 'LOST '} {seconds:5.1f} s, replies kept {replies}",
                  flush=True)
        browser.close()
    print(f"lost {lost} of {tries} uploads; {kept} replies kept by the fix")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
