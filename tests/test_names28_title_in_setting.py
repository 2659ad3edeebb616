"""Session 28 (rc27 F1): a CV entry whose title line reads "Waiter in Restaurant" over "Mama Rosa / 2023 - 2024" named
the title as the employer ("Thinking of your time at Waiter in Restaurant"). A title, then "in" or "at" and the kind of
workplace or department it was done in, is the title wherever it stands in the header; the short name line is the
employer. Made-up CVs and headers of several fields, layouts and languages."""

import json

import pytest

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_entries import parse_header, setting_word, title_in_setting_part
from core.coach.plan import plan_items
from core.documents.jsonresume import extract_json_resume

WAITER_CV = """Experience

Waiter in Restaurant
Mama Rosa / 2023 - 2024
- Ran a section of eight tables from welcome to payment.
- Took orders and passed them to the kitchen and bar.

Waiter in Hotel
Hotel Boulevard / 2018 - 2020
- Service in the hotel restaurant and room service.

Skills
Order taking
"""

JOB = """Server

We are seeking a server for our sports bar and grill. Responsibilities include taking orders and serving food.

Requirements
- Prior server experience
- Excellent customer service skills
"""


def test_the_quoted_fault_waiter_in_restaurant_is_the_title_and_mama_rosa_the_employer():
    facts = extract_cv_facts(WAITER_CV)
    assert facts["jobs"] == [("Waiter in Restaurant", "Mama Rosa"), ("Waiter in Hotel", "Hotel Boulevard")]
    assert "Waiter in Restaurant" not in facts["employers"]
    assert facts["current_title"] == "Waiter in Restaurant"


def test_the_plan_never_says_your_time_at_a_title():
    texts = [item.text for seed in ("a", "b", "c", "d") for kind in ("mixed", "behavioural")
             for item in plan_items(WAITER_CV, JOB, "Server", interview_type=kind, count=6, company="", seed=seed,
                                    seniority="mid", focus=None)]
    assert not any("time at Waiter" in t or "at Waiter in" in t for t in texts)
    assert any("Mama Rosa" in t or "Hotel Boulevard" in t for t in texts)


@pytest.mark.parametrize(("group", "expected"), [
    # title, employer, dates: three lines (the reported shape, its dates on the employer's line or their own)
    (["Waiter in Restaurant", "Mama Rosa / 2023 - 2024"], ("Waiter in Restaurant", "Mama Rosa")),
    (["Waiter in Restaurant", "Mama Rosa", "2023 - 2024"], ("Waiter in Restaurant", "Mama Rosa")),
    # employer first, then title, then dates; dates first
    (["Mama Rosa", "Waiter in Restaurant", "2023 - 2024"], ("Waiter in Restaurant", "Mama Rosa")),
    (["2023 - 2024", "Waiter in Restaurant", "Mama Rosa"], ("Waiter in Restaurant", "Mama Rosa")),
    # nursing: a title in a department
    (["Staff Nurse in Cardiology", "Royal Hallamshire Hospital", "2019 - 2021"],
     ("Staff Nurse in Cardiology", "Royal Hallamshire Hospital")),
    # teaching: a title in a kind of school, the school named below
    (["Teacher in Primary School", "Oakfield Primary School", "2015 - 2019"],
     ("Teacher in Primary School", "Oakfield Primary School")),
    # hotel housekeeping and a kitchen, one line with bars
    (["Housekeeper in Hotel", "Larchmont Grand", "2019 - 2020"], ("Housekeeper in Hotel", "Larchmont Grand")),
    (["Line Cook in Kitchen | Birchwood Diner | 2019 - 2021"], ("Line Cook in Kitchen", "Birchwood Diner")),
    # finance: "Analyst in Risk Management" over the bank
    (["Analyst in Risk Management", "Barclays", "2019 - 2021"], ("Analyst in Risk Management", "Barclays")),
    # German and Spanish: "im Restaurant", "en hotel"
    (["Kellner im Restaurant", "Gasthaus Zur Linde", "2019 - 2021"], ("Kellner im Restaurant", "Gasthaus Zur Linde")),
    # "at" a kind of workplace: the setting is no employer when a name line follows
    (["Waiter at Restaurant", "Mama Rosa / 2023 - 2024"], ("Waiter", "Mama Rosa")),
    # a title in a named organisation on one line: split in two
    (["Senior Nurse in Royal Free Hospital", "2019 - 2021"], ("Senior Nurse", "Royal Free Hospital")),
    (["Teacher in Oakfield Primary School  2015 - 2019"], ("Teacher", "Oakfield Primary School")),
    # a title in a setting with no employer named: the title, never the employer
    (["Waiter in Restaurant / 2023 - 2024"], ("Waiter in Restaurant", "")),
    # the shapes that were read right stay so: "Role, Company", "Company — Role", a slash before the dates
    (["Barista, Bean There Coffee", "2019 - 2021"], ("Barista", "Bean There Coffee")),
    (["Bean There Coffee — Barista", "2019 - 2021"], ("Barista", "Bean There Coffee")),
    (["Acme Corp / 2019 - 2021", "Engineer"], ("Engineer", "Acme Corp")),
    # a slash before a town with its département's number (a town the gazetteer lacks): the town is no employer
    (["Social Media Manager / CAMPING-CAR-PARK", "Oct 2023 - Sept 2024 / Pornic (44)"],
     ("Social Media Manager", "Camping-car-park")),
    (["Registered Nurse - ICU | Marlow Bay Medical Center | May 2017 - May 2018"],
     ("Registered Nurse - ICU", "Marlow Bay Medical Center")),
])
def test_header_shapes_give_the_title_and_the_employer(group, expected):
    assert parse_header(group) == expected


def test_a_json_resume_position_in_a_setting_stays_the_position():
    resume = {"basics": {"name": "Dana Reyes"},
              "work": [{"name": "Mama Rosa", "position": "Waiter in Restaurant", "startDate": "2023-01", "endDate": "2024-06",
                        "highlights": ["Ran a section of eight tables"]},
                       {"name": "El Salto", "position": "Bartender in Cocktail Bar", "startDate": "2021-01",
                        "endDate": "2022-12", "highlights": ["Mixed and served drinks for 200 covers a night"]}]}
    facts = extract_cv_facts(extract_json_resume(json.dumps(resume).encode(), "resume.json"))
    assert ("Waiter in Restaurant", "Mama Rosa") in facts["jobs"]
    assert not {"Waiter in Restaurant", "Bartender in Cocktail Bar"} & set(facts["employers"])


@pytest.mark.parametrize("part", ["Waiter in Restaurant", "Nurse in Cardiology", "Chef at Hotel", "Kellner im Restaurant",
                                  "Camarero en hotel", "Teacher in a busy primary school", "Sales Assistant in Retail"])
def test_a_title_in_a_setting_is_one_part(part):
    assert title_in_setting_part(part)


@pytest.mark.parametrize("part", ["Working in Tandem Ltd", "Engineer at Acme Labs", "Nurse in Royal Free Hospital",
                                  "Mama Rosa", "Friends in Business", "Restaurant Week"])
def test_a_name_or_a_title_in_a_named_organisation_is_no_title_in_a_setting(part):
    assert not title_in_setting_part(part)


@pytest.mark.parametrize(("part", "expected"), [("Restaurant", True), ("a busy hotel", True), ("Küche", True),
                                                ("Mama Rosa", False), ("Hotel Boulevard", False), ("Acme Restaurants Ltd", False)])
def test_a_setting_word_is_a_kind_of_workplace_only(part, expected):
    assert setting_word(part) is expected
