"""Session 20: a question names an employer only when a work entry's header names it, and names nothing when the
header holds two names and nothing tells which one employed the person. Made-up CV text in the layouts the reader
handles: plain text, a PDF's wrapped lines, a Markdown CV, a DOCX table's row, a JSON Resume."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_header_names import ambiguous_employer, ambiguous_in_header
from core.analysis.cv_trust import quotable_facts
from core.documents.jsonresume import resume_text

TWO_NAMES = """Jordan Pike
jordan.pike@example.com

Experience
Software Engineer, Payments, Brightlane, Austin, TX | 2019 – Present
- Built a ledger service handling 2M transactions a day
- Cut settlement errors by 40%

Backend Developer, Corvel Systems, Denver | 2016 – 2019
- Migrated billing to Postgres

Education
B.Sc. Computer Science, Lakemoor University, 2012 – 2016
"""


def _named(cv: str) -> set[str]:
    quoted = quotable_facts(extract_cv_facts(cv), cv)
    return {*quoted["employers"], *quoted["achievement_employer"].values()}


def test_two_unmarked_names_on_one_header_line_name_neither():
    named = _named(TWO_NAMES)
    assert "Brightlane" not in named and "Payments" not in named
    assert "Corvel Systems" in named  # the other entry's header names one organisation: still named


HEADING_AFTER_ENTRY = """Idris Haidari
idris@example.com

Experience
Jan 2016 – Present | Lecturer, Westmarch College, Halifax
Taught research methods to 120 students a year.

Nov 2010 – Dec 2015 | Field Reporter, Harbourline Radio, Lisbon

PUBLICATIONS Overview
I write on rural health access and community radio.
"""


def test_a_heading_below_the_last_entry_is_never_named():
    named = _named(HEADING_AFTER_ENTRY)
    assert "PUBLICATIONS Overview" not in named
    assert "Westmarch College" in named


def test_a_thesis_title_under_a_complete_header_is_no_part_of_it():
    lines = ["Experience",
             "06/2021 – 09/2021 Internship, Norvale Robotics, Bristol.",
             "Balancing an Inverted Pendulum (state feedback and",
             "observer design for an underactuated system)",
             "01/2020 – 03/2020 Internship, Kettering Works, Bath."]
    assert ambiguous_in_header(lines, 2, "Balancing an Inverted Pendulum", ("Internship",))
    assert not ambiguous_in_header(lines, 1, "Norvale Robotics", ("Internship",))


def test_a_three_line_header_keeps_its_employer():
    lines = ["Experience", "Operations Supervisor", "Kestrel Distribution, Leeds", "March 2021 – Present",
             "- Led a team of 14 pickers across two shifts"]
    assert not ambiguous_in_header(lines, 2, "Kestrel Distribution", ("Operations Supervisor",))


def test_a_marked_name_beside_a_segment_is_the_employer():
    assert not ambiguous_employer("Account Executive, Mid-Market — Payflo Ltd, Manchester", "Payflo Ltd")
    assert not ambiguous_employer("Product Designer, Moneybox Health (digital GP app), Edinburgh", "Moneybox Health")
    assert not ambiguous_employer("2020 - Present  Lead Engineer, Platform Team, Vantory, Stockholm", "Vantory")
    assert not ambiguous_employer("Data Scientist | Quirkfield | Silicon Mirage, CA", "Quirkfield")


def test_a_docx_table_row_with_a_team_and_a_firm_unmarked_names_nothing():
    row = "Data Engineer | Fulfilment Insights | Norrow | Leeds | 2021 – 2023"
    assert ambiguous_employer(row, "Norrow")
    assert ambiguous_employer(row, "Fulfilment Insights")
    assert not ambiguous_employer("Data Engineer | Norrow Logistics Ltd | Leeds | 2021 – 2023", "Norrow Logistics Ltd")


def test_a_short_part_after_the_name_at_the_line_end_is_its_town():
    # an unknown town in the place's slot ("Name, Town", "Name, Town - Title"), not a second name
    assert not ambiguous_employer("Lagerhelfer, Brenner Logistik, Hanau | 11.2003 – 06.2005", "Brenner Logistik")
    assert not ambiguous_employer("Silk Plac, Atibaia - Designer Gráfico", "Silk Plac")
    assert not ambiguous_employer("Praktische Ausbildung bei City Getränke", "City Getränke")


def test_a_list_of_employers_after_at_is_no_ambiguity():
    line = "Lead Developer at Quorra Systems, Blevin, Tarrow Insurance (2005–2013)"
    assert not ambiguous_employer(line, "Blevin")


MARKDOWN_TWO_NAMES = """# Lena Forsyth

## Experience

### Growth Lead · Atlas Desk · Quillby · Berlin
*2021 – present*

- Lifted trial conversion by 12%

### Product Manager · Ostrander Health
*Boston, MA · 2018 – 2021*

- Launched a patient intake flow used by 200 clinics
"""


def test_markdown_heading_with_two_names_names_neither():
    named = _named(MARKDOWN_TWO_NAMES)
    assert not named & {"Atlas Desk", "Quillby"}
    assert "Ostrander Health" in named


def test_a_json_resume_keeps_its_employers():
    cv = resume_text({"basics": {"name": "Ana Ruiz"}, "work": [
        {"name": "Tellwood Group plc", "position": "Senior Accountant", "startDate": "2019-04-01",
         "highlights": ["Prepared consolidated accounts for 14 entities"]},
        {"name": "Marrow & Pike LLP", "position": "Audit Associate", "startDate": "2015-09-01",
         "endDate": "2019-03-31", "highlights": ["Audited 20 clients in retail"]}]})
    assert {"Tellwood Group plc", "Marrow & Pike LLP"} <= _named(cv)


HEADLINE_ONLY = """ALEXIS MOREAU
DATA ANALYST INTERN AT VELLORA.
Driven by data and product, I am looking for analytics roles in Lyon.

EXPERIENCE
JUNE – AUGUST 2024: DATA ANALYST INTERN
Built churn dashboards in Power BI for the sales team.
"""


def test_the_openers_employer_is_named_only_from_a_work_header():
    from core.analysis.cv_entry_check import entry_checked

    facts = {"jobs": [("Data Analyst Intern", "Vellora")]}
    quoted = {"employers": ["Vellora"], "current_job_parts": ("Data Analyst Intern", "Vellora")}
    assert entry_checked(quoted, facts, HEADLINE_ONLY)["employers"] == []  # the headline under the name: no entry
    header = HEADLINE_ONLY.replace("DATA ANALYST INTERN\nBuilt", "DATA ANALYST INTERN\nVellora – Lyon, France\nBuilt")
    assert entry_checked(quoted, facts, header)["employers"] == ["Vellora"]
