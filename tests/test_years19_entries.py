"""Session 19 newcomer: "This role asks for 3+ years office management experience, and your CV doesn't show that much
of it." for a CV whose entry "Office Manager, …, 2019 - Present" covers six years. The years of a field come from the
entries whose title or duties are of that field (the one who does it: a manager does management, a nurse nursing)
and their dates, in every date format the CV reader knows. Jobs and CVs are made up."""

from __future__ import annotations

from datetime import date

import pytest

from core.analysis.field_years import field_named, field_years
from core.coach.evidence_cv import cv_meets
from core.coach.plan import plan_questions

NOW = date.today().year
PRACTICE_JD = """Practice Manager - Elmfield Dental Group

We are looking for a Practice Manager to run our two surgeries.
- Manage the rota, suppliers and the practice budget.
- Lead the reception team.
Requirements: 4+ years practice management experience; budget management; team leadership."""


def _cv(header: str, dates: str) -> str:
    return f"""ROWAN PIKE
Practice Manager | Bristol

EXPERIENCE
{header}
{dates}
- Ran two reception teams and the practice's supplier contracts.

EDUCATION
BSc Biology, University of Bath, 2010"""


@pytest.mark.parametrize(("header", "dates"), [
    ("Practice Manager, Fairholme Vets, Bristol, 2018 - Present", ""),
    ("Practice Manager, Fairholme Vets, Bristol", "October 2017 - Present"),
    ("Practice Manager, Fairholme Vets", "2018-04-01 - present"),
    ("Practice Manager, Fairholme Vets", "03/2017 – 09/2022"),
    ("Practice Manager bei Fairholme Vets", "seit 2018"),
    ("Practice Manager, Fairholme Vets", "2016 – heute"),
])
def test_an_entry_of_the_field_with_the_years_meets_the_requirement(header: str, dates: str) -> None:
    cv = _cv(header, dates)
    assert cv_meets(cv, "4+ years practice management experience")
    questions = plan_questions(cv, PRACTICE_JD, "Practice Manager", count=8, seed="y19")
    assert not any("doesn't show that much" in q for q in questions), questions


def test_fewer_years_in_the_field_are_still_asked() -> None:
    cv = _cv(f"Practice Manager, Fairholme Vets, {NOW - 1} - Present", "")
    assert not cv_meets(cv, "4+ years practice management experience")
    questions = plan_questions(cv, PRACTICE_JD, "Practice Manager", count=8, seed="y19")
    assert any("4+ years practice management experience" in q for q in questions), questions


def test_field_named_by_its_doer() -> None:
    assert field_named("Office Manager, Carrow Estates", "office management")
    assert field_named("Staff Nurse, Ward 9", "nursing")
    assert not field_named("Receptionist, Carrow Estates", "office management")


def test_years_come_from_the_field_entries_only() -> None:
    cv = """EXPERIENCE
Office Manager, Carrow Estates, 2021 - 2023
- Facilities and suppliers.

Barista, Bean Street, 2012 - 2021
- Coffee and tills."""
    assert field_years(cv, "office management", NOW) == 2
    assert field_years("I have six years of office management behind me.", "office management", NOW) == 6
