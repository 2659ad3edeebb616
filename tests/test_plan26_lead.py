"""Plans on a real HR-assistant ad (session 26 lead's check): a quality said as an adjective is never put after "the
role calls for", and two questions on the same activity ("onboarding employees", "onboarding new starters") are one
subject."""

from __future__ import annotations

import pytest

from core.analysis.job_traits import trait_adjective
from core.coach.plan import plan_questions
from core.coach.plan_subjects import same_subject, subject_of

JD = """HR Assistant

About the role
You will support the HR team with the full employee lifecycle.

Key responsibilities
- Recruitment administration: advertising vacancies, arranging interviews
- Onboarding employees and preparing contracts
- Maintaining HR records in the HR system
- Answering staff queries on policies

About you
- Highly organised
- Proactive
- Knowledge of employment law
- Experience of Microsoft Excel
"""

CV = """Jane Doe

Experience
Library Assistant, Hollins University, 2019-2024
- Kept a highly organised filing system for 3,000 loan records in Excel
- Trained and supervised 20 work study students
- Answered 40 visitor queries a day

Education
BA English, Hollins University, 2019
"""


@pytest.mark.parametrize("seed", ["a", "b", "c", "d"])
def test_no_question_calls_for_an_adjective(seed):
    questions = plan_questions(CV, JD, "HR Assistant", count=8, seed=seed)
    assert questions
    for q in questions:
        low = q.lower()
        assert "calls for highly organised" not in low and "calls for proactive" not in low, q
        assert "for highly organised" not in low and "in highly organised" not in low, q


def test_traits_said_as_adjectives_are_told_from_people_and_skills():
    assert trait_adjective("Highly organised") and trait_adjective("proactive")
    assert not trait_adjective("a strong communicator") and not trait_adjective("employment law")
    assert not trait_adjective("organised events for 200 guests")


def test_two_questions_on_one_activity_share_a_subject():
    gap = subject_of("This role includes onboarding employees, which I don't see on your CV.", "onboarding employees",
                     "gap")
    role = subject_of("What happens between an accepted offer and the end of someone's first month?",
                      "onboarding new starters", "role")
    assert same_subject(gap, role) and same_subject(role, gap)
    budgets = subject_of("The role calls for managing budgets.", "managing budgets", "gap")
    drivers = subject_of("Tell me about a driver who kept running late.", "managing driver performance", "role")
    assert not same_subject(budgets, drivers)  # a generic activity is no subject of its own
