"""Setup keeps the visitor's work across pages, and "Practise again" starts from the same session (issue 17, point 1)."""

from __future__ import annotations

from core.interview import InterviewSettings
from core.storage import InterviewStore
from tests.test_app_flow import GOOD, _query_session, answer

TYPED = {
    "setup_job_title": "Data Engineer",
    "setup_company": "Fjord Logistics",
    "setup_jd": "We need Python, Airflow and SQL for our shipment data platform.",
    "setup_cv": "Jo Doe. Data engineer, 5 years: Python, Airflow, dbt, Snowflake; cut pipeline costs 30%.",
}


def _fill(at) -> None:
    at.switch_page("pages/setup.py").run()
    for key, value in TYPED.items():
        widget = at.text_input(key=key) if key in ("setup_job_title", "setup_company") else at.text_area(key=key)
        widget.set_value(value)
    at.radio(key="setup_type").set_value("technical")
    at.radio(key="setup_seniority").set_value("senior")
    at.slider(key="setup_count").set_value(5)
    at.radio(key="setup_style").set_value("tough")
    at.checkbox(key="setup_follow_ups").set_value(False)
    at.checkbox(key="setup_hide_contacts").set_value(True)
    at.run()
    assert not at.exception, at.exception


def _shown(at) -> dict:
    return {
        **{key: (at.text_input(key=key) if key in ("setup_job_title", "setup_company") else at.text_area(key=key)).value
           for key in TYPED},
        "setup_type": at.radio(key="setup_type").value,
        "setup_seniority": at.radio(key="setup_seniority").value,
        "setup_count": at.slider(key="setup_count").value,
        "setup_style": at.radio(key="setup_style").value,
        "setup_follow_ups": at.checkbox(key="setup_follow_ups").value,
        "setup_hide_contacts": at.checkbox(key="setup_hide_contacts").value,
    }


EXPECTED = {**TYPED, "setup_type": "technical", "setup_seniority": "senior", "setup_count": 5,
            "setup_style": "tough", "setup_follow_ups": False, "setup_hide_contacts": True}


def test_setup_fields_survive_a_visit_to_history_and_home(app):
    _fill(app)
    assert _shown(app) == EXPECTED
    for page in ("pages/history.py", "pages/home.py", "pages/feedback.py"):
        app.switch_page(page).run()
        assert not app.exception, app.exception
        assert not app.text_area  # Setup's widgets are not drawn there
        app.switch_page("pages/setup.py").run()
        assert not app.exception, app.exception
        assert _shown(app) == EXPECTED, page
    assert not [w for w in app.warning if "Session State" in w.value]  # no "default value but also set" warning


def test_a_fresh_setup_has_the_defaults(app):
    app.switch_page("pages/setup.py").run()
    defaults = InterviewSettings()
    shown = _shown(app)
    assert shown["setup_job_title"] == "" and shown["setup_cv"] == ""
    assert (shown["setup_type"], shown["setup_seniority"], shown["setup_count"], shown["setup_style"],
            shown["setup_follow_ups"]) == (defaults.interview_type, defaults.seniority, defaults.question_count,
                                          defaults.style, defaults.follow_ups)
    assert shown["setup_hide_contacts"] is False  # no cloud model configured
    assert not [w for w in app.warning if "Session State" in w.value]


def test_practise_again_starts_from_the_same_cv_job_and_options(app, db_path):
    _fill(app)
    app.button(key="setup_start").click().run()
    assert not app.exception, app.exception
    session_id = _query_session(app)
    app.switch_page("pages/interview.py")
    for _ in range(5):
        answer(app, GOOD)
    app.switch_page("pages/feedback.py").run()
    assert not app.exception and InterviewStore(db_path).get_report(session_id) is not None

    # Change the form meanwhile: "Practise again" brings back the finished session's values.
    app.switch_page("pages/setup.py").run()
    app.text_input(key="setup_job_title").set_value("Something else")
    app.slider(key="setup_count").set_value(12)
    app.run()
    app.switch_page("pages/feedback.py").run()
    app.button(key="feedback_again").click().run()
    assert not app.exception, app.exception
    app.switch_page("pages/setup.py").run()
    assert not app.exception, app.exception
    assert _shown(app) == EXPECTED


def test_seniority_takes_no_free_text_and_the_pick_reaches_the_session(app, db_path):
    """A newcomer typed a seniority into the dropdown (a searchable selectbox) and it was dropped without a
    word. The control is now a choice of the four levels that cannot be typed into, and the level picked is
    the one the interview is set up with."""
    from core.interview import SENIORITIES

    _fill(app)
    assert not [s for s in app.selectbox if s.key == "setup_seniority"]  # a selectbox accepts typing
    control = app.radio(key="setup_seniority")
    assert list(control.options) == [s.capitalize() for s in SENIORITIES]
    control.set_value("lead").run()
    app.button(key="setup_start").click().run()
    assert not app.exception, app.exception
    settings = InterviewStore(db_path).get_session(_query_session(app)).settings
    assert settings["seniority"] == "lead"
