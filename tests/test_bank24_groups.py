"""Session 24: a retail store or area manager, an events coordinator and a maintenance engineer are asked their own
job's questions (shrinkage, a store's P&L and rota; suppliers, event budgets and the day itself; PLC fault-finding,
PPM, safe isolation), not an operations manager's (staffing for a peak season, a weekly dashboard); the plan and
History read the groups of data/role_groups.json alike. All jobs and CVs here are made up."""

from __future__ import annotations

import pytest

from core.analysis.role_groups import role_group
from core.analysis.skills import infer_role_family
from core.coach.bank import load_question_bank
from core.coach.plan import plan_items
from core.coach.question_types import QUESTION_TYPES
from core.progress.trends import chart_family

STORE_JD = """Store Manager - Pennine Outdoor Supplies
Kendal store | Full time
We sell walking, camping and climbing gear from 14 shops across Cumbria and Yorkshire.
What you will do
- Run the store day to day and lead a team of 12 sales advisors
- Own the store's sales targets, wage budget and stock loss
- Plan the weekly rota and cover for holidays
- Keep the shop floor and window displays to our visual standards
What we need
- Experience running a shop or a department of a large store
- Confident with sales figures and a profit and loss account
"""
STORE_CV = """Priya Nair
Assistant Store Manager, Fellside Sports, Lancaster - 2020 - present
- Ran the store on the manager's days off; team of 9
- Cut stock loss from 2.1% to 1.3% of sales with new till and delivery checks
Sales Advisor, Fellside Sports, Preston - 2017 - 2020
- Top seller of boots three seasons running
"""
EVENTS_JD = """Conference and Events Coordinator
Harbourside Science Museum, Bristol
We host 150 events a year: conferences, school days, evening receptions and weddings.
What you will do
- Plan events from the first enquiry to the final invoice, within agreed budgets
- Book and manage suppliers: caterers, AV, furniture hire and security
- Write event risk assessments and run the event on the day
What we need
- Experience coordinating events or conferences
- Calm when plans change at short notice
"""
EVENTS_CV = """Tom Okafor
Events Assistant, Northgate Conference Centre, Cardiff - 2021 - present
- Coordinated 40 conferences a year of 50 to 400 delegates
- Booked caterers and AV suppliers and checked their invoices
"""
MAINT_JD = """Maintenance Technician (Electrical)
Dalesway Dairy, Skipton - days and nights
We pack 2 million pints of milk a week on 6 filling and bottling lines.
What you will do
- Respond to breakdowns and fault-find on PLC-controlled lines, motors and drives
- Carry out planned preventative maintenance and record work in our CMMS
- Work to our isolation and lock-out procedures and food hygiene rules
What we need
- Level 3 electrical qualification and 18th Edition
- Experience of PLC fault-finding in a fast-moving factory
"""
MAINT_CV = """Ewan Price
Electrical Maintenance Technician, Crestline Biscuits, Leeds - 2019 - present
- Fault-found on Allen-Bradley PLCs, inverters and sensors on 4 packing lines
- Rewrote the PPM sheets for the ovens and cut repeat breakdowns by a third
Apprentice Electrician, Ridge Electrical, Halifax - 2015 - 2019
"""
KW = dict(seniority="mid", count=8, company="", focus=None)
BANK = load_question_bank()
# an operations manager's questions: planning staff for a season, a dashboard, a budget cut, a bottleneck
MANAGER_IDS = {"q145", "q149", "q257", "q258", "q260", "q265"}


def _group_questions(group: str) -> list[dict]:
    return [q for q in BANK if group in q["families"] and q["kind"] == "role"]


@pytest.mark.parametrize("group, topics", [
    ("retail", ("shrinkage", "p&l", "sales target", "visual merchandising", "rota", "multi-site")),
    ("events", ("supplier", "event budget", "risk assessment", "on the day")),
    ("maintenance", ("plc", "ppm", "isolation", "cmms", "food hygiene", "root cause")),
])
def test_each_group_has_twenty_tagged_questions_of_its_own(group: str, topics: tuple[str, ...]) -> None:
    questions = _group_questions(group)
    assert len(questions) >= 20
    assert all(q["type"] in QUESTION_TYPES and q["competency"] and q.get("tags") for q in questions)
    assert len({q["competency"] for q in questions}) == len(questions)  # each competency once
    words = " ".join(q["competency"] + " " + q["text"] + " " + " ".join(q["tags"]) for q in questions).lower()
    for topic in topics:
        assert topic in words, topic


@pytest.mark.parametrize("title, family, group", [
    ("Store Manager - Pennine Outdoor Supplies", "operations", "retail"),
    ("Area Manager (6 stores)", "operations", "retail"),
    ("Retail Assistant", "sales", "retail"),
    ("Conference and Events Coordinator", "operations", "events"),
    ("Event Planner", "general", "events"),
    ("Maintenance Technician (Electrical)", "operations", "maintenance"),
    ("Multi-Skilled Maintenance Engineer", "operations", "maintenance"),
])
def test_the_titles_fall_in_their_group(title: str, family: str, group: str) -> None:
    assert role_group(title, family) == group
    assert chart_family(title) == group


@pytest.mark.parametrize("title", ["Stores Controller", "Software Maintenance Engineer", "Data Store Engineer",
                                   "Security Event Analyst", "Warehouse Shift Manager"])
def test_other_jobs_stay_out_of_the_groups(title: str) -> None:
    assert role_group(title, infer_role_family(title)) not in {"retail", "events", "maintenance"}


@pytest.mark.parametrize("jd, cv, title, group", [
    (STORE_JD, STORE_CV, "Store Manager - Pennine Outdoor Supplies", "retail"),
    (EVENTS_JD, EVENTS_CV, "Conference and Events Coordinator", "events"),
    (MAINT_JD, MAINT_CV, "Maintenance Technician (Electrical)", "maintenance"),
])
@pytest.mark.parametrize("interview_type", ["technical", "mixed", "behavioral"])
def test_the_plan_asks_the_groups_own_questions(jd: str, cv: str, title: str, group: str, interview_type: str) -> None:
    own = {q["competency"] for q in _group_questions(group)}
    manager = {q["text"] for q in BANK if q["id"] in MANAGER_IDS} | {q["past"] for q in BANK
                                                                     if q["id"] in MANAGER_IDS and q.get("past")}
    for seed in "abcd":
        items = plan_items(cv, jd, title, interview_type=interview_type, seed=seed, **KW)
        role = [p for p in items if p.source == "role"]
        assert len(role) >= 2, (seed, [p.text for p in items])
        assert all(p.competency in own for p in role), (seed, [p.text for p in role])
        assert not any(p.text in manager for p in items), (seed, [p.text for p in items])
        rota = [p.text for p in items if "rota" in p.text.lower()]
        assert len(rota) <= 1, (seed, rota)  # a gap on the rota and a role question on it: one subject asked once

