"""Shared fixtures: every test gets its own DuckDB file; no test reaches the internet."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Provider keys in the developer's environment must never reach a test (nor the internet).
for _name in ("GOOGLE_API_KEY", "GEMINI_API_KEY", "OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENROUTER_API_KEY",
              "LOCAL_LLM_BASE_URL", "OLLAMA_BASE_URL", "INTERVIEW_PROVIDERS", "MOTHERDUCK_TOKEN"):
    os.environ.pop(_name, None)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """``--dist loadfile`` (pyproject's ``addopts``), with every browser test (``tests/e2e/``) as one unit: they run
    on one worker, one after another and first (the longest chain), while the other workers take the other files
    whole (a module fixture is built once). Two browser tests at once, each with its server and Chromium, made a
    2-core machine too slow for the waits a person's steps are given."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class BrowserTestsTogether(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return "tests/e2e" if nodeid.startswith("tests/e2e/") else super()._split_scope(nodeid)

    return BrowserTestsTogether(config, log)


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh database file for this test, also set as INTERVIEW_DB for the app."""
    path = str(tmp_path / "interviews.duckdb")
    monkeypatch.setenv("INTERVIEW_DB", path)
    return path


@pytest.fixture
def store(db_path: str):
    from core.storage import InterviewStore

    opened = InterviewStore(db_path)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def app_loggers_reset():
    """The router sets the app's loggers to INFO with a stderr handler (``resources.app_logging``); left
    set, a later test's ``caplog`` at DEBUG would not see core's DEBUG lines (the key-leak checks read them)."""
    yield
    for name in ("core", "pages"):
        app = logging.getLogger(name)
        for handler in [h for h in app.handlers if getattr(h, "interview_app", False)]:
            app.removeHandler(handler)
        app.setLevel(logging.NOTSET)


@pytest.fixture
def fresh_app_cache():
    """AppTest shares st.cache_resource across instances: clear it around each app test."""
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()
    yield
    st.cache_resource.clear()
    st.cache_data.clear()


@pytest.fixture
def app(db_path: str, fresh_app_cache):
    """The whole app in AppTest, run once on Home, on this test's database (the app-flow tests' start)."""
    from tests.test_app_flow import new_app

    at = new_app()
    at.run()
    assert not at.exception
    return at


@pytest.fixture
def setup_page(db_path, fresh_app_cache):
    """The app in AppTest (offline coach, a fresh database) opened on the Setup page."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "streamlit_app.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/setup.py").run()
    assert not at.exception, at.exception
    return at
