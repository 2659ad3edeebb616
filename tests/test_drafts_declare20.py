"""The interview page loads even when the draft keeper's declaration races another thread (CI, session 19).

Streamlit's ``declare_component`` names a component through ``inspect.getmodule``, which is not
thread-safe: while the warm-up thread imports the model layer, it can return None and the interview page
failed with ``RuntimeError: module is None``. Two guards: the router imports ``pages.ui.drafts`` before any
warm-up thread exists, and the declaration is asked again when it raced.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pages.ui import drafts

ROOT = Path(__file__).resolve().parent.parent


def test_a_raced_declaration_is_asked_again(monkeypatch):
    calls = []

    def racing_then_fine(name, path):
        calls.append((name, Path(path).name))
        if len(calls) < 3:
            raise RuntimeError("module is None. This should never happen.")
        return "the keeper"

    monkeypatch.setattr(drafts, "declare_component", racing_then_fine)
    monkeypatch.setattr(drafts.time, "sleep", lambda seconds: None)
    assert drafts._declare_keeper() == "the keeper"
    assert calls == [("answer_draft_keeper", "draft_keeper")] * 3


def test_a_declaration_that_keeps_failing_still_raises(monkeypatch):
    def broken(name, path):
        raise RuntimeError("module is None. This should never happen.")

    monkeypatch.setattr(drafts, "declare_component", broken)
    monkeypatch.setattr(drafts.time, "sleep", lambda seconds: None)
    with pytest.raises(RuntimeError, match="module is None"):
        drafts._declare_keeper(attempts=3)


def test_the_router_declares_the_keeper_before_any_warm_up_thread(tmp_path):
    """In a fresh process (nothing imported yet, as on a server's first visit), the home page's run imports
    the draft keeper before the warm-up starts, though the home page itself never uses it."""
    script = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from streamlit.testing.v1 import AppTest
from pages.ui import resources
seen = []
resources.warm_models = lambda: seen.append("pages.ui.drafts" in sys.modules)
at = AppTest.from_file({str(ROOT / "streamlit_app.py")!r}, default_timeout=120).run()
assert not at.exception, at.exception
print("SEEN", seen)
"""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "INTERVIEW_DB": str(tmp_path / "i.duckdb")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "SEEN [True]" in done.stdout
