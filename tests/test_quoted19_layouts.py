"""The opener's line and the employers the leads name on layouts the tuned sets hold few of (session 19, issue 15
point 3): a header whose title, employer and dates sit on lines of their own, entries listed oldest first, a
Projects or Volunteering section above the jobs, a study dated after the last job, a month or a discipline read as
the employer; made-up CVs."""

from __future__ import annotations

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_entry_check import employer_entries
from core.analysis.cv_lead_rules import calendar_word, field_of_work, side_section
from core.analysis.cv_trust import quotable_employer, quotable_facts

THREE_LINE_CV = """Priya Raman
priya@example.com

EXPERIENCE
Operations Analyst
Harbourline Logistics Ltd, Bristol
Mar 2021 – Present
- Built weekly capacity reports in Excel for six depots
Junior Analyst
Fenwick Freight plc, Bath
Jul 2018 – Feb 2021
- Reconciled carrier invoices and cut disputes by 15%

EDUCATION
BSc Economics, University of Avonmouth, 2015 – 2018
"""

TITLE_DATES_CV = """Ana Ruiz
ana@example.com

Experience
Postdoctoral Researcher            Oct 2020 – present
Institute of Marine Chemistry, Vigo
- Studied coastal sediments
Research Assistant                 Sep 2016 – Sep 2020
Halden Ocean Laboratory, Cork
- Ran field sampling
"""

OLDEST_FIRST_CV = """Tom Alder
tom@example.com

Work experience
2014 – 2017  Sales Assistant, Brookfield Garden Centre
- Served customers and ran the till
2017 – 2020  Assistant Manager, Copperleaf Hardware Ltd
- Managed a team of five
2020 – present  Store Manager, Ridgeway Home Stores
- Run a store with a £3m turnover

Education
2011 – 2014  BA History, University of Kelmouth
"""

VOLUNTEER_FIRST_CV = """Sam Okafor
sam@example.com

VOLUNTEERING
Food Bank Coordinator, Eastgate Food Bank, 2022 – present
- Coordinate 30 volunteers

EXPERIENCE
Payroll Officer, Marlowe Accounting Ltd, 2019 – 2022
- Ran monthly payroll for 400 staff
Payroll Assistant, Denby & Co, 2016 – 2019
- Processed timesheets
"""

PROJECTS_FIRST_CV = """Lena Ostrova
lena@example.com

PROJECTS
Open Tracker — personal project, 2023 – 2024
- Wrote a Flask app for tracking parcels

EXPERIENCE
Backend Developer, Quillmark Software GmbH, 2021 – 2023
- Built REST APIs in Python
Intern, Tessel Data Ltd, 2020 – 2021
- Cleaned data in SQL

EDUCATION
MSc Computer Science, Technical University of Brenn, 2019 – 2021
"""

STUDY_NEWER_CV = """Mia Laurent
mia@example.com

EXPERIENCE
Marketing Executive, Brightfield Media Ltd, 2018 – 2021
- Planned campaigns for retail clients
Marketing Assistant, Osprey Print Ltd, 2016 – 2018
- Wrote newsletters

EDUCATION
MBA, Castleford Business School, 2021 – 2023
"""

MONTH_CV = """Wen Li
wen@example.com

EDUCATION
University of Harrowgate, Leeds
BSc Statistics Expected Graduation: June 2025

ADDITIONAL EXPERIENCE
Kestrel Grocers Leeds, UK
Shift Supervisor June – August 2023 and 2024
- Trained new staff on the tills
"""

INVOLVEMENT_CV = """Ravi Menon
ravi@example.com

Work Experience
Jan 2019–Jan 2021 Software Developer, Corvane Systems.
Built the billing service.
Other Involvement
2016 Class Representative, University of Lowmoor.
Organised the department's open day.
"""


def _quoted(cv: str) -> dict:
    return quotable_facts(extract_cv_facts(cv), cv)


def test_a_header_on_three_lines_is_quoted_as_its_title_and_employer_lines_never_its_dates() -> None:
    line, goes_on = _quoted(THREE_LINE_CV)["opener_line"]
    assert line == "Operations Analyst — Harbourline Logistics Ltd"  # no town (rc28 m6)
    assert "2021" not in line and not goes_on


def test_a_title_line_with_its_dates_is_quoted_with_the_employers_line_below() -> None:
    line, goes_on = _quoted(TITLE_DATES_CV)["opener_line"]
    assert line.startswith("Postdoctoral Researcher") and line.endswith("Institute of Marine Chemistry")
    assert goes_on


def test_entries_listed_oldest_first_open_on_the_last_one() -> None:
    line, goes_on = _quoted(OLDEST_FIRST_CV)["opener_line"]
    assert "Store Manager, Ridgeway Home Stores" in line and goes_on


def test_a_volunteer_post_dated_later_is_neither_the_opener_nor_an_employer_named() -> None:
    quoted = _quoted(VOLUNTEER_FIRST_CV)
    assert quoted["opener_line"][0] == "Payroll Officer, Marlowe Accounting Ltd"  # the quote drops the dates (rc27 N10)
    named = [*quoted["employers"], *(quoted.get("achievement_employer") or {}).values()]
    assert named and not any("Food Bank" in e for e in named)


def test_a_project_above_the_jobs_is_not_the_opener() -> None:
    assert _quoted(PROJECTS_FIRST_CV)["opener_line"][0] == "Backend Developer, Quillmark Software GmbH"  # the quote drops the dates (rc27 N10)


def test_a_study_dated_after_the_last_job_is_not_the_opener() -> None:
    line = _quoted(STUDY_NEWER_CV)["opener_line"][0]
    assert line.startswith("Marketing Executive, Brightfield Media Ltd") and "MBA" not in line


def test_a_month_is_never_named_as_an_employer() -> None:
    quoted = _quoted(MONTH_CV)
    assert not any(calendar_word(e) for e in quoted["employers"])
    assert not quotable_employer("June", MONTH_CV) and calendar_word("Sept.") and not calendar_word("Junebug Ltd")


def test_a_discipline_is_never_named_as_an_employer() -> None:
    for name in ("Software Engineering", "Data Science", "Research and Development", "Product Design"):
        assert field_of_work(name) and not quotable_employer(name)
    assert not field_of_work("Acme Engineering") and quotable_employer("Acme Engineering")


def test_an_organisation_under_a_side_heading_is_not_named_in_a_lead() -> None:
    quoted = _quoted(INVOLVEMENT_CV)
    assert "Corvane Systems" in quoted["employers"]
    assert "University of Lowmoor" not in quoted["employers"]
    assert employer_entries("University of Lowmoor", INVOLVEMENT_CV) == []
    assert side_section("Other Involvement") and side_section("Leadership & Activities")
    assert not side_section("Work Experience") and not side_section("Professional Experience")


FREELANCE_CV = """Dana Ilie
dana@example.com

EXPERIENCE
Freelance Web Developer, Upwork, 2019 – present
- Built shop sites for twelve clients in WordPress
Web Developer, Carpathia Media SRL, 2016 – 2019
- Kept the newsroom's site running
"""

FRENCH_SIDE_CV = """Léa Marchand
lea@example.com

EXPÉRIENCE PROFESSIONNELLE
Chargée de projet, Atelier Voirie SARL, 2020 – 2023
- Suivi de chantiers pour la ville
CENTRES D’INTÉRÊT
Secouriste, Protection Civile du Val, 2017 – 2021
- Postes de secours lors des fêtes
"""


def test_a_freelance_marketplace_is_not_named_as_an_employer() -> None:
    quoted = _quoted(FREELANCE_CV)
    assert "Upwork" not in quoted["employers"] and "Carpathia Media SRL" in quoted["employers"]
    assert not quotable_employer("Codeforces") and quotable_employer("Carpathia Media SRL", FREELANCE_CV)


def test_an_organisation_under_a_french_interests_heading_is_not_named_in_a_lead() -> None:
    quoted = _quoted(FRENCH_SIDE_CV)
    assert not any("Protection Civile" in e for e in quoted["employers"])
    assert employer_entries("Protection Civile du Val", FRENCH_SIDE_CV) == []  # no entry a lead may name
    assert employer_entries("Atelier Voirie SARL", FRENCH_SIDE_CV)
    assert side_section("CENTRES D’INTÉRÊT") and not side_section("EXPÉRIENCE PROFESSIONNELLE")
