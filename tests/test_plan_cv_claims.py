"""A question says "you list X" / "your CV mentions X" / "which your CV shows" only when the CV's text names X.

Made-up CV and job in the shape a newcomer had: the CV names a field by its head word only
("B2B marketing"), the job names a kind of it ("Product Marketing"), and the plan said "You list
product marketing".
"""

from __future__ import annotations

import re

import pytest

from core.coach.plan import plan_questions

CV = """Tomasz Wren
tomasz.wren@example.org, Bristol

Seven years in B2B marketing, lately at Fenwick Cloud as Email Marketing Lead, where I grew the newsletter
from 2k to 40k subscribers and ran two copywriters. Before that I was an account executive at a media agency.

Tools: Mailchimp, HubSpot, Google Analytics, Canva, a bit of SQL.

BA Media Studies, University of Kent 2017."""

JD = """Lifecycle Marketing Manager – Harlow Data

What you'll do:
- Own our email and lifecycle programmes
- Work with Product Marketing and Sales on launch campaigns
- Partner with Brand Strategy on tone of voice
- Report on performance in HubSpot and Google Analytics

What we're looking for: 4+ years in email marketing, strong copywriting, product marketing experience."""

_CLAIM = re.compile(  # session 18: the term may be followed by the CV's own line in quotes ("…: “Built…”")
    r"(?:You list|Your CV mentions|your CV mentions) (?P<a>.+?)(?: at [A-Z][\w&' ]+)?(?: on your CV)?[.,:]"
    r"|The role calls for (?P<b>.+?), (?:which your CV shows|and your CV says)"
)


def _claimed(question: str) -> str:
    match = _CLAIM.search(question)
    return (match.group("a") or match.group("b")) if match else ""


@pytest.mark.parametrize("seed", [str(n) for n in range(12)])
def test_a_claimed_cv_term_is_in_the_cv(seed):
    questions = plan_questions(CV, JD, "Lifecycle Marketing Manager", company="Harlow Data", seed=seed,
                               interview_type="technical", count=10)
    for question in questions:
        if claimed := _claimed(question):
            assert claimed.lower() in CV.lower(), question


def test_a_near_term_is_asked_about_without_saying_the_cv_lists_it():
    asked = [q for seed in map(str, range(12)) for q in plan_questions(
        CV, JD, "Lifecycle Marketing Manager", company="Harlow Data", seed=seed, interview_type="technical", count=10)]
    near = [q for q in asked if "product marketing" in q.lower()]
    assert near, "the job's product marketing is still asked about"
    assert all(not _claimed(q) for q in near), near
