"""Issue 15 (newcomer's faults, session 10): the note that a CV shows under a third of the job's
requirements appeared only in the report. It opens the interview too: one kind sentence in the chat's
introduction, never blocking the chat; a CV that fits gets none. Made-up CVs and job; the app in AppTest."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from core.coach.fit import start_note

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")

JD = """Payroll Officer
Requirements
- 2+ years running payroll for 100+ employees
- Experience with Sage or ADP payroll software
- Knowledge of PAYE, pensions auto-enrolment and statutory pay
- Reconciliation of payroll journals to the general ledger
- Advanced Excel
"""
FLORIST_CV = """Mira Hollins
Florist

Experience
Senior Florist, Petal & Stem (2019 - Present)
- Designed wedding and event flowers for up to 30 events a season
- Cut stem waste by 15% by planning orders around the weekly market

Skills
Floral design, customer service, stock rotation
"""
PAYROLL_CV = """Dev Arlott
Payroll Officer

Experience
Payroll Administrator, Greyfield Care (2020 - Present)
- Ran monthly payroll for 140 employees in Sage, PAYE, pensions auto-enrolment and statutory pay included
- Reconciled payroll journals to the general ledger every month
Skills
Sage, Advanced Excel, PAYE
"""


def _interview(cv: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/setup.py").run()
    at.text_input(key="setup_job_title").set_value("Payroll Officer")
    at.text_area(key="setup_jd").set_value(JD)
    at.text_area(key="setup_cv").set_value(cv)
    at.slider(key="setup_count").set_value(2)
    at.button(key="setup_start").click().run()
    assert not at.exception, at.exception
    at.switch_page("pages/interview.py").run()
    assert not at.exception, at.exception
    return at


def _captions(at: AppTest) -> list[str]:
    return [c.value for c in at.caption]


def test_a_cv_far_from_the_job_is_told_so_at_the_start(db_path, fresh_app_cache):
    note = start_note(FLORIST_CV, JD)
    assert note.startswith("Your CV shows none of the 6 requirements this job lists")  # the PAYE knowledge line counts since session 28
    at = _interview(FLORIST_CV)
    shown = [c for c in _captions(at) if "requirements this job lists" in c]
    assert len(shown) == 1 and "expect questions on what it does not show yet" in shown[0]
    assert "payroll" in shown[0].lower()
    # never blocking: the first question is asked and the chat box takes an answer
    assert [m for m in at.chat_message if m.name == "assistant"]
    assert not at.chat_input(key="answer_input").disabled


def test_a_cv_that_fits_gets_no_note(db_path, fresh_app_cache):
    assert start_note(PAYROLL_CV, JD) == ""
    at = _interview(PAYROLL_CV)
    assert not [c for c in _captions(at) if "requirements this job lists" in c]


def test_the_start_note_names_what_the_cv_does_show():
    """A newcomer: "Your CV shows 1 of the 6 requirements" did not say which one it counted."""
    cv = FLORIST_CV.replace("Floral design, customer service", "Floral design, Excel, customer service")
    note = start_note(cv, JD)
    assert note.startswith("Your CV shows 1 of the 6 requirements this job lists (Excel), so expect"), note
