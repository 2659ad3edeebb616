"""Session 25: a CV's employment history written as a list of one-line entries with a length of service instead
of dates ("- Harbour Trust, UK – 9 years", "- Night Porter at Grange Hotel, just started March 2024") named no
employer at all (a fresh CV set 23 kind: a teacher's "Employment history"). Made-up CVs."""

from __future__ import annotations

from core.analysis.cv import extract_cv_facts

CV = """Mara Kovalenko
12 Elm Row, Leeds
Profile
- Fourteen years of teaching adults and running community classes.
Employment history
- Supply Teacher at Westfield Academy Trust, just started September 2024
- Harbour Learning Trust, UK – 9 years
- The Open Door Centre, Leeds – 3 years
- University of Kharkiv, Ukraine - 2 years
Education
- MA Linguistics, University of Kharkiv, 2008
"""


def test_each_line_of_an_employment_list_with_lengths_of_service_names_its_employer():
    facts = extract_cv_facts(CV)
    assert facts["employers"] == ["Westfield Academy Trust", "Harbour Learning Trust", "The Open Door Centre",
                                  "University of Kharkiv"]
    assert facts["current_title"] == "Supply Teacher"


def test_a_title_at_an_employer_with_its_length_of_service_is_one_entry():
    cv = """Sam Reed
Experience
- Warehouse Supervisor at Kestrel Freight (4 years)
- Forklift Driver at Marlow Home Goods – 18 months
Skills
- WMS, counterbalance forklift
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Kestrel Freight", "Marlow Home Goods"]
    assert facts["roles"][:2] == ["Warehouse Supervisor", "Forklift Driver"]


def test_a_length_of_time_in_a_skill_or_a_bullet_sentence_names_no_employer():
    cv = """Sam Reed
Experience
Warehouse Supervisor, Kestrel Freight (2019 - Present)
- Ran the night shift for 4 years with no lost-time accidents
- Trained 12 new starters – 2 years running
Skills
- Counterbalance forklift – 10 years
- Excel – 5 years
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Kestrel Freight"]


def test_a_german_title_with_its_bare_field_after_a_range_to_today_is_the_title_not_the_employer():
    """Session 25 (newcomer): "08/2020 – heute Sachbearbeiterin Einkauf, Gildemeister …" was read as an employer
    "Sachbearbeiterin Einkauf, …" with no title ("Thinking of your time at Sachbearbeiterin Einkauf")."""
    cv = """Jana Beispiel
Berufserfahrung
09/2019 – heute Mitarbeiterin Vertrieb, Nordlicht Armaturen GmbH, Bremen
- Betreuung von 120 Kunden im Innendienst
"""
    facts = extract_cv_facts(cv)
    assert facts["jobs"][0] == ("Mitarbeiterin Vertrieb", "Nordlicht Armaturen GmbH")
