"""Session 26: questions for the role the candidate applies for, not for their manager. A truck driver's plan asked
"A driver refuses a late extra drop because he says he is too tired… What do you do?" and "Tell me about a driver who
kept breaking the rules": a transport planner's or manager's questions. Bank questions that assume the candidate
manages, supervises or plans for others carry ``"audience": "manages"`` and are asked only in a job that does
(:mod:`core.coach.plan_audience`). The truck driver's job is lines of a real ad (CCIL, fresh set 24); the rest are
made up."""

from __future__ import annotations

import pytest

from core.coach.bank import load_question_bank
from core.coach.plan import plan_items
from core.coach.plan_audience import audience_fits, manages_others

TRUCK_JD = """Truck Driver
Under general supervision performs manual and equipment operating duties in the performance of various Public Works functions
Responsibilities:
- Transport construction and maintenance materials and equipment
- Responsible for all aspects of the load including tarping, tie downs and may be required to assist in unloading
- Operates combination unit for plowing, de-icing material spreading, liquid applications for anti-icing, road watering and snow removal operations
- Performs routine road patrol duties and inspects road system assets and provides accurate feedback to foreperson/supervisor
- Accurately completes forms and reports both via written form and electronically using computer software
- Applies Ministry and Regional safety precautions and procedures while performing duties and reports Health & Safety hazards
Qualifications:
- Class "DZ" license in good standing
- Minimum one year job related experience
- Training in Commercial Vehicle Operations Registrations (CVOR) is required
"""
SOFTWARE_CV = """Danny Ryman
Software Engineer
Experience
Software Engineer, Brightline Apps, 2019 - present
- Built Django APIs serving 2 million requests a day
- Moved the build to GitHub Actions
Skills: Python, Django, PostgreSQL, Docker
"""
DRIVER_CV = """Sam Keller
Class DZ Driver
Experience
Driver, Northfield Aggregates, 2018 - present
- Delivered aggregate and equipment to sites across the region, tarping and strapping every load
- Completed daily walkaround checks and defect sheets
Licences: Class DZ, clean abstract
"""
TRANSPORT_MANAGER_JD = """Transport Manager
We run 40 vehicles from our Leeds depot.
- Line-manage a team of 6 planners and 55 drivers
- Plan drivers' rotas and keep drivers' hours and tachograph compliance on track
- Hold the operator licence undertakings and report on transport performance
Requirements: Transport Manager CPC; experience managing drivers
"""
SHOP_JD = """Retail Assistant
Serve customers on the shop floor and at the tills of our busy high street store.
- Keep shelves filled and tidy, and help with deliveries and stocktakes
- Handle cash, refunds and age-restricted sales in line with policy
Requirements: friendly, reliable, happy to work weekends
"""
STORE_MANAGER_JD = """Store Manager
Run one of our high street stores with a turnover of £3m.
- Lead a team of 25 and plan the weekly rota within the wage budget
- Own the store's sales targets, stock loss and P&L
- Recruit, train and develop the store team
"""
SHOP_CV = """Amira Patel
Retail Assistant, Corner Books, 2021 - present
- Served customers and ran the till, cashing up at close
- Set up window displays for each new range
"""


def _manager_questions(cv: str, jd: str, title: str, **kw) -> list[tuple[str, str]]:
    bank = {q["text"] for q in load_question_bank() if q.get("audience") == "manages"}
    bank |= {q["past"] for q in load_question_bank() if q.get("audience") == "manages" and q.get("past")}
    out = []
    for seed in ("", "a", "b", "c"):
        for kind in ("mixed", "behavioral", "technical"):
            items = plan_items(cv, jd, title, interview_type=kind, seniority=kw.get("seniority", "mid"), count=8,
                               company="", seed=seed, focus=None)
            out += [(i.source, i.text) for i in items if i.text in bank or i.text.split("\n")[-1] in bank]
    return out


def _role_items(cv: str, jd: str, title: str, kind: str = "mixed", seed: str = ""):
    return [i for i in plan_items(cv, jd, title, interview_type=kind, seniority="mid", count=8, company="", seed=seed,
                                  focus=None) if i.source == "role"]


@pytest.mark.parametrize("title, jd", [
    ("Truck Driver", TRUCK_JD),
    ("Retail Assistant", SHOP_JD),
    ("Staff Nurse", "Staff Nurse, Ward 7. Work as part of a busy ward team and build relationships with people "
                    "across the hospital. You will report to the Ward Manager."),
    ("Waiter", "Waiter for a busy brasserie. Work closely with the kitchen team and the restaurant supervisor."),
])
def test_a_job_that_manages_no_one_is_told_so(title: str, jd: str) -> None:
    assert not manages_others(title, jd)


@pytest.mark.parametrize("title, jd", [
    ("Transport Manager", ""),
    ("Transport Planner", "Plan routes for our fleet."),
    ("Shift Supervisor", ""),
    ("Head of Sales", ""),
    ("Ward Sister", ""),
    ("Store Manager", STORE_MANAGER_JD),
    ("Senior Analyst", "You will line-manage two junior analysts."),
    ("Senior Chef de Partie", "Lead a team of 4 in the pastry section."),
    ("Operations Officer", "Allocate the work of drivers each morning and supervise the yard staff."),
])
def test_a_job_that_manages_or_plans_for_others_is_told_so(title: str, jd: str) -> None:
    assert manages_others(title, jd)


@pytest.mark.parametrize("cv", [SOFTWARE_CV, DRIVER_CV])
def test_the_truck_driver_is_asked_no_managers_question_and_still_two_or_three_of_his_own(cv: str) -> None:
    assert _manager_questions(cv, TRUCK_JD, "Truck Driver") == []
    for seed in ("", "a", "b"):
        role = _role_items(cv, TRUCK_JD, "Truck Driver", seed=seed)
        assert 2 <= len(role) <= 3, role
        texts = " ".join(i.text for i in role)
        assert "A driver refuses" not in texts and "Tell me about a driver who" not in texts


def test_the_truck_driver_is_asked_from_the_drivers_seat() -> None:
    texts = {i.text for seed in ("", "a", "b", "c") for i in _role_items(DRIVER_CV, TRUCK_JD, "Truck Driver", seed=seed)}
    # the ad's tarping and tie downs, its snow removal: the driver's own load and roads
    assert any("secure" in t and "load" in t for t in texts), texts
    assert any("snow" in t.lower() for t in texts), texts


def test_the_transport_manager_is_still_asked_the_managers_questions() -> None:
    asked = _manager_questions(DRIVER_CV, TRANSPORT_MANAGER_JD, "Transport Manager")
    assert len({t for _, t in asked}) >= 3, asked
    assert all(src in {"role", "core", "behavioural"} for src, _ in asked)


def test_a_retail_assistant_is_asked_no_store_managers_question_and_a_store_manager_is() -> None:
    assert _manager_questions(SHOP_CV, SHOP_JD, "Retail Assistant") == []
    assert 2 <= len(_role_items(SHOP_CV, SHOP_JD, "Retail Assistant")) <= 3
    assert _manager_questions(SHOP_CV, STORE_MANAGER_JD, "Store Manager")


def test_audience_is_manages_or_absent_and_each_family_keeps_questions_for_the_worker() -> None:
    bank = load_question_bank()
    assert {q.get("audience") for q in bank} <= {None, "manages", "does"}
    assert sum(q.get("audience") == "manages" for q in bank) >= 40
    families = {f for q in bank if q["kind"] == "role" for f in q["families"]}
    for family in families:
        for level in ("junior", "mid"):
            own = [q for q in bank if q["kind"] == "role" and family in q["families"] and level in q["seniority"]
                   and audience_fits(q, manages=False)]
            assert len(own) >= 5, (family, level, len(own))


def test_the_reported_questions_are_tagged() -> None:
    by_text = {q["text"]: q for q in load_question_bank()}
    for text in ("A driver refuses a late extra drop because he says he is too tired, and the customer is an "
                 "important one. What do you do?",
                 "Tell me about a driver who kept breaking the rules or running late. How did you deal with it, and "
                 "what changed?"):
        assert by_text[text].get("audience") == "manages"
        assert not audience_fits(by_text[text], manages=False) and audience_fits(by_text[text], manages=True)


WAITER_JD = ("Waiter / Waitress for a busy brasserie. Take orders, serve food and drinks, handle allergies and payments. "
             "Work closely with the kitchen team and the restaurant supervisor.")
HEAD_CHEF_JD = "Head Chef for a busy brasserie. Lead the kitchen brigade, manage food cost and allergens, write the menu."
WAITER_CV = "Alex Moreau\nExperience\nWaiter, Cafe Lune, 2020 - present\n- Served a section of eight tables\n"


def test_a_waiter_is_asked_from_the_floor_and_a_head_chef_about_his_brigade() -> None:
    assert _manager_questions(WAITER_CV, WAITER_JD, "Waiter") == []
    texts = {i.text for seed in ("", "a") for i in _role_items(WAITER_CV, WAITER_JD, "Waiter", seed=seed)}
    assert any("your tables" in t or "Your section" in t for t in texts), texts
    assert not any("brigade" in t or "chef de partie" in t for t in texts), texts
    assert _manager_questions(WAITER_CV, HEAD_CHEF_JD, "Head Chef")
