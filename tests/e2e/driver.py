"""Driving the real app in a real browser: a `streamlit run` process and Playwright helpers.

Shared by the browser tests (through ``conftest.py``), ``bench/bench_flow.py`` and
``python -m tests.e2e.screenshots``. Nothing here imports pytest.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]
VIEWPORT = {"width": 1280, "height": 900}
# How long a browser test waits for a state a person sees (a run done, a question shown, a page opened): a CI
# machine is 2 cores running the whole suite, with a speech model warming in the app's background.
STEP_MS = 60_000

# Settings from the developer's environment that would send the app to a real provider or database.
_FOREIGN_ENV = ("OPENAI_BASE_URL", "INTERVIEW_PROVIDERS", "LOCAL_LLM_BASE_URL", "OLLAMA_BASE_URL",
                "MOTHERDUCK_TOKEN", "GEMINI_BASE_URL", "OPENROUTER_BASE_URL")

SAMPLE_ANSWERS = [
    "At Northwind I owned the payments API. Latency was 900 ms at p95 and checkout conversion was "
    "dropping, so my task was to bring it under 300 ms. I profiled the service, found N+1 queries in "
    "PostgreSQL, added batching and a Redis cache, and rolled it out behind a feature flag. p95 fell to "
    "210 ms and conversion rose 4% in a month. I learned to measure before optimising.",
    "I use Python daily: I wrote our ingestion service in Python with FastAPI and pytest, about 40k lines.",
    "I don't know.",
    "We had a conflict about the release date. I set up a meeting, listened to both sides and we agreed "
    "to ship a smaller scope first, which shipped on time and cut support tickets by 30%.",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class StreamlitServer:
    """A real `streamlit run` process on its own port and database file."""

    db_path: str
    env_extra: dict[str, str] = field(default_factory=dict)
    args: list[str] = field(default_factory=list)  # more `streamlit run` options, e.g. --secrets.files
    script: str = "streamlit_app.py"  # the entry file, relative to the repository
    root: Path = ROOT  # the repository the server runs (another checkout for bench/flow_pair.py)
    port: int = 0
    process: subprocess.Popen | None = None
    log_path: Path | None = None
    started_at: float = 0.0  # time.perf_counter() just before the process was spawned

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0, poll: float = 0.1) -> float:
        """Start and wait for the health endpoint; returns seconds to healthy."""
        self.port = self.port or free_port()
        env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and k not in _FOREIGN_ENV}
        env.update({"INTERVIEW_DB": self.db_path, "PYTHONUNBUFFERED": "1", **self.env_extra})
        ARTIFACTS.mkdir(exist_ok=True)
        self.log_path = ARTIFACTS / f"streamlit-{self.port}.log"
        log = open(self.log_path, "ab")  # noqa: SIM115 - closed with the process
        self.started_at = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.serve", "run", self.script, "--server.port", str(self.port),
             "--server.address", "127.0.0.1", "--server.headless", "true",
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none", *self.args],
            cwd=self.root, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        log.close()  # the child holds its own descriptor
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited early; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=1) as reply:
                    if reply.status == 200:
                        return time.perf_counter() - self.started_at
            except OSError:
                time.sleep(poll)
        raise RuntimeError(f"streamlit did not become healthy; see {self.log_path}")

    def kill(self) -> None:
        """SIGKILL the whole process group: no clean shutdown, as in a crash."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def dump_stacks(self, wait_s: float = 1.0) -> None:
        """Have the server print every thread's stack to its log (tests/e2e/serve.py); for a failed test."""
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGUSR1)
            time.sleep(wait_s)

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path and self.log_path.exists() else ""


def compact_stacks(dump: str, top: int = 2) -> str:
    """A faulthandler dump, one block per thread, cut to what tells threads apart: the header, the
    ``top`` innermost frames and every frame in this repository's own code (not its .venv)."""
    blocks, own = [], str(ROOT)
    for block in re.split(r"\n(?=(?:Thread|Current thread) 0x)", dump.strip()):
        lines = block.splitlines()
        if not lines:
            continue
        frames = lines[1:]
        kept = frames[:top] + [f for f in frames[top:] if own in f and "/.venv/" not in f]
        blocks.append("\n".join([lines[0], *kept]))
    return "\n".join(blocks)


def launch_chromium(playwright: Any) -> Any:
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"Chromium is not installed at {CHROMIUM}: install Debian's chromium package "
                           "(apt-get install -y chromium); .ci/run does this.")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def new_page(browser: Any, timeout_ms: int = 45_000) -> Any:
    page = browser.new_context(viewport=VIEWPORT).new_page()
    page.set_default_timeout(timeout_ms)
    return page


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# ------------------------------------------------------------------------------------------ page helpers


def wait_for_idle(page: Any, timeout_ms: int = STEP_MS) -> None:
    """Wait until Streamlit has finished the current run (no running indicator)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')",
        timeout=timeout_ms,
    )


def file_input(page: Any, label: str) -> Any:
    """The file input of the uploader labelled ``label`` ("CV file"), found when it is used. Not by its place among
    the page's file inputs: once, on a cold server, the first of them was the CV's, and the job file went there."""
    return page.get_by_test_id("stFileUploader").filter(has_text=label).locator("input[type=file]")


def upload_job_and_cv(page: Any, base_url: str, job: Path, cv: Path, job_title: str) -> None:
    """On Setup, upload the job description file (and wait for ``job_title`` read from it), then the CV file, and
    return once the CV file is listed in its uploader: its text may not be in its box yet."""
    page.goto(base_url + "/setup")
    page.get_by_role("button", name="Start the interview").wait_for()
    wait_for_idle(page)
    file_input(page, "Job description file").set_input_files(str(job))
    page.wait_for_function("title => [...document.querySelectorAll('input')].some(i => i.value === title)",
                           arg=job_title)
    wait_for_idle(page)
    file_input(page, "CV file").set_input_files(str(cv))
    page.get_by_text(cv.name).first.wait_for()


def chat_count(page: Any) -> int:
    return page.get_by_test_id("stChatMessage").count()


def answer(page: Any, text: str) -> None:
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(text)
    box.press("Enter")


# The next question is complete (and stored) once its caption "Question 3 of 8 · Model" / "Follow-up to question 3 of 8 · Model"
# is shown under it; an answer sent while a question is still streaming is refused by the app.
QUESTION_SHOWN = """before => {
  if (location.pathname.endsWith('/feedback')) return true;
  if ([...document.querySelectorAll('button')].some(b => b.innerText.trim() === 'See the feedback')) return true;
  const messages = document.querySelectorAll('[data-testid="stChatMessage"]');
  if (messages.length <= before + 1) return false;
  const last = messages[messages.length - 1];
  return !!last.querySelector('[data-testid="stChatMessageAvatarAssistant"]')
    && /(Question \\d+ of \\d+|Follow-up to question \\d+ of \\d+) · /.test(last.innerText);
}"""


def answer_and_wait(page: Any, text: str, timeout_ms: int = STEP_MS) -> None:
    """Send an answer; wait for it and the whole next question (or the feedback page) to be shown."""
    wait_for_idle(page)
    before = chat_count(page)
    answer(page, text)
    page.wait_for_function(QUESTION_SHOWN, arg=before, timeout=timeout_ms)
    wait_for_idle(page)


def session_id_of(url: str) -> str:
    found = re.search(r"[?&]session=(\w+)", url)
    if not found:
        raise AssertionError(f"no ?session= in {url}")
    return found.group(1)


# Setup's job title and CV boxes both hold text (a sample, or files read): what a person checks before Start.
SETUP_FILLED = """() => {
  const title = document.querySelector('input[aria-label="Job title"]');
  return !!title && title.value.trim() !== ''
    && [...document.querySelectorAll('textarea')].some(t => (t.getAttribute('aria-label') || '').startsWith('CV text')
                                                          && t.value.trim() !== '');
}"""


def start_sample_interview(page: Any, base_url: str, *, wait: bool = True) -> str:
    """Home → "Try with a sample CV and job" → Start; returns the interview's URL (with ?session=).
    ``wait=False`` returns as soon as the Interview page is open, while its first question is written."""
    page.goto(base_url)
    page.get_by_role("button", name="Try with a sample CV and job").click()
    page.get_by_role("button", name="Start the interview").wait_for()
    # as a person sees it before pressing Start: the sample is in the boxes (the "Running" sign alone says nothing
    # of a run not begun yet)
    page.wait_for_function(SETUP_FILLED, timeout=STEP_MS)
    wait_for_idle(page)
    page.get_by_role("button", name="Start the interview").click()
    try:
        page.wait_for_url(re.compile(r".*/interview\?session=\w+"), timeout=STEP_MS)
    except Exception as exc:  # what the page said instead, for the failure's reader (a refusal, an error, nothing)
        text = " ".join(page.inner_text("body").split())
        raise AssertionError(f"Start did not open the interview ({page.url}); the page read: {text[:1500]}") from exc
    if wait:
        wait_for_first_question(page)
    return page.url


def local_model_server(db_path: str, base_url: str, timeout_s: int = 20) -> StreamlitServer:
    """A started `streamlit run` whose only model is the OpenAI-compatible server at ``base_url``
    (a loopback fake from tests/fake_servers.py), then the offline coach."""
    server = StreamlitServer(db_path=db_path, env_extra={
        "LOCAL_LLM_BASE_URL": base_url, "INTERVIEW_PROVIDERS": "local", "INTERVIEW_TIMEOUT_S": str(timeout_s)})
    server.start()
    return server


def desktop_page(browser: Any) -> tuple[Any, Any]:
    """A new 1280 x 900 context and its page (30 s default timeout); close the context when done."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(30_000)
    return context, page


def wait_for_first_question(page: Any, timeout_ms: int = STEP_MS) -> None:
    page.wait_for_function(QUESTION_SHOWN, arg=-1, timeout=timeout_ms)
    wait_for_idle(page)


def open_feedback_after_notice(page: Any) -> bool:
    """When the last answer drew a notice (a repeat, instructions), the finished interview shows it above "See the
    feedback" instead of opening Feedback at once (session 23): press it, as a person does; False when not shown."""
    button = page.get_by_role("button", name="See the feedback")
    if not button.count() or not button.first.is_visible():
        return False
    button.first.click()
    return True


def answer_until_feedback(page: Any, answers: list[str], max_turns: int = 40,
                          after_answer: Any = None) -> int:
    """Answer (cycling through ``answers``) until the feedback page shows; returns answers sent.

    ``after_answer(sent)`` runs after each answer (e.g. a refresh half-way through).
    """
    sent = 0
    for _ in range(max_turns):
        wait_for_idle(page)
        if "/feedback" in page.url:
            break
        if open_feedback_after_notice(page):
            break
        box = page.get_by_test_id("stChatInputTextArea")
        if not box.is_visible():
            page.wait_for_timeout(200)
            continue
        answer_and_wait(page, answers[sent % len(answers)])
        sent += 1
        if after_answer is not None:
            after_answer(sent)
    page.wait_for_url(re.compile(r".*/feedback\?session=\w+"), timeout=STEP_MS)
    page.get_by_text("Overall score").first.wait_for()
    return sent


# ------------------------------------------------------------------------------------------ seeded data


def seed_finished_interview(db_path: str, answers: list[str] | None = None, question_count: int = 8, *,
                            sample_id: str | None = None, created_at: datetime | None = None) -> str:
    """A whole sample interview run through the real engine and the offline coach, before the server
    starts: the same rows a person's interview leaves (questions, follow-ups, scores, report), in a
    fraction of the time a browser takes to type them. ``sample_id`` picks one of ``data/samples``
    (the first by default); ``created_at`` back-dates the session (finished an hour later).
    Returns the session id."""
    from core.interview import InterviewEngine
    from core.models.chains import build_chains
    from core.samples import load_sample
    from core.settings import Settings
    from core.storage import InterviewStore

    sample = load_sample(sample_id)
    store = InterviewStore(db_path)
    try:
        engine = InterviewEngine(store)  # no executor: scoring runs here, in order
        chains = build_chains(Settings())  # the offline coach only
        session_id = engine.create(job_title=sample["job_title"], company=sample["company"],
                                   job_description=sample["job_description"], cv_text=sample["cv_text"],
                                   cv_filename=sample["cv_filename"], question_count=question_count)
        replies = answers or SAMPLE_ANSWERS
        for turn in range(4 * question_count):
            if not list(engine.stream_next(chains, session_id)):
                break
            engine.submit_answer(chains, session_id, replies[turn % len(replies)])
        engine.finish(chains, session_id)
    finally:
        store.close()
    if created_at is not None:
        import duckdb

        with duckdb.connect(db_path) as con:
            con.execute("UPDATE sessions SET created_at = ?, updated_at = ?, completed_at = ? WHERE id = ?",
                        [created_at, created_at + timedelta(hours=1), created_at + timedelta(hours=1), session_id])
    return session_id
