"""A competency is asked about once, whatever name it goes by: a skill the lexicon files under another
name ("safeguarding" under Patient safety) and a role question on safeguarding were both asked."""

from __future__ import annotations

import pytest

from core.coach.plan import plan_items

CV = """Priya Lomax
Class Teacher, Meadowbank Primary School (2018 - present)
- Year 3 and Year 5 classes of 30; led phonics across Key Stage 1
- Designated safeguarding lead deputy: trained staff in safeguarding each September
- Raised reading age by 14 months on average with guided reading groups
Teaching Assistant, Fernley Infant School (2015 - 2018)
- Supported pupils with SEN one to one
Skills: safeguarding, behaviour management, phonics, assessment for learning
"""
JD = """Class Teacher (Year 4)
Ashgrove Primary School is looking for a class teacher.
You will have:
- Qualified Teacher Status
- A strong understanding of safeguarding and child protection
- Excellent behaviour management
- Experience of assessment for learning and phonics
"""


@pytest.mark.parametrize("seed", [f"t{n}" for n in range(16)])
def test_safeguarding_is_asked_once(seed: str) -> None:
    items = plan_items(CV, JD, "Class Teacher (Year 4)", interview_type="mixed", seniority="mid", count=8,
                       company="Ashgrove Primary School", seed=seed, focus=None)
    about = [item.text for item in items if "safeguarding" in item.text.lower()]
    assert len(about) <= 1, about


def test_safeguarding_in_a_school_is_not_patient_safety() -> None:
    from core.analysis.skills import find_skills

    names = {hit.name for hit in find_skills(JD)}
    assert "Patient safety" not in names
    assert "Safeguarding" in names
    assert "Patient safety" in {hit.name for hit in find_skills("Report patient safety incidents on Datix.")}
