"""Load: concurrent visitors on a real ``streamlit run``, each a Chromium context, one DuckDB file.

The interviews are created in the database first (3 questions each, no follow-ups, so the row counts
are exact); then the server starts and every visitor opens its own interview's URL at the same time,
answers each question with text only it uses (answer sent -> next question's caption shown is one
turn), and ends on the feedback page. All the visitors share the server's process-wide resources (the
store's one DuckDB connection, the scoring executor, the model chains) exactly as real visitors do.
Nothing of Streamlit is patched or read: the browsers talk to the server over its websocket.

``run_sessions`` is shared with ``tests/test_load.py``, which asserts on the same runs.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SESSIONS = 10
QUESTIONS = 3
TURN_TIMEOUT_MS = 120_000

_BASE_ANSWERS = (  # one story per question: the same story told three times is a repeated answer (core/interview/repeats)
    "At {company} I owned the {system}. p95 latency was {before} ms and conversion was dropping, so my task "
    "was to get it under 300 ms. I profiled it, found N+1 queries in PostgreSQL, batched them and added a "
    "Redis cache behind a feature flag. p95 fell to {after} ms and conversion rose {gain}% in a month. I "
    "learned to measure before optimising, and I chose caching over a rewrite because of the risk.",
    "At {company} releases of the {system} failed one week in three, and {before} customers saw errors in the last "
    "one, so I was asked to make releases safe. I wrote a runbook, added canary releases and rehearsed the rollback "
    "twice with the on-call engineers. Over the next quarter {after} releases went out with no incident and we "
    "shipped {gain} times a week. I learned that a rehearsed rollback costs less than one outage.",
    "At {company} two teams argued over who owned the alerts of the {system}, and {before} pages a month waited over "
    "an hour. I met both leads, mapped each alert to one owner and wrote an escalation rota we both signed. Pages "
    "waiting over an hour fell to {after} a month within {gain} weeks. I learned to agree ownership in writing "
    "before a crisis, not during one.",
)
_COMPANIES = ("Northwind", "Initech", "Globex", "Umbrella", "Hooli", "Vandelay", "Soylent", "Acme", "Wonka",
              "Stark", "Wayne", "Tyrell", "Cyberdyne", "Aperture", "Oscorp", "Pied Piper")
_SYSTEMS = ("payments API", "search service", "billing pipeline", "checkout flow", "ledger service")


def answer_text(session: int, number: int) -> str:
    """An answer only session ``session`` gives to question ``number`` (a tag plus distinct details)."""
    body = _BASE_ANSWERS[(number - 1) % len(_BASE_ANSWERS)].format(
        company=_COMPANIES[session % len(_COMPANIES)], system=_SYSTEMS[number % len(_SYSTEMS)],
        before=900 + session * 10 + number, after=200 + session, gain=2 + number,
    )
    return f"Session {session:02d} answer {number}: {body}"


@dataclass
class SessionRun:
    """What one simulated visitor did and saw."""

    index: int
    session_id: str = ""
    answers: list[str] = field(default_factory=list)
    turn_seconds: list[float] = field(default_factory=list)  # answer sent -> next question shown
    finish_seconds: float = 0.0  # last answer sent -> feedback page shown
    shown_answers: list[list[str]] = field(default_factory=list)  # the chat's answers after each turn
    feedback_text: str = ""
    reached_feedback: bool = False
    error: str | None = None


def create_interviews(db_path: str, sessions: int, questions: int) -> list[str]:
    """The interviews the visitors will open, stored before the server starts (it then owns the file)."""
    from core.interview import InterviewEngine
    from core.samples import list_samples, load_sample
    from core.storage import InterviewStore

    sample = load_sample(list_samples()[0]["id"])
    store = InterviewStore(db_path)
    try:
        engine = InterviewEngine(store)
        return [engine.create(job_title=sample["job_title"], company=sample["company"],
                              job_description=sample["job_description"], cv_text=sample["cv_text"],
                              question_count=questions, follow_ups=False) for _ in range(sessions)]
    finally:
        store.close()


async def _user_answers(page: Any) -> list[str]:
    return await page.evaluate("""() => [...document.querySelectorAll('[data-testid="stChatMessage"]')]
        .filter(m => m.querySelector('[data-testid="stChatMessageAvatarUser"]'))
        .map(m => (m.querySelector('[data-testid="stChatMessageContent"] [data-testid="stMarkdownContainer"]')
                   || m).innerText.trim())""")


async def _drive(browser: Any, base_url: str, run: SessionRun, questions: int, start: asyncio.Event) -> None:
    from tests.e2e.driver import QUESTION_SHOWN, VIEWPORT

    idle = ("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
            " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')")
    context = await browser.new_context(viewport=VIEWPORT)
    page = await context.new_page()
    page.set_default_timeout(TURN_TIMEOUT_MS)
    try:
        await start.wait()
        await page.goto(f"{base_url}/interview?session={run.session_id}")
        await page.wait_for_function(QUESTION_SHOWN, arg=-1)
        for number in range(1, questions + 1):
            await page.wait_for_function(idle)
            text = answer_text(run.index, number)
            run.answers.append(text)
            box = page.get_by_test_id("stChatInputTextArea")
            await box.fill(text)
            before = await page.get_by_test_id("stChatMessage").count()
            started = time.perf_counter()
            await box.press("Enter")
            if number < questions:
                await page.wait_for_function(QUESTION_SHOWN, arg=before)
                run.turn_seconds.append(time.perf_counter() - started)
                run.shown_answers.append([a.replace("\n", " ") for a in await _user_answers(page)])
            else:
                await page.get_by_text("Overall score").first.wait_for()
                run.finish_seconds = time.perf_counter() - started
        await page.wait_for_function(idle)
        # The report streams in after its heading: wait until the last answer is on the page (closed
        # expanders count), so a slow machine does not read the page half drawn.
        await page.wait_for_function("t => document.body.textContent.includes(t)", arg=run.answers[-1])
        run.feedback_text = await page.evaluate("() => document.body.textContent")  # closed expanders too
        run.reached_feedback = "Overall score" in run.feedback_text
    except Exception as exc:  # noqa: BLE001 - reported by the caller, per session
        run.error = f"{type(exc).__name__}: {exc}"
    finally:
        await context.close()


async def _all_sessions(base_url: str, runs: list[SessionRun], questions: int) -> float:
    from playwright.async_api import async_playwright

    from tests.e2e.driver import CHROMIUM, CHROMIUM_ARGS

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        start = asyncio.Event()
        tasks = [asyncio.create_task(_drive(browser, base_url, run, questions, start)) for run in runs]
        await asyncio.sleep(0.5)  # every context is open before anyone starts
        started = time.perf_counter()
        start.set()
        await asyncio.gather(*tasks)
        wall = time.perf_counter() - started
        await browser.close()
    return wall


def run_sessions(db_path: str, sessions: int = SESSIONS,
                 questions: int = QUESTIONS) -> tuple[list[SessionRun], float]:
    """Run ``sessions`` visitors at once on a fresh ``streamlit run`` over ``db_path``; (runs, wall s).

    The server is stopped on return, so the caller can open ``db_path`` to check what was stored.
    """
    from tests.e2e.driver import StreamlitServer

    ids = create_interviews(db_path, sessions, questions)
    runs = [SessionRun(index, session_id=session_id) for index, session_id in enumerate(ids)]
    server = StreamlitServer(db_path=db_path)
    server.start()
    try:
        # A thread of its own: the caller may already run an event loop (Playwright's sync API does).
        with ThreadPoolExecutor(max_workers=1) as pool:
            wall = pool.submit(lambda: asyncio.run(_all_sessions(server.url, runs, questions))).result()
    finally:
        server.stop()
    return runs, wall


def transcript_problems(store: Any, run: SessionRun, questions: int = QUESTIONS) -> list[str]:
    """Why this session's stored or shown transcript is not exactly its own (empty when it is)."""
    problems = []
    if run.error or not run.reached_feedback:
        problems.append(run.error or "never reached the feedback page")
        return problems
    own = [answer_text(run.index, n) for n in range(1, questions + 1)]
    stored = [m.content for m in store.list_messages(run.session_id) if m.kind == "answer"]
    if stored != own:
        problems.append(f"stored answers {stored!r}")
    scored = {r.question_no: r.answer for r in store.list_answer_scores(run.session_id)}
    if scored != dict(enumerate(own, start=1)):
        problems.append(f"scored answers {scored!r}")
    if len([m for m in store.list_messages(run.session_id) if m.kind == "question"]) != questions:
        problems.append("not exactly one stored question per number")
    if store.get_report(run.session_id) is None:
        problems.append("no report")
    if any(shown != own[:turn] for turn, shown in enumerate(run.shown_answers, start=1)):
        problems.append(f"chat showed {run.shown_answers!r}")
    if any(f"Session {i:02d} answer" in run.feedback_text for i in range(100) if i != run.index):
        problems.append("feedback page shows another session's answer")
    return problems


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def run() -> list[tuple[str, float, str, str]]:
    from core.storage import InterviewStore

    with tempfile.TemporaryDirectory() as folder:
        alone, _ = run_sessions(str(Path(folder) / "alone.duckdb"), 1)  # nobody else on the server
        db_path = str(Path(folder) / "load.duckdb")
        runs, wall = run_sessions(db_path)
        store = InterviewStore(db_path)
        failed = [r for r in runs if transcript_problems(store, r)]
        if failed:
            raise RuntimeError(f"{len(failed)} sessions failed; session {failed[0].index}: "
                               f"{transcript_problems(store, failed[0])}")
        counts = store.count_rows()
        store.close()
    expected = {"sessions": SESSIONS, "messages": SESSIONS * QUESTIONS * 2, "answer_scores": SESSIONS * QUESTIONS,
                "reports": SESSIONS}
    if counts != expected:
        raise RuntimeError(f"row counts {counts}, expected {expected}")
    if alone[0].error:
        raise RuntimeError(f"the session alone failed: {alone[0].error}")
    turns = [t for r in runs for t in r.turn_seconds]
    finishes = [r.finish_seconds for r in runs]
    label = f"{SESSIONS} concurrent Chromium visitors × {QUESTIONS} questions, offline coach, streamlit run"
    return [
        ("Load: one visitor alone, answer → next question (p50)", statistics.median(alone[0].turn_seconds) * 1000,
         "ms", "< 150 ms"),
        ("Load: one visitor alone, last answer → feedback page", alone[0].finish_seconds * 1000, "ms", "< 1500 ms"),
        (f"Load: {label}, total wall time", wall, "s", "-"),
        ("Load: answer turn under load, answer → next question (p50)", statistics.median(turns) * 1000, "ms", "-"),
        ("Load: answer turn under load, answer → next question (p95)", percentile(turns, 95) * 1000, "ms", "-"),
        ("Load: last answer → feedback page under load (p50)", statistics.median(finishes) * 1000, "ms", "-"),
        ("Load: last answer → feedback page under load (max)", max(finishes) * 1000, "ms", "-"),
        ("Load: sessions with errors or cross-talk", float(len(failed)), "", "0"),
    ]
