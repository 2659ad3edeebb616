"""A newcomer's prose job ads (session 11), each as the kind of input behind the fault:

- a heading that lists title, department, organisation and place with commas went whole into the job
  title ("what draws you to the Senior Staff Nurse, Emergency Department, <Hospital>, <Town> role?") and
  left the company empty;
- a payroll-software seller's ad got "Payroll" as a requirement from "We sell cloud payroll software"
  and from the company's own name.
Made-up ads; the places are real towns (the place list is GeoNames)."""

from __future__ import annotations

import pytest

from core.analysis.job import extract_requirements
from core.documents.job import job_heading


@pytest.mark.parametrize("heading, body, expected", [
    ("Charge Nurse, Acute Medical Unit, Wrenfield General Hospital, Galway",
     "Wrenfield General Hospital is recruiting.", ("Charge Nurse", "Wrenfield General Hospital")),
    ("Site Manager, Groundworks, Marlow Civils Ltd, York", "You will run sites.",
     ("Site Manager", "Marlow Civils Ltd")),
    ("Data Analyst, Growth Team, Quillo, Berlin", "Quillo is a fintech.", ("Data Analyst", "Quillo")),
    ("Staff Nurse, Leeds", "You will triage.", ("Staff Nurse", "")),
    ("Pharmacist, Manchester, UK", "You will dispense.", ("Pharmacist", "")),
    ("Teacher, Maths and Science", "You will teach.", ("Teacher, Maths and Science", "")),
    ("Teacher of Physics (MPS), Science Faculty, Brackley Community College, Leicester",
     "Brackley Community College is a comprehensive.", ("Teacher of Physics (MPS)", "Brackley Community College")),
])
def test_a_comma_heading_gives_title_and_company(heading, body, expected):
    assert job_heading(f"{heading}\n\n{body}") == expected


def test_what_the_employer_sells_is_no_requirement():
    ad = ("Account Executive\nBrackwater Payroll Systems, Leeds\n\n"
          "We sell cloud payroll and HR software to mid-sized firms. You will own the sales cycle.\n\n"
          "Requirements:\n- 3+ years of B2B SaaS sales experience\n- Salesforce experience\n")
    found = [r.lower() for r in extract_requirements(ad)]
    assert "payroll" not in found, found
    assert "salesforce" in found
    # the same skill asked of the candidate is still a requirement
    asked = ad.replace("- Salesforce experience\n", "- Salesforce experience\n- Payroll processing experience\n")
    assert any("payroll" in r.lower() for r in extract_requirements(asked))


def test_a_check_the_employer_runs_is_no_requirement_nor_a_gap():
    """A newcomer: "the post is subject to an enhanced DBS check" became "This role requires an enhanced DBS
    check, and I don't see it on your CV"; and a paragraph with "to join our faculty" in one sentence was
    dropped whole, with the QTS it asked for."""
    from core.coach.plan import plan_questions

    ad = ("Teacher of Physics, Brackley Community College, Leicester\n\n"
          "Brackley Community College is a comprehensive. We want a skilled teacher to join our faculty in "
          "September. The successful candidate will hold QTS or equivalent. You will share our commitment to "
          "safeguarding; the post is subject to an enhanced DBS check.")
    found = extract_requirements(ad)
    assert any("QTS" in r for r in found), found
    assert not any("DBS" in r for r in found), found
    cv = "Sam Teacher\nTeacher of Physics, Hillview School (2016 - present)\n- Taught GCSE and A-level physics.\nQTS 2016"
    for seed in ("a", "b", "c"):
        assert not any("DBS" in q for q in plan_questions(cv, ad, "Teacher of Physics", seed=seed, count=6))
