"""Session 18 (issue 15 point 3): "Thinking of your time at Currys: tell me about a time you developed someone on your
team" was asked of a CV whose role there was a sales assistant. A behavioural question tied to a CV role keeps the
tie only when the role's entry supports what the question presumes (people led or trained, customers served); else
it is asked without the role. Jobs and CVs are made up."""

from __future__ import annotations

import pytest

from core.coach.plan import plan_items
from core.coach.plan_premise import entry_text, role_supports

CV = """Priya Lindqvist
priya.l@example.com

EXPERIENCE
Regional Sales Manager, Harbourline Freight (2021 - present)
- Managed a team of 7 field sales reps across the North West
- Grew territory revenue by 22% in 2023

Field Sales Rep, Tidewater Paints (2017 - 2021)
- Sold trade paint to 140 decorators and builders merchants

Shop Floor Assistant, Marlow Hardware, York (2014 - 2017)
"""
JD = """Head of Sales
Lead our UK sales team of 12 and own the new-business number.
Requirements
- 5+ years in B2B sales
- Experience managing and coaching a sales team
- Salesforce"""


def test_a_team_question_is_never_tied_to_a_role_without_a_team():
    titles = {"Harbourline Freight": "Regional Sales Manager", "Tidewater Paints": "Field Sales Rep",
              "Marlow Hardware": "Shop Floor Assistant"}
    tied = []
    for seed in range(60):
        for interview_type in ("behavioral", "mixed"):
            for item in plan_items(CV, JD, "Head of Sales", interview_type=interview_type, seniority="lead", count=10,
                                   company="Brightwater", seed=f"t{seed}", focus=None):
                if item.source == "behavioural" and item.employer:
                    tied.append(item)
                    people = role_supports(item.competency, item.text, "", "") is False
                    if people:  # a question that presumes people led: only the role that led them
                        assert titles[item.employer] == "Regional Sales Manager", item.text
    assert tied  # the plan still ties some behavioural questions to a role
    assert any(i.employer == "Harbourline Freight" and not role_supports(i.competency, i.text, "", "") for i in tied)


@pytest.mark.parametrize(("title", "entry", "expected"), [
    ("Shop Floor Assistant", "Marlow Hardware, York (2014 - 2017)", False),
    ("Business Development Representative", "- Booked 30 meetings a month\n- Promoted to team lead for 5 SDRs", True),
    ("Ward Sister", "St Elsewhere Hospital", True),
    ("Staff Nurse", "- Trained 6 new starters on the ward's IV pump", True),
    ("Accounts Assistant", "- Purchase ledger and reconciliations\n- Report to the Finance Manager", False),
])
def test_a_role_supports_a_people_question_only_when_its_entry_shows_people_led(title, entry, expected):
    question = "Tell me about a time you developed someone on your team. What did you do, and how did they grow?"
    assert role_supports("mentoring", question, title, entry) is expected
    # a question that presumes no team is tied to any role
    assert role_supports("resilience", "Tell me about a time you were under pressure.", title, entry)


def test_an_entry_runs_from_its_employer_to_the_next_entry():
    employers = ["Harbourline Freight", "Tidewater Paints", "Marlow Hardware"]
    text = entry_text(CV, "Harbourline Freight", employers)
    assert "Managed a team of 7" in text and "Tidewater" not in text
    assert entry_text(CV, "Marlow Hardware", employers).startswith("Shop Floor Assistant, Marlow Hardware")
    assert entry_text(CV, "Nowhere Ltd", employers) == ""
