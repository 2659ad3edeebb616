"""A skill of no one field (an office product, a quality like communication) is asked about as such: never
"the hardest problem you have faced in Microsoft Office, and which trade-offs did you weigh?". The plan asks
such skills only when nothing else fills it (core.coach.plan._soft_last), so the choice of wording is tested
where it is made."""

from __future__ import annotations

import pytest

from core.coach import plan
from core.coach.plan_text import SKILL_TEMPLATES, SKILL_TEMPLATES_SENIOR, shown_question

FIELD_TEMPLATES = SKILL_TEMPLATES + SKILL_TEMPLATES_SENIOR


@pytest.mark.parametrize("name", ["Microsoft Office", "Communication", "Attention to detail", "Time management",
                                  "People management", "Safeguarding"])
def test_no_field_skill_is_asked_about_as_a_field(name: str) -> None:
    templates = plan._templates_for(name, FIELD_TEMPLATES)
    for i in range(len(templates)):
        text = shown_question(name if name == "Microsoft Office" else name.lower(), i, "Larkspur Dental Group", templates)
        assert "trade-offs" not in text and "hardest problem" not in text, text
        assert "the ropes in" not in text and "decision you made in" not in text, text


def test_an_office_product_is_asked_about_as_a_tool_and_a_quality_by_the_time_it_mattered() -> None:
    tool = [shown_question("Microsoft Office", i, "", plan._templates_for("Microsoft Office", FIELD_TEMPLATES))
            for i in range(2)]
    assert any("day to day" in t for t in tool) and all("Microsoft Office" in t for t in tool), tool
    quality = [shown_question("attention to detail", i, "", plan._templates_for("Attention to detail", FIELD_TEMPLATES))
               for i in range(2)]
    assert all("time it really mattered" in t or "shows it best" in t for t in quality), quality


@pytest.mark.parametrize("name", ["Python", "Salesforce", "IV therapy", "Stakeholder management"])
def test_a_field_skill_keeps_the_field_questions(name: str) -> None:
    assert plan._templates_for(name, FIELD_TEMPLATES) == FIELD_TEMPLATES
