"""Session 22 (re-check): a children's social worker's interview never asks about triage or patient care — social
work is not a healthcare role family, though the job mentions a hospital. Made-up documents."""

from __future__ import annotations

import re

import pytest

from core.coach.plan import plan_items

_CV = """Amara Bello
Bristol · amara.bello@example.com

EXPERIENCE
Social Worker — Northdown Council, Adult Services | Sep 2021 – present
- Care Act assessments and reviews for a caseload of 22 adults; Section 42 safeguarding enquiries.
- Chair multi-agency meetings with GPs, district nurses and the police.
Student Social Worker — Lanebridge Family Centre | Jan 2020 – Jun 2021
- Direct work with children on child in need plans; home visits with a practice educator.

EDUCATION
MA Social Work, University of the West | 2019 – 2021
"""
_JD = """Children's Social Worker, Westmoor City Council
You will hold a caseload of children in need and on child protection plans, lead Section 47 enquiries and
write court reports. You will work with schools, the police and hospital staff.
Requirements: Social Work England registration; a degree in social work; knowledge of the Children Act 1989;
experience of child protection; a full driving licence.
"""
_HEALTH = re.compile(r"(?i)\btriage|\bpatient|\bclinical|\bward\b|\bmedication")


@pytest.mark.parametrize("seed", [f"s{i}" for i in range(8)])
def test_a_social_worker_is_never_asked_healthcare_questions(seed):
    items = plan_items(_CV, _JD, "Children's Social Worker", interview_type="mixed", seniority="mid", count=6,
                       company="Westmoor City Council", seed=seed, focus=None)
    texts = [item.text for item in items]
    assert len(texts) == 6
    assert not [t for t in texts if _HEALTH.search(t)], texts
