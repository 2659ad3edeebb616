"""Requirement labels taken whole: an "and"/"or" between "the KS3" and "GCSE outcomes" joins two modifiers of one
noun, so the label is never cut before it ("owning the GCSE", "large teams in a logistics", session 21); a gap in
a people skill is never asked as "learn something similar quickly". Made-up job lines of the same kind."""

from __future__ import annotations

import re

import pytest

from core.analysis.job import extract_requirements
from core.coach.plan import plan_items


@pytest.mark.parametrize(("line", "head"), [
    ("- Plan the science curriculum, and own the GCSE and BTEC outcomes.", "outcomes"),
    ("- Set the faculty's priorities and own the mock and GCSE timetables.", "timetables"),
    ("- Experience supervising big crews in a construction or civil engineering environment.", "crews"),
])
def test_a_label_is_not_cut_inside_a_shared_noun(line: str, head: str) -> None:
    jd = f"Head of Faculty\nResponsibilities\n{line}\nRequirements\n{line}\n- Strong safeguarding knowledge.\n"
    labels = extract_requirements(jd)
    for label in labels:
        # never ends on "the KS3", "a construction": an article and one word before an "and"/"or" of the line
        words = label.split()
        cut = re.search(rf"\b{re.escape(label)}\s+(?:and|or)\s", line, re.IGNORECASE)
        assert not (cut and len(words) >= 2 and words[-2].lower() in {"a", "an", "the"}), labels
    assert any(head in label for label in labels), labels


_MENTOR_JD = """Senior Analytics Engineer
Requirements
- Strong SQL and dbt.
- Experience mentoring junior analysts.
- Experience with Looker.
"""
_MENTOR_CV = """Sam Reyes
Analytics Engineer — Tallis Retail, Leeds (2021 – present)
- Built dbt models and Looker dashboards for the trading team.
- Wrote the SQL style guide the team uses.
"""


def test_a_people_skill_gap_is_not_asked_as_learning_something_quickly() -> None:
    for seed in range(10):
        for kind in ("mixed", "technical", "behavioral"):
            plan = plan_items(_MENTOR_CV, _MENTOR_JD, "Senior Analytics Engineer", interview_type=kind,
                              seniority="senior", count=10, company="", seed=str(seed), focus=None)
            for item in plan:
                if item.source == "gap" and "mentor" in item.text.lower():
                    assert not re.search(r"learn something similar quickly|get up to speed", item.text), item.text
