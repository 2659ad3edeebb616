"""Session 19 newcomer: "This job involves capacity planning, which I don't see on your CV" for a CV listing
"workforce planning (Excel)", and the same subject asked again by the bank ("How do you plan capacity or staffing for a
period of unpredictable demand?"). A field's other names for one thing meet it (data/field_synonyms.json), and a bank
question whose words name a planned gap or skill question's subject is a repeat. Jobs and CVs are made up."""

from __future__ import annotations

import pytest

from core.coach.evidence_cv import cv_meets
from core.coach.plan import plan_items

OPS_JD = """Contact Centre Operations Manager
Harbourline Energy - Cardiff

Responsibilities
- Run capacity planning and scheduling for a contact centre of 120 advisers.
- Report service levels, abandonment and CSAT to the leadership team.
- Lead five team managers and improve processes.

Requirements
- Experience with capacity planning in a contact centre.
- Strong Excel and reporting skills.
- 3+ years managing teams."""

_CV = """Morgan Ellis
Contact Centre Team Manager

EXPERIENCE
Team Manager, Brightwave Telecom, Swansea, 2019 - Present
- Led 14 advisers on billing and fault lines; service level up from 72% to 85%.
- {line}

SKILLS
Excel, Power BI, coaching"""


@pytest.mark.parametrize("line", ["Owned the workforce planning model in Excel for 60 advisers.",
                                  "Built the weekly rota planning for the billing team.",
                                  "Ran staffing plans for seasonal peaks."])
def test_other_names_of_capacity_planning_meet_it(line: str) -> None:
    cv = _CV.format(line=line)
    assert cv_meets(cv, "capacity planning", OPS_JD)


def test_the_bank_does_not_ask_the_gap_subject_again() -> None:
    cv = _CV.format(line="Handled escalations from the billing queue.")
    for seed in ("a", "b", "c", "d", "e"):
        items = plan_items(cv, OPS_JD, "Contact Centre Operations Manager", interview_type="mixed", seniority="mid",
                           count=8, company="", seed=seed, focus=None)
        gap = next(i for i in items if i.source == "gap")
        assert gap.competency.lower() == "capacity planning", gap
        bank = [i.text for i in items if i.source in ("role", "behavioural")]
        assert not any("capacity" in text.lower() for text in bank), bank
