"""Session 24: a registration the job requires is a row of the report's coverage, and a credential the CV holds is
never called missing. The re-check of session 23 saw no row at all for "Registered with the General Dental Council
(GDC) as a dental nurse", and "Counterbalance or reach truck licence — not probed" with the CV tip "The job asks for …
forklift…, which your CV does not mention" beside a CV listing "Counterbalance and reach truck licences (RTITB)".
Made-up jobs, CVs and answers."""

from __future__ import annotations

import pytest

from core.coach.report import build_report

OPTICIAN_JOB = """Dispensing Optician
Brightwell Eyecare, Norwich

What you will do
- Dispense spectacles and advise patients on lens choices
- Take frame measurements and carry out adjustments and repairs

Essential criteria
- Registered with the General Optical Council (GOC) as a dispensing optician
- Experience of dispensing complex prescriptions
- Good communication skills
"""
SOCIAL_JOB = """Children's Social Worker
Marshfield County Council

Essential criteria
- Registered with Social Work England
- Experience of child protection casework
- Full driving licence
"""
OPTICIAN_CV = """Priya Lal
Dispensing Optician | GOC Registration No. 01-23456

PROFILE
Dispensing optician with five years in busy high-street practices; GOC registered and fully up to date with CET.

EXPERIENCE
Dispensing Optician | Clearview Opticians, Ipswich | 2019 - Present
- Dispensed around 30 pairs a day, including varifocals for high prescriptions
- Trained two optical assistants on frame fitting
"""
Q1 = "Tell me about a time you explained a complicated choice to a customer."
A1 = ("A retired teacher could not decide between two varifocal lenses. I showed her both on a demo frame, explained "
      "the reading zone with a magazine, and she chose the wider one; she came back to say it was the best pair she "
      "had owned.")


def _coverage(job: str, cv: str, rows: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    report = build_report([{"question": q, "answer": a, "score": None} for q, a in rows],
                          job_title="", job_description=job, cv_text=cv)
    return {c.requirement: (c.status, c.evidence) for c in report.coverage}


@pytest.mark.parametrize(("job", "body"), [
    (OPTICIAN_JOB, "GOC"), (SOCIAL_JOB, "Social Work England"),
    # a one-letter skill of another line ("R") is no part of the register's line
    (OPTICIAN_JOB.replace("- Good communication skills", "- Basic R for audit data"), "GOC")])
def test_a_required_registration_is_a_row(job: str, body: str) -> None:
    rows = _coverage(job, "Alex Smith\nSome work.\n", [(Q1, A1)])
    assert any(body in requirement for requirement in rows), rows


def test_the_registration_the_cv_holds_is_shown_by_the_cv() -> None:
    rows = _coverage(OPTICIAN_JOB, OPTICIAN_CV, [(Q1, A1)])
    (status, evidence), = [v for k, v in rows.items() if "GOC" in k]
    assert status == "evidenced"
    assert "GOC Registration No. 01-23456" in evidence, evidence  # the credential's own line, not the profile's sentence


def test_a_registration_said_in_an_answer_is_evidenced_by_it() -> None:
    answer = "I've been GOC registered since 2019 and I do my CET points every year."
    rows = _coverage(OPTICIAN_JOB, "Alex Smith\nSome work.\n", [("Which registration do you hold?", answer)])
    (status, evidence), = [v for k, v in rows.items() if "GOC" in k]
    assert (status, "GOC registered since 2019" in evidence) == ("evidenced", True)


WAREHOUSE_JOB = """Night Shift Supervisor
Lindqvist Logistics, Wakefield

Responsibilities
- Lead the night shift to hit pick and despatch targets
- Keep MHE (forklift) operation safe on the shift

Requirements
- Experience leading a warehouse team
- Counterbalance or reach truck licence
- Good Excel skills
"""
WAREHOUSE_CV = """Jordan Blake
Warehouse Team Leader

EXPERIENCE
Team Leader | Northgate Foods, Leeds | 2021 - Present
- Led 14 pickers on the night shift and cut mis-picks from 1.2% to 0.4%
- Counterbalance and reach truck licences (RTITB), renewed 2023
"""


def test_kinds_of_forklift_licence_on_the_cv_show_forklift_and_the_licence() -> None:
    report = build_report([{"question": Q1, "answer": "I led 14 pickers on nights and we cut mis-picks to 0.4%.",
                            "score": None}], job_title="Night Shift Supervisor", job_description=WAREHOUSE_JOB,
                          cv_text=WAREHOUSE_CV)
    tips = " ".join(report.cv_tips)
    assert "forklift" not in tips.lower() and "truck licence" not in tips.lower(), tips
    rows = {c.requirement.lower(): c for c in report.coverage}
    licence = next(c for r, c in rows.items() if "reach truck" in r)
    assert licence.status == "evidenced" and "Counterbalance and reach truck licences" in licence.evidence
