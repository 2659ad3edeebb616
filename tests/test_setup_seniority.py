"""Setup's Seniority follows the job title until the visitor picks a level (newcomer, session 12: "Senior
Support Engineer" left it at its default). The level words a title states, in a core function, then the page
in AppTest: typed, from a pasted job description's heading, never over a level picked by hand. Made-up titles."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from core.analysis.job_level import seniority_from_title


@pytest.mark.parametrize(("title", "level"), [
    ("Senior Support Engineer", "senior"), ("Sr. Payroll Analyst", "senior"), ("Desarrolladora Sénior", "senior"),
    ("Junior Copywriter", "junior"), ("Graduate Data Analyst", "junior"), ("Trainee Solicitor", "junior"),
    ("Entry-level Lab Technician", "junior"), ("Analista Júnior de Dados", "junior"),
    ("Lead Mobile Developer", "lead"), ("Principal Product Designer", "lead"), ("Staff Software Engineer", "lead"),
    ("Head of Customer Support", "lead"), ("Senior Team Lead, Billing", "lead"), ("Teamleiter Kundenservice", "lead"),
    ("Jefe de Almacén", "lead"),
])
def test_a_title_states_its_level(title: str, level: str) -> None:
    assert seniority_from_title(title) == level


@pytest.mark.parametrize("title", ["Support Engineer", "Staff Nurse", "Lead Generation Specialist",
                                   "Graduate Recruitment Officer", "Customer Success Manager", "", "   "])
def test_a_title_without_a_level_states_none(title: str) -> None:
    assert seniority_from_title(title) is None


def test_seniority_follows_the_typed_title(setup_page: AppTest) -> None:
    at = setup_page
    assert at.radio(key="setup_seniority").value == "mid"
    at.text_input(key="setup_job_title").set_value("Senior Support Engineer").run()
    assert at.radio(key="setup_seniority").value == "senior"
    at.text_input(key="setup_job_title").set_value("Head of Support").run()
    assert at.radio(key="setup_seniority").value == "lead"
    at.text_input(key="setup_job_title").set_value("Support Engineer").run()
    assert at.radio(key="setup_seniority").value == "mid"  # the title states none again: the default
    assert not at.exception and not [w for w in at.warning if "Session State" in w.value]


def test_seniority_from_a_pasted_job_descriptions_heading(setup_page: AppTest) -> None:
    at = setup_page
    at.text_area(key="setup_jd").set_value("# Graduate Data Analyst\n\nYou will build weekly sales reports in SQL.").run()
    assert at.text_input(key="setup_job_title").value == "Graduate Data Analyst"
    assert at.radio(key="setup_seniority").value == "junior"


def test_a_level_picked_by_hand_is_never_changed_by_the_title(setup_page: AppTest) -> None:
    at = setup_page
    at.text_input(key="setup_job_title").set_value("Senior Support Engineer").run()
    at.radio(key="setup_seniority").set_value("junior").run()
    at.text_input(key="setup_job_title").set_value("Lead Support Engineer").run()
    assert at.radio(key="setup_seniority").value == "junior"
    at.switch_page("pages/history.py").run()
    at.switch_page("pages/setup.py").run()
    assert at.radio(key="setup_seniority").value == "junior"  # after a visit to another page too
    assert not at.exception
