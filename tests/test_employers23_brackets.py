"""Session 23: a title with a bracket after it ("Store Clerk (Part Time)", "Security Officer (Campus Police)") whose
bracket ends in a word that is also a town ("Time", "Police") keeps its bracket whole: no place is cut from inside a
bracket, so no title or employer is left with an open bracket ("Security Officer (Campus" read as the employer).
Made-up CV text: a DOCX's title line over an "Employer (dates)" line."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_entries import parse_header
from core.analysis.cv_lines import strip_trailing_place

CV = """Sam Ortiz
sam@example.com

Work Experience:

Warehouse Lead
Brightway Logistics (April 2021 - Present)
- Ran the night shift of twelve pickers.

Military Experience:

Security Officer (Campus Police)
U.S. Marine Corps (March 2015 - March 2021)
- Guarded the base's armoury and its equipment.

Store Clerk (Part Time)
Harlan Foods (May 2012 - February 2015)
- Stocked shelves and served at the till.
"""


def test_no_place_is_cut_from_inside_a_bracket():
    assert strip_trailing_place("Store Clerk (Part Time)") == "Store Clerk (Part Time)"
    assert strip_trailing_place("Security Officer (Campus Police)") == "Security Officer (Campus Police)"
    assert strip_trailing_place("Cinch Financial Boston") == "Cinch Financial"


def test_a_bracketed_title_stays_whole_and_is_no_employer():
    assert parse_header(["Store Clerk (Part Time)", "Harlan Foods (May 2012 - February 2015)"])[1] == "Harlan Foods"
    facts = extract_cv_facts(CV)
    assert facts["employers"] == ["Brightway Logistics", "U.S. Marine Corps", "Harlan Foods"]
    for role, employer in facts["jobs"]:
        assert role.count("(") == role.count(")") and employer.count("(") == employer.count(")")


def test_an_armed_service_is_the_employer_beside_a_title_the_reader_does_not_know():
    assert parse_header(["Master Diver (Salvage Unit)", "Royal Navy (June 2010 - May 2016)"])[1] == "Royal Navy"
    assert parse_header(["Crew Chief", "U.S. Air Force (2008 - 2012)"])[1] == "U.S. Air Force"
