"""Model layer timings against loopback servers that speak the OpenAI wire format.

* time from a question call to the first chunk of the fallback model when the primary is a dead
  port, a server answering 500, or a server that hangs (bounded by the timeout chosen here);
* the chain's overhead over a bare SDK call against the same local server;
* a scripted 8-question interview with a 2-page CV: input sent, and the share of each call's
  input that is an identical prefix of the next call (what providers' prompt caches reuse).
"""

from __future__ import annotations

import json
import logging
import socket
import statistics
import tempfile
import time
from pathlib import Path

from bench.bench_coach import CV, JD
from core.interview import InterviewEngine
from core.models.chains import build_chains
from core.models.prompts import TASK_NEXT_QUESTION, build_messages
from core.models.types import InterviewContext
from core.settings import Settings
from core.storage import InterviewStore
from tests.fake_servers import FakeOpenAI

HANG_TIMEOUT_S = 2.0
STEP = {"kind": "question", "number": 1, "total": 8, "reason": None}
CTX = InterviewContext(session_id="bench", job_title="Backend Software Engineer", company="Ledgerline",
                       job_description=JD, cv_text=CV)


def _dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def _first_chunk_ms(settings: Settings, runs: int) -> list[float]:
    chains = build_chains(settings)
    list(chains.stream_question(CTX, [], STEP))  # build clients and warm imports
    times = []
    for _ in range(runs):
        chains.reset_cooldowns()  # measure the failing primary every time, not the cool-down
        started = time.perf_counter()
        events = chains.stream_question(CTX, [], STEP)
        first = next(e for e in events if e.kind == "delta")
        times.append((time.perf_counter() - started) * 1000)
        assert first.text
        for _event in events:
            pass
    return times


def _fallback_rows() -> list[tuple[str, float, str, str]]:
    rows = []
    with FakeOpenAI() as fallback, FakeOpenAI() as failing:
        base = {"openai_api_key": "sk-bench", "openai_base_url": fallback.base_url,
                "provider_order": ("local", "openai")}
        failing.mode = "500"
        failing.hang_seconds = HANG_TIMEOUT_S + 3
        cases = [
            ("dead port", _dead_url(), 20),
            ("500 server", failing.base_url, 20),
        ]
        for label, url, runs in cases:
            times = _first_chunk_ms(Settings(**base, local_base_url=url), runs)
            rows.append((f"fallback first chunk, primary = {label} (p50)", statistics.median(times), "ms",
                         "< 1500 ms"))
        failing.mode = "hang"
        times = _first_chunk_ms(Settings(**base, local_base_url=failing.base_url,
                                         request_timeout_s=HANG_TIMEOUT_S), 3)
        rows.append((f"fallback first chunk, primary hangs (timeout {HANG_TIMEOUT_S:g} s, p50)",
                     statistics.median(times), "ms", f"<= timeout + 500 ms ({HANG_TIMEOUT_S * 1000 + 500:.0f} ms)"))
        # After one failure the primary is skipped for a cool-down: the next calls pay nothing.
        chains = build_chains(Settings(**base, local_base_url=failing.base_url, request_timeout_s=HANG_TIMEOUT_S))
        list(chains.stream_question(CTX, [], STEP))
        started = time.perf_counter()
        next(e for e in chains.stream_question(CTX, [], STEP) if e.kind == "delta")
        rows.append(("next call while the hanging primary cools down", (time.perf_counter() - started) * 1000,
                     "ms", "< 1500 ms"))
    return rows


def _overhead_rows(runs: int = 60) -> list[tuple[str, float, str, str]]:
    from langchain_openai import ChatOpenAI

    from core.schemas import AnswerScore

    with FakeOpenAI() as server:
        settings = Settings(local_base_url=server.base_url, provider_order=("local",))
        chains = build_chains(settings)
        bare = ChatOpenAI(model=settings.local_model, api_key="not-needed", base_url=server.base_url,
                          max_retries=0, stream_usage=True)
        bare_structured = bare.with_structured_output(AnswerScore, method="json_schema")
        messages = build_messages(TASK_NEXT_QUESTION, CTX, step=STEP)

        def bare_stream() -> None:
            for _ in bare.stream(messages):
                pass

        def chain_stream() -> None:
            for _ in chains.stream_question(CTX, [], STEP):
                pass

        def bare_score() -> None:
            bare_structured.invoke(messages)

        def chain_score() -> None:
            chains.score_answer(CTX, "Tell me about a time you improved latency?", "I cut p95 by 70%.")

        rows = []
        for label, plain, chained in (("stream a question", bare_stream, chain_stream),
                                      ("score an answer (structured)", bare_score, chain_score)):
            plain()
            chained()
            deltas = []
            for _ in range(runs):
                t0 = time.perf_counter()
                plain()
                t1 = time.perf_counter()
                chained()
                t2 = time.perf_counter()
                deltas.append(((t2 - t1) - (t1 - t0)) * 1000)
            rows.append((f"chain overhead over the bare SDK call: {label} (p50)", statistics.median(deltas), "ms",
                         "< 10 ms"))
    return rows


def _serialise(messages: list[dict]) -> str:
    return "".join(f"<{m['role']}>{m['content'] if isinstance(m['content'], str) else json.dumps(m['content'])}"
                   for m in messages)


def _prefix_rows() -> list[tuple[str, float, str, str]]:
    answers = [
        "At Brightwave I rebuilt the tracking API in FastAPI: p95 went from 1.2 s to 180 ms. I profiled it, "
        "batched the PostgreSQL queries and added Redis. I learned to measure before optimising.",
        "I use PostgreSQL every day: I designed the partitioning for 400 million events.",
        "We had an outage once and we fixed it.",
        "I led the move of 14 services to Docker on ECS with Terraform; deployments went from 25 to 12 minutes.",
    ] * 4
    with FakeOpenAI() as server, tempfile.TemporaryDirectory() as folder:
        store = InterviewStore(str(Path(folder) / "bench.duckdb"))
        engine = InterviewEngine(store)  # no executor: calls happen in interview order
        chains = build_chains(Settings(local_base_url=server.base_url, provider_order=("local",)))
        session_id = engine.create(job_title="Backend Software Engineer", company="Ledgerline",
                                   job_description=JD, cv_text=CV, question_count=8)
        for answer in answers:
            if not list(engine.stream_next(chains, session_id)):
                break
            engine.submit_answer(chains, session_id, answer)
        engine.finish(chains, session_id)
        store.close()
        calls = [_serialise(r["json"]["messages"]) for r in server.requests if r.get("json")]
    shares = []
    for a, b in zip(calls, calls[1:], strict=False):
        n = 0
        limit = min(len(a), len(b))
        while n < limit and a[n] == b[n]:
            n += 1
        shares.append(n / len(a))
    total_chars = sum(len(c) for c in calls)
    return [
        ("scripted 8-question interview: model calls", float(len(calls)), "calls", "-"),
        ("scripted 8-question interview: input sent (chars/4 estimate)", total_chars / 4, "tokens", "-"),
        ("share of each call's input that prefixes the next (mean)", statistics.mean(shares), "ratio", ">= 0.85"),
        ("share of each call's input that prefixes the next (min)", min(shares), "ratio", "-"),
    ]


def run() -> list[tuple[str, float, str, str]]:
    # The fallback rows provoke provider failures on purpose: their warnings would flood the output.
    models_log = logging.getLogger("core.models")
    level = models_log.level
    models_log.setLevel(logging.ERROR)
    try:
        return [*_fallback_rows(), *_overhead_rows(), *_prefix_rows()]
    finally:
        models_log.setLevel(level)
