"""Session 22: History charts the jobs of pharmacy, dental and allied health and care with the nurse's, as healthcare
roles, never as "other roles"; a sales job in a pharmacy stays a sales job; a social worker is not a healthcare role
(the same table picks the plan's question bank: a social worker was asked about triage)."""

import pytest

from core.progress.trends import chart_family, family_label


@pytest.mark.parametrize("title", [
    "Dental Nurse (Part Time)",
    "Podiatrist",
    "Care Home Manager",
])
def test_health_and_care_jobs_chart_with_the_nurse(title):
    assert chart_family(title) == chart_family("Staff Nurse") == "healthcare"
    assert family_label(chart_family(title)) == "healthcare roles"


@pytest.mark.parametrize("title", ["Senior Pharmacy Technician - Aseptic Unit", "Pharmacy Assistant"])
def test_pharmacy_jobs_chart_as_pharmacy_never_as_other_roles(title):
    """Session 25 (bank25b): pharmacy is a group of healthcare (data/role_groups.json) with its own questions, charted
    apart as the kitchen is within operations; still never "other roles"."""
    assert chart_family(title) == "pharmacy"
    assert family_label(chart_family(title)) == "pharmacy roles"


def test_a_sales_job_in_a_pharmacy_stays_sales():
    assert chart_family("Pharmacy Sales Representative") == "sales"


@pytest.mark.parametrize("title", ["Children's Social Worker", "Social Worker - Adult Services",
                                   "Trabajador Social", "Sozialarbeiterin"])
def test_a_social_worker_is_not_charted_or_planned_as_healthcare(title):
    assert chart_family(title) != "healthcare"
