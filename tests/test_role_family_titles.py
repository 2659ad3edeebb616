"""Newcomer finding (session 12): a hotel's "General Manager" job was charted in History under "other roles",
since only a few title words per role family were known. The titles people write for each of the twelve
families of issue 15 ("Paramedic", "Recruitment Consultant", "Head Chef", "Deputy Headteacher", "FP&A
Business Partner") name their family; a longer title word outweighs a shorter one ("Power BI Developer" is
data, not software; "Nursery Nurse" teaching). All titles here are made up for the test."""

from __future__ import annotations

import pandas as pd
import pytest

from core.analysis.skills import infer_role_family
from core.progress.trends import score_points

TITLES = {
    "software": ("Senior Java Developer", "Cloud Solutions Architect", "IT Systems Administrator", "Engineering Manager"),
    "data": ("Power BI Developer", "Lead Insights Analyst", "Machine Learning Scientist", "MLOps Engineer"),
    "product": ("Product Owner - Payments", "Director of Product, Growth", "VP Product"),
    "design": ("Senior UX/UI Designer", "Creative Director", "Junior Illustrator"),
    "sales": ("Area Sales Manager", "Senior Recruiter", "Trainee Estate Agent", "Enterprise Account Director"),
    "customer support": ("IT Support Technician", "Customer Care Advisor", "Hotel Receptionist", "2nd Line Support Engineer"),
    "healthcare": ("Community Paramedic", "Senior Physiotherapist MSK", "Locum GP", "Healthcare Support Worker",
                   "Domiciliary Carer", "Foundation Year Doctor"),
    "teaching": ("KS2 Teacher", "Deputy Headteacher", "Early Years Educator", "Associate Professor of Economics",
                 "Nursery Nurse"),
    "operations": ("General Manager – Boutique Hotel", "Assistant General Manager", "Restaurant General Manager",
                   "Deputy Store Manager", "Night Duty Manager", "Head Chef - Gastropub", "Transport Manager",
                   "Housekeeping Supervisor", "Office Administrator"),
    "finance": ("Assistant Accountant", "FP&A Business Partner", "Tax Manager", "Chief Financial Officer",
                "Payroll Administrator"),
    "marketing": ("Internal Communications Lead", "Freelance Copywriter", "Head of Growth Marketing", "Brand Manager"),
    "general": ("Summer Volunteer", "Graduate Trainee"),
}


@pytest.mark.parametrize(("family", "title"), [(f, t) for f, ts in TITLES.items() for t in ts])
def test_a_title_people_write_names_its_family(family: str, title: str) -> None:
    assert infer_role_family(title) == family


def test_history_charts_a_hotel_general_manager_with_hospitality_not_other_roles() -> None:
    """Session 12: not "other roles". Session 18: a hotel's or kitchen's job is charted as hospitality (asked the
    operations family's questions, but no baseline for a logistics coordinator: data/role_groups.json)."""
    rows = pd.DataFrame({"id": ["a", "b"], "created_at": ["2026-01-01", "2026-01-08"], "overall_score": [6.0, 7.0],
                         "company": ["Quayside Inns", "Northway"],
                         "job_title": ["General Manager – Boutique Hotel", "Logistics Coordinator"]})
    points = score_points(rows)
    assert points["family_label"].tolist() == ["hospitality roles", "operations roles"]
