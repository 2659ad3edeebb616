"""Session 18 (issue 15 point 3): a CV printed to PDF by Chromium loses its list's bullet glyphs, and a duty bullet in
the present ("Mentor and assess student nurses (practice assessor)") above the next job's title was read as that
job's title: the next role lost its title and the CV tips counted "1 of 4 CV bullets have no number" for a CV with
2 of 5. A line opening with a duty verb in the present and its object is a bullet; a title stays a title. The text is
made up, laid out as such a PDF's extracted text (a pharmacist's CV)."""

from __future__ import annotations

import pytest

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_duty_verbs import present_duty
from core.coach.report import build_report

CV = """Amara Quist
Senior Pharmacist – Hospital Services
Profile
GPhC-registered pharmacist with eight years in hospital and community pharmacy.
Experience
Rotational Pharmacist, Medicines Management
Northbrook General Hospital —
2019 – present
Screened 120+ inpatient prescriptions per day on the surgical wards
Cut missed doses on two wards from 9% to 4% over a year with a new ward round
Supervise and train pre-registration pharmacists (designated supervisor)
Community Pharmacist, High Street Branch
Larchmont Pharmacy — 2016 – 2019
Ran the branch's flu clinic for up to 40 patients per day
Dispensed controlled drugs and checked the register
"""


@pytest.mark.parametrize(("line", "expected"), [
    ("Supervise and train pre-registration pharmacists (designated supervisor)", True),
    ("Manage the ward's stock and the weekly order", True),
    ("Train new starters on the dispensing system", True),
    ("Community Pharmacist, High Street Branch", False),
    ("Design engineer at Acme Ltd", False),
    ("Sales Assistant, Currys, Bristol", False),
    ("Process Engineer (2019 - 2021)", False),
])
def test_a_line_opening_with_a_present_duty_verb_is_a_bullet(line, expected):
    assert present_duty(line) is expected


def test_the_next_role_keeps_its_title_and_the_duty_is_a_bullet():
    facts = extract_cv_facts(CV)
    assert ("Community Pharmacist, High Street Branch", "Larchmont Pharmacy") in facts["jobs"], facts["jobs"]
    assert "Supervise and train pre-registration pharmacists (designated supervisor)" in facts["bullets"]
    assert len(facts["bullets"]) == 5, facts["bullets"]


def test_the_cv_tip_counts_every_bullet():
    tips = build_report([], job_title="Senior Pharmacist", job_description="Senior Pharmacist\n- GPhC registration",
                        cv_text=CV).cv_tips
    assert any(t.startswith("2 of 5 CV bullets have no number") for t in tips), tips
