"""Session 24: the CV reader on layouts nobody tuned on (made-up CV text of the same layouts as the faults)."""

from __future__ import annotations

from core.analysis.cv import extract_cv_facts

# a JSON Resume rendered as text: each job's header written title first in lower case, after the last bullet of the
# job before (the bullet does not end with a full stop)
_LOWER_HEADERS = """Mara Quist
Experience
editor, Harbour Gazette, March 2022 – present
- covered the city council and the schools board
features writer, Northgate Courier, June 2019 – March 2022
- wrote the weekend long reads
copy editor, Millbrook Times, 2016 – 2019
- checked the sports pages
Education
BA Journalism, University of Eastvale, 2012 - 2016
"""


def test_a_lower_case_dated_header_after_a_bullet_is_the_next_job_not_the_bullets_rest() -> None:
    facts = extract_cv_facts(_LOWER_HEADERS)
    assert ("features writer", "Northgate Courier") in [tuple(j) for j in facts["jobs"]]
    assert {"Harbour Gazette", "Northgate Courier", "Millbrook Times"} <= set(facts["employers"])
    assert not any("board" in role or "long reads" in role for role, _ in facts["jobs"])


# a two-column CV whose "Professional Experience" heading comes before a "Skills" box, so the jobs are read after the
# skills; each entry is the employer, its town, a department's name wrapped onto two lines, the title and the dates
_WRAPPED_DEPARTMENT = """Lena Ostrova
4 Quay Street | 0161 555 0192
Objective | A service designer seeking a role where research shapes the product.
Professional Experience
Skills | Workshop facilitation
- Journey mapping and service blueprints
- Figma, Miro, Dovetail
KESTREL WATER
Leeds, UK
Customer Insight & Design
Department
Service Designer
March 2019-Present
Ran discovery interviews with customers and field engineers and turned them into service blueprints for the board.
- Mapped the billing journey end to end
- Led fortnightly research readouts for product managers
Harrowgate Mutual
York, UK
Member Research
Division
Research Assistant
June 2016-March 2019
Recruited members for interviews and kept the research library up to date for the whole insight team.
- Ran 40 remote interviews a year
"""


def test_a_department_wrapped_onto_its_own_line_is_never_the_employer() -> None:
    facts = extract_cv_facts(_WRAPPED_DEPARTMENT)
    employers = {e.casefold() for e in facts["employers"]}
    assert not employers & {"department", "division"}
    assert not any(e.casefold() in ("department", "division") for _, e in facts["jobs"])
    assert ("Service Designer", "Kestrel Water") in [tuple(j) for j in facts["jobs"]]
    assert ("Research Assistant", "Harrowgate Mutual") in [tuple(j) for j in facts["jobs"]]


def test_a_lone_unit_word_is_no_employer_of_a_header() -> None:
    from core.analysis.cv_entries import parse_header

    assert parse_header(["Office", "Facilities Coordinator", "May 2018-Present"])[1] == ""
    assert parse_header(["Brightwater Hotels", "Guest Services", "Department", "Night Manager", "2019 - 2022"]) == (
        "Night Manager", "Brightwater Hotels")


def test_a_unit_and_its_organisation_joined_by_a_dash_name_the_organisation() -> None:
    from core.analysis.cv_entries import parse_header

    assert parse_header(["Research Technician", "Coastal Robotics Team- Eastvale Polytechnic University",
                         "2015 to 2017"]) == ("Research Technician", "Eastvale Polytechnic University")
    assert parse_header(["Help Desk Lead", "Campus Computing Services-Northgate State University",
                         "April 2014 to May 2016"]) == ("Help Desk Lead", "Northgate State University")
    # a name written with a hyphen of its own stays whole
    assert parse_header(["Analyst", "Hewlett-Packard", "2012 - 2014"]) == ("Analyst", "Hewlett-Packard")


def test_a_title_wrapped_after_its_slash_is_one_title_and_the_employer_above_it_is_kept() -> None:
    text = _WRAPPED_DEPARTMENT.replace("- Ran 40 remote interviews a year\n", """- Ran 40 remote interviews a year
Pellworth Trading Ltd
Hull, UK
Stock Controller/
Buyer
Jan 2012-May 2016
Kept the stock records of three warehouses and placed the weekly orders with forty suppliers.
- Cut write-offs by a third
""")
    jobs = [tuple(j) for j in extract_cv_facts(text)["jobs"]]
    assert ("Stock Controller/ Buyer", "Pellworth Trading Ltd") in jobs or ("Stock Controller/Buyer", "Pellworth Trading Ltd") in jobs


def test_a_title_whose_last_words_are_a_title_of_their_own_is_not_cut_into_title_and_employer() -> None:
    from core.analysis.cv_entries import parse_header

    assert parse_header(["Lead Warehouse Worker - Northwind Distribution", "02/2019 – 07/2020"]) == (
        "Lead Warehouse Worker", "Northwind Distribution")
    assert parse_header(["Lead Kitchen Worker - Harbour Hotels", "2018 - 2020"]) == ("Lead Kitchen Worker", "Harbour Hotels")
    # a title run into the employer's name with one space is still cut after the title
    assert parse_header(["Marketing Coordinator Acme Foods", "2019 - 2021"]) == ("Marketing Coordinator", "Acme Foods")


# each job written "Title - Employer" on one line, the latest title an acronym of the team's function
_ACRONYM_TITLE = """Dana Whitlock
Professional Experience
RMA - Northwind Fulfilment
06/2021 - Current
-Lead the returns audits of a distribution centre and report the defect rate each week.
-Trained six auditors on the new scanning process.
Lead Warehouse Worker - Northwind Fulfilment
03/2018 – 06/2021
-Managed a shift of 40 pickers and packers.
Education
High School Diploma, Eastvale High School, 2014
"""


def test_an_acronym_before_the_employer_another_entry_names_is_the_title() -> None:
    facts = extract_cv_facts(_ACRONYM_TITLE)
    assert ("RMA", "Northwind Fulfilment") in [tuple(j) for j in facts["jobs"]]
    assert "RMA" not in facts["employers"] and "Northwind Fulfilment" in facts["employers"]
    assert facts["current_title"] == "RMA"


def test_a_labelled_employer_loses_its_bracketed_other_name_as_any_other_does() -> None:
    from core.analysis.cv_entries import parse_header

    assert parse_header(["Position: Test Engineer", "Company: Fennick Labs, the garage workshop (Skylark)",
                         "July 2023 – November 2023"]) == ("Test Engineer", "Fennick Labs, the garage workshop")
    assert parse_header(["Job Title: Developer", "Employer: Tolland Systems, Inc. (acquired by Initech)",
                         "2015 - 2017"]) == ("Developer", "Tolland Systems, Inc.")
    # a bracket that is part of the name stays
    assert parse_header(["Job Title: Developer", "Employer: Marlow Foods (UK) Ltd", "2015 - 2017"])[1] == "Marlow Foods (UK) Ltd"


def test_an_employers_name_wrapped_after_the_dash_of_its_header_is_joined_back() -> None:
    text = """Ruth Ellery
Experience
Lead Radiographer (Reporting) — Ashby Royal
Infirmary NHS Trust, Ashby | Jan 2021 – Present
- Reported on chest and skeletal X-rays for the emergency department.
Radiographer — Fenmoor
University Hospitals, Fenmoor | 2016 – 2020
- Ran the CT lists three days a week.
Education
BSc Diagnostic Radiography, University of Eastvale, 2012 - 2016
"""
    jobs = [tuple(j) for j in extract_cv_facts(text)["jobs"]]
    assert ("Lead Radiographer (Reporting)", "Ashby Royal Infirmary NHS Trust") in jobs
    assert ("Radiographer", "Fenmoor University Hospitals") in jobs


def test_a_skill_quoted_from_inside_brackets_keeps_the_skill_in_the_quote() -> None:
    from core.analysis.cv_line_quote import skill_line

    cv = """Experience
Data Analyst at Brightwater Energy | Leeds
2019-2022
- Started the use of text mining for customer research, such as complaint clustering (Python), and now builds weekly reporting dashboards that feed roughly 90k rows of meter data to the pricing team.
"""
    quote = skill_line("Python", cv)
    assert "Python" in quote
    assert quote.replace("…", "").strip() in cv.replace("\n", " ")
