"""A second interview starts from the new job (session 21 newcomer: after a chef interview, an accountant's job
file left "Head Chef | <hotel>" in the fields, the opener asked the accountant why the head chef role was next, and
the Technical type of an earlier run carried over). AppTest on the Setup page and the whole app; made-up jobs."""

from __future__ import annotations

import pytest

from core.interview import InterviewSettings
from tests.test_app_flow import _query_session

FIRST_JOB = (b"# Pastry Cook\n\n**Company:** Linden Street Bakery\n\n## About the role\n"
             b"You will run the laminated dough section and the morning bake.\n")
SECOND_JOB = (b"# Payroll Officer\n\n**Company:** Marlow Freight Ltd\n\n## About the role\n"
              b"You will run the monthly payroll for 400 staff in Sage and reconcile pensions.\n")
MARKED_JOBS = [  # a posting's gender mark in the heading before the company, or on a labelled line
    ("Assistant Comptable (H/F) - Atelier Vernet, Lyon\n\nAtelier Vernet recrute un assistant comptable.\n",
     ("Assistant Comptable", "Atelier Vernet")),
    ("Job title: Lagerist (m/w/d)\nCompany: Brenner Logistik GmbH\n\nKommissionierung und Versand.\n",
     ("Lagerist", "Brenner Logistik GmbH")),
    ("Job title: Line Cook (all genders)\nCompany: Osteria Pardo\n\nGrill and pass at dinner service.\n",
     ("Line Cook", "Osteria Pardo")),
]


def _upload(at, key: str, name: str, data: bytes) -> None:
    uploader = next(u for u in at.get("file_uploader") if u.key.startswith(key))
    uploader.set_value((name, data, "text/markdown")).run()
    assert not at.exception, at.exception


def _fields(at) -> tuple[str, str]:
    return at.text_input(key="setup_job_title").value, at.text_input(key="setup_company").value


def test_a_second_job_file_refills_the_title_and_company_the_first_one_filled(setup_page) -> None:
    at = setup_page
    _upload(at, "setup_jd_file", "bakery.md", FIRST_JOB)
    assert _fields(at) == ("Pastry Cook", "Linden Street Bakery")
    _upload(at, "setup_jd_file", "payroll.md", SECOND_JOB)
    assert _fields(at) == ("Payroll Officer", "Marlow Freight Ltd")
    assert not [i for i in at.info if "Kept the" in i.value]


def test_a_second_pasted_job_refills_the_fields_the_first_one_filled(setup_page) -> None:
    at = setup_page
    at.text_area(key="setup_jd").set_value(FIRST_JOB.decode()).run()
    assert _fields(at) == ("Pastry Cook", "Linden Street Bakery")
    at.text_area(key="setup_jd").set_value(SECOND_JOB.decode()).run()
    assert _fields(at) == ("Payroll Officer", "Marlow Freight Ltd")


def test_a_typed_title_is_kept_and_the_page_says_what_the_new_job_states(setup_page) -> None:
    at = setup_page
    _upload(at, "setup_jd_file", "bakery.md", FIRST_JOB)
    at.text_input(key="setup_job_title").set_value("Senior Pastry Cook").run()
    _upload(at, "setup_jd_file", "payroll.md", SECOND_JOB)
    assert _fields(at) == ("Senior Pastry Cook", "Marlow Freight Ltd")  # typed: kept; filled: refilled
    notes = [i.value for i in at.info if "Kept the" in i.value]
    assert len(notes) == 1
    assert notes[0].startswith("Kept the job title you typed; the new job description says")
    assert "Payroll Officer" in notes[0]


@pytest.mark.parametrize(("text", "expected"), MARKED_JOBS)
def test_the_filled_title_leaves_out_the_postings_gender_mark(setup_page, text, expected) -> None:
    at = setup_page
    _upload(at, "setup_jd_file", "poste.txt", text.encode())
    assert _fields(at) == expected


def test_the_next_interview_starts_with_the_default_type_and_setup_says_what_will_be_used(app) -> None:
    app.switch_page("pages/setup.py").run()
    app.text_input(key="setup_job_title").set_value("Payroll Officer")
    app.text_area(key="setup_jd").set_value(SECOND_JOB.decode())
    app.text_area(key="setup_cv").set_value("Sam Okafor. Payroll clerk, 4 years: Sage, pensions, 300 staff.")
    app.radio(key="setup_type").set_value("technical")
    app.run()
    summary = [m.value for m in app.markdown if m.value.startswith("Starts ")]
    assert summary and "technical" in summary[0].lower() and "Payroll Officer" in summary[0]
    app.button(key="setup_start").click().run()
    assert not app.exception, app.exception
    assert _query_session(app)
    app.switch_page("pages/setup.py").run()
    assert not app.exception, app.exception
    default = InterviewSettings().interview_type
    assert app.radio(key="setup_type").value == default
    summary = [m.value for m in app.markdown if m.value.startswith("Starts ")]
    assert summary and default in summary[0].lower()
