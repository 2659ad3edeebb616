"""The interview as a person feels it, in Chromium against a real `streamlit run` (issue #6.7).

- answer turn: Enter pressed in the chat input → first character of the next question painted
  (offline coach; every answer of three 8-question interviews but the last of each);
- last answer → the whole feedback page painted (score, chart, per-question cards, downloads);
- cold start: ``streamlit run`` spawned → Home rendered in Chromium (browser already running);
- streaming: a loopback OpenAI-compatible server streams each question over ~2.8 s; the time from
  the model's first token leaving that server to the first character painted in the page.

In-page times come from a MutationObserver (``performance.now()`` at the DOM change, then at the
next animation frame, i.e. the frame that paints it). The streaming figure compares the server's
wall clock with the page's (``performance.timeOrigin + now()``), calibrated against each other
before every turn over Playwright round trips (the uncertainty is printed).
"""

from __future__ import annotations

import math
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.flow_frames import FrameTimes, split_rows
from bench.flow_model import MODEL_ID, SLOW_QUESTION, SlowModel
from bench.flow_probe import last_question_model, new_page, open_interview, send, wait_question_complete
from tests.e2e.driver import (
    SAMPLE_ANSWERS,
    StreamlitServer,
    chat_count,
    launch_chromium,
)

INTERVIEWS = 3
COLD_STARTS = 3
STREAM_TURNS = 4
FLOOR_TURNS = 15
READ_S = 0.3  # the candidate reads the question before answering (the last answer is scored meanwhile)

HOME_RENDERED = """() => [...document.querySelectorAll('h1')].some(e => e.textContent.includes('Interview Simulator'))
  && [...document.querySelectorAll('h3')].some(e => e.textContent.includes('Recent scores'))
  && !!document.querySelector('[data-testid="stSidebar"]')
  && document.querySelector('[data-testid="stSidebar"]').textContent.includes('Offline coach')"""


def _rounded(values: list[float]) -> list[int]:
    return [round(v) for v in values]


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


# ------------------------------------------------------------------------------------ measurements


def _cpu_ms(pid: int) -> float:
    """CPU time (user + system, all threads) a process has used, in ms, from ``/proc/<pid>/stat``
    (in clock ticks, usually 10 ms each: meaningful summed over a turn, not below)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def _offline_interviews(browser: Any, folder: Path, splits: list[dict[str, float]]
                        ) -> tuple[list[float], list[float], list[float], list[float]]:
    """Answer turns, last answer → full feedback page, last answer → overall score shown (ms), and the
    server's CPU time per answer turn (Enter → the question complete, ``READ_S`` later: its score included);
    each answer turn's split (:mod:`bench.flow_frames`) is appended to ``splits``."""
    turns: list[float] = []
    finishes: list[float] = []
    scores: list[float] = []
    cpu: list[float] = []
    server = StreamlitServer(db_path=str(folder / "flow.duckdb"))
    server.start()
    assert server.process is not None
    try:
        for _ in range(INTERVIEWS):
            page = new_page(browser)
            frames = FrameTimes(page)
            open_interview(page, server.url)
            for number in range(40):
                before = chat_count(page)
                cpu_before = _cpu_ms(server.process.pid)
                probe = send(page, SAMPLE_ANSWERS[number % len(SAMPLE_ANSWERS)] + f" (answer {number + 1})",
                              frames, splits)
                elapsed = probe["paint"] - probe["t0"]
                if probe["kind"] == "feedback":
                    finishes.append(elapsed)
                    scores.append(probe["score"] - probe["t0"])
                    break
                turns.append(elapsed)
                wait_question_complete(page, before)
                time.sleep(READ_S)
                cpu.append(_cpu_ms(server.process.pid) - cpu_before)
            else:
                raise RuntimeError("the interview never reached the feedback page")
            page.get_by_text("Overall score").first.wait_for()
            page.context.close()
    finally:
        server.stop()
    return turns, finishes, scores, cpu


def _cold_starts(browser: Any, folder: Path) -> tuple[list[float], list[float]]:
    """(spawn → Home rendered, spawn → health endpoint answering), in seconds."""
    rendered: list[float] = []
    healthy: list[float] = []
    for number in range(COLD_STARTS):
        page = new_page(browser)
        server = StreamlitServer(db_path=str(folder / f"cold-{number}.duckdb"))
        try:
            healthy.append(server.start(poll=0.01))
            page.goto(server.url)
            page.wait_for_function(HOME_RENDERED, polling="raf", timeout=30_000)
            rendered.append(time.perf_counter() - server.started_at)
        finally:
            page.context.close()
            server.stop()
    return rendered, healthy


def _clock_offset(page: Any) -> tuple[float, float]:
    """(page wall clock − this process's wall clock, half the round trip), in seconds."""
    best: tuple[float, float] | None = None
    for _ in range(7):
        before = time.time()
        page_ms = page.evaluate("performance.timeOrigin + performance.now()")
        after = time.time()
        sample = (page_ms / 1000 - (before + after) / 2, (after - before) / 2)
        if best is None or sample[1] < best[1]:
            best = sample
    assert best is not None
    return best


def _check_model(page: Any) -> None:
    """Raise when the last whole question on the page was not written by the loopback model (a fallback)."""
    from core.models.registry import model_label  # the caption names the model as people do ("Slow Model")

    shown = last_question_model(page)
    if shown != model_label(MODEL_ID):
        raise RuntimeError(f"the question did not come from the loopback model: written by {shown!r}")


def _slow_stream(browser: Any, folder: Path) -> tuple[list[float], list[float], float]:
    """First token sent → first character painted (ms) per turn, stream durations (s), max uncertainty (ms)."""
    latencies: list[float] = []
    durations: list[float] = []
    first_shown: list[str] = []
    uncertainty = 0.0
    with SlowModel() as model:
        server = StreamlitServer(db_path=str(folder / "stream.duckdb"), env_extra={
            "LOCAL_LLM_BASE_URL": model.base_url, "INTERVIEW_PROVIDERS": "local", "LOCAL_LLM_MODEL": MODEL_ID})
        server.start()
        try:
            page = new_page(browser)
            open_interview(page, server.url)
            _check_model(page)
            for number in range(STREAM_TURNS):
                before = chat_count(page)
                offset, half_rtt = _clock_offset(page)
                uncertainty = max(uncertainty, half_rtt * 1000)
                seen = len(model.first_tokens)
                probe = send(page, SAMPLE_ANSWERS[number % len(SAMPLE_ANSWERS)])
                if probe["kind"] != "question":
                    raise RuntimeError("expected a question from the loopback model")
                first_shown.append(probe["text"])
                deadline = time.monotonic() + 10
                while len(model.first_tokens) <= seen and time.monotonic() < deadline:
                    time.sleep(0.01)
                first_token = model.first_tokens[seen]
                painted = (page.evaluate("performance.timeOrigin") + probe["paint"]) / 1000 - offset
                latencies.append((painted - first_token) * 1000)
                wait_question_complete(page, before)
                received, finished = model.stream_spans[seen]
                durations.append(finished - received)
                _check_model(page)
            page.context.close()
        finally:
            server.stop()
    if any(len(text.strip()) >= len(SLOW_QUESTION) for text in first_shown):
        raise RuntimeError(f"the question was shown whole, not streamed: {first_shown}")
    print(f"      flow | streamed question, text at its first paint: {[t.strip() for t in first_shown]}")
    return latencies, durations, uncertainty


def _floor(browser: Any, folder: Path, splits: list[dict[str, float]]) -> list[float]:
    """Answer → next message painted (ms) on ``bench/floor_app.py``: Streamlit and Chromium alone; each
    turn's split (:mod:`bench.flow_frames`) is appended to ``splits``."""
    server = StreamlitServer(db_path=str(folder / "floor.duckdb"), script="bench/floor_app.py")
    server.start()
    try:
        page = new_page(browser)
        frames = FrameTimes(page)
        page.goto(server.url)
        page.get_by_test_id("stChatInputTextArea").wait_for()
        times = []
        for number in range(FLOOR_TURNS):
            time.sleep(READ_S)
            probe = send(page, SAMPLE_ANSWERS[number % len(SAMPLE_ANSWERS)], frames, splits)
            times.append(probe["paint"] - probe["t0"])
        page.context.close()
    finally:
        server.stop()
    return times


def run() -> list[tuple[str, float, str, str]]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as name, sync_playwright() as playwright:
        folder = Path(name)
        browser = launch_chromium(playwright)
        try:
            cold, healthy = _cold_starts(browser, folder)
            app_splits: list[dict[str, float]] = []
            floor_splits: list[dict[str, float]] = []
            turns, finishes, scores, cpu = _offline_interviews(browser, folder, app_splits)
            latencies, durations, uncertainty = _slow_stream(browser, folder)
            floor = _floor(browser, folder, floor_splits)
        finally:
            browser.close()
    print(f"      flow | samples (ms): turns {_rounded(turns)}; feedback {_rounded(finishes)}; "
          f"score shown {_rounded(scores)}; cold start {_rounded([c * 1000 for c in cold])}; "
          f"stream first char {_rounded(latencies)}; floor {_rounded(floor)}; stream spans (s) {[round(d, 2) for d in durations]}")
    return [
        (f"answer submitted → next question's first character painted, offline coach (p50 of {len(turns)})",
         statistics.median(turns), "ms", "<= 100 ms"),
        (f"the same on the floor app (bench/floor_app.py: a bare Streamlit chat, no work; p50 of {len(floor)})",
         statistics.median(floor), "ms", "-"),
        *split_rows(app_splits, floor_splits),
        ("answer submitted → next question's first character painted, offline coach (p95)",
         percentile(turns, 0.95), "ms", "< 600 ms"),
        ("answer turn, CPU time of the `streamlit run` process incl. the answer's score (mean)",
         statistics.mean(cpu), "ms", "-"),
        (f"last answer → full feedback page painted, offline coach (median of {len(finishes)})",
         statistics.median(finishes), "ms", "< 1500 ms"),
        ("last answer → full feedback page painted, offline coach (max)", max(finishes), "ms", "< 1500 ms"),
        ("last answer → overall score shown on the feedback page (median)", statistics.median(scores), "ms", "-"),
        (f"cold `streamlit run` → Home rendered in Chromium (median of {len(cold)})",
         statistics.median(cold) * 1000, "ms", "< 3000 ms"),
        ("cold `streamlit run` → health endpoint answering (median)", statistics.median(healthy) * 1000, "ms", "-"),
        (f"loopback model streaming over {statistics.median(durations):.1f} s: first token sent → first "
         f"character painted (median of {len(latencies)}, ±{uncertainty:.0f} ms clock sync)",
         statistics.median(latencies), "ms", "< 300 ms"),
        ("loopback model streaming: first token sent → first character painted (max)",
         max(latencies), "ms", "< 300 ms"),
    ]
