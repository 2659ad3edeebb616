"""Session 20 (nc20 item 10): Setup fills the company from a job text whose line under the title is the name, a
dash and what the company is, maybe with its town ("Name - descriptor, Town", "Name — descriptor"), or a bar and
its town, or an "About Name" heading near the top; never a descriptor, a department or a town. Made-up ads."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from core.documents.job import job_heading

BODY = "\n\nWhat you will do\n- Keep the lines running on nights.\n- Fix faults on packing machines.\n"


@pytest.mark.parametrize("second,company", [
    ("Brackenridge Bakeries - Artisan bread plant, Wrexham", "Brackenridge Bakeries"),
    ("Petalpost — flower subscription boxes, Bristol (hybrid)", "Petalpost"),
    ("Corrin Marine – boat repair yard, Falmouth", "Corrin Marine"),
    ("Quaystone | Plymouth", "Quaystone"),
])
def test_a_name_with_what_it_is_and_its_town_is_the_company(second, company):
    assert job_heading(f"Maintenance Technician\n{second}{BODY}") == ("Maintenance Technician", company)


def test_a_name_with_what_it_is_and_no_town_when_the_text_speaks_of_it():
    ad = "Head of Retention\nPetalpost — flower subscription boxes\n\nPetalpost sends fresh flowers to 9,000 homes.\n"
    assert job_heading(ad)[1] == "Petalpost"


def test_an_about_heading_near_the_top_names_the_company():
    ad = "Maintenance Technician\nNights, permanent\n\nAbout Brackenridge Bakeries\nWe bake bread.\n" + BODY
    assert job_heading(ad)[1] == "Brackenridge Bakeries"
    for generic in ("About the role", "About us", "About you", "About Wrexham"):
        assert job_heading(f"Maintenance Technician\nNights, permanent\n\n{generic}\nWe bake bread.\n")[1] == ""


@pytest.mark.parametrize("second", [
    "Cardiology Ward - acute care, Leeds",  # a department
    "Senior Nurse - night shifts, Leeds",  # a title
    "Wrexham - artisan bread plant",  # a town
    "Nights - four on four off, Wrexham",  # terms
    "Brackenridge Bakeries - Artisan bread plant",  # a name and a descriptor the text never speaks of: unsure
])
def test_no_descriptor_town_or_department_is_the_company(second):
    assert job_heading(f"Maintenance Technician\n{second}{BODY}")[1] == ""


def test_setup_fills_the_company_from_a_pasted_job(setup_page: AppTest) -> None:
    at = setup_page
    at.text_area(key="setup_jd").set_value(
        "Line Engineer\nBrackenridge Bakeries - Artisan bread plant, Wrexham\n\nBrackenridge Bakeries bakes bread"
        " for supermarkets.\n\nWhat you will do\n- Keep the ovens running.\n").run()
    assert not at.exception, at.exception
    assert at.text_input(key="setup_company").value == "Brackenridge Bakeries"
    assert at.text_input(key="setup_job_title").value == "Line Engineer"
