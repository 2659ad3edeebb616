"""Degree abbreviations read as the degree they stand for where requirement coverage is computed:
the CV side (CV tips), the answer side (the report's coverage map) and the plan's gaps."""

from __future__ import annotations

import pytest

from core.coach.evidence import answer_evidence
from core.coach.evidence_cv import cv_mentions
from core.coach.report import build_report
from core.coach.score import score_answer

BSN_DEGREE = "Bachelor's Degree in nursing"


@pytest.mark.parametrize(("requirement", "cv_line", "shown"), [
    # nursing: BSN, BScN, B.Sc. Nursing are the bachelor's; an MSN is higher; an ADN or a diploma is lower
    (BSN_DEGREE, "BSN, University of Leeds, 2019", True),
    (BSN_DEGREE, "BScN, McMaster University, 2017", True),
    (BSN_DEGREE, "B.Sc. Nursing (Hons), 2018", True),
    (BSN_DEGREE, "MSN, Johns Hopkins, 2021", True),
    (BSN_DEGREE, "ADN, Valley Community College, 2015", False),
    (BSN_DEGREE, "Diploma in Nursing, 2010", False),
    (BSN_DEGREE, "BA in History, 2012", False),  # a bachelor's, but not in nursing
    ("BSN required", "Bachelor of Science in Nursing, 2016", True),
    ("Graduate from an accredited nursing program", "BSN, 2019", True),
    # teaching and business
    ("Bachelor's degree in Education", "B.Ed (Hons) Primary Education, 2014", True),
    ("Bachelor's degree in Education", "BEd Primary, 2014", True),
    ("PGCE or equivalent teaching qualification", "PGCE Secondary English, 2019", True),
    ("Master's degree in Business Administration", "MBA, INSEAD, 2020", True),
    ("Bachelor's degree in Business Administration", "BBA, 2012", True),
    # general degrees, written with stops, mixed case, or the subject after them
    ("Degree in Marketing", "BA Marketing, University of Leeds", True),
    ("BSc in Computer Science", "B.S. in Computer Science, 2015", True),
    ("BSc in Computer Science", "BSc Physics, 2015", False),
    ("PhD in Chemistry", "Ph.D. Chemistry, MIT, 2019", True),
    ("Master's degree", "MSc Data Science, 2020", True),
    # certifications are not degrees; two-letter forms that are something else are not degrees
    ("Bachelor's degree in accounting", "CPA, 2015", False),
    ("Master's degree", "Boston, MA 02110", False),
    ("Master's degree", "MS Office, MS Excel", False),
    ("Master's degree", "MA in English, 2012", True),
])
def test_cv_degree_abbreviations_read_as_their_degree(requirement, cv_line, shown):
    assert cv_mentions(f"Jane Doe\nEducation\n{cv_line}\n", requirement) is shown


def test_an_answer_naming_a_bsn_evidences_the_nursing_degree_but_a_denied_one_does_not():
    assert answer_evidence("I completed my BSN at the University of Leeds in 2019.", BSN_DEGREE)[0] == "evidenced"
    assert answer_evidence("I hold a Bachelor's in nursing from Leeds.", BSN_DEGREE)[0] == "evidenced"
    assert answer_evidence("I don't have a BSN yet, I'm enrolled in a bridge programme.", BSN_DEGREE)[0] == "mentioned"
    assert answer_evidence("I passed the CPA exam in 2015.", "Bachelor's degree in accounting")[0] == ""


NURSE_JD = """Registered Nurse, ICU

Requirements:
- Bachelor's Degree in nursing
- Currently holds an unencumbered RN license
- Critical care experience
"""
NURSE_CV = """Oliver Thompson
Registered Nurse
Experience
ICU Staff Nurse, St Mary's Hospital, 2019 - present
- Cared for 2 ventilated patients per shift.
Education
BSN, University of Leeds, 2019
"""


def test_report_coverage_and_cv_tips_read_the_bsn():
    question = "Tell me about your training and licence."
    answer = ("I completed my BSN at the University of Leeds in 2019 and I hold an active RN license. "
              "Since then I have worked in critical care at St Mary's ICU.")
    rows = [{"question": question, "answer": answer,
             "score": score_answer(question, answer, job_description=NURSE_JD, cv_text=NURSE_CV)}]
    report = build_report(rows, job_title="Registered Nurse", job_description=NURSE_JD, cv_text=NURSE_CV)
    coverage = {c.requirement: c for c in report.coverage}
    assert coverage[BSN_DEGREE].status == "evidenced", report.coverage
    assert "BSN" in coverage[BSN_DEGREE].evidence  # the quote is the candidate's own words, not the expansion
    assert not any("nursing" in tip.lower() and tip.startswith("The job asks for") for tip in report.cv_tips), \
        report.cv_tips
