"""Take the README's screenshot of the interview page: ``python -m tests.e2e.screenshots``.

Runs the real app on the offline coach with a throwaway database, starts the sample interview in
Chromium (1280 px wide), answers a few questions and saves ``docs/screenshots/interview.png``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tests.e2e.driver import (
    ROOT,
    SAMPLE_ANSWERS,
    StreamlitServer,
    answer_and_wait,
    launch_chromium,
    start_sample_interview,
    wait_for_idle,
)

DEFAULT_OUT = ROOT / "docs" / "screenshots" / "interview.png"


def capture_interview(out: Path = DEFAULT_OUT, answers: int = 2, height: int = 1120) -> Path:
    """Screenshot the interview page after ``answers`` answers; returns the PNG's path."""
    from playwright.sync_api import sync_playwright

    out.parent.mkdir(parents=True, exist_ok=True)
    # A short relative path, as the sidebar shows it; the file is removed afterwards.
    db_path = "data/screenshot.duckdb"
    for leftover in ROOT.glob(db_path + "*"):
        leftover.unlink()
    with sync_playwright() as playwright:
        server = StreamlitServer(db_path=db_path)
        server.start()
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": height}, device_scale_factor=1)
            page = context.new_page()
            page.set_default_timeout(20_000)
            start_sample_interview(page, server.url)
            for number in range(answers):
                answer_and_wait(page, SAMPLE_ANSWERS[number % len(SAMPLE_ANSWERS)])
            wait_for_idle(page)
            page.mouse.move(0, 0)  # no hover highlight in the picture
            page.wait_for_timeout(300)  # let the last scroll to the newest message settle
            page.screenshot(path=str(out))
        finally:
            browser.close()
            server.stop()
            for leftover in ROOT.glob(db_path + "*"):
                leftover.unlink()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--answers", type=int, default=2)
    args = parser.parse_args()
    print(capture_interview(args.out, args.answers))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
