"""End of recording to transcript shown, in real Chromium (issue 18, point 6).

A `streamlit run` server and Chromium whose fake capture device plays a one-minute answer synthesised
with flite (``tests.speech_fixtures.minute_answer``, about 57 s). The candidate records the whole answer
through the Interview page's microphone; the clock runs from the click on "Stop recording" to the
transcript shown in the answer box (upload, decode, local transcription, delivery figures, rerun, paint).
Target: under 3 s for a one-minute answer. Each run records a real minute, so there are ``RUNS`` only
(3; ``VOICE_BENCH_RUNS`` to change). Also printed: the part spent in the browser before the upload starts
(Streamlit's recorder decodes the WebM recording and writes a 16 kHz WAV) and the server process's CPU
seconds from the click to the transcript (load-independent, unlike the wall clock).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import wave
from dataclasses import replace
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

RUNS = int(os.environ.get("VOICE_BENCH_RUNS", "3"))


def _seconds(path: Path) -> float:
    with wave.open(str(path)) as wav:
        return wav.getnframes() / wav.getframerate()


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (all its threads), from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _one(page, server: StreamlitServer, seconds: float) -> dict[str, float | bool]:
    """One recording: seconds from "Stop recording" to the transcript shown (``total``; ``shown`` false when
    the no-transcript sentence came instead), to the upload leaving the browser (``browser``: Streamlit's
    recorder decodes the recording and writes the WAV), and the server's CPU seconds meanwhile (``cpu``)."""
    start_sample_interview(page, server.url)
    page.wait_for_timeout(3000)  # let the page's background warm-up load the model, as a reading candidate would
    recorder = page.get_by_test_id("stAudioInput")
    recorder.get_by_role("button", name="Record").click()
    stop = recorder.get_by_role("button", name="Stop recording")
    stop.wait_for()
    time.sleep(seconds)
    uploads: list[float] = []
    page.on("request", lambda request: uploads.append(time.perf_counter()) if "upload_file" in request.url else None)
    cpu_started = _cpu_seconds(server.process.pid)
    started = time.perf_counter()
    stop.click()
    page.wait_for_function(
        "() => (document.querySelector('.st-key-voice_draft_box textarea')?.value || '').length > 20"
        " || [...document.querySelectorAll('[data-testid=\"stAlertContentWarning\"]')]"
        ".some(e => e.innerText.includes('transcribed'))", timeout=180_000)
    elapsed = time.perf_counter() - started
    cpu = _cpu_seconds(server.process.pid) - cpu_started
    shown = page.locator(".st-key-voice_draft_box textarea").count() > 0
    wait_for_idle(page)
    return {"total": elapsed, "shown": shown, "browser": (uploads[0] - started) if uploads else float("nan"),
            "cpu": cpu}


def _core_path(wav: Path, length: float) -> list[tuple[str, float, str, str]]:
    """The same answer through ``transcribe_answer`` in this process (warm model, median of 3), to split the
    page's time into transcription and the rest (upload, run, drawing). For an answer cut in two parts, also
    the CPU seconds of the longer part transcribed alone on one thread: what the two parts at once take on
    two idle cores, whatever the load while the bench runs."""
    from core.speech import build_transcriber, read_wav, transcribe_answer
    from core.speech.local import FasterWhisperTranscriber, split_point

    chain = build_transcriber(order=("local",), local_timeout_s=600)
    data = wav.read_bytes()
    transcribe_answer(chain, data)  # warm
    runs = []
    for _ in range(3):
        started, cpu_started = time.perf_counter(), time.process_time()
        transcribe_answer(chain, data)
        runs.append((time.perf_counter() - started, time.process_time() - cpu_started))
    rows = [(f"  of which transcription + delivery in one process, {length:.0f} s answer, wall (median of 3)",
             statistics.median(r[0] for r in runs), "s", "-"),
            ("  same, CPU seconds (all threads)", statistics.median(r[1] for r in runs), "s", "-")]
    audio = read_wav(data)
    cut = split_point(audio.samples, audio.rate)
    if cut is not None:
        alone = FasterWhisperTranscriber(workers=1, cpu_threads=1, word_timestamps=False, timeout_s=600)  # as a part
        parts = [replace(audio, samples=audio.samples[:cut]), replace(audio, samples=audio.samples[cut:])]
        alone.transcribe(parts[0])  # warm this model too
        cpu = []
        for part in parts:
            started = time.process_time()
            alone.transcribe(part)
            cpu.append(time.process_time() - started)
        rows.append((f"  longer of the two parts ({cut / audio.rate:.0f} s | {length - cut / audio.rate:.0f} s) "
                     "alone, one thread, CPU seconds", max(cpu), "s", "-"))
    return rows


def _median(timings: list[dict[str, float | bool]], key: str) -> float:
    return statistics.median(float(t[key]) for t in timings) if timings else float("nan")


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
                    timings.append(_one(page, server, length + 1.0))
                    context.close()
                browser.close()
                print(f"voice: {length:.0f} s answer (load {os.getloadavg()[0]:.1f}): " + ", ".join(
                    f"{t['total']:.2f} s (browser {t['browser']:.2f} s, server CPU {t['cpu']:.2f} s"
                    f"{'' if t['shown'] else '; no transcript: engine timed out'})" for t in timings))
                ok = [t for t in timings if t["shown"]]
                rows.append((f"end of recording to transcript shown in Chromium, {length:.0f} s answer "
                             f"(median of {len(ok)} of {RUNS})", _median(ok, "total"), "s",
                             "< 3" if name == "minute" else "-"))
                rows.append(("  of which in the browser until the upload (decode, WAV)", _median(ok, "browser"), "s", "-"))
                rows.append(("  server process CPU seconds meanwhile", _median(ok, "cpu"), "s", "-"))
                rows.extend(_core_path(spoken, length))
    finally:
        server.stop()
    return rows
