"""Session 18: after "End and see feedback" the app runs the Feedback page with the interview in its query
parameters (the address a reload or a shared link opens), and a new browser session opened on that address shows
the report. The browser's own address is checked in tests/e2e/test_feedback_address18.py."""

from __future__ import annotations

from tests.app_start import open_feedback, start_interview


def _session_param(at) -> str:
    value = at.query_params["session"]
    return value[0] if isinstance(value, list) else value


def test_ending_early_runs_the_feedback_page_with_the_interview_in_the_address(db_path):
    at, session_id = start_interview(count=3)
    at.button(key="end_early").click().run()
    at.button(key="end_confirm").click().run()
    assert not at.exception, at.exception
    assert [t.value for t in at.title][:1] == [":material/analytics: Feedback"]
    assert "Overall score" in [m.label for m in at.metric]
    assert _session_param(at) == session_id
    reopened = open_feedback(session_id)
    assert "Overall score" in [m.label for m in reopened.metric]
