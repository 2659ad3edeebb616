"""Session 17 newcomer round: a requirement the job illustrates in brackets ("a structured qualification method
(MEDDPICC or similar)") is met by one of its examples, in the CV tips and in the coverage, under any of the
example's names (MEDDIC, MEDDICC, MEDDPICC are one method) (made-up job and answers)."""

from core.coach.coverage import coverage_item
from core.coach.evidence_cv import cv_meets

JOB = ("Account Executive\nRequirements:\n- Experience with a structured qualification method (MEDDICC or similar)\n"
       "- Confident running demos\n")


def test_the_cv_side_column_naming_an_example_meets_it():
    cv = "Jo Bell\nAccount Executive, Tarnfield Ltd, 2020 - present\nSkills\nMEDDIC qualification\nHubSpot\n"
    assert cv_meets(cv, "structured qualification method", JOB)


def test_an_answer_using_an_example_evidences_it():
    answer = "I qualify every deal with MEDDIC: I find the economic buyer and the pain before I forecast it."
    item = coverage_item("structured qualification method", [("How do you qualify a deal?", answer, None)], JOB)
    assert item.status == "evidenced", item
