"""Re-check, session 24: an MSK outpatient physiotherapist was still asked the emergency department's triage question
("Three patients arrive together: chest pain, a deep cut, and a confused elderly man…"). Outpatient and therapy posts
are no emergency department. Made-up jobs."""

from __future__ import annotations

import pytest

from core.coach.bank import setting_fits


@pytest.mark.parametrize(("title", "jd"), [
    ("Band 6 MSK Physiotherapist", "Outpatient MSK service. Patients are referred by GPs and A&E follow-up clinics."),
    ("Occupational Therapist", "Community team; some referrals come from the emergency department."),
    ("Staff Nurse - Outpatients", "Outpatient clinics in a district general hospital with a busy A&E."),
])
def test_an_outpatient_or_therapy_post_gets_no_emergency_department_question(title: str, jd: str) -> None:
    assert not setting_fits({"setting": "emergency department"}, jd, title)


def test_an_emergency_nurse_still_does() -> None:
    assert setting_fits({"setting": "emergency department"}, "A busy A&E with 300 arrivals a day.",
                        "Emergency Department Staff Nurse")
