"""CV reading, fresh set 15 (session 15): the kinds of misreading its labeller found, what the interviewer would
quote first (something that is no employer taken as one; a wrong current title), each with a made-up CV (no
corpus text)."""

from __future__ import annotations

import pytest

from core.analysis.cv_trust import quotable_employer, quotable_facts
from tests.cv_helpers import cv_facts, cv_skills


def _fold(values) -> set[str]:
    return {v.casefold() for v in values}


# -- a title in capitals with "in" or "of" goes on: the words after it are no employer ------------------------

def test_a_capitals_title_with_in_is_one_title_and_the_next_line_the_employer():
    cv = """Mira Okonjo

WORK EXPERIENCE
JUNE – AUGUST 2021: INTERN IN TURBINES ENGINEERING
Borealis Windworks – Esbjerg, Denmark
Logged blade vibration data and built a small dashboard.
2019 – 2020: ANALYST IN MATERIALS RESEARCH
Norvik Labs – Bergen, Norway
Ran fatigue tests.
"""
    facts = cv_facts(cv)
    assert facts["jobs"][:2] == [("Intern in Turbines Engineering", "Borealis Windworks"),
                                 ("Analyst in Materials Research", "Norvik Labs")]
    assert "in turbines engineering" not in _fold(facts["employers"])


# -- an academic CV: its headings, its one-line entries "Title, Unit, Employer, Years." -----------------------

_ACADEMIC = """Jordan Vale
Professor of History

EARNED DEGREES
Ph.D., History, University of Leeds, 2009.
M.A., Archival Studies, Wexford College, 2005.

ACADEMIC APPOINTMENTS
Professor, Maritime History, Northfield State University, 2021 – present.
Associate Professor, Public History, Northfield State University, 2016 – 2021.
Assistant Professor, Museum Studies, Wexford College, 2010 – 2016.

PUBLISHED BOOKS
Vale, Jordan. Harbour Towns: A Social History. Granite Press, 2020.
Vale, Jordan, and Ada Kerr. Salt Roads. Quayside Press, 2016.

JOURNAL ARTICLES
Vale, Jordan. “Ledgers at Sea.” Harbour Review 12.2 (2018): 40-61. https://example.org/ledgers.
"""


def test_an_academic_cv_reads_its_appointments_with_the_institution_as_employer():
    facts = cv_facts(_ACADEMIC)
    assert facts["current_title"] == "Professor"
    assert _fold(facts["employers"]) == {"northfield state university", "wexford college"}


def test_an_academic_cv_reads_earned_degrees_as_education():
    assert {"university of leeds", "wexford college"} <= _fold(cv_facts(_ACADEMIC)["schools"])


def test_a_list_of_works_gives_no_job():
    """A citation opens with the author's surname, and some surnames are titles too ("Tanner", "Painter")."""
    cv = """Dana Tanner

Experience
Lecturer, Northfield State University, 2016 – present
Taught maritime history.

PUBLISHED BOOKS
Tanner, Dana. Harbour Towns: A Social History. Granite Press, 2020.
Tanner, Dana, and Ada Kerr. Salt Roads. Quayside Press, 2016.

CONFERENCE PRESENTATIONS
Tanner, Dana. “Ledgers at Sea.” Harbour History Forum, Leith, 2018. https://example.org/ledgers.
"""
    facts = cv_facts(cv)
    assert _fold(facts["employers"]) == {"northfield state university"}
    assert not any("tanner" in r for r in _fold(facts["roles"]))


# -- a study entry is no post held now ----------------------------------------------------------------------

@pytest.mark.parametrize("study", ["Undergraduate Student", "Computer Science Student", "Doctorant en chimie"])
def test_a_study_entry_above_the_jobs_is_not_the_current_title(study):
    cv = f"""Sam Ortega
sam@example.org

Experience
{study}, Lakemont University, 2020-08-31 - present
Junior Network Technician, Brightwater Supplies Inc., 2023-03-31 - 2023-08-31
Set up switches and a new phone system.
Help Desk Assistant, Brightwater Supplies Inc., 2022-05-31 - 2022-08-31
Answered tickets.
"""
    assert cv_facts(cv)["current_title"] == "Junior Network Technician"


def test_a_student_with_no_other_entry_keeps_it():
    cv = """Sam Ortega

Experience
Undergraduate Student, Lakemont University, 2020-08-31 - present
Studied networks.
"""
    assert cv_facts(cv)["current_title"] == "Undergraduate Student"


# -- a name glued to the employer: a title by its place, a site after the title's comma ----------------------

def test_an_untitled_lead_before_the_employer_is_no_part_of_its_name():
    cv = """Sam Ortega

Experience
Junior Network Technician, Brightwater Supplies Inc., 2023-03-31 - 2023-08-31
Set up switches.
Campus Operations, Lakemont University, 2022-01-31 - 2022-05-31
Deployed virtual machines on a lab server.
"""
    assert _fold(cv_facts(cv)["employers"]) == {"brightwater supplies inc.", "lakemont university"}


def test_a_site_after_the_titles_comma_is_no_part_of_the_title():
    cv = """Rowan Price

Professional Experience
Desk Assistant, Harlow Memorial Library
Lakemont University 2019-2021

Shelving Clerk, Harlow Memorial Library
Lakemont University 2017-2019
"""
    facts = cv_facts(cv)
    assert facts["current_title"] == "Desk Assistant"
    assert facts["jobs"][0] == ("Desk Assistant", "Lakemont University")


# -- contests and a school under "Other Involvement"; a referee's label ------------------------------------

def test_involvement_entries_are_no_employers():
    cv = """Kai Brandt

Work Experience
Jan 2019–Jan 2020 Software Developer, Quillmark.
Built the billing service.
Other Involvement
2016 Class Representative, University of Tarn.
May 2016 Team Leader, Harbourside Coding Challenge.
Algorithmic programming contest. Placed 3rd.
"""
    assert _fold(cv_facts(cv)["employers"]) == {"quillmark"}


def test_a_referee_label_on_the_dates_line_is_no_employer():
    cv = """Tess Moana

## Experience

### Private Tutor

<p class="sub">Dunedin, 2016-2017 Reference: Several families</p>

Tutored maths and science one-on-one.

### Lab Technician, Kowhai Analytics

<p class="sub">Dunedin, 2014-2016</p>

Ran assays.
"""
    employers = _fold(cv_facts(cv)["employers"])
    assert "reference" not in employers and not any("famil" in e for e in employers)


# -- an employer written as an acronym the CV spells out elsewhere ------------------------------------------

def test_an_acronym_employer_is_written_as_the_name_the_cv_spells_out():
    cv = """Jordan Vale

Experience
Professor, Maritime History, NSU, 2021 – present.
Assistant Professor, Museum Studies, Northfield State University, 2014 – 2021.
Lecturer, Granite Bay Polytechnic, 2010 – 2014.
"""
    facts = cv_facts(cv)
    assert facts["jobs"][0] == ("Professor", "Northfield State University")
    assert _fold(facts["employers"]) == {"northfield state university", "granite bay polytechnic"}


# -- a post the top lines state, at an employer no (ended) entry names ---------------------------------------

_TOP_POST = """MARIE DUVAL
NETWORK SECURITY ANALYST INTERN AT KESTREL.
Looking for security roles in Asia.

WORK EXPERIENCE
JUNE – AUGUST 2021: INTERN IN RADIO ENGINEERING
Borealis Windworks – Esbjerg, Denmark
Logged telemetry.
"""


def test_a_post_the_top_lines_state_is_the_current_job():
    facts = cv_facts(_TOP_POST)
    assert facts["current_title"].casefold() == "network security analyst intern"
    assert "kestrel" in _fold(facts["employers"])


def test_a_top_post_gives_way_to_an_entry_running_to_now():
    facts = cv_facts(_TOP_POST.replace("JUNE – AUGUST 2021", "JUNE 2021 – PRESENT"))
    assert facts["current_title"] == "Intern in Radio Engineering"
    assert "kestrel" not in _fold(facts["employers"])


# -- the quote: a study read as the employer of an entry is not quoted ----------------------------------------

def test_a_study_read_as_an_employer_is_not_quoted():
    cv = "Parcours\n2012-2014\n: **Classes Préparatoires aux Grandes Écoles**\nLycée Fermat\n"
    assert not quotable_employer("Classes Préparatoires aux Grandes Écoles", cv)
    assert not quotable_employer("Master in Finance", "Master in Finance\n2019")
    assert quotable_employer("Mastercard", "Analyst at Mastercard")


# -- a plain-text CV with "### Heading ###" lines in German; a title's "inkl. ..."; a web address in brackets ----

def test_closed_atx_headings_in_german_and_a_title_with_what_it_includes():
    cv = """### Studium ###
Informatik (abgebrochen)

### Anstellung ###
Lindqvist Handel e. K. (lindqvist24.de)
Netzwerkadministrator inkl. Einkauf und Planung

### Meilensteine ###
Server auf Linux umgestellt
"""
    facts = cv_facts(cv)
    assert facts["current_title"] == "Netzwerkadministrator"
    assert facts["employers"] == ["Lindqvist Handel e. K."]



# -- a school line with its month and year; a state code after the town ----------------------------------------

def test_a_school_with_its_month_and_a_state_after_the_town():
    cv = """Ava Lind

EDUCATION
Ridgeview University Sept. 2014
B.A. in History and Economics Ridgeview, SC
"""
    assert cv_facts(cv)["schools"] == ["Ridgeview University"]


# -- a language's level or test is no skill ---------------------------------------------------------------------

def test_a_language_level_or_test_score_is_no_skill():
    cv = """Ava Lind

Skills
- Programming Languages: Python, Go, Rust
- Languages: Spanish (Native), English (C1 Advanced)

Certifications
- TOEFL iBT English Certificate 105/120 (C1 Advanced)
- AWS Certified Developer – Associate
"""
    skills = cv_skills(cv)
    assert {"python", "go", "rust"} <= skills
    assert not any("c1" in s or "toefl" in s or "/120" in s for s in skills)


# -- the quote: a university's school or college named as the employer of a one-line entry ------------------------

def test_a_universitys_school_is_not_quoted_as_an_employer_beside_the_university():
    facts = {"roles": ["Professor", "Coordinator"], "current_title": "Professor",
             "jobs": [("Professor", "Northfield State University"), ("Coordinator", "Hadley School of Design and Media")],
             "employers": ["Northfield State University", "Hadley School of Design and Media"]}
    cv = "Professor, History, Northfield State University, 2019 - present.\\n" \
         "Coordinator, Games, Hadley School of Design and Media, 2017 - 2019.\\n"
    quoted = quotable_facts(facts, cv)
    assert quoted["employers"] == ["Northfield State University"]
    alone = {**facts, "jobs": facts["jobs"][1:], "employers": facts["employers"][1:]}
    assert quotable_facts(alone, cv)["employers"] == ["Hadley School of Design and Media"]


def test_a_dotted_legal_form_written_with_a_space_is_quoted_whole():
    cv = "### Anstellung ###\nLindqvist Handel e. K.\nNetzwerkadministrator\n"
    assert quotable_employer("Lindqvist Handel e. K.", cv)
    assert not quotable_employer("Ran the shop. Acme Ltd", "Ran the shop. Acme Ltd")


# -- a product's edition after a tool's name is part of the name as written ----------------------------------

def test_a_tools_edition_is_kept_as_written():
    cv = """Ava Lind

Experience
Software Engineer | Harbour Ledger Ltd | 2020 - Present
- Synced invoices with QuickBooks Online for every customer.
- Rewrote slow Django ORM queries and moved the MySQL-Server to the cloud.
"""
    written = {s.casefold() for s in cv_facts(cv)["skills_as_written"]}
    assert {"quickbooks online", "django orm", "mysql-server"} <= written
