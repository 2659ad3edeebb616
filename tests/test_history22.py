"""Session 22: History charts the jobs of pharmacy, dental and allied health, social work and care with the nurse's,
as healthcare roles, never as "other roles"; a sales job in a pharmacy stays a sales job."""

import pytest

from core.progress.trends import chart_family, family_label


@pytest.mark.parametrize("title", [
    "Senior Pharmacy Technician - Aseptic Unit",
    "Pharmacy Assistant",
    "Dental Nurse (Part Time)",
    "Podiatrist",
    "Adult Social Worker - Hospital Discharge Team",
    "Care Home Manager",
    "Trabajador Social",
])
def test_health_and_care_jobs_chart_with_the_nurse(title):
    assert chart_family(title) == chart_family("Staff Nurse") == "healthcare"
    assert family_label(chart_family(title)) == "healthcare roles"


def test_a_sales_job_in_a_pharmacy_stays_sales():
    assert chart_family("Pharmacy Sales Representative") == "sales"
