"""The whole app in AppTest: pages render on empty and populated databases; a full interview runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.store import InterviewStore

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
TIMEOUT = 60

GOOD = ("At Northwind I owned the payments API. p95 latency was 900 ms and conversion was dropping, so my "
        "task was to get it under 300 ms. I profiled it, found N+1 queries in PostgreSQL, batched them and "
        "added a Redis cache behind a feature flag. p95 fell to 210 ms and conversion rose 4% in a month. "
        "I learned to measure before optimising, and I chose caching over a rewrite because of the risk.")
SHORT = "I used Python."


def _texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [t.value for t in at.title] + [c.value for c in at.caption]
    parts += [s.value for s in at.subheader] + [i.value for i in at.info] + [e.value for e in at.error]
    parts += [w.value for w in at.warning] + [s.value for s in at.success]
    parts += [m.label for m in at.metric] + [h.value for h in at.header]
    return "\n".join(str(p) for p in parts)


def _messages(at: AppTest) -> list:
    return list(at.chat_message)


def new_app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=TIMEOUT)


@pytest.fixture
def app(db_path, fresh_app_cache) -> AppTest:
    at = new_app()
    at.run()
    assert not at.exception
    return at


def start_sample_interview(at: AppTest, **options) -> str:
    at.switch_page("pages/setup.py").run()
    at.button(key="setup_sample").click().run()
    assert at.text_area(key="setup_cv").value.strip()
    for key, value in options.items():
        widget = at.slider(key=key) if key == "setup_count" else at.radio(key=key)
        widget.set_value(value)
    at.button(key="setup_start").click().run()
    assert not at.exception, at.exception
    session_id = at.query_params.get("session")
    if isinstance(session_id, list):
        session_id = session_id[0]
    assert session_id
    # AppTest reruns the page it last switched to; follow the app's own switch_page to the chat.
    at.switch_page("pages/interview.py")
    return session_id


def test_every_page_runs_on_an_empty_database(app):
    assert "Interview Simulator" in _texts(app)
    assert "Offline coach" in _texts(app)
    for page, expected in (("pages/setup.py", "New interview"), ("pages/interview.py", "No interview is open"),
                           ("pages/feedback.py", "Open a finished interview"), ("pages/history.py", "No interviews yet")):
        app.switch_page(page).run()
        assert not app.exception, (page, app.exception)
        assert expected in _texts(app), page


def test_full_interview_with_the_offline_coach(app, db_path):
    session_id = start_sample_interview(app, setup_count=3)
    messages = _messages(app)
    assert len(messages) == 1 and messages[0].name == "assistant"
    assert "Question 1 of 3" in str([p.proto.text for p in app.get("progress")])

    # A short answer gets one follow-up, never two.
    app.chat_input[0].set_value(SHORT).run()
    assert not app.exception
    kinds = [m.name for m in _messages(app)]
    assert kinds == ["assistant", "user", "assistant"]
    app.chat_input[0].set_value(GOOD).run()
    assert len(_messages(app)) == 5  # follow-up answered → question 2

    # Empty answer refused, nothing stored.
    app.chat_input[0].set_value("   ").run()
    assert "Your answer is empty" in _texts(app)
    assert len(_messages(app)) == 5

    # Skip question 2.
    app.button(key="skip").click().run()
    assert not app.exception
    assert "Skipped" in _texts(app)

    app.chat_input[0].set_value(GOOD).run()
    for _ in range(3):
        if "Overall score" in _texts(app):
            break
        if app.chat_input:
            app.chat_input[0].set_value(GOOD).run()
    assert not app.exception
    assert "Overall score" in _texts(app)
    assert "Question by question" in _texts(app)

    # Everything is in the database: same process, so a second store shares the app's DuckDB instance.
    store = InterviewStore(db_path)
    session = store.get_session(session_id)
    assert session["status"] == "completed" and 1 <= session["overall_score"] <= 10
    kinds = [m["kind"] for m in store.list_messages(session_id)]
    assert kinds.count("question") == 3 and kinds.count("follow_up") >= 1 and kinds.count("skip") == 1
    scored = {r["question_no"] for r in store.list_answer_scores(session_id)}
    assert scored == {1, 3}
    assert store.get_report(session_id)["overall"] == session["overall_score"]


def test_resume_in_a_fresh_apptest(db_path, fresh_app_cache):
    first = new_app()
    first.run()
    session_id = start_sample_interview(first, setup_count=4)
    first.chat_input[0].set_value(GOOD).run()
    shown = [m.children for m in _messages(first)]
    count = len(shown)
    del first

    second = new_app()
    second.query_params["session"] = session_id
    second.switch_page("pages/interview.py")
    second.run()
    assert not second.exception
    assert len(_messages(second)) == count
    assert GOOD[:30] in _texts(second)
