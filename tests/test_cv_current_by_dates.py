"""The current job is the one whose dates run to now ("Present", or a range left open: "2020 –"), else the one
that ended last, whatever order the CV lists its jobs in; the coach's opener names that job (made-up CVs; the
oldest-first ones failed before the change)."""

from __future__ import annotations

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_current import end_years, latest_role
from core.coach.plan import plan_questions

OLDEST_FIRST = """Priya Nair
Experience
Barista, Bean Street Coffee, 2012 - 2014
- Served 200 customers a day
Store Supervisor, Green Grocers Ltd, 2014 - 2018
- Led a team of 6 on the early shift
Operations Manager, Harbour Foods Ltd, 2018 - 2023
- Cut food waste by 20% across 3 sites
Skills: Excel, inventory planning
"""
OPEN_RANGE_LAST = """Tom Reyes
Experience
Logistics Coordinator, Fastline Couriers, 2016 - 2019
- Planned 40 routes a day
Depot Manager, Northgate Parcels, 2020 –
- Run a depot of 30 drivers
"""
NEWEST_FIRST = """Ana Lopez
Experience
Depot Manager, Northgate Parcels, 2020 - 2024
- Run a depot of 30 drivers
Logistics Coordinator, Fastline Couriers, 2016 - 2019
- Planned 40 routes a day
"""


def test_jobs_listed_oldest_first_give_the_latest_as_current():
    assert extract_cv_facts(OLDEST_FIRST)["current_title"] == "Operations Manager"
    assert extract_cv_facts(OPEN_RANGE_LAST)["current_title"] == "Depot Manager"
    assert not extract_cv_facts(OPEN_RANGE_LAST)["current_ended"]  # "2020 –" is held now


def test_newest_first_and_unreadable_dates_keep_the_first_job():
    assert extract_cv_facts(NEWEST_FIRST)["current_title"] == "Depot Manager"
    # a title with no dated line near it: the order stands
    assert latest_role("Chef\nSous Chef, 2010 - 2012", ["Chef", "Sous Chef"], "Chef") == "Chef"
    # a title inside another ("Cook" in "Head Cook"): each read on its own line, never one line's dates for both
    assert end_years("Head Cook, Kiln Cafe, since 2018\nCook, Kiln Cafe, 2015 - 2017", ["Head Cook", "Cook"]) == {
        "Head Cook": 9999, "Cook": 2017}
    assert end_years("Head Cook, Kiln Cafe, since 2018", ["Head Cook", "Cook"]) == {}  # no line of "Cook" alone
    assert end_years("Cook, Kiln Cafe, 2015 - 2017\nHead Cook, Kiln Cafe, since 2018", ["Cook", "Head Cook"]) == {
        "Cook": 2017, "Head Cook": 9999}


def test_the_opener_names_the_job_held_last_never_the_oldest():
    openers = {plan_questions(OLDEST_FIRST, "Operations lead for a food distributor. Requirements: Excel, inventory planning",
                              "Operations Lead", seed=str(seed), count=5)[0] for seed in range(20)}
    named = [o for o in openers if "Harbour Foods" in o or "Bean Street" in o or "Green Grocers" in o]
    assert named, openers
    assert all("Harbour Foods" in o and "Bean Street" not in o for o in named)
    assert not any("you're currently" in o for o in named)  # it ended in 2023
