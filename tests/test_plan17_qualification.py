"""Fresh-tester finding (session 17): a management accountant job asking "CIMA or ACCA qualified (or
part-qualified)" was asked about "an ACCA, CIMA or ACA qualification" (ACA never named by the job) in a
licensed profession's words ("Do you hold it… work safely within what you're allowed to do?"). A professional
qualification is asked as a qualification, naming only the bodies the job names, in the job's order; a licence
(nursing registration, a CPA licence, a driving licence) keeps the licence wording. All jobs and CVs are made up."""

from __future__ import annotations

import re

import pytest

from core.coach.answers_asked import credential_terms, missed_ask
from core.coach.plan import plan_items

BOOKKEEPER_CV = """Tomasz Wrona
Assistant Accountant

EXPERIENCE
Assistant Accountant, Fernhill Joinery Ltd, Sheffield - 2021 to present
- Posted monthly accruals and prepayments for two sites.
- Reconciled the bank and VAT control accounts every month.

Accounts Clerk, Dale Road Motors, Rotherham - 2018 to 2021
- Processed 300 purchase invoices a month in Xero.

EDUCATION
BSc Economics, University of Sheffield, 2018
"""


def _gap(jd: str, title: str, cv: str = BOOKKEEPER_CV) -> str:
    found = [i.text for i in plan_items(cv, jd, title, interview_type="mixed", seniority="mid", count=8, company="",
                                        seed="qual17", focus=None) if i.source == "gap"]
    assert found, jd
    return found[0]


@pytest.mark.parametrize(("jd", "title", "bodies", "not_named"), [
    ("Management Accountant\nWhat you'll do\n- Prepare the monthly management pack\n"
     "What we're looking for\n- CIMA or ACCA qualified (or part-qualified)\n- Strong Excel", "Management Accountant",
     "CIMA or ACCA", ("ACA", "ICAEW", "CPA")),
    ("Financial Accountant\nRequirements:\n- ACA or ACCA qualified\n- Audit background helpful", "Financial Accountant",
     "ACA or ACCA", ("CIMA", "CPA")),
    ("Group Reporting Accountant\nYou will need:\n- Qualified accountant (ACCA, CIMA or ACA)\n- IFRS consolidation",
     "Reporting Accountant", "ACCA, CIMA or ACA", ("ICAEW", "CPA")),
    ("Finance Business Partner\nAbout you\n- CIMA qualified, with experience partnering budget holders",
     "Finance Business Partner", "CIMA", ("ACCA", "ACA", "CPA")),
])
def test_a_professional_qualification_is_asked_as_one_naming_only_the_job_s_bodies(
        jd: str, title: str, bodies: str, not_named: tuple[str, ...]) -> None:
    gap = _gap(jd, title)
    assert f"Are you {bodies} qualified, or how far are you through the exams?" in gap, gap
    for body in not_named:
        assert not re.search(rf"\b{body}\b", gap), gap
    # no licensed-profession wording for an accountancy qualification
    assert not re.search(r"licen[cs]e|work safely|allowed to do|do you hold it", gap, re.I), gap


@pytest.mark.parametrize(("line", "bodies"), [
    ("ACCA or CIMA part-qualified or fully qualified", "ACCA or CIMA"),
    ("CIMA or ACCA qualified (or part-qualified)", "CIMA or ACCA"),
])
def test_part_qualified_allowed_by_the_job_is_said_in_the_question(line: str, bodies: str) -> None:
    jd = f"Assistant Management Accountant\nWhat you'll need\n- {line}\n- Confident with Excel"
    gap = _gap(jd, "Assistant Management Accountant")
    assert "part-qualified" in gap and bodies in gap, gap


def test_a_cv_that_names_the_body_gets_no_qualification_question() -> None:
    jd = "Management Accountant\nRequirements:\n- CIMA or ACCA qualified (or part-qualified)\n- Budgeting"
    cv = BOOKKEEPER_CV + "\nQUALIFICATIONS\nCIMA - passed 9 of 12 exams (Management level)\n"
    gaps = [i.text for i in plan_items(cv, jd, "Management Accountant", interview_type="mixed", seniority="mid",
                                       count=8, company="", seed="qual17", focus=None) if i.source == "gap"]
    assert not any("CIMA" in g for g in gaps), gaps


@pytest.mark.parametrize(("jd", "title", "words"), [
    ("Staff Nurse - Acute Medicine\nRequirements:\n- Current NMC registration\n- Acute ward experience",
     "Staff Nurse", "requires current NMC registration,"),
    ("Senior Auditor\nMust have: CPA license; 3 years in external audit.", "Senior Auditor", "requires a CPA license,"),
    ("Class 1 HGV Driver\nRequirements:\n- HGV licence with a valid Driver CPC card\n- Night shifts",
     "HGV Driver", "licence"),
])
def test_licences_keep_the_licence_wording(jd: str, title: str, words: str) -> None:
    gap = _gap(jd, title)
    assert words in gap and "Do you hold it" in gap, gap
    assert "through the exams" not in gap, gap


def test_the_qualification_question_is_a_credential_question_and_exam_progress_answers_it() -> None:
    gap = _gap("Management Accountant\nWhat we're looking for\n- CIMA or ACCA qualified (or part-qualified)",
               "Management Accountant")
    assert {"CIMA", "ACCA"} <= set(credential_terms(gap)), credential_terms(gap)
    for answer in ("I'm part-qualified: I've passed nine of the twelve papers and sit the case study in May.",
                   "Not yet, I have three exams left and my employer pays for the study leave.",
                   "Yes, I qualified with CIMA in 2022 and I have kept up my CPD since."):
        assert not missed_ask(gap, answer), answer
    assert missed_ask(gap, "At Fernhill I rebuilt the accruals spreadsheet so that month-end took one day less, "
                           "which the finance director liked because the board pack went out earlier.")
