"""History charts a social worker's and an executive assistant's interviews under their own groups ("social work
roles", "office roles"; care and support workers "social care roles", a receptionist "administration roles"), titles in
German, French and Spanish by their meaning, never "other roles" or "operations roles"; the plan of such a job is asked
role questions (session 25: docs25's groups for the chart, bank25b's with questions of their own, merged)."""

from __future__ import annotations

import pytest

from core.coach.plan import plan_items
from core.progress.trends import chart_family, family_label


@pytest.mark.parametrize("title", [
    "Social Worker", "Senior Social Worker – Children in Need Team", "Sozialarbeiterin (m/w/d)",
    "Sozialpädagoge", "Travailleur social (H/F)", "Assistante sociale", "Trabajadora social",
])
def test_social_work_titles_are_charted_as_social_work(title: str) -> None:
    assert family_label(chart_family(title)) == "social work roles"


@pytest.mark.parametrize("title", ["Youth Worker", "Educador social", "Care Coordinator", "Key Worker"])
def test_care_and_youth_work_titles_are_charted_as_social_care(title: str) -> None:
    assert family_label(chart_family(title)) == "social care roles"


@pytest.mark.parametrize("title", [
    "Executive Assistant to the Managing Director", "PA to the Finance Director", "Office Administrator",
    "Executive Assistant to the CTO", "EA to the Sales Director", "Team Secretary", "Industriekaufmann (m/w/d)", "Kauffrau für Büromanagement", "Sachbearbeiter Vertrieb",
    "Assistant de direction (H/F)", "Secrétaire médicale indépendante", "Auxiliar administrativa", "Asistente de dirección",
])
def test_admin_and_pa_titles_are_charted_as_office_roles(title: str) -> None:
    assert family_label(chart_family(title)) == "office roles"


@pytest.mark.parametrize("title", ["Receptionist", "Verwaltungsangestellte"])
def test_other_admin_titles_are_charted_as_administration(title: str) -> None:
    assert family_label(chart_family(title)) == "administration roles"


@pytest.mark.parametrize(("title", "label"), [
    ("Systems Administrator", "software roles"), ("Database Administrator", "data roles"),
    ("Payroll Administrator", "finance roles"), ("Warehouse Operative", "operations roles"),
    ("Head Chef", "hospitality roles"), ("Data Analyst", "data roles"),
])
def test_other_fields_administrators_and_groups_keep_their_family(title: str, label: str) -> None:
    assert family_label(chart_family(title)) == label


def test_an_administration_job_is_still_asked_its_familys_role_questions() -> None:
    cv = ("Rhona Baird\nExecutive Assistant, Corran Housing, Oban, 2018 - Present\n"
          "- Manage the chief executive's diary and travel across three offices.\n"
          "- Took minutes at 10 board meetings a year and tracked the actions to close.\n")
    job = ("Executive Assistant to the Chief Executive\nManage a busy diary, prepare board papers, take minutes, "
           "and coordinate travel and events. Strong Microsoft 365 skills.")
    items = plan_items(cv, job, "Executive Assistant", interview_type="mixed", seniority="mid", count=8, company="",
                       seed="1", focus=None)
    assert len(items) == 8 and any(item.source == "role" for item in items)
