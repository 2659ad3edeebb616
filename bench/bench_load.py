"""Load: concurrent sessions, each a thread driving its own AppTest through a whole interview, one DuckDB file.

Every session clicks "Try with a sample", starts a 3-question interview at the same moment as the others,
answers each question with text only it uses, and ends on the feedback page. The app's process-wide
resources (the store's single DuckDB connection, the scoring executor, the model chains) are shared by
all sessions, as they are under ``streamlit run``; each session has its own script thread and state.

AppTest keeps harness state in process globals that a real server sets once, and resets it on every run:
it sets ``Runtime._instance`` for the length of one run, patches ``config.get_option`` to flag AppTest
mode, resets ``PagesManager.uses_pages_directory`` (the legacy ``pages/`` mode flag that ``st.navigation``
turns off, read by ``pages/ui.py``), and compiles every page afresh with a new ``ScriptCache`` (on Python
3.11 concurrent compiles can fail with "AST constructor recursion depth mismatch"). When runs overlap, one
run's reset lands in the middle of another. While the sessions run, :func:`apptest_in_threads` keeps these
as ``streamlit run`` has them: one runtime, the AppTest flag on, the flag reset never reaching the real
``PagesManager``, and one script cache shared by every run. The app's own code is not touched.

``run_sessions`` is shared with ``tests/test_load.py``, which asserts on the same runs.
"""

from __future__ import annotations

import contextlib
import statistics
import tempfile
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.app_db import app_database

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
SESSIONS = 10
QUESTIONS = 3

_BASE_ANSWER = (
    "At {company} I owned the {system}. p95 latency was {before} ms and conversion was dropping, so my task "
    "was to get it under 300 ms. I profiled it, found N+1 queries in PostgreSQL, batched them and added a "
    "Redis cache behind a feature flag. p95 fell to {after} ms and conversion rose {gain}% in a month. I "
    "learned to measure before optimising, and I chose caching over a rewrite because of the risk."
)
_COMPANIES = ("Northwind", "Initech", "Globex", "Umbrella", "Hooli", "Vandelay", "Soylent", "Acme", "Wonka",
              "Stark", "Wayne", "Tyrell", "Cyberdyne", "Aperture", "Oscorp", "Pied Piper")
_SYSTEMS = ("payments API", "search service", "billing pipeline", "checkout flow", "ledger service")


def answer_text(session: int, number: int) -> str:
    """An answer only session ``session`` gives to question ``number`` (a tag plus distinct details)."""
    body = _BASE_ANSWER.format(
        company=_COMPANIES[session % len(_COMPANIES)], system=_SYSTEMS[number % len(_SYSTEMS)],
        before=900 + session * 10 + number, after=200 + session, gain=2 + number,
    )
    return f"Session {session:02d} answer {number}: {body}"


@dataclass
class SessionRun:
    """What one simulated user did and saw."""

    index: int
    session_id: str = ""
    answers: list[str] = field(default_factory=list)
    turn_seconds: list[float] = field(default_factory=list)  # answer sent -> next question shown
    finish_seconds: float = 0.0  # last answer sent -> feedback page shown
    shown_answers: list[list[str]] = field(default_factory=list)  # the chat's answers after each turn
    feedback_text: str = ""
    reached_feedback: bool = False
    error: str | None = None


@contextlib.contextmanager
def apptest_in_threads() -> Iterator[None]:
    """Let several AppTests run at once: AppTest's process globals held as a server holds them (see above)."""
    from unittest.mock import MagicMock

    from streamlit import config
    from streamlit.components.v2.component_manager import BidiComponentManager
    from streamlit.runtime import Runtime
    from streamlit.runtime.caching.storage.dummy_cache_storage import MemoryCacheStorageManager
    from streamlit.runtime.dataframe_source_manager import DataframeSourceManager
    from streamlit.runtime.media_file_manager import MediaFileManager
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test

    shared = MagicMock(spec=Runtime)
    shared.media_file_mgr = MediaFileManager(MemoryMediaFileStorage("/mock/media"))
    shared.dataframe_source_mgr = DataframeSourceManager()
    shared.cache_storage_manager = MemoryCacheStorageManager()
    components = BidiComponentManager()
    components.discover_and_register_components(start_file_watching=False)
    shared.bidi_component_registry = components

    scripts = ScriptCache()  # thread-safe; one per server under `streamlit run`
    real_instance, real_exists = Runtime.__dict__["instance"], Runtime.__dict__["exists"]
    real_get_option = config.get_option
    real_script_cache = app_test.ScriptCache
    real_pages_manager = app_test.PagesManager

    class RunPagesManager(PagesManager):
        """AppTest's per-run ``uses_pages_directory = None`` lands here, not on the real class."""

    def get_option(name: str) -> Any:
        return True if name == "global.appTest" else real_get_option(name)

    Runtime.instance = classmethod(lambda cls: cls._instance or shared)  # type: ignore[method-assign]
    Runtime.exists = classmethod(lambda cls: True)  # type: ignore[method-assign]
    config.get_option = get_option
    app_test.ScriptCache = lambda: scripts  # type: ignore[assignment,misc]
    app_test.PagesManager = RunPagesManager  # type: ignore[misc]
    try:
        yield
    finally:
        Runtime.instance = real_instance  # type: ignore[method-assign]
        Runtime.exists = real_exists  # type: ignore[method-assign]
        config.get_option = real_get_option
        app_test.ScriptCache = real_script_cache  # type: ignore[misc]
        app_test.PagesManager = real_pages_manager  # type: ignore[misc]
        Runtime._instance = None


def _unescape(text: str) -> str:
    return str(text).replace("\\", "").replace("  \n", "\n")


def _chat_answers(at: Any) -> list[str]:
    shown = []
    for message in at.chat_message:
        if message.name == "user" and message.markdown:
            shown.append(_unescape(message.markdown[0].value))
    return shown


def _drive(run: SessionRun, questions: int, start: threading.Barrier) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("pages/setup.py").run()
    if at.exception or not any(b.key == "setup_sample" for b in at.button):
        raise RuntimeError(f"the setup page did not render: {at.exception or [m.value for m in at.markdown][:3]}")
    at.button(key="setup_sample").click().run()
    at.slider(key="setup_count").set_value(questions)
    at.checkbox(key="setup_follow_ups").uncheck()  # exact row counts: one question, one answer
    start.wait()
    at.button(key="setup_start").click().run()
    if at.exception:
        raise RuntimeError(f"start: {at.exception}")
    session_id = at.query_params.get("session")
    run.session_id = session_id[0] if isinstance(session_id, list) else str(session_id or "")
    if not run.session_id:
        raise RuntimeError("no ?session= after starting")
    at.switch_page("pages/interview.py")  # AppTest reruns the page it last switched to
    for number in range(1, questions + 1):
        if not at.chat_input:
            raise RuntimeError(f"no answer box before answer {number}")
        text = answer_text(run.index, number)
        run.answers.append(text)
        started = time.perf_counter()
        at.chat_input[0].set_value(text).run()
        elapsed = time.perf_counter() - started
        if at.exception:
            raise RuntimeError(f"answer {number}: {at.exception}")
        if number < questions:
            run.turn_seconds.append(elapsed)
            run.shown_answers.append(_chat_answers(at))
        else:
            run.finish_seconds = elapsed
    shown = [m.value for m in at.markdown] + [m.label for m in at.metric] + [e.label for e in at.expander]
    run.feedback_text = _unescape("\n".join(str(s) for s in shown))
    run.reached_feedback = "Overall score" in run.feedback_text
    if not run.reached_feedback:
        seen = [t.value for t in at.title] + [c.value for c in at.caption] + [i.value for i in at.info]
        raise RuntimeError(f"the last answer did not lead to the feedback page; the page shows {seen!r}")


def run_sessions(sessions: int = SESSIONS, questions: int = QUESTIONS) -> tuple[list[SessionRun], float]:
    """Run ``sessions`` interviews at once against ``INTERVIEW_DB``; (runs, wall seconds)."""
    runs = [SessionRun(index) for index in range(sessions)]
    start = threading.Barrier(sessions, timeout=120)

    def worker(run: SessionRun) -> None:
        try:
            _drive(run, questions, start)
        except BaseException:  # noqa: BLE001 - reported by the caller, per session
            run.error = traceback.format_exc()
            start.abort()  # a session that failed before the start must not hold the others

    threads = [threading.Thread(target=worker, args=(run,), name=f"load-{run.index}") for run in runs]
    with apptest_in_threads():
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=600)
        wall = time.perf_counter() - started
    for run, thread in zip(runs, threads, strict=True):
        if thread.is_alive() and run.error is None:
            run.error = "did not finish within 600 s"
    return runs, wall


def transcript_problems(store: Any, run: SessionRun, questions: int = QUESTIONS) -> list[str]:
    """Why this session's stored or shown transcript is not exactly its own (empty when it is)."""
    problems = []
    if run.error or not run.reached_feedback:
        problems.append(run.error or "never reached the feedback page")
        return problems
    own = [answer_text(run.index, n) for n in range(1, questions + 1)]
    stored = [m["content"] for m in store.list_messages(run.session_id) if m["kind"] == "answer"]
    if stored != own:
        problems.append(f"stored answers {stored!r}")
    scored = {r["question_no"]: r["answer"] for r in store.list_answer_scores(run.session_id)}
    if scored != dict(enumerate(own, start=1)):
        problems.append(f"scored answers {scored!r}")
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
        with app_database(str(Path(folder) / "alone.duckdb")):
            run_sessions(1)  # warm: first imports, the coach's first plan
            alone, _ = run_sessions(1)  # the same interview with nobody else on the server
        db_path = str(Path(folder) / "load.duckdb")
        with app_database(db_path):
            runs, wall = run_sessions()
            store = InterviewStore(db_path)  # same process: the app's DuckDB instance
            failed = [r for r in runs if transcript_problems(store, r)]
            if failed:
                root = next((r for r in failed if "BrokenBarrierError" not in (r.error or "")), failed[0])
                raise RuntimeError(f"{len(failed)} sessions failed; session {root.index}: "
                                   f"{transcript_problems(store, root)}")
            counts = store.count_rows()
            store.close()
    expected = {"sessions": SESSIONS, "messages": SESSIONS * QUESTIONS * 2, "answer_scores": SESSIONS * QUESTIONS,
                "reports": SESSIONS}
    if counts != expected:
        raise RuntimeError(f"row counts {counts}, expected {expected}")
    turns = [t for r in runs for t in r.turn_seconds]
    finishes = [r.finish_seconds for r in runs]
    label = f"{SESSIONS} concurrent sessions × {QUESTIONS} questions, offline coach"
    return [
        ("Load: one session alone, answer → next question (p50)", statistics.median(alone[0].turn_seconds) * 1000,
         "ms", "< 150 ms"),
        ("Load: one session alone, last answer → feedback page", alone[0].finish_seconds * 1000, "ms", "< 1500 ms"),
        (f"Load: {label}, total wall time", wall, "s", "-"),
        ("Load: answer turn under load, answer → next question (p50)", statistics.median(turns) * 1000, "ms", "-"),
        ("Load: answer turn under load, answer → next question (p95)", percentile(turns, 95) * 1000, "ms", "-"),
        ("Load: last answer → feedback page under load (p50)", statistics.median(finishes) * 1000, "ms", "-"),
        ("Load: last answer → feedback page under load (max)", max(finishes) * 1000, "ms", "-"),
        ("Load: sessions with errors or cross-talk", float(len(failed)), "", "0"),
    ]
