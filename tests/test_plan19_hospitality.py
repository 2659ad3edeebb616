"""Session 19: a kitchen job is asked a kitchen's questions (food safety, allergens, food cost, service under
pressure), not a warehouse's; the plan and History read the hospitality group of data/role_groups.json alike.
All jobs and CVs here are made up."""

from __future__ import annotations

import pytest

from core.analysis.role_groups import role_group
from core.coach.bank import load_question_bank
from core.coach.plan import plan_items
from core.coach.question_types import QUESTION_TYPES
from core.progress.practice import core_competencies
from core.progress.trends import chart_family

SOUS_CHEF_JD = """Sous Chef - The Quayside Fish Bar, Whitby
We serve 120 covers a night of local seafood and are looking for a Sous Chef to run the kitchen on the head chef's days off.
What you will do
- Run the pass during busy evening services
- Keep our allergen records and labelling up to date for every dish
- Help control food cost to a 68% GP
- Train and supervise our commis chefs and kitchen porters
What we need
- Experience as a sous chef or strong chef de partie in a fresh food kitchen
- Level 2 Food Hygiene certificate
"""
SOUS_CHEF_CV = """Megan Rhodes
Chef de Partie, The Old Mill Brasserie, Harrogate - 2021 - present
- Ran the fish section on a 90-cover brasserie menu
- Wrote the prep lists and ordered fish and dairy three times a week
Commis Chef, Station Hotel, York - 2018 - 2021
- Prepared breakfasts and banquets for up to 200 guests
Level 2 Award in Food Hygiene and Safety in Catering
"""
KW = dict(seniority="mid", count=8, interview_type="mixed", company="", focus=None)

# the kitchen's questions (session 21: the hospitality family also has a hotel front office's, grounded on reception)
HOSPITALITY = {q["competency"] for q in load_question_bank() if q["families"] == ["hospitality"]
               and "kitchen" in q.get("grounds", ())}
OPERATIONS = {q["competency"] for q in load_question_bank() if "operations" in q["families"] and q["kind"] == "role"}


def test_the_bank_has_a_hospitality_family_of_tagged_role_questions() -> None:
    questions = [q for q in load_question_bank() if q["families"] == ["hospitality"]]
    assert len(questions) >= 20
    assert all(q["kind"] == "role" and q["type"] in QUESTION_TYPES and q["competency"] for q in questions)
    assert len({q["competency"] for q in questions}) == len(questions)  # each competency once
    topics = " ".join(q["competency"] + " " + q["text"] for q in questions).lower()
    for topic in ("food safety", "allergen", "food cost", "brigade", "service", "menu", "supplier", "stock"):
        assert topic in topics


@pytest.mark.parametrize("seed", ["a", "b", "c", "d", "e"])
def test_a_sous_chef_is_asked_kitchen_questions_not_the_warehouse_ones(seed: str) -> None:
    items = plan_items(SOUS_CHEF_CV, SOUS_CHEF_JD, "Sous Chef", seed=seed, **KW)
    role = [p for p in items if p.source == "role"]
    assert role and all(p.competency in HOSPITALITY for p in role)
    assert not any(p.competency in OPERATIONS - HOSPITALITY for p in role)


def test_the_allergen_duty_the_job_names_is_asked_in_every_plan() -> None:
    for seed in "abcdefgh":
        items = plan_items(SOUS_CHEF_CV, SOUS_CHEF_JD, "Sous Chef", seed=seed, **KW)
        assert any("allerg" in p.text.lower() for p in items), seed


def test_a_hotel_front_desk_job_keeps_its_family_questions() -> None:
    jd = "Hotel Night Manager\nLead the night team, handle late check-ins and guest complaints, and run the night audit."
    cv = "Sam Lee\nNight Auditor, Harbour Hotel - 2020 - present\n- Balanced the day's takings and handled late arrivals"
    items = plan_items(cv, jd, "Hotel Night Manager", seed="x", **KW)
    assert not any(p.competency in HOSPITALITY for p in items)  # no kitchen in the job: no fish supplier question
    assert any(p.source == "role" for p in items)


def test_history_and_the_plan_read_the_same_group() -> None:
    assert chart_family("Sous Chef") == role_group("Sous Chef", "operations") == "hospitality"
    assert role_group("Chef de projet logistique", "operations") == ""
    expected = core_competencies("Sous Chef", SOUS_CHEF_JD, SOUS_CHEF_CV)
    assert "allergen control" in expected and "supplier failure" not in expected
