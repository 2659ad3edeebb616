"""A licence or certificate of another state or country, or one only applied for, is not the one a job
requires (core.coach.evidence.credential_held): in the report's requirement map, the CV tips and the
plan's gap question. Found by a newcomer: "Texas RN license … applied for" counted for "California RN
license"."""

from __future__ import annotations

import pytest

from core.analysis.cv_places import jurisdictions
from core.coach.evidence import answer_evidence
from core.coach.evidence_cv import cv_mentions
from core.coach.plan import plan_questions
from core.coach.report import build_report
from core.coach.score import score_answer

JD = """Registered Nurse - Med/Surg
Requirements:
- Active California RN license
- BLS certification
- 2+ years of acute care experience in a hospital
"""
CALIFORNIA = "Active California RN license"
CV = """Dana Whitfield
Registered Nurse
Experience
Staff Nurse, Lakeside General Hospital, 2019-2025
- Cared for 6 patients per shift on a 32-bed med-surg unit
Licenses
Texas RN license (active); California RN license applied for, 2026
BLS certified
"""


@pytest.mark.parametrize("answer", [
    "I hold an active Texas RN license and I have applied for my California RN license.",
    "I hold an active RN license in Texas.",
    "My California RN license application is pending with the board.",
    "I expect to receive my California RN license next month.",
])
def test_a_licence_of_another_state_or_only_applied_for_is_no_evidence(answer: str) -> None:
    assert answer_evidence(answer, CALIFORNIA)[0] == "mentioned"


@pytest.mark.parametrize("answer", [
    "I have held an active California RN license since 2019.",
    "I hold an active RN license.",  # no place named: taken at its word
])
def test_the_required_licence_is_evidence(answer: str) -> None:
    assert answer_evidence(answer, CALIFORNIA)[0] == "evidenced"


def test_the_report_map_does_not_count_a_texas_licence_for_california() -> None:
    q = "This role requires a California RN license. Do you hold it?"
    a = ("I hold an active Texas RN license and I have applied for my California RN license; the board said it "
         "takes about eight weeks, and until then I would work as a graduate nurse under supervision.")
    report = build_report([{"question": q, "answer": a, "score": score_answer(q, a, job_description=JD)}],
                          job_title="Registered Nurse", job_description=JD, cv_text=CV)
    item = next(c for c in report.coverage if "California" in c.requirement)
    assert item.status == "weak", item


@pytest.mark.parametrize(("cv_line", "shown"), [
    ("Texas RN license (active); California RN license applied for, 2026", False),
    ("Registered Nurse (RN) license, Texas", False),
    ("California RN License #99812, active", True),
    ("CA RN License, expires 2027", True),
])
def test_cv_side_reads_the_place_and_the_status(cv_line: str, shown: bool) -> None:
    assert cv_mentions(f"Licenses\n{cv_line}\n", CALIFORNIA) is shown


def test_a_pending_certificate_on_the_cv_is_not_held() -> None:
    assert not cv_mentions("Certifications\nBLS certification (expected March 2027)\n", "BLS certification")
    assert cv_mentions("Certifications\nBLS certified, American Heart Association\n", "BLS certification")


def test_the_plan_asks_about_the_required_states_licence() -> None:
    questions = plan_questions(CV, JD, "Registered Nurse", seed="1")
    gap = [q for q in questions if "licence" in q.lower() or "license" in q.lower()]  # the job's own spelling
    assert gap and "California" in gap[0], questions
    held = CV.replace("Texas RN license (active); California RN license applied for, 2026", "California RN license, active")
    assert not any("I don't see it on your CV" in q and "RN" in q for q in plan_questions(held, JD, "Registered Nurse", seed="1"))


def test_places_are_read_as_written() -> None:
    assert jurisdictions("Texas RN license; NMC registration (UK)") == {"Texas", "United Kingdom"}
    assert jurisdictions("tell us or me about it") == set()
    assert jurisdictions("CA RN license") == {"California"}
