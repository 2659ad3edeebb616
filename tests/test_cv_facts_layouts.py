"""CV facts, issue 15 point 1, generalising: one small hand-written CV per layout kind a job entry
comes in (title and employer on one line or two, either order, dates left or right, "at", "@", "|",
"—", Markdown, JSON Resume), per way of naming the experience section, and per kind of role outside
software (nurse, teacher, pharmacist, paralegal, barista...), with the current title and employers a
reader of that CV would write down."""

from __future__ import annotations

import json

import pytest

from core.analysis import extract_cv_facts
from core.analysis.cv_lines import is_role, section_kind
from core.documents import extract_text

KINDS = {
    "title, employer, city, dates on one line": ("""Work History
Registered Nurse, St. Mary's Medical Center, Tucson, AZ, March 2019 - Present
- Triaged 30 patients per shift in a level II trauma unit
Charge Nurse, Banner Health, Phoenix, AZ, 2015 - 2019
- Led a team of 8 nurses on night shift
""", "Registered Nurse", ["St. Mary's Medical Center", "Banner Health"]),
    "title line, employer line, dates line": ("""Professional Experience
Staff Accountant
Deloitte
Jan 2018 – Present
• Closed the books monthly for 12 clients
Accounts Payable Clerk
Smith & Co
2015 – 2017
• Processed 400 invoices a week
""", "Staff Accountant", ["Deloitte", "Smith & Co"]),
    "employer line, then title with dates": ("""Employment
Lincoln High School — Springfield, IL
English Teacher, Aug 2016 – Present
• Taught 150 students a year
Riverside Middle School — Peoria, IL
Substitute Teacher, 2014 – 2016
• Covered classes across grades 6-8
""", "English Teacher", ["Lincoln High School", "Riverside Middle School"]),
    "Employer — Title (dates)": ("""Experience
Nordstrom — Sales Associate  (2019 – 2021)
- Sold $300k of shoes a year
Starbucks — Barista  (2017 – 2019)
- Made 200 drinks per shift
""", "Sales Associate", ["Nordstrom", "Starbucks"]),
    "Title at Employer, named like its product": ("""Career
Account Executive at Salesforce
2020 - present
- Closed $1.2M in new business
Sales Development Representative at HubSpot
2018 - 2020
- Booked 40 meetings a month
""", "Account Executive", ["Salesforce", "HubSpot"]),
    "Title | Employer | dates, a title the lexicon lacks": ("""Relevant Experience
Paralegal | Baker McKenzie | 2021 - Present
- Drafted 50 contracts
Legal Assistant | Jones Day | 2019 - 2021
- Filed court documents
""", "Paralegal", ["Baker McKenzie", "Jones Day"]),
    "Employer | Title | dates, a one-word employer that is also a town": ("""Retail Experience
Nordstrom | Sales Associate | 2019 - 2021
- Sold shoes
Gap | Stock Associate | 2017 - 2019
- Restocked shelves
""", "Sales Associate", ["Nordstrom", "Gap"]),
    "Markdown: ### Title, **Employer** · dates": ("""## Experience
### Senior Product Designer
**Airbnb** · San Francisco · 2020 – Present
- Redesigned the booking flow in Figma
### Product Designer
**Dropbox** · 2017 – 2020
- Built a design system
""", "Senior Product Designer", ["Airbnb", "Dropbox"]),
    "Markdown: ### Employer, **Title** — dates": ("""## Work Experience
### Shopify
**Senior Data Analyst** — 2021 – Present
- Built dbt models in SQL
### Wayfair
**Data Analyst** — 2018 – 2021
- Ran A/B tests in Python
""", "Senior Data Analyst", ["Shopify", "Wayfair"]),
    "dates on the left, right after a bullet": ("""Experience
2019 – Present    Pharmacist, CVS Health, Boston, MA
- Filled 300 prescriptions a day
2016 – 2019    Pharmacy Technician, Walgreens, Cambridge, MA
- Managed inventory
""", "Pharmacist", ["CVS Health", "Walgreens"]),
    "one-word titles the lexicon lacks": ("""Work Experience
Cashier
Walmart, Dallas, TX | 2021 - 2022
- Handled $5k daily
Barista
Blue Bottle Coffee, Austin, TX | 2019 - 2021
- Trained 4 new staff
""", "Cashier", ["Walmart", "Blue Bottle Coffee"]),
    "titles in capitals, a product-named employer": ("""PROFESSIONAL EXPERIENCE
SENIOR SOFTWARE ENGINEER
Stripe, Dublin, Ireland                         2020 - Present
• Built Go services
SOFTWARE ENGINEER
Intercom, Dublin                                2017 - 2020
• Wrote Ruby on Rails
""", "Senior Software Engineer", ["Stripe", "Intercom"]),
    "Title @ Employer (dates)": ("""Experience
Data Engineer @ Monzo (2021 – Present)
- Built Airflow DAGs
Data Analyst @ Deliveroo (2019 – 2021)
- SQL dashboards
""", "Data Engineer", ["Monzo", "Deliveroo"]),
    "a two-letter employer, jobs listed oldest first": ("""Experience
Junior Accountant, PwC, 2014 – 2017
- Audited retail clients
Senior Accountant, EY, 2017 – Present
- Led audits of 5 clients
""", "Senior Accountant", ["PwC", "EY"]),
    "a title the list has by its head word": ("""Employment History
Dental Hygienist, Bright Smiles Dental, Denver, CO, 2018 - Present
- Cleaned teeth for 10 patients a day
Dental Assistant, Aspen Dental, Boulder, CO, 2015 - 2018
- Took x-rays
""", "Dental Hygienist", ["Bright Smiles Dental", "Aspen Dental"]),
    "employer in capitals over the title line": ("""EXPERIENCE
ACME CORPORATION, Chicago, IL
Senior Financial Analyst, January 2019 – Present
• Built forecasts
GLOBEX INC, Chicago, IL
Financial Analyst, June 2016 – December 2018
• Variance analysis
""", "Senior Financial Analyst", ["Acme Corporation", "Globex Inc"]),
    "one employer, two titles": ("""Experience
Google
Senior Software Engineer   2020 – Present
- Built Kubernetes operators in Go
Software Engineer   2017 – 2020
- Wrote Java services
""", "Senior Software Engineer", ["Google"]),
    "teaching, employers that are universities": ("""Teaching Experience
Lecturer in Economics, University of Bristol, 2019 - present
- Taught macroeconomics to 200 students
Teaching Assistant, London School of Economics, 2016 - 2019
- Ran weekly seminars
""", "Lecturer in Economics", ["University of Bristol", "London School of Economics"]),
}


def _check_title_and_employers(case: tuple[str, str, list[str]]) -> None:
    cv, title, employers = case
    facts = extract_cv_facts(cv)
    assert facts["current_title"] == title
    assert facts["employers"] == employers


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_layout_kind_gives_the_current_title_and_the_employers(kind):
    _check_title_and_employers(KINDS[kind])


def test_json_resume_work_entries_old_and_new_schema():
    resume = {"basics": {"name": "X", "label": "Data Scientist"}, "work": [
        {"name": "Spotify", "position": "Machine Learning Engineer", "startDate": "2020-01-01",
         "highlights": ["Built a recommender in PyTorch"]},
        {"company": "Zalando", "position": "Data Scientist", "startDate": "2017-01-01", "endDate": "2019-12-01"}]}
    facts = extract_cv_facts(extract_text(json.dumps(resume).encode(), "resume.json"))
    assert facts["current_title"] == "Machine Learning Engineer"
    assert facts["employers"] == ["Spotify", "Zalando"]


@pytest.mark.parametrize("heading", [
    "Work History", "Professional Experience", "Employment", "Career", "Relevant Experience", "Clinical Experience",
    "Teaching Experience", "Nursing Experience", "Work and Leadership Experience", "Employment Record",
    "Positions Held", "Professional History", "Work Experiences", "Previous Experience", "EMPLOYMENT HISTORY",
])
def test_experience_headings_in_other_words(heading):
    assert section_kind(heading) == "experience"


@pytest.mark.parametrize("line, kind", [
    ("Volunteer Experience", "other"), ("Technical Experience", "skills"), ("Customer Experience", None),
    ("User Experience", None), ("Project Experience", None),
])
def test_skills_and_side_sections_named_experience_are_no_job_section(line, kind):
    assert section_kind(line) == kind


@pytest.mark.parametrize("title", [
    "Paralegal", "Barista", "Dental Hygienist", "Claims Adjuster", "Pharmacist", "Phlebotomist",
    "Electrician", "Librarian", "Underwriter", "Charge Nurse", "Scrum Master", "Video Producer", "Equity Trader",
])
def test_titles_outside_the_role_lexicon_are_read_as_titles(title):
    assert is_role(title)


@pytest.mark.parametrize("name", [
    "Computer Science", "Business Development", "Moxie Pest Control", "Blue Bottle Coffee", "Whole Foods Market",
    "Baker McKenzie", "San Francisco", "Health Services",
])
def test_fields_and_organisations_are_not_titles(name):
    assert not is_role(name)


def test_a_current_title_is_not_taken_from_an_ended_job_listed_first_only_when_one_runs_to_present():
    cv = """Experience
Senior Engineer, Acme Labs, 2024 -
- Built services
Founder, Side Studio, 2010 - present
- Designs websites
"""
    # the first job has no end year: it is the current one, though a later entry runs to "present"
    assert extract_cv_facts(cv)["current_title"] == "Senior Engineer"


def test_a_dated_header_without_a_role_word_takes_its_title_by_position():
    cv = """Work Experience
Initech Inc. - Storage - Query Planner R&D(Golang/Rust) August 2023 – Present
- Rewrote the cost model
Initech Inc. - Platform - Full-Stack Engineer(Java/JS) 2019 – 2023
- Built the admin pages
"""
    facts = extract_cv_facts(cv)
    assert facts["current_title"] == "Query Planner R&D"  # the stack in brackets is no part of the title
    assert facts["employers"] == ["Initech Inc."]


def test_the_title_of_a_later_job_is_not_the_current_one_when_the_first_job_has_none():
    cv = """Experience
Globex Corporation, Berlin, 2022 – Present
- Ran the data platform
Data Engineer, Initech Inc, 2019 – 2022
- Built pipelines
"""
    assert extract_cv_facts(cv)["current_title"] != "Data Engineer"


def test_a_dated_award_line_after_a_job_is_no_employer():
    cv = """Work Experience
Acme Labs | Remote
AI Intern | Nov 2022 - Dec 2022
- Built a chat bot in Python
Achievements
2021 | Cleared First Round, National Hackathon | India
"""
    assert extract_cv_facts(cv)["employers"] == ["Acme Labs"]


def _docx_table(rows: list[list[str]]) -> bytes:
    """A DOCX holding one table; a cell's lines are its paragraphs (no list markers)."""
    import io

    import docx

    document = docx.Document()
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            for index, line in enumerate(text.split("\n")):
                (cell.paragraphs[0] if index == 0 else cell.add_paragraph()).add_run(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


DOCX_KINDS = {
    "dates in a left cell, title and employer lines in the right, bullets without markers": ([
        ["", "EXPERIENCE"],
        ["2019 – Present", "Store Manager\nTarget, Denver, CO\nManaged a team of 40 associates\nCut shrink by 12%"],
        ["2015 – 2019", "Assistant Store Manager\nKohl's, Boulder, CO\nScheduled 25 staff"],
    ], "Store Manager", ["Target", "Kohl's"]),
    "the whole CV in a two-column table, a one-word title after an unmarked bullet": ([[
        "Jane Smith\nSKILLS\nExcel\nQuickBooks",
        "WORK EXPERIENCE\nOffice Administrator\nBrightside Dental | Jan 2020 - Present\nManaged patient scheduling "
        "for 3 dentists\nBookkeeper\nGreen Leaf Landscaping | 2016 - 2019\nProcessed payroll for 30 staff",
    ]], "Office Administrator", ["Brightside Dental", "Green Leaf Landscaping"]),
    "a table of jobs with column headings": ([
        ["Organisation", "Designation", "Duration"],
        ["Brightline Logistics", "Operations Supervisor", "2020 - Present"],
        ["FedEx Ground", "Package Handler", "2017 - 2020"],
    ], "Operations Supervisor", ["Brightline Logistics", "FedEx Ground"]),
}


@pytest.mark.parametrize("kind", list(DOCX_KINDS))
def test_docx_table_layouts(kind):
    rows, title, employers = DOCX_KINDS[kind]
    facts = extract_cv_facts(extract_text(_docx_table(rows), "cv.docx"))
    assert facts["current_title"] == title
    assert facts["employers"] == employers


@pytest.mark.parametrize("line", ["Registered Nurse", "Certified Nursing Assistant", "Licensed Practical Nurse",
                                  "Managed Services Engineer, Acme, 2019 - 2021"])
def test_titles_opening_with_an_ed_word_are_no_unmarked_bullet(line):
    from core.analysis.cv_layout import unmarked_bullet

    assert not unmarked_bullet(line)


GLUED = {
    "title and employer run together, dates right": ("""Experience
Marketing Coordinator Acme Foods May 2020 – Present
• Ran 12 campaigns
Marketing Intern Globex Corporation Jun 2019 – Aug 2019
• Wrote posts
""", "Marketing Coordinator", ["Acme Foods", "Globex Corporation"]),
    "employer and title run together": ("""Experience
Acme Foods Marketing Coordinator 2020 – Present
• Ran 12 campaigns
Globex Corporation Marketing Intern 2019
• Wrote posts
""", "Marketing Coordinator", ["Acme Foods", "Globex Corporation"]),
    "title and employer across a lost tab": ("Experience\nGraphic Designer\tPentagram\n2019 – Present\n- Designed identities\n",
                                             "Graphic Designer", ["Pentagram"]),
}


@pytest.mark.parametrize("kind", list(GLUED))
def test_a_title_and_a_name_run_together_are_split(kind):
    _check_title_and_employers(GLUED[kind])


@pytest.mark.parametrize("part", ["Nurse Practitioner", "Lecturer in Economics", "Software Engineer II",
                                  "McGill Ambassador Program", "Senior Software Engineer", "Bluewave Merchant Partners"])
def test_names_and_titles_that_only_look_glued_stay_whole(part):
    from core.analysis.cv_lines import header_parts

    assert header_parts(part) == [part]


@pytest.mark.parametrize("cv, title, employers", [
    ("Experience\nManager, Customer Success\nZendesk, San Francisco, CA | 2020 – Present\n- Led 12 CSMs\n"
     "Director, Product Management\nAtlassian | 2016 – 2020\n- Owned the roadmap\n",
     "Manager, Customer Success", ["Zendesk", "Atlassian"]),
    ("Experience\nVice President, Engineering — Plaid — 2021–Present\n- Grew the team to 80\n",
     "Vice President, Engineering", ["Plaid"]),
    ("Experience\nCharge Nurse, Mercy Hospital, Chicago, IL, 2019 - Present\n- Ran night shifts\n",
     "Charge Nurse", ["Mercy Hospital"]),
])
def test_a_function_after_the_title_is_part_of_the_title_when_another_name_is_the_employer(cv, title, employers):
    facts = extract_cv_facts(cv)
    assert facts["current_title"] == title
    assert facts["employers"] == employers


def test_a_markdown_list_of_jobs_each_a_bullet_with_its_own_sub_list():
    cv = """## Experience
- **Software Engineer**, Acme Corp (2019 – Present)
  - Built the billing service in Go
- **Junior Developer**, Initech (2017 – 2019)
  - Fixed bugs in PHP
- Promoted to Senior Engineer in 2021
"""
    facts = extract_cv_facts(cv)
    assert facts["jobs"] == [("Software Engineer", "Acme Corp"), ("Junior Developer", "Initech")]
    assert ("Go", "Acme Corp") in facts["skill_employer_pairs"]


@pytest.mark.parametrize("heading", ["Where I've Worked\n", ""])
def test_jobs_under_an_unknown_heading_or_none_are_still_read(heading):
    cv = f"""Jane Roe
Summary
Caring nurse with 8 years on medical wards.
{heading}Staff Nurse, Leeds General Infirmary, 2019 – Present
- Cared for 8 patients per shift
Healthcare Assistant, St James's Hospital, 2015 – 2019
- Took observations
Volunteering
Fundraiser, Red Cross, 2012 – 2014
- Ran a stall
"""
    facts = extract_cv_facts(cv)
    assert facts["current_title"] == "Staff Nurse"
    assert facts["employers"] == ["Leeds General Infirmary", "St James's Hospital"]
