"""CV facts, issue 15 point 1: kinds of mistakes found by reading CVs the rules were never tuned on
(nursing, teaching, sales, operations, finance; Word, LaTeX, Markdown-to-PDF): one small made-up
input per kind. Employers' precision first: a wrong employer becomes a wrong interview question."""

from __future__ import annotations

from core.analysis import extract_cv_facts


def _facts(cv: str) -> dict:
    return extract_cv_facts(cv)


def _lower(values) -> set[str]:
    return {v.casefold() for v in values}


# --- a title that runs onto a second line is no employer -----------------------------------------

def test_a_title_line_ending_in_an_ampersand_goes_on_and_names_no_employer():
    cv = """Jo Park
Professional Experience
Educator | Curriculum Specialist | Independent Learning Designer &
Content Developer | Product Designer
Self-Employed | Remote | 2021 – Present
- Designed over 200 assessments for adult learners
Teacher
Hillcrest High School | Atlanta, GA | 2018 – 2021
- Taught physical education to 200 students a year
"""
    facts = _facts(cv)
    assert facts["employers"] == ["Hillcrest High School"]
    assert not any(e.endswith("&") for e in facts["employers"])


def test_a_part_ending_in_a_connector_is_never_an_employer():
    from core.analysis.cv_entries import parse_header

    role, employer = parse_header(["Analyst | Independent Quantitative Researcher &", "2019 – 2021"])
    assert employer == ""
    assert role == "Analyst"


# --- a trailing word that is also a town stays in the name when the line gives its place -----------

def test_a_dealer_name_ending_in_a_town_word_keeps_it_when_the_place_follows():
    cv = """Lee Matthews
Experience
Sales Consultant
AutoNation Honda – Phoenix, AZ
2021 – Present
- Sold over 350 vehicles in 3 years
Sales Associate
Sunset Motors – Mesa, AZ
2019 – 2021
- Assisted customers with test drives
"""
    facts = _facts(cv)
    assert facts["employers"] == ["AutoNation Honda", "Sunset Motors"]


def test_a_town_run_into_a_name_without_a_separate_place_is_still_cut():
    from core.analysis.cv_lines import header_parts

    assert header_parts("Cinch Financial Boston") == ["Cinch Financial"]


# --- an employer line written as a list item under the title (Markdown) -------------------------------

def test_an_employer_line_listed_under_its_title_with_the_dates_below_is_the_jobs_header():
    cv = """# Pat Osei

# Experience

### Field Sales Agent
- SolarWorks Energy – Newark, NJ

### 2021 – Present
- Sold solar installation packages to residential homes
- Closed 100+ contracts with an average commission rate of 12%

### Independent Sales Agent (Contract)
- Avon Cosmetics – Newark, NJ

### 2019 – 2021
- Grew the customer base to 300+ in under 2 years

# Education

### High School Diploma
- Newark Central High School — 2018
"""
    facts = _facts(cv)
    assert facts["employers"] == ["SolarWorks Energy", "Avon Cosmetics"]
    assert facts["current_title"] == "Field Sales Agent"


def test_a_bullet_naming_a_tool_and_a_place_under_a_title_is_still_a_bullet():
    cv = """Sam Roe
Experience
Analyst
Acme Ltd | 2019 – 2021
- Built dashboards in Tableau – London, UK
- Ran the weekly report
"""
    facts = _facts(cv)
    assert facts["employers"] == ["Acme Ltd"]


# --- a title run into its employer's short form -------------------------------------------------------

def test_a_title_followed_by_an_organisations_acronym_is_split():
    cv = """Kaye Sev
Professional Experience
- **Deputy Principal WCED** — (2021–Present)
- **Senior Teacher & Acting Departmental Head** — (2012–2021)
Skills
- Curriculum Development
"""
    facts = _facts(cv)
    assert facts["current_title"] == "Deputy Principal"
    assert facts["employers"] == ["WCED"]


def test_a_title_followed_by_a_credential_keeps_no_employer():
    from core.analysis.cv_entries import parse_header

    assert parse_header(["Staff Nurse RN", "2019 – 2021"])[1] == ""


# --- an employer whose name is also a town, written before its own town -------------------------------

def test_an_agency_named_like_a_town_before_its_town_is_the_employer():
    cv = """Alex Fisher
Professional Experience
#### **Mathematics Teacher**
**Hays, Preston** (Nov 2022 – Jan 2025)
- Delivered mathematics lessons at two schools
#### **Data Analyst**
**Efomics Ltd.** (May 2021 – Aug 2021)
- Built a document classifier
"""
    facts = _facts(cv)
    assert facts["employers"] == ["Hays", "Efomics Ltd."]


# --- a title's field after a dash, the employer on the line below ------------------------------------------

def test_a_field_after_the_title_and_a_dash_is_no_employer_when_the_next_line_names_one():
    cv = """Sneha T
Professional Experience
Senior Engineer – Power BI & Analytics
Nokia, Noida | Sep 2023 – Present
• Built and deployed Power BI dashboards
RAN Assistant Manager – Data & Network Performance
Samsung C&T Corporation, Mumbai | Jan 2022 – Aug 2023
• Managed performance monitoring
Senior MIS Executive – Telecom Reporting
Acme Telecom, Noida | Sep 2014 – Feb 2021
• Delivered 3G project reporting
"""
    facts = _facts(cv)
    assert facts["employers"] == ["Nokia", "Samsung C&T Corporation", "Acme Telecom"]
    assert facts["current_title"].startswith("Senior Engineer")
    assert "Senior MIS Executive – Telecom Reporting" in facts["roles"]


def test_a_title_then_a_dash_and_its_employer_on_one_line_keeps_the_employer():
    cv = """Sam Roe
Experience
Staff Nurse – Royal Infirmary
2019 – 2021
- Cared for 12 patients a shift
"""
    assert _facts(cv)["employers"] == ["Royal Infirmary"]


# --- several titles under one employer's header ----------------------------------------------------------------

_BLOCK_CV = """Bryan C
PROFESSIONAL EXPERIENCE
Maxar Technologies – Westminster, CO
March 2006 – March 2025
Senior Staff Operations Strategist (July 2022 – March 2025)
I focused on driving strategic planning across projects with Jira and Confluence.
Service Manager, Customer Operations (January 2017 – May 2019)
- Administered Salesforce for 200 users.
Other Maxar Roles (2006 – 2013)
Positions Held:
- Team Lead, Customer Service (2009 – 2011)
- Security Officer (2006 – 2007)
Acme Analytics – Denver, CO
April 2025 – Present
Data Analyst, Reporting (April 2025 – Present)
- Built reports in Tableau.
"""


def test_a_function_after_a_title_inside_an_employers_block_is_no_employer():
    facts = _facts(_BLOCK_CV)
    assert facts["employers"] == ["Maxar Technologies", "Acme Analytics"]


def test_titles_under_an_employers_block_pair_their_tools_with_that_employer():
    facts = _facts(_BLOCK_CV)
    pairs = {(s.casefold(), e) for s, e in facts["skill_employer_pairs"]}
    assert ("salesforce", "Maxar Technologies") in pairs
    assert ("jira", "Maxar Technologies") in pairs
    assert ("Service Manager, Customer Operations", "Maxar Technologies") in facts["jobs"]


def test_a_title_and_employer_after_a_block_whose_dates_lie_outside_it_is_a_new_employer():
    cv = """Sam Roe
Experience
Globex Corporation – Springfield, IL
2010 – 2015
Analyst (2010 – 2012)
- Built reports
Engineer, Initech (2016 – 2019)
- Wrote software
"""
    assert _facts(cv)["employers"] == ["Globex Corporation", "Initech"]


def test_a_dated_line_naming_earlier_roles_is_no_employer():
    from core.analysis.cv_entries import parse_header

    assert parse_header(["Earlier Positions (2006 – 2013)"])[1] == ""
    assert parse_header(["Other Consulting Roles | 2001 – 2005"])[1] == ""


# --- "title at employer" lines with their dates first ----------------------------------------------------------

def test_the_name_after_at_is_the_employer_when_the_dates_have_a_typo():
    from core.analysis.cv_entries import parse_header

    assert parse_header(["2019 – Preset: full-time translator at Kowsar Baft Novin CO."]) == (
        "full-time translator", "Kowsar Baft Novin")


def test_a_dated_bullet_title_at_employer_ending_in_a_full_stop_is_a_job():
    cv = """Babak A
Professional experience:
- 2017 – 2019: French and English language teacher at Odaba Zand Institute
- 2009 – 2011: Head of the foreign languages department at Saman Pardazesh Aria.
Personal interests:
- Semiotics
"""
    facts = _facts(cv)
    assert facts["employers"] == ["Odaba Zand Institute", "Saman Pardazesh Aria"]


def test_a_dated_bullet_sentence_ending_in_a_full_stop_is_no_job():
    cv = """Sam Roe
Experience
Analyst
Acme Ltd | 2019 – 2021
- 2020: Led the migration of payments at the London office.
"""
    assert _facts(cv)["employers"] == ["Acme Ltd"]


def test_a_since_date_line_is_not_run_into_the_employers_name():
    cv = """Richard R
Recent Experience
Senior Software Engineer, Compare Markets Ltd
since November 2014
Rejoined the team to establish a role with a coaching focus.
"""
    assert _facts(cv)["employers"] == ["Compare Markets Ltd"]


def test_a_remark_in_brackets_does_not_make_a_dated_bullet_too_long_to_be_a_job():
    cv = """Babak A
Professional experience:
- 2016 – 2017: French and English language instructor at Imam Ali Military University (compulsory military service)
- 2012 – 2016: French and English language instructor at Andisheh Parsian Language Center
"""
    assert _facts(cv)["employers"] == ["Imam Ali Military University", "Andisheh Parsian Language Center"]


def test_a_team_written_after_the_organisations_name_is_no_part_of_it():
    cv = """Richard R
Recent Experience
Senior Software Engineer, comparethemarket.com Motor Team
since November 2014
Rejoined the team to establish a role with a coaching focus.
Senior Software Engineer, comparethemarket.com Customer Account Team
August 2013 – November 2014
Joined the team to bolster the permanent staff.
Analyst, Globex Corporation Payments Team
2010 – 2013
Built the payments reports.
"""
    assert _facts(cv)["employers"] == ["comparethemarket.com", "Globex Corporation"]


def test_a_name_ending_in_team_with_no_organisation_before_it_stays_whole():
    from core.analysis.cv_entries import parse_header

    assert parse_header(["Coach, Team Rubicon", "2015 – 2018"])[1] == "Team Rubicon"


# --- a title with a bracketed remark; a country code after a town ------------------------------------------------

def test_a_title_with_a_bracketed_remark_is_still_a_title():
    from core.analysis.cv_entries import parse_header

    assert parse_header(["Software Engineer (Contract), PayPal — Austin, TX (Remote) (Sep 2024 – Jul 2025)"]) == (
        "Software Engineer (Contract)", "PayPal")


def test_a_two_letter_country_code_after_a_town_is_no_employer():
    from core.analysis.cv_entries import parse_header

    assert parse_header(["Software Engineer, iFood — São Paulo, BR (Remote) (Jan 2022 – Oct 2024)"]) == (
        "Software Engineer", "iFood")


# --- a form's field labels ----------------------------------------------------------------------------------------

_FORM_CV = """Jake E
Experience
{title}Postdoctoral Fellow in Health Economics
{company}Bayer
{location}Whippany, NJ
{dates}06/2023 – Current
- Designed Real-World Evidence studies using R and SQL
{title}Health Plans Pharmacist Intern
{company}University of Utah Health
{location}Salt Lake City, UT
{dates}03/2021 – 07/2023
- Collected and analysed claim data
"""


def test_a_forms_field_labels_are_no_employer_when_the_value_follows_on_the_line():
    cv = _FORM_CV.format(title="Job Title: ", company="Company: ", location="Location: ", dates="From: ")
    facts = _facts(cv)
    assert facts["employers"] == ["Bayer", "University of Utah Health"]
    assert facts["current_title"] == "Postdoctoral Fellow in Health Economics"


def test_a_forms_field_labels_on_lines_of_their_own_head_the_value_below():
    cv = _FORM_CV.format(title="Job Title:\n", company="Company:\n", location="Location:\n", dates="From:\n")
    facts = _facts(cv)
    assert facts["employers"] == ["Bayer", "University of Utah Health"]


def test_a_description_run_onto_the_header_line_is_no_employer():
    from core.analysis.cv_entries import parse_header

    line = ("Software Engineer (Contract), PayPal — Arizona, US (Remote) (Sep 2024 – Jul 2025) - Credit Accounts "
            "team engineering contributions")
    assert parse_header([line])[1] == "PayPal"
    line = "Software Engineer, iFood — São Paulo, BR (Remote) (Jan 2022 – Oct 2024)"
    assert parse_header([line])[1] == "iFood"
