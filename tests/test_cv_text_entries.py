"""CV facts, issue 15 point 1: the job and school entries of DOCX, Markdown and plain-text CVs, one
made-up input per kind of mistake found by reading the dev corpus's text CVs (no corpus CV's text or
names): a department after a title's dash, an employer name cut or kept with its region, a quoted
Markdown heading, entries parted only by blank lines, a table's heading row, table rows quoted with
pipes, and CVs with no section headings at all."""

from __future__ import annotations

from docx import Document
from docx.oxml import parse_xml

from core.analysis import extract_cv_facts
from core.documents import extract_text
from tests import doc_factories as f


def _lower(values) -> set[str]:
    return {v.casefold() for v in values}


# --- 1. a DOCX whose headings sit in text boxes: a title's field after a dash is no employer --------

_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _text_box(text: str):
    return parse_xml(f"""
<w:r {_W_NS} xmlns:v="urn:schemas-microsoft-com:vml">
  <w:pict><v:shape><v:textbox><w:txbxContent>
    <w:p><w:r><w:t>{text}</w:t></w:r></w:p>
  </w:txbxContent></v:textbox></v:shape></w:pict>
</w:r>""")


def _boxed_headings_docx() -> bytes:
    document = Document()
    header = document.sections[0].header.paragraphs[0]
    header._p.append(_text_box("Robin Ashdown"))
    header._p.append(_text_box("Page 1"))
    lines = [
        ("box", "WORK EXPERIENCE"),
        ("", "Platform Engineer | June 2018 – Present"),
        ("", "Harwell Pictures – Burbank, CA"),
        ("-", "Automated the render farm's provisioning with Ansible for 300 servers"),
        ("", "Manager – Field Operations | May 2014 – June 2018"),
        ("", "Corbel Studios – Glendale, CA"),
        ("-", "Moved 120 staff between two offices over one weekend with no lost workday"),
        ("", "Supervisor – Network Services | March 2010 – May 2014"),
        ("", "Lantern Media Partners – Pasadena, CA"),
        ("-", "Ran the help desk for 400 users and a VMware cluster of 30 hosts"),
        ("box", "EDUCATION"),
        ("", "Bachelor of Science in Electronics – Westbrook Technical College"),
    ]
    for kind, text in lines:
        if kind == "box":
            document.add_paragraph()._p.append(_text_box(text))
        elif kind == "-":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    return f.docx_bytes(document)


def test_a_title_with_its_field_after_a_dash_and_dates_keeps_the_employer_of_the_next_line():
    text = extract_text(_boxed_headings_docx(), "cv.docx")
    assert "WORK EXPERIENCE" in text.splitlines()  # the text box's heading is read
    facts = extract_cv_facts(text)
    assert facts["employers"] == ["Harwell Pictures", "Corbel Studios", "Lantern Media Partners"]
    assert not _lower(facts["employers"]) & {"field operations", "network services"}
    assert ("Manager – Field Operations", "Corbel Studios") in facts["jobs"]


# --- 2. Markdown ------------------------------------------------------------------------------------

def test_an_employer_ending_in_union_in_capitals_keeps_its_last_word():
    cv = """# Sam Okoro

## EXPERIENCE

### HARBOURSIDE CREDIT UNION – Member Services Manager
*Mar 2019 - Present*

- Grew member deposits by 14% in two years

## EARLIER ROLES

**MERIDIAN TEACHERS UNION** – Membership Officer (Jan 2015 - Feb 2019)
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Harbourside Credit Union", "Meridian Teachers Union"]


def test_a_bracketed_region_and_country_after_an_employer_is_no_part_of_its_name():
    cv = """# Li Wen

## Work Experience

**Community Liaison Officer**
*Riverside Language Association (Hebei, China)* | 2012–2016
- Organised weekly classes for 60 adult learners

**Office Assistant**
*Jadeport Trading Company (Fujian, China)* | 2009–2012
- Kept the stock ledger for 300 product lines
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Riverside Language Association", "Jadeport Trading Company"]


def test_quoted_markdown_headings_of_dated_entries_give_title_and_employer():
    cv = """---
layout: page
title: "CV"
---

Work Experience
======

> ### 2021 - Present: Road Safety Services Investigator (Contract), Ministry of Transport - ROADSAFE
> * Investigated 40 incident files a quarter and wrote their reports
<br>

> ### 2018 - 2021: Dispatch Training Officer, Lakeshore Ambulance Services
> * Trained 25 new dispatchers in call handling and radio procedure
<br>

> ### 2016 - 2018: Emergency Call-Taker, Lakeshore Ambulance Services
> * Answered emergency calls and logged them in the dispatch system
<br>
"""
    facts = extract_cv_facts(cv)
    assert facts["jobs"] == [
        ("Road Safety Services Investigator (Contract)", "Ministry of Transport"),
        ("Dispatch Training Officer", "Lakeshore Ambulance Services"),
        ("Emergency Call-Taker", "Lakeshore Ambulance Services"),
    ]
    assert not any(line.startswith("#") for line in facts["bullets"])


# --- 3. plain text -------------------------------------------------------------------------------

_PLAIN_CV = """Morgan Tallis
morgan.tallis@example.com

Education
Degree Major    Institution           Graduation Year
M.S. in Chemistry, Eastfield State University, Dayton, OH, 2018
B.S. in Biology, Eastfield State University, Dayton, OH, 2015

RELEVANT EXPERIENCE

HARBOUR VISION CARE, LAKESIDE UNIVERSITY HEALTH SYSTEM             2019 – PRESENT
Data Analyst: Retina Imaging Unit


EASTFIELD STATE UNIVERSITY, DAYTON, OH          2012 – 2018

Research Assistant:
Undergraduate (2012-2015) – Worked in a protein chemistry laboratory on enzyme kinetics.
\u2022             Measured reaction rates for 30 enzyme variants with a plate reader
"""


def test_a_plain_text_employer_line_with_right_hand_dates_after_a_whole_entry_opens_the_next():
    facts = extract_cv_facts(_PLAIN_CV)
    assert "Eastfield State University" in facts["employers"]
    assert facts["jobs"][0][0].startswith("Data Analyst")
    assert facts["jobs"][0][1] == "Harbour Vision Care, Lakeside University Health System"


def test_an_employer_line_naming_a_practice_and_its_health_system_with_a_comma_is_one_employer():
    facts = extract_cv_facts(_PLAIN_CV)
    assert facts["employers"][0] == "Harbour Vision Care, Lakeside University Health System"
    assert "Lakeside University Health System" not in facts["employers"]


def test_a_table_heading_row_over_degrees_is_no_school():
    facts = extract_cv_facts(_PLAIN_CV)
    assert facts["schools"] == ["Eastfield State University"]


def test_a_department_or_a_field_before_an_organisation_is_not_joined_to_it():
    from core.analysis.cv_entries import parse_header

    assert parse_header(["Research Fellow", "Department of Biology, Eastfield State University  2012 – 2018"])[1] == (
        "Eastfield State University")
    assert parse_header(["Engineer", "Payments Team, Globex Corporation  2019 – 2021"])[1] == "Globex Corporation"
    # the title's own line: the name after the title is the employer, nothing joined
    assert parse_header(["Analyst, Northwind Labs  2019 – 2021"]) == ("Analyst", "Northwind Labs")


# --- 4. DOCX tables read as a person would write them ------------------------------------------

def _table_docx(rows: list[list[str]]) -> bytes:
    document = Document()
    document.add_paragraph("Experience")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    return f.docx_bytes(document)


def test_a_label_and_its_text_in_a_table_row_read_as_label_colon_text():
    text = extract_text(_table_docx([
        ["Project", "Rebuilt the booking service for 3 regional markets in six months"],
        ["Responsibilities:", "Led a team of five engineers and owned the release calendar"],
    ]), "cv.docx")
    assert text.splitlines()[1:] == [
        "Project: Rebuilt the booking service for 3 regional markets in six months",
        "Responsibilities: Led a team of five engineers and owned the release calendar",
    ]
    assert "|" not in text


def test_a_layout_table_row_with_a_sentence_reads_its_cells_in_order_on_their_own_lines():
    data = _table_docx([
        ["2019 – 2023", "Northwind Labs", "Led the migration of 40 services to Kubernetes with no downtime"],
        ["2016 – 2019", "Globex Corporation", "Cut the monthly cloud bill by 30% by rightsizing 200 instances"],
    ])
    text = extract_text(data, "cv.docx")
    assert "|" not in text
    assert text.splitlines()[1:4] == ["2019 – 2023", "Northwind Labs",
                                       "Led the migration of 40 services to Kubernetes with no downtime"]
    facts = extract_cv_facts(text)
    assert not any("|" in a for a in facts["achievements"])
    assert "Led the migration of 40 services to Kubernetes with no downtime" in facts["achievements"]


def test_a_data_table_of_short_cells_keeps_its_columns():
    text = extract_text(_table_docx([["Company", "Position", "Dates"], ["Globex", "Analyst", "2019 – 2021"]]), "cv.docx")
    assert text.splitlines()[1:] == ["Company | Position | Dates", "Globex | Analyst | 2019 – 2021"]
    assert extract_cv_facts(text)["jobs"] == [("Analyst", "Globex")]


# --- 5. no section headings at all: entries by their shape --------------------------------------

def test_a_cv_without_headings_reads_jobs_by_shape_and_its_degree_line_as_a_school():
    cv = """Dana Whitfield
dana.whitfield@example.com | 555-0133

Operations coordinator with eight years in warehousing and fleet logistics.

Operations Coordinator
Northgate Freight Ltd, Leeds | 2019 – Present
- Scheduled 40 drivers a week across three depots
- Cut late deliveries by 18% with a new routing rota

Warehouse Supervisor
Brightwell Stores, York | 2015 – 2019
- Led a team of 12 pickers on the night shift

BSc Logistics, University of Hull, 2011 – 2014

Forklift licence, first aid at work, Excel, SAP
"""
    facts = extract_cv_facts(cv)
    assert facts["jobs"] == [("Operations Coordinator", "Northgate Freight Ltd"), ("Warehouse Supervisor", "Brightwell Stores")]
    assert facts["employers"] == ["Northgate Freight Ltd", "Brightwell Stores"]
    assert facts["schools"] == ["University of Hull"]


def test_a_cv_without_headings_in_one_line_entries_keeps_the_university_out_of_the_jobs():
    cv = """Dana Whitfield
dana.whitfield@example.com

Northgate Freight Ltd — Operations Coordinator — 2019 to Present
Scheduled 40 drivers a week across three depots and cut late deliveries by 18% with a new routing rota.

Brightwell Stores — Warehouse Supervisor — 2015 to 2019
Led a team of 12 pickers on the night shift and trained new starters.

University of Hull — BSc Logistics — 2011 to 2014
"""
    facts = extract_cv_facts(cv)
    assert facts["current_title"] == "Operations Coordinator"
    assert facts["employers"] == ["Northgate Freight Ltd", "Brightwell Stores"]
    assert facts["schools"] == ["University of Hull"]


def test_only_a_degree_line_with_no_title_is_read_as_an_education_entry_by_its_shape():
    from core.analysis.cv_schools import degree_school

    assert degree_school("BSc Logistics, University of Hull, 2011 – 2014") == "University of Hull"
    assert degree_school("University of Hull — BSc Logistics — 2011 to 2014") == "University of Hull"
    assert degree_school("Lecturer in Economics, BSc programmes, University of Hull | 2016 – Present") == ""
    assert degree_school("Northgate Freight Ltd — Operations Coordinator — 2019 to Present") == ""


# --- JSON Resume: an institution without an institution word --------------------------------------

def test_a_json_resume_institution_without_a_school_word_is_read_as_the_school():
    import json

    resume = {
        "basics": {"name": "Kit Marlow", "label": "QA Engineer"},
        "work": [{"name": "Globex Corporation", "position": "QA Engineer", "startDate": "2018-03-01",
                  "highlights": ["Automated 400 regression tests with Cypress"]}],
        "education": [{"institution": "Brightpath", "area": "Web Development and Quality Assurance",
                       "studyType": "Certificate of Completion", "startDate": "2016-02-01", "endDate": "2017-01-31"}],
    }
    text = extract_text(json.dumps(resume).encode(), "resume.json")
    facts = extract_cv_facts(text)
    assert facts["schools"] == ["Brightpath"]
    assert facts["employers"] == ["Globex Corporation"]


def test_a_degree_line_names_its_school_after_at_or_from_but_not_a_grade_or_a_place():
    from core.analysis.cv_schools import school_after_at

    assert school_after_at("Diploma in Coding from Year Ahead, 2016 - 2017") == "Year Ahead"
    assert school_after_at("BSc Computing from Northwind in Leeds, 2016 – 2019") == "Northwind"
    assert school_after_at("Graduated at Top of Class") == ""
    assert school_after_at("MSc Finance at London, 2019") == ""
    assert school_after_at("Worked at Acme Corp") == ""


def test_a_cv_without_headings_does_not_read_the_name_and_contact_lines_into_the_first_entry():
    cv = """Alex Kim
alex.kim@example.com

Senior Accountant, Harper & Lowe Advisory (2019 - Present)
Prepared monthly closes for 14 entities and cut close time by 3 days.

Staff Accountant, Brightwater Foods (2016 - 2019)
Reconciled 25 bank accounts monthly.

Bachelor of Commerce, University of Toronto (2012 - 2016)
"""
    facts = extract_cv_facts(cv)
    assert facts["jobs"] == [("Senior Accountant", "Harper & Lowe Advisory"), ("Staff Accountant", "Brightwater Foods")]
    assert facts["current_title"] == "Senior Accountant"
    assert facts["schools"] == ["University of Toronto"]


def test_a_partnership_after_a_title_is_the_employer_not_the_titles_function():
    from core.analysis.cv_entries import parse_header

    assert parse_header(["Senior Accountant, Harper & Lowe LLP", "Audit Practice | 2019 – Present"]) == (
        "Senior Accountant", "Harper & Lowe LLP")


def test_an_employer_in_capitals_keeps_its_legal_form_in_its_usual_case():
    cv = """JORDAN REYES

PROFESSIONAL EXPERIENCE

ACME LOGISTICS INC.                                   Chicago, IL
Senior Operations Analyst                       Jan 2020 - Present
  * Built a demand forecast that cut overstock by 12%
"""
    assert extract_cv_facts(cv)["employers"] == ["Acme Logistics Inc."]


def test_a_title_ending_in_a_listed_person_noun_after_a_role_word_stays_whole():
    cv = """Chris Doyle

EMPLOYMENT

Northgate Council, 2018 - present
Housing Officer
Managed a caseload of 120 tenancies.

Riverside Housing Trust, 2014 - 2018
Tenancy Support Worker
Supported 40 tenants a year to keep their homes.
"""
    facts = extract_cv_facts(cv)
    assert facts["jobs"] == [("Housing Officer", "Northgate Council"), ("Tenancy Support Worker", "Riverside Housing Trust")]


def test_questions_never_quote_a_table_row_with_its_pipes():
    from core.coach.plan import plan_items

    document = Document()
    document.add_paragraph("Sam Lee")
    document.add_paragraph("Experience")
    document.add_paragraph("Data Engineer, Northwind Labs, 2020 – Present")
    table = document.add_table(rows=3, cols=2)
    for r, (what, year) in enumerate([("Cut cloud costs by 20%", "2021"), ("Migrated 40 services to Kafka", "2022"),
                                      ("Reduced report runtime by 35%", "2023")]):
        table.cell(r, 0).text = what
        table.cell(r, 1).text = year
    cv = extract_text(f.docx_bytes(document), "cv.docx")
    assert "Cut cloud costs by 20% | 2021" in cv  # a data table's short cells keep their columns in the text
    items = [i for s in range(4) for i in plan_items(
        cv, "Data engineer: Kafka, cost control, reporting.", "Data Engineer", interview_type="mixed", seniority="mid",
        count=10, company="", seed=str(s), focus=None)]
    achievements = [i.text for i in items if i.source == "achievement"]
    assert achievements, [i.text for i in items]
    assert not any("|" in i.text for i in items)
