"""Start a sample interview in AppTest the way a person does: Setup, "Try with a sample", Start."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


def start_interview(count: int = 3, follow_ups: bool = True) -> tuple[AppTest, str]:
    """An AppTest on the Interview page of a new ``count``-question sample interview (at least 3, Setup's
    range), and its session id. The database is the one ``INTERVIEW_DB`` names (the ``db_path`` fixture sets
    it). ``follow_ups=False`` unticks Setup's "Ask follow-up questions": the plan is seeded by the random session
    id, and a gap or skill question answered with another story is asked again, so a test that needs a known
    number of turns switches them off."""
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/setup.py").run()
    at.button(key="setup_sample").click().run()
    at.slider(key="setup_count").set_value(count)
    at.checkbox(key="setup_follow_ups").set_value(follow_ups)
    at.button(key="setup_start").click().run()
    assert not at.exception, at.exception
    session_id = at.query_params["session"]
    session_id = session_id[0] if isinstance(session_id, list) else session_id
    at.switch_page("pages/interview.py").run()
    assert not at.exception, at.exception
    return at, session_id


def open_page(session_id: str, page: str) -> AppTest:
    """``page`` ("pages/interview.py") of the interview ``session_id`` in a new browser session (a refresh or a
    second tab: the URL names the interview)."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["session"] = session_id
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def open_interview(session_id: str) -> AppTest:
    """The interview ``session_id`` in a new browser session."""
    return open_page(session_id, "pages/interview.py")


def open_feedback(session_id: str) -> AppTest:
    """The Feedback page of ``session_id`` in a new browser session."""
    return open_page(session_id, "pages/feedback.py")
