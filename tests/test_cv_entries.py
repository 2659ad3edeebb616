"""CV facts, issue 15 point 1: the kinds of fault the session-6 entry work fixed in job headers
(title, employer) and education lines (school). Each input is made up, not copied from a corpus CV;
each asserts what a reader of that CV would write down."""

from __future__ import annotations

import pytest

from core.analysis import extract_cv_facts


def _facts(experience: str, education: str = "University of Leeds, BSc Computing, 2015") -> dict:
    cv = f"""Morgan Avery
Experience
{experience}
- Built the quarterly reporting pipeline for 40 branches
Education
{education}
"""
    return extract_cv_facts(cv)


@pytest.mark.parametrize(("header", "employer"), [
    ("Data Analyst | Marlowe Freight Ltd (mostly working in SQL and Python) | 2019 - Present", "Marlowe Freight Ltd"),
    ("Data Analyst | University of Eastern Arden (Leeds, UK) | 2019 - Present", "University of Eastern Arden"),
    ("Data Analyst, Quillon Bank (Manchester) 2019 - Present", "Quillon Bank"),
])
def test_a_remark_or_a_place_in_brackets_is_no_part_of_the_employer(header, employer):
    facts = _facts(header)
    assert facts["employers"] == [employer]
    assert facts["current_title"] == "Data Analyst"


def test_a_long_remark_in_brackets_after_the_title_leaves_the_title():
    facts = _facts("Hollis Ceramics Ltd  Sheffield, UK\n"
                   "Process Engineer (Promoted from Band 2 to Band 4 within a year of joining) 2016 – 2020")
    assert facts["current_title"] == "Process Engineer"
    assert facts["employers"] == ["Hollis Ceramics Ltd"]


def test_a_short_bracket_that_belongs_to_the_name_or_title_stays():
    facts = _facts("Research Assistant (Part time) | Vantor Labs (Europe) | 2019 - Present")
    assert facts["current_title"] == "Research Assistant (Part time)"
    assert facts["employers"] == ["Vantor Labs (Europe)"]


def test_a_department_after_a_spaced_unicode_hyphen_is_no_part_of_the_employer():
    facts = _facts("Senior Lecturer  Leeds, UK\nBRANTWOOD UNIVERSITY \u2010 CHEMISTRY DEPARTMENT 01/2018 \u2010 06/2022")
    assert facts["employers"] == ["Brantwood University"]
    assert facts["current_title"] == "Senior Lecturer"


@pytest.mark.parametrize("form", ["SE", "AG", "S.A."])
def test_a_company_with_its_legal_form_is_the_employer_not_the_title(form):
    facts = _facts(f"Kessler Marken {form} (Nordwind)\nRegional Sales Manager | 2020 – Present")
    assert facts["current_title"] == "Regional Sales Manager"
    assert facts["employers"] == [f"Kessler Marken {form} (Nordwind)"]


def test_a_seniority_before_se_is_still_a_title():
    facts = _facts("Senior SE | Brightwater Systems | 2020 – Present")
    assert facts["current_title"] == "Senior SE"
    assert facts["employers"] == ["Brightwater Systems"]


@pytest.mark.parametrize(("line", "employer"), [
    ("Quantum Pickle Consulting Grumbleton, CA", "Quantum Pickle Consulting"),
    ("Tidewater Startup Lower Fenwick, Oregon", "Tidewater Startup"),
])
def test_a_town_unknown_to_the_gazetteer_run_into_the_employer_before_its_region(line, employer):
    facts = _facts(f"Data Wrangler  Jan 2021 — Present\n{line}")
    assert facts["employers"] == [employer]


def test_a_known_place_after_an_institution_word_stays_and_of_a_quarter_keeps_its_place():
    facts = _facts("Research Fellow | University College Dublin, Ireland | 2019 - Present\n"
                   "- Ran the lab's sequencing runs for 3 groups\n"
                   "Teaching Assistant | University of Central Florida | 2016 - 2019")
    assert facts["employers"] == ["University College Dublin", "University of Central Florida"]
