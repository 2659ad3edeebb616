"""Session 15 last newcomer, CV reading (made-up CVs):

1. a bracketed descriptor of the place after the town ("(96 rooms, 4-star)", "(120 seats, Michelin Bib Gourmand)",
   "(headcount 85)") is no employer: the employer is the name before the town; a name in the possessive after a
   title ("Hendry's") is the employer, not the title's function; a town the gazetteer writes with "Royal" before it
   ("Tunbridge Wells", "Leamington Spa") is a place; and the interviewer never quotes a descriptor or a place;
2. a named HR information system (BambooHR, Workday HCM, Personio, HiBob) shows the kind "HRIS";
3. a languages list with two languages or more shows "a second (European) language".
"""

from __future__ import annotations

import pytest

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_trust import quotable_employer
from core.coach.evidence_cv import cv_meets

HOTEL_CV = """Jo Bright
EXPERIENCE
Front Office Manager, The Kestrel Court Hotel, Bath (96 rooms, 4-star)
May 2019 - Present
- Ran reception for 96 rooms.
Restaurant Manager, Bistro Verde, York (120 seats, Michelin Bib Gourmand)
May 2012 - April 2015
- Ran the floor.
Warehouse Manager, Copperfield Foods, Leeds (headcount 85)
May 2010 - April 2012
- Ran the yard.
"""

TOWN_CV = """Jo Bright
EXPERIENCE
Payroll Clerk, Hendry's, Tunbridge Wells
May 2019 - Present
- Ran payroll.
Sous Chef, Ashdown Kitchen, Leamington Spa
May 2015 - April 2019
- Ran the pass.
Sales Assistant, Pollard's, Little Snorington
May 2013 - April 2015
- Served customers.
"""


def test_a_descriptor_of_the_place_in_brackets_is_no_employer():
    facts = extract_cv_facts(HOTEL_CV)
    assert facts["employers"] == ["The Kestrel Court Hotel", "Bistro Verde", "Copperfield Foods"]
    assert facts["roles"] == ["Front Office Manager", "Restaurant Manager", "Warehouse Manager"]


def test_the_name_before_the_town_is_the_employer():
    facts = extract_cv_facts(TOWN_CV)
    assert facts["employers"] == ["Hendry's", "Ashdown Kitchen", "Pollard's"]
    assert facts["roles"] == ["Payroll Clerk", "Sous Chef", "Sales Assistant"]


@pytest.mark.parametrize("employer", ["4-star", "5-star", "96 rooms", "Michelin Bib Gourmand", "headcount 85",
                                      "3 Michelin stars", "Michelin-starred", "Leamington Spa", "Tunbridge Wells", "Bath"])
def test_the_interviewer_never_quotes_a_descriptor_or_a_place(employer):
    assert not quotable_employer(employer, f"Manager, Acme Foods, {employer}\n")


@pytest.mark.parametrize("employer", ["Five Star Logistics", "The Kestrel Court Hotel", "Hendry's", "Michelin",
                                      "Michelin Tyre PLC", "AA Insurance Services", "Team Rubicon"])
def test_a_name_is_still_quoted(employer):
    assert quotable_employer(employer, f"Manager, {employer}, Bath\n")


@pytest.mark.parametrize("line", ["Moved 300 staff records from spreadsheets to BambooHR.",
                                  "Skills: Workday HCM, Excel", "Rolled out Personio for 120 employees.",
                                  "Ran absence reporting in HiBob."])
def test_a_named_hr_system_shows_hris(line):
    assert cv_meets(line, "HRIS")


def test_no_hr_system_is_no_hris():
    assert not cv_meets("Kept staff records in Excel and filed the contracts.", "HRIS")


LANG_CV = "Skills\nbudgeting, rota planning, Czech (native), English (fluent), German (basic)\n"


@pytest.mark.parametrize("requirement", ["second European language", "a second European language", "a second language",
                                         "another European language"])
def test_a_languages_list_shows_a_second_language(requirement):
    assert cv_meets(LANG_CV, requirement)


@pytest.mark.parametrize("cv", ["Languages: English (native)\n", "Polished the brass and served French fries.\n"])
def test_one_language_is_no_second_language(cv):
    assert not cv_meets(cv, "second European language")
