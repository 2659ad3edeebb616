"""End of recording to transcript shown, in real Chromium (issue 18, point 6).

A `streamlit run` server and Chromium whose fake capture device plays a one-minute answer synthesised
with flite (``tests.speech_fixtures.minute_answer``, about 57 s). The candidate records the whole answer
through the Interview page's microphone; the clock runs from the click on "Stop recording" to the
transcript shown in the answer box (upload, decode, local transcription, delivery figures, rerun, paint).
Target: under 3 s for a one-minute answer. Each run records a real minute, so there are ``RUNS`` only.
"""

from __future__ import annotations

import statistics
import tempfile
import time
import wave
from pathlib import Path

from tests.e2e.driver import (
    CHROMIUM,
    CHROMIUM_ARGS,
    VIEWPORT,
    StreamlitServer,
    start_sample_interview,
    wait_for_idle,
)
from tests.speech_fixtures import ANSWERS, flite_wav, join_wavs, minute_answer, missing_tools, silence_wav

RUNS = 2


def _seconds(path: Path) -> float:
    with wave.open(str(path)) as wav:
        return wav.getnframes() / wav.getframerate()


def _one(page, url: str, seconds: float) -> tuple[float, bool]:
    """Seconds from "Stop recording" to the transcript shown (True) or the no-transcript sentence (False)."""
    start_sample_interview(page, url)
    page.wait_for_timeout(3000)  # let the page's background warm-up load the model, as a reading candidate would
    recorder = page.get_by_test_id("stAudioInput")
    recorder.get_by_role("button", name="Record").click()
    stop = recorder.get_by_role("button", name="Stop recording")
    stop.wait_for()
    time.sleep(seconds)
    started = time.perf_counter()
    stop.click()
    page.wait_for_function(
        "() => (document.querySelector('.st-key-voice_draft_box textarea')?.value || '').length > 20"
        " || [...document.querySelectorAll('[data-testid=\"stAlertContentWarning\"]')]"
        ".some(e => e.innerText.includes('transcribed'))", timeout=180_000)
    elapsed = time.perf_counter() - started
    shown = page.locator(".st-key-voice_draft_box textarea").count() > 0
    wait_for_idle(page)
    return elapsed, shown


def _core_path(wav: Path, length: float) -> list[tuple[str, float, str, str]]:
    """The same answer through ``transcribe_answer`` in this process (warm model), to split the page's time
    into transcription and the rest (upload, reruns, drawing)."""
    from core.speech import build_transcriber, transcribe_answer

    chain = build_transcriber(order=("local",), local_timeout_s=600)
    data = wav.read_bytes()
    transcribe_answer(chain, data)  # warm
    started, cpu_started = time.perf_counter(), time.process_time()
    transcribe_answer(chain, data)
    return [(f"  of which transcription + delivery in one process, {length:.0f} s answer, wall",
             time.perf_counter() - started, "s", "-"),
            ("  same, CPU seconds (all threads)", time.process_time() - cpu_started, "s", "-")]


def run() -> list[tuple[str, float, str, str]]:
    if missing_tools():
        print(f"voice bench skipped: needs {missing_tools()}")
        return []
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="bench-voice-"))
    short = flite_wav(ANSWERS[0], folder / "short.wav")
    answers = {"short": short, "minute": minute_answer(folder / "minute")}
    server = StreamlitServer(db_path=str(folder / "bench.duckdb"))
    server.start()
    rows: list[tuple[str, float, str, str]] = []
    try:
        with sync_playwright() as playwright:
            for name, spoken in answers.items():
                wav = join_wavs([spoken, silence_wav(4.0, folder / f"gap-{name}.wav")], folder / f"{name}-loop.wav")
                length = _seconds(spoken)
                args = [*CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                        f"--use-file-for-fake-audio-capture={wav}"]
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args, headless=True)
                timings = []
                for _ in range(RUNS):
                    context = browser.new_context(viewport=VIEWPORT, permissions=["microphone"])
                    page = context.new_page()
                    page.set_default_timeout(60_000)
                    timings.append(_one(page, server.url, length + 1.0))
                    context.close()
                browser.close()
                print(f"voice: {length:.0f} s answer: " + ", ".join(
                    f"{t:.2f} s ({'transcript' if ok else 'no transcript: engine timed out'})" for t, ok in timings))
                ok = [t for t, shown in timings if shown]
                rows.append((f"end of recording to transcript shown in Chromium, {length:.0f} s answer "
                             f"(median of {len(ok)} of {RUNS})", statistics.median(ok) if ok else float("nan"),
                             "s", "< 3" if name == "minute" else "-"))
                rows.extend(_core_path(spoken, length))
    finally:
        server.stop()
    return rows
