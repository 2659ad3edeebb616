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

import json
import math
import os
import statistics
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from bench.flow_frames import FrameTimes, split_rows
from core.schemas import DIMENSIONS
from tests.e2e.driver import (
    QUESTION_SHOWN,
    SAMPLE_ANSWERS,
    VIEWPORT,
    StreamlitServer,
    chat_count,
    launch_chromium,
    start_sample_interview,
    wait_for_idle,
)

INTERVIEWS = 3
COLD_STARTS = 3
STREAM_TURNS = 4
STREAM_FIRST_TOKEN_DELAY_S = 0.4
STREAM_SECONDS = 2.4  # from the first token to the last: one word per chunk, evenly spread
FLOOR_TURNS = 15
READ_S = 0.3  # the candidate reads the question before answering (the last answer is scored meanwhile)

# Installed in every document of the browser context. ``__flowArm()`` before pressing Enter; the
# Enter keydown in the chat input sets t0; the first DOM change showing either a new interviewer
# message with text or the complete feedback page sets t1, and the next animation frame ``paint``.
PROBE = """(() => {
  const probe = window.__flowProbe = {armed: false, before: 0, t0: null, t1: null, paint: null, kind: null, score: null, text: ''};
  let lastText = '';
  const interviewerMessagesWithText = () => {
    let count = 0;
    for (const message of document.querySelectorAll('[data-testid="stChatMessage"]')) {
      if (!message.querySelector('[data-testid="stChatMessageAvatarAssistant"]')) continue;
      const text = message.querySelector('[data-testid="stMarkdownContainer"]');
      if (text && text.textContent.trim().length > 0) {
        count++;
        lastText = text.textContent;
      }
    }
    return count;
  };
  const scoreShown = () => location.pathname.endsWith('/feedback')
    && [...document.querySelectorAll('[data-testid="stMetric"]')].some(e => e.textContent.includes('Overall score'));
  const feedbackComplete = () => scoreShown()
    && [...document.querySelectorAll('h4')].some(e => e.textContent.includes('Question by question'))
    && document.querySelectorAll('[data-testid="stExpander"]').length > 0
    && document.querySelectorAll('[data-testid="stDownloadButton"]').length >= 2
    && document.querySelectorAll('.st-key-dimension_bars [data-testid="stProgress"]').length === 5
    && !document.querySelector('[data-testid="stMain"] [data-stale="true"]');
  const check = () => {
    if (probe.armed && probe.score === null && scoreShown()) probe.score = performance.now();
    if (!probe.armed || probe.t1 !== null) return;
    let kind = null;
    if (feedbackComplete()) kind = 'feedback';
    else if (!location.pathname.endsWith('/feedback') && interviewerMessagesWithText() > probe.before) kind = 'question';
    if (kind === null) return;
    probe.t1 = performance.now();
    probe.kind = kind;
    probe.text = kind === 'question' ? lastText : '';
    requestAnimationFrame(() => { probe.paint = performance.now(); });
  };
  window.__flowArm = () => {
    Object.assign(probe, {armed: true, before: interviewerMessagesWithText(), t0: null, t1: null, paint: null, kind: null, score: null, text: ''});
  };
  document.addEventListener('keydown', event => {
    if (probe.armed && probe.t0 === null && event.key === 'Enter' && !event.shiftKey
        && event.target.matches && event.target.matches('[data-testid="stChatInputTextArea"]')) {
      probe.t0 = performance.now();
    }
  }, true);
  new MutationObserver(check).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
})();"""

HOME_RENDERED = """() => [...document.querySelectorAll('h1')].some(e => e.textContent.includes('Interview Simulator'))
  && [...document.querySelectorAll('h3')].some(e => e.textContent.includes('Recent scores'))
  && !!document.querySelector('[data-testid="stSidebar"]')
  && document.querySelector('[data-testid="stSidebar"]').textContent.includes('Offline coach')"""

SLOW_QUESTION = (
    "Thinking of the payments API you rebuilt at Northwind, what was the hardest trade-off you made "
    "between latency and consistency, how did you decide, and what would you do differently today?"
)


def _rounded(values: list[float]) -> list[int]:
    return [round(v) for v in values]


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


# ------------------------------------------------------------------------------ loopback slow model


class SlowModel:
    """An OpenAI-compatible chat server on 127.0.0.1 that streams every question slowly.

    Streaming requests get ``SLOW_QUESTION`` one word per chunk, the first after
    ``STREAM_FIRST_TOKEN_DELAY_S``, the last ``STREAM_SECONDS`` later; ``first_tokens`` keeps
    the wall-clock time each stream's first content chunk was flushed to the socket. Structured
    requests (answer scores, the report) get a valid JSON object at once.
    """

    def __init__(self) -> None:
        self.first_tokens: list[float] = []
        self.stream_spans: list[tuple[float, float]] = []  # (request received, last chunk sent)
        self.streams = 0
        self.structured = 0
        self._lock = threading.Lock()
        model = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self.send_error(404)
                    return
                try:
                    if body.get("stream"):
                        model._stream(self, body)
                    else:
                        model._complete(self, body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the app stopped reading (a rerun interrupted the stream)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> SlowModel:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @staticmethod
    def _chunk(body: dict[str, Any], delta: dict[str, Any], finish: str | None = None) -> bytes:
        data = {"id": "chatcmpl-slow", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": body.get("model", "slow"),
                "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
        return b"data: " + json.dumps(data).encode() + b"\n\n"

    def _stream(self, handler: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
        received = time.time()
        with self._lock:
            self.streams += 1
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Cache-Control", "no-cache")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(self._chunk(body, {"role": "assistant", "content": ""}))
        handler.wfile.flush()
        time.sleep(STREAM_FIRST_TOKEN_DELAY_S)
        words = SLOW_QUESTION.split(" ")
        pieces = [word + " " for word in words[:-1]] + [words[-1]]
        gap = STREAM_SECONDS / (len(pieces) - 1)
        for number, piece in enumerate(pieces):
            if number:
                time.sleep(gap)
            handler.wfile.write(self._chunk(body, {"content": piece}))
            handler.wfile.flush()
            if number == 0:
                with self._lock:
                    self.first_tokens.append(time.time())
        handler.wfile.write(self._chunk(body, {}, "stop"))
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = {"id": "chatcmpl-slow", "object": "chat.completion.chunk", "created": int(time.time()),
                     "model": body.get("model", "slow"), "choices": [],
                     "usage": {"prompt_tokens": 500, "completion_tokens": 40, "total_tokens": 540}}
            handler.wfile.write(b"data: " + json.dumps(usage).encode() + b"\n\n")
        handler.wfile.write(b"data: [DONE]\n\n")
        handler.wfile.flush()
        with self._lock:
            self.stream_spans.append((received, time.time()))

    def _complete(self, handler: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
        with self._lock:
            self.structured += 1
        schema = ((body.get("response_format") or {}).get("json_schema") or {}).get("name", "")
        if "Report" in schema:
            value: Any = {"summary": "Clear answers with numbers; results sometimes implicit.", "overall": 6,
                          "strengths": ["Concrete numbers"], "weaknesses": ["Results left implicit"],
                          "cv_tips": ["Lead each bullet with its result"],
                          "coverage": [{"requirement": "Python", "status": "evidenced", "evidence": "FastAPI"}]}
        else:
            dimension = {"score": 3, "evidence": "a quoted phrase"}
            value = {name: dimension for name in DIMENSIONS}
            value.update(missing=["The measurable result"], stronger_answer="A stronger answer.", overall=5)
        reply = {"id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion", "created": int(time.time()),
                 "model": body.get("model", "slow"),
                 "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                              "message": {"role": "assistant", "content": json.dumps(value), "refusal": None}}],
                 "usage": {"prompt_tokens": 500, "completion_tokens": 120, "total_tokens": 620}}
        data = json.dumps(reply).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)


# ------------------------------------------------------------------------------------ measurements


def _new_page(browser: Any) -> Any:
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(PROBE)
    page = context.new_page()
    page.set_default_timeout(30_000)
    return page


def _send(page: Any, text: str, frames: FrameTimes | None = None, splits: list[dict[str, float]] | None = None
          ) -> dict[str, Any]:
    """Type an answer, press Enter, wait for the probe; returns it (times in page milliseconds). With
    ``frames``, the turn's split (:meth:`FrameTimes.split`) is appended to ``splits`` when found."""
    if frames is not None:
        frames.arm()
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(text)
    page.evaluate("window.__flowArm()")
    box.press("Enter")
    page.wait_for_function("() => window.__flowProbe.paint !== null", timeout=60_000)
    probe = page.evaluate("window.__flowProbe")
    if probe["t0"] is None:
        raise RuntimeError("the Enter key press was not seen by the probe")
    if frames is not None and splits is not None and probe["kind"] == "question":
        part = frames.split(probe)
        if part is not None:
            splits.append(part)
    return probe


def _wait_question_complete(page: Any, before: int) -> None:
    page.wait_for_function(QUESTION_SHOWN, arg=before, timeout=60_000)
    wait_for_idle(page, timeout_ms=60_000)


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
            page = _new_page(browser)
            frames = FrameTimes(page)
            start_sample_interview(page, server.url)
            for number in range(40):
                before = chat_count(page)
                cpu_before = _cpu_ms(server.process.pid)
                probe = _send(page, SAMPLE_ANSWERS[number % len(SAMPLE_ANSWERS)] + f" (answer {number + 1})",
                              frames, splits)
                elapsed = probe["paint"] - probe["t0"]
                if probe["kind"] == "feedback":
                    finishes.append(elapsed)
                    scores.append(probe["score"] - probe["t0"])
                    break
                turns.append(elapsed)
                _wait_question_complete(page, before)
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
        page = _new_page(browser)
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


def _slow_stream(browser: Any, folder: Path) -> tuple[list[float], list[float], float]:
    """First token sent → first character painted (ms) per turn, stream durations (s), max uncertainty (ms)."""
    from core.models.registry import model_label  # the caption names the model as people do ("Slow Model")

    latencies: list[float] = []
    durations: list[float] = []
    first_shown: list[str] = []
    uncertainty = 0.0
    with SlowModel() as model:
        server = StreamlitServer(db_path=str(folder / "stream.duckdb"), env_extra={
            "LOCAL_LLM_BASE_URL": model.base_url, "INTERVIEW_PROVIDERS": "local", "LOCAL_LLM_MODEL": "slow-model"})
        server.start()
        try:
            page = _new_page(browser)
            start_sample_interview(page, server.url)
            if model_label("slow-model") not in page.get_by_test_id("stChatMessage").last.inner_text():
                raise RuntimeError("the question did not come from the loopback model")
            for number in range(STREAM_TURNS):
                before = chat_count(page)
                offset, half_rtt = _clock_offset(page)
                uncertainty = max(uncertainty, half_rtt * 1000)
                seen = len(model.first_tokens)
                probe = _send(page, SAMPLE_ANSWERS[number % len(SAMPLE_ANSWERS)])
                if probe["kind"] != "question":
                    raise RuntimeError("expected a question from the loopback model")
                first_shown.append(probe["text"])
                deadline = time.monotonic() + 10
                while len(model.first_tokens) <= seen and time.monotonic() < deadline:
                    time.sleep(0.01)
                first_token = model.first_tokens[seen]
                painted = (page.evaluate("performance.timeOrigin") + probe["paint"]) / 1000 - offset
                latencies.append((painted - first_token) * 1000)
                _wait_question_complete(page, before)
                received, finished = model.stream_spans[seen]
                durations.append(finished - received)
                if model_label("slow-model") not in page.get_by_test_id("stChatMessage").last.inner_text():
                    raise RuntimeError("the question did not come from the loopback model")
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
        page = _new_page(browser)
        frames = FrameTimes(page)
        page.goto(server.url)
        page.get_by_test_id("stChatInputTextArea").wait_for()
        times = []
        for number in range(FLOOR_TURNS):
            time.sleep(READ_S)
            probe = _send(page, SAMPLE_ANSWERS[number % len(SAMPLE_ANSWERS)], frames, splits)
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
