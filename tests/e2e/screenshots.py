"""The README's screenshots of every page, from the real app in Chromium at 1280 px:
``python -m tests.e2e.screenshots`` (``--only home,history`` for some of them).

Runs ``streamlit run`` on the offline coach with a throwaway database holding a few finished sample
interviews (run through the real engine, back-dated over two weeks), then drives each page as a
person would and saves ``docs/screenshots/<page>.png``:

- ``home.png``, ``setup.png`` (the sample filled in), ``interview.png`` (after two answers),
  ``feedback-first-screen.png``, ``history.png``;
- ``interview-voice-draft.png``: a spoken answer's transcript to check (needs Debian's flite and sox,
  as the voice browser test does; skipped with a sentence without them);
- ``sign-in.png``: the only page a signed-out visitor sees when sign-in is configured (a throwaway
  secrets file with a made-up ``[auth]`` section; nothing is contacted).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.e2e.driver import (
    CHROMIUM,
    CHROMIUM_ARGS,
    ROOT,
    SAMPLE_ANSWERS,
    StreamlitServer,
    answer_and_wait,
    launch_chromium,
    seed_finished_interview,
    start_sample_interview,
    wait_for_idle,
)

OUT_DIR = ROOT / "docs" / "screenshots"
WIDTH = 1280
# A short relative path, as the sidebar shows it to a local user; removed afterwards.
DB_PATH = "data/screenshot.duckdb"
WEAK = ["I used Python.", "I don't know.", "We fixed it as a team.",
        "I worked on the API and it went well, the team was happy with it."]
ANALYST = [
    "At Brightmart I owned the weekly sales dashboard. Store managers did not trust it, so I rebuilt the SQL "
    "in dbt with tests on every join, added a freshness check, and walked each region through it. Questions "
    "to the data team fell by half in two months, and I learned to show people the checks, not only the chart.",
    "I use SQL every day: window functions for cohort retention, and Python with pandas for the rest.",
    "We once had a wrong revenue figure in a board deck; I traced it to a duplicated join and fixed the model.",
]
AUTH_SECRETS = """[auth]
redirect_uri = "http://localhost:8501/oauth2callback"
cookie_secret = "screenshot-only-not-a-secret-0123456789"
client_id = "screenshot"
client_secret = "screenshot"
server_metadata_url = "https://accounts.example.com/.well-known/openid-configuration"
"""
# Painted: the icon font is in, no element is a placeholder while its code loads, nothing greyed out.
PAINTED = """() => document.fonts.status === 'loaded'
  && document.fonts.check('24px "Material Symbols Rounded"')
  && !document.querySelector('[data-testid^="stSkeleton"], [data-testid="stAppSkeleton"], [data-stale="true"]')"""


def seed(db_path: str) -> str:
    """Four finished interviews over two weeks (two roles, getting better); returns the newest one's id."""
    now = datetime.now().replace(second=0, microsecond=0)
    seed_finished_interview(db_path, WEAK, question_count=5, created_at=now - timedelta(days=13, hours=3))
    seed_finished_interview(db_path, ANALYST, question_count=5, sample_id="data-analyst-retail",
                            created_at=now - timedelta(days=9, hours=1))
    seed_finished_interview(db_path, [SAMPLE_ANSWERS[1], *WEAK[2:], SAMPLE_ANSWERS[3]], question_count=6,
                            created_at=now - timedelta(days=5, hours=4))
    return seed_finished_interview(db_path, created_at=now - timedelta(hours=2))


def settle(page: Any) -> None:
    """The run is over, everything is painted, no hover highlight."""
    wait_for_idle(page)
    page.wait_for_function(PAINTED)
    page.mouse.move(0, 0)
    page.wait_for_timeout(400)  # a chart's or a scroll's last animation frame; nothing to wait on


def shoot(page: Any, out_dir: Path, name: str) -> Path:
    settle(page)
    path = out_dir / f"{name}.png"
    page.screenshot(path=str(path))
    print(path)
    return path


def home(page: Any, url: str, out_dir: Path, **_: Any) -> Path:
    page.goto(url)
    page.get_by_text("Next suggested practice").wait_for(timeout=90_000)
    page.get_by_test_id("stVegaLiteChart").first.wait_for()
    return shoot(page, out_dir, "home")


def setup(page: Any, url: str, out_dir: Path, **_: Any) -> Path:
    page.goto(url)
    page.get_by_role("button", name="Try with a sample CV and job").click()
    page.get_by_role("button", name="Start the interview").wait_for()
    page.get_by_label("Job description", exact=True).wait_for()
    return shoot(page, out_dir, "setup")


def interview(page: Any, url: str, out_dir: Path, **_: Any) -> Path:
    from playwright.sync_api import expect

    page.set_viewport_size({"width": WIDTH, "height": 1120})  # the intro, one answer and the next question
    start_sample_interview(page, url)
    answer_and_wait(page, SAMPLE_ANSWERS[0])
    expect(page.get_by_role("button", name="Skip question")).to_be_enabled()  # the bar is live again
    return shoot(page, out_dir, "interview")


def feedback(page: Any, url: str, out_dir: Path, *, session_id: str, **_: Any) -> Path:
    page.goto(f"{url}/feedback?session={session_id}")
    page.get_by_text("Question by question").wait_for()
    return shoot(page, out_dir, "feedback-first-screen")


def history(page: Any, url: str, out_dir: Path, **_: Any) -> Path:
    """``history.png`` (the charts) and ``history-sessions.png`` (the table and a session's actions)."""
    page.set_viewport_size({"width": WIDTH, "height": 1100})
    page.goto(url + "/history")
    page.get_by_test_id("stVegaLiteChart").nth(1).wait_for()
    page.get_by_test_id("stDataFrame").wait_for()
    shot = shoot(page, out_dir, "history")
    page.get_by_role("heading", name="All sessions").scroll_into_view_if_needed()
    page.get_by_role("heading", name="All sessions").evaluate("e => e.scrollIntoView({block: 'start'})")
    shoot(page, out_dir, "history-sessions")
    return shot


def voice_draft(page: Any, url: str, out_dir: Path, *, playwright: Any, **_: Any) -> Path | None:
    from tests.speech_fixtures import ANSWERS, flite_wav, join_wavs, missing_tools, silence_wav

    if missing_tools():
        print(f"interview-voice-draft.png skipped: install {', '.join(missing_tools())} (Debian packages)")
        return None
    with tempfile.TemporaryDirectory() as folder:
        spoken = flite_wav(ANSWERS[0], Path(folder) / "spoken.wav")
        wav = join_wavs([spoken, silence_wav(3.0, Path(folder) / "gap.wav")], Path(folder) / "answer.wav")
        args = [*CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                f"--use-file-for-fake-audio-capture={wav}"]
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args, headless=True)
        try:
            mic = browser.new_context(viewport=page.viewport_size, permissions=["microphone"]).new_page()
            mic.set_default_timeout(60_000)
            start_sample_interview(mic, url)
            recorder = mic.get_by_test_id("stAudioInput")
            recorder.get_by_role("button", name="Record").click()
            stop = recorder.get_by_role("button", name="Stop recording")
            stop.wait_for()
            time.sleep(max(1.0, _seconds(wav) - 1.5))  # real time: the fake device plays the whole answer
            stop.click()
            mic.locator(".st-key-voice_draft_box").wait_for(timeout=90_000)
            return shoot(mic, out_dir, "interview-voice-draft")
        finally:
            browser.close()


def _seconds(path: Path) -> float:
    import wave

    with wave.open(str(path)) as wav:
        return wav.getnframes() / wav.getframerate()


def sign_in(page: Any, out_dir: Path, **_: Any) -> Path:
    """A second server, with sign-in configured: the only page a signed-out visitor can reach."""
    with tempfile.TemporaryDirectory() as folder:
        secrets = Path(folder) / "secrets.toml"
        secrets.write_text(AUTH_SECRETS, encoding="utf-8")
        server = StreamlitServer(db_path=str(Path(folder) / "auth.duckdb"), args=["--secrets.files", str(secrets)])
        server.start()
        try:
            page.goto(server.url)
            page.get_by_role("button", name="Sign in").wait_for(timeout=90_000)
            return shoot(page, out_dir, "sign-in")
        finally:
            server.stop()


PAGES: dict[str, Callable[..., Path | None]] = {
    "home": home, "setup": setup, "interview": interview, "feedback": feedback, "history": history,
    "voice": voice_draft,
}


def capture(out_dir: Path = OUT_DIR, only: set[str] | None = None) -> list[Path]:
    """Take the screenshots named in ``only`` (all by default: PAGES and "sign-in"); returns their paths."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = only or {*PAGES, "sign-in"}
    for leftover in ROOT.glob(DB_PATH + "*"):
        leftover.unlink()
    taken: list[Path | None] = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        server = StreamlitServer(db_path=DB_PATH)
        try:
            newest = seed(str(ROOT / DB_PATH))
            server.start()
            for name, take in PAGES.items():
                if name in wanted:
                    page = browser.new_context(viewport={"width": WIDTH, "height": 900}).new_page()
                    page.set_default_timeout(30_000)
                    taken.append(take(page, server.url, out_dir, session_id=newest, playwright=playwright))
                    page.context.close()
            if "sign-in" in wanted:
                page = browser.new_context(viewport={"width": WIDTH, "height": 900}).new_page()
                taken.append(sign_in(page, out_dir))
        finally:
            browser.close()
            server.stop()
            for leftover in ROOT.glob(DB_PATH + "*"):
                leftover.unlink()
    return [path for path in taken if path is not None]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--only", help=f"comma-separated, of: {', '.join([*PAGES, 'sign-in'])}")
    args = parser.parse_args()
    capture(args.out, set(args.only.split(",")) if args.only else None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
