"""A skill of no one field (an office product, a quality like communication) is asked about as such: never
"the hardest problem you have faced in Microsoft Office, and which trade-offs did you weigh?"."""

from __future__ import annotations

import pytest

from core.coach.plan import plan_items

CV = """Dana Whitfield
Office Coordinator, Larkspur Dental Group (2019 - present)
- Ran the front desk and the diary for four dentists using Microsoft Office and the practice system
- Built a Microsoft Office mail-merge for recall letters that cut posting time by half
- Communication with patients and suppliers by phone and email; attention to detail in billing
Receptionist, Harbour View Clinic (2016 - 2019)
- Booked 60 appointments a day; kept the records tidy
Skills: Microsoft Office, Communication, Attention to detail, Time management
"""
JD = """School Office Administrator
We need an organised administrator for a busy school office.
Requirements:
- Strong Microsoft Office skills (Word, Excel, Outlook)
- Excellent communication with parents and staff
- Attention to detail when keeping pupil records
- Time management across competing deadlines
"""


def _skill_questions(seed: str) -> dict[str, str]:
    items = plan_items(CV, JD, "School Office Administrator", interview_type="technical", seniority="mid", count=10, company="",
                       seed=seed, focus=None)
    return {item.competency: item.text for item in items if item.source == "skill"}


@pytest.mark.parametrize("seed", [f"seed-{n}" for n in range(12)])
def test_no_field_skill_is_asked_about_as_a_field(seed: str) -> None:
    asked = _skill_questions(seed)
    general = {name: text for name, text in asked.items()
               if name in {"Microsoft Office", "Communication", "Attention to detail", "Time management"}}
    assert general, asked
    for text in general.values():
        assert "trade-offs" not in text and "hardest problem" not in text, text
        assert "the ropes in" not in text and "decision you made in" not in text, text


def test_an_office_product_is_asked_about_as_a_tool_and_a_quality_by_the_time_it_mattered() -> None:
    seen = {}
    for n in range(30):
        seen.update(_skill_questions(f"s{n}"))
    assert "day to day" in seen.get("Microsoft Office", "") or "saved you or your team" in seen.get("Microsoft Office", "")
    quality = [seen[n] for n in ("Communication", "Attention to detail", "Time management") if n in seen]
    assert quality and all("time it really mattered" in t or "shows it best" in t for t in quality), quality
