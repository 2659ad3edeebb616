"""The CV tip "N of M CV bullets have no number" counts the bullets of roles only (newcomer, session 12: "5 of
11 CV bullets" counted a skills list's lines). A job's or a project's bullets are the CV's bullets; the lines of
a skills list, a summary's bullets and an education entry's are not. Made-up CVs in the shapes people write."""

from __future__ import annotations

import re

import pytest

from core.analysis.cv import extract_cv_facts
from core.coach.report import _cv_tips

JOB = """Dana Reyes
Support Engineer, Leeds

Experience
Support Engineer, Brightdesk Ltd, 2021 - Present
- Answered about 60 customer chats a day across email and live chat.
- Rewrote the escalation checklist for the billing team.
- Trained new starters on the refund process.
"""

SKILLS_DASHES = """
Skills
- Zendesk, Intercom, Jira
- SQL for ticket reports
- Written and spoken English and Spanish
- Customer empathy
"""

SKILLS_DOTS = """
Core skills
• Ticket triage
• Knowledge-base writing
• Excel and Looker dashboards
"""

SUMMARY_FIRST = JOB.replace("\nExperience\n", "\nProfile\n• Calm under pressure\n• Fast learner\n\nExperience\n", 1)

EDUCATION = """
Education
BSc Computer Science, University of Leeds, 2017 - 2020
- Dissertation on chatbots for retail banking
- Course representative
"""

PROJECTS = """
Projects
Ticket tagger (personal project), 2023
- Built a Python script that tags incoming tickets by product.
"""

ROLE_BULLETS = ["Answered about 60 customer chats a day across email and live chat.",
                "Rewrote the escalation checklist for the billing team.",
                "Trained new starters on the refund process."]


def _count_tip(cv: str) -> tuple[int, int]:
    tip = next(t for t in _cv_tips(cv, []) if "CV bullets" in t)
    found = re.match(r"(\d+) of (\d+) CV bullets", tip)
    assert found, tip
    return int(found.group(1)), int(found.group(2))


@pytest.mark.parametrize("cv", [JOB + SKILLS_DASHES, JOB + SKILLS_DOTS, SUMMARY_FIRST, JOB + EDUCATION,
                                JOB + SKILLS_DASHES + EDUCATION], ids=["skills-dashes", "skills-dots", "profile",
                                                                       "education", "skills-and-education"])
def test_only_a_roles_bullets_are_counted(cv: str) -> None:
    assert extract_cv_facts(cv)["bullets"] == ROLE_BULLETS
    assert _count_tip(cv) == (2, 3)  # "Answered about 60 ..." has a number; the other two have none


def test_a_projects_bullets_are_a_roles() -> None:
    bullets = extract_cv_facts(JOB + PROJECTS + SKILLS_DOTS)["bullets"]
    assert bullets == [*ROLE_BULLETS, "Built a Python script that tags incoming tickets by product."]
