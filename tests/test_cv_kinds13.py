"""CV facts, session 13 (issue 15 point 1): shapes of CV that many people write and the reader got wrong,
each with a made-up CV (no corpus text)."""

from __future__ import annotations

import pytest

from tests.cv_helpers import cv_facts as _facts
from tests.cv_helpers import cv_pairs as _pairs
from tests.cv_helpers import cv_skills as _skills

# --- a promotion: several titles with their dates under one employer's line ----------------------------------

_PROMOTED_COMMA = """Nadia Brook
nadia@example.com

EXPERIENCE

HALVERSON BANK, London
Senior Risk Analyst, 2021 – Present
• Built credit-risk models in SAS and Python
Risk Analyst, 2018 – 2021
• Automated stress-test reporting with VBA and Tableau

PEREGRINE INSURANCE, Leeds
Graduate Analyst, 2016 – 2018
• Maintained claims data in SQL Server

EDUCATION
University of Bristol, BSc Mathematics, 2013 – 2016
"""

_PROMOTED_LINES = """Rhea Castellanos
rhea.c@example.com

Experience

Orbital Freight
Senior Data Analyst
January 2022 - Present (2 years 3 months)
Madrid, Spain
Built churn models in Python and Looker dashboards for the ops team.

Data Analyst
March 2019 - December 2021 (2 years 10 months)
Madrid, Spain
Automated weekly reporting with SQL and Airflow.

Cobalt Retail Group
Junior Analyst
June 2017 - February 2019 (1 year 9 months)
Maintained pricing spreadsheets in Excel and Tableau.

Education
Universidad Carlos III de Madrid
"""


@pytest.mark.parametrize(("cv", "employer", "earlier", "tools"), [
    (_PROMOTED_COMMA, "halverson bank", "risk analyst", {"vba", "tableau"}),
    (_PROMOTED_LINES, "orbital freight", "data analyst", {"sql", "airflow"}),
])
def test_an_earlier_title_under_the_same_employer_line_is_held_there(cv, employer, earlier, tools):
    facts = _facts(cv)
    assert (earlier, employer) in {(r.casefold(), e.casefold()) for r, e in facts["jobs"]}
    assert {(t, employer) for t in tools} <= _pairs(cv)


def test_a_promotion_ends_at_the_next_employer_and_at_freelance_work():
    # the next employer's line, or a title-first entry, ends the lead; freelance work is no post there
    cv = _PROMOTED_COMMA.replace("EDUCATION", """Freelance Consultant, 2015 – 2016
• Cleaned survey data in Stata for charities

Junior Analyst
Marlow Freight, York
2014 – 2015
• Kept route data in PostgreSQL
Intern Analyst
2013 – 2014
• Drew route maps in QGIS

EDUCATION""")
    pairs = _pairs(cv)
    assert {("vba", "halverson bank"), ("sql server", "peregrine insurance"), ("postgresql", "marlow freight")} <= pairs
    assert not {p for p in pairs if p[0] in ("sql server", "stata", "qgis") and p[1] != "peregrine insurance"}


# --- a skills line whose items are set apart by middle dots ---------------------------------------------------

_DOTTED_SKILLS = """Marisol Okonkwo
Registered Nurse

Experience
Charge Nurse, St. Brendan Medical Center | 2022 – Present
* Supervise 8 nurses on a telemetry unit; chart in Epic
* Teach telemetry monitoring to new graduates

Skills
Telemetry monitoring · Epic · Cerner · Wound care · Patient education · IV therapy
"""


def test_a_long_skills_line_set_apart_by_middle_dots_is_a_list():
    assert {"telemetry monitoring", "wound care", "patient education", "iv therapy"} <= _skills(_DOTTED_SKILLS)
    assert ("telemetry monitoring", "st. brendan medical center") in _pairs(_DOTTED_SKILLS)


# --- "Work": the experience heading of JSON Resume themes and Markdown CVs -----------------------------------

_WORK_HEADING = """# Aiko Tanaka
Full-Stack Developer — Osaka, Japan

## Work
**Hoshizora Games** — *Lead Developer* (2022 – now)
- Ported the match server from Node.js to Rust
- Set up CI on GitHub Actions with Docker

**Umeboshi Apps** — *Frontend Developer* (2019 – 2022)
- Built React and TypeScript dashboards

## Education
**Kyoto University** — BEng Computer Engineering (2015 – 2019)
"""


def test_a_work_heading_heads_the_jobs():
    facts = _facts(_WORK_HEADING)
    assert facts["current_title"] == "Lead Developer"
    assert "Work" not in facts["employers"]
    assert ("rust", "hoshizora games") in _pairs(_WORK_HEADING)


# --- a section after the last job whose heading the reader did not know: its bullets are no job's --------------

def _after_last_job(heading: str, hashes: str = "") -> str:
    return f"""{hashes}Jane Roe
{hashes}Experience
Data Engineer | Corvid Analytics | 2020 - Present
- Built ETL jobs in Python

{hashes}{heading}
- Kafka and Snowflake
- Modelled data in dbt; infrastructure in Terraform

{hashes}Education
University of Leeds, BSc Physics, 2016 - 2019
"""


@pytest.mark.parametrize("heading", ["Toolkit", "TECHNICAL TOOLKIT", "Skillset", "Specialties", "Capabilities",
                                     "Computer Literacy", "Technologies Used", "Professional Development", "Other"])
def test_a_skills_or_other_heading_after_the_last_job_ends_it(heading):
    pairs = _pairs(_after_last_job(heading))
    assert ("python", "corvid analytics") in pairs
    assert not {p for p in pairs if p[0] in ("kafka", "snowflake", "dbt", "terraform")}


@pytest.mark.parametrize("heading", ["Research", "Community", "Systems", "Military Service"])
def test_an_unknown_markdown_heading_at_the_sections_level_ends_the_job(heading):
    cv = _after_last_job(heading, hashes="## ").replace("## Jane Roe", "# Jane Roe")
    pairs = _pairs(cv)
    assert ("python", "corvid analytics") in pairs
    assert not {p for p in pairs if p[0] in ("kafka", "snowflake", "dbt", "terraform")}


def test_an_employers_markdown_heading_at_the_sections_level_stays_a_job():
    cv = """# Jane Roe
## Experience
## Corvid Analytics
Data Engineer
2020 - Present
- Built ETL jobs in Python and Airflow

## Quillon Labs
Data Analyst
2018 - 2020
- Reports in Tableau

## Toolbox
- Kafka and Snowflake

## Education
University of Leeds, BSc Physics, 2016 - 2019
"""
    pairs = _pairs(cv)
    assert {("airflow", "corvid analytics"), ("tableau", "quillon labs")} <= pairs
    assert not {p for p in pairs if p[0] in ("kafka", "snowflake")}


# --- "Working as <title> in <employer> from <date>": a job written as one sentence ------------------------------

_WORKING_AS_CV = """PRAKASH RAO
Senior Java Developer
Email: prakash@example.com | Mobile: +91 90000 00000

WORK EXPERIENCE
• Working as Senior Software Engineer in Velanka Systems Pvt Ltd, Pune from June 2020 to till date.
• Worked as a Software Engineer with Harbinger Infotech, Hyderabad from July 2016 to May 2020.
• Working in Sarvam Labs as Trainee Engineer (2015 - 2016)

EDUCATION
B.E. (Computer Science), Osmania University, 2011 – 2015
"""


def test_a_working_as_sentence_names_the_title_and_the_employer():
    facts = _facts(_WORKING_AS_CV)
    assert facts["current_title"] == "Senior Software Engineer"
    assert {"Velanka Systems Pvt Ltd", "Harbinger Infotech", "Sarvam Labs"} <= set(facts["employers"])
    assert ("Software Engineer", "Harbinger Infotech") in facts["jobs"]


def test_working_as_a_volunteer_in_a_place_names_no_employer():
    cv = _WORKING_AS_CV.replace("• Working in Sarvam Labs as Trainee Engineer (2015 - 2016)",
                                "• Worked as a volunteer in rural schools from 2013 to 2014")
    assert "rural schools" not in " ".join(_facts(cv)["employers"]).lower()
    assert "Velanka Systems Pvt Ltd" in _facts(cv)["employers"]


# --- a labelled list of the job's tools after its text stays with that job ----------------------------------------

def test_a_tools_label_after_a_jobs_text_is_that_jobs_not_the_next_headers():
    cv = """Experience

Software Engineer, Brightpath Health — Boston, MA (Jan 2022 – Present)
Built patient scheduling features for 300 clinics.
Key skills: Domain-driven design, Contract testing

Junior Developer, Calloway Media — Boston, MA (Jun 2019 – Dec 2021)
Maintained the CMS and ad server integrations.
Environment: Laminas, Memcached, Vue.js
"""
    pairs = _pairs(cv)
    assert {("domain-driven design", "brightpath health"), ("contract testing", "brightpath health")} <= pairs
    assert not {p for p in pairs if p[0] in ("domain-driven design", "contract testing") and p[1] == "calloway media"}
    assert ("vue.js", "calloway media") in pairs


# --- widely used products of fields outside software that the lexicon lacked ------------------------------------

@pytest.mark.parametrize(("bullet", "tools"), [
    ("Cut the close by three days with BlackLine and built driver-based plans in Anaplan", {"blackline", "anaplan"}),
    ("Ran unmoderated studies on UserTesting and documented components in Zeroheight", {"usertesting", "zeroheight"}),
    ("Engaged pupils with Nearpod and Kahoot quizzes; tracked grades in PowerSchool", {"nearpod", "kahoot", "powerschool"}),
    ("Tracked renewals in Gainsight and sourced leads from ZoomInfo", {"gainsight", "zoominfo"}),
])
def test_a_named_product_of_a_non_software_field_is_a_skill_of_that_job(bullet, tools):
    cv = f"""Experience
Team Lead | Marlowe & Finch | 2020 - Present
- {bullet}
"""
    assert tools <= _skills(cv)
    assert {(t, "marlowe & finch") for t in tools} <= _pairs(cv)


# --- a maker's product named by its short form after the maker ("SAP IBP", "Oracle EBS") ------------------------

def test_a_makers_product_in_capitals_is_the_skill_as_written():
    cv = """Experience
Supply Chain Analyst | Norrland Foods | 2021 - Present
- Forecast demand for 300 SKUs in SAP IBP and Excel
- Moved the ledgers from Oracle EBS to Salesforce CPQ quotes
- Reported to the Oracle DBA team on load times
"""
    skills, pairs = _skills(cv), _pairs(cv)
    assert {"sap ibp", "oracle ebs", "salesforce cpq"} <= skills
    assert ("sap ibp", "norrland foods") in pairs
    assert "oracle dba" not in skills


# --- a form whose entries give "Company:" and "Position:" before their dates ("Period:") -------------------------

_FORM_CV = """CURRICULUM VITAE

Name: Leila Haddad
Email: leila@example.com

WORK EXPERIENCE
Company: Sidi Cargo SARL, Casablanca
Position: Logistics Coordinator
Period: March 2021 – Present
Duties:
- Scheduled daily shipments and tracked them in Excel

Company: Nour Transit, Tangier
Position: Customs Clerk
Period: 2018 – 2021
Duties:
- Filed import declarations

EDUCATION
Université Hassan II, Licence in Logistics, 2015 – 2018
"""


def test_a_forms_title_and_employer_fields_before_its_dates_are_read_in_place():
    facts = _facts(_FORM_CV)
    assert facts["current_title"] == "Logistics Coordinator"
    assert ("Customs Clerk", "Nour Transit") in facts["jobs"]
    assert facts["employers"] == ["Sidi Cargo SARL", "Nour Transit"]
    assert ("excel", "sidi cargo sarl") in _pairs(_FORM_CV)


# --- a side column's skills block read between the experience heading and the jobs --------------------------------

def test_a_job_header_after_a_side_columns_skills_block_is_a_job_again():
    cv = """Wanjiru Kamau
wanjiru@example.com

EXPERIENCE

Technical Skills
Stata
Tableau
ODK Collect
World Food Programme; Kisumu, Kenya — Monitoring Officer
JUNE 2021 – MAY 2024
• Cleaned survey data in Stata and built Tableau dashboards for 12 field offices
Plan Uganda; Gulu, Uganda — Data Assistant
JANUARY 2018 – MAY 2021
• Designed ODK Collect forms for household surveys

EDUCATION
Maseno University, Kisumu - BSc Statistics, 2013 – 2017
"""
    facts = _facts(cv)
    assert facts["current_title"] == "Monitoring Officer"
    assert {"World Food Programme", "Plan Uganda"} <= set(facts["employers"])
    assert ("stata", "world food programme") in _pairs(cv)
    assert "world food programme; kisumu, kenya — monitoring officer" not in _skills(cv)


# --- the employer written in brackets on its own line under the title -----------------------------------------------

@pytest.mark.parametrize(("line", "employer"), [
    ("(Brakes Foodservice, Reading)", "Brakes Foodservice"),
    ("(société ATELIERS MORVAN à RENNES)", "Ateliers Morvan"),
])
def test_an_employer_in_brackets_under_the_title_is_the_jobs(line, employer):
    cv = f"""Experience

2019 - Present
Warehouse Team Leader
{line}
- Ran the night shift's picking in SAP EWM

2015 - 2019
Warehouse Operative
(Harlow Cold Store, Slough)
- Loaded chilled orders
"""
    facts = _facts(cv)
    assert ("Warehouse Team Leader", employer) in facts["jobs"]
    assert ("sap ewm", employer.casefold()) in _pairs(cv)


# --- a job's own sub-headings ("Technologies & tools :", "Missions principales :") inside its entry -----------------

@pytest.mark.parametrize(("tools_head", "duties_head"), [
    ("Technologies & outils :", "Missions principales :"),
    ("Tools used:", "Key responsibilities:"),
    ("Technologien und Werkzeuge:", "Aufgaben:"),
])
def test_a_jobs_tools_and_duties_subheadings_keep_the_entry_open(tools_head, duties_head):
    cv = f"""Expériences

Chargée de communication - CDI
Maison Lavande - Janvier 2023 - Présent | Lyon, France
{tools_head}
- Création : Canva, Figma
- SEO : Google Analytics
{duties_head}
- Animation des réseaux sociaux

Assistante marketing - Stage
Atelier Brume - Mars 2021 - Décembre 2022 | Lyon, France
{tools_head}
- CRM : HubSpot, Mailchimp

Formation
Université Lumière Lyon 2 - Master Communication, 2021
"""
    facts = _facts(cv)
    assert {"Maison Lavande", "Atelier Brume"} <= set(facts["employers"])
    assert {("canva", "maison lavande"), ("google analytics", "maison lavande"), ("hubspot", "atelier brume")} <= _pairs(cv)


# --- a possessive before a section heading ("My Skills", "MES COMPÉTENCES INFORMATIQUES") ------------------------

@pytest.mark.parametrize("heading", ["My Skills", "MES COMPETENCES INFORMATIQUES", "Mis habilidades"])
def test_a_possessive_heading_after_the_last_job_ends_it(heading):
    cv = f"""Experience
Draughtsman | Bellac Menuiserie | 2016 - 2020
- Drew joinery plans in AutoCAD

{heading}
- Systems: Microsoft Windows, GNU/Linux
- Programming: Visual C++, Qt
"""
    pairs = _pairs(cv)
    assert ("autocad", "bellac menuiserie") in pairs
    assert not {p for p in pairs if p[0] in ("qt", "visual c++", "microsoft windows", "linux")}


# --- a title written with commas before a dash and its employer ---------------------------------------------------

@pytest.mark.parametrize(("header", "title"), [
    ("**Director, Product Marketing – Quillfeather Ltd** | Bristol (2021 – Present)", "Director, Product Marketing"),
    ("**Illustrator, Animator & Developer – Self-Employed** | Bristol (2021 – Present)", "Illustrator, Animator & Developer"),
])
def test_a_title_with_commas_before_the_dash_is_read_whole(header, title):
    cv = f"""## Experience
{header}
* Led launches for three products

**Marketing Manager – Brackenridge Foods** | Bath (2017 – 2021)
* Ran the brand's paid social
"""
    assert _facts(cv)["current_title"] == title
    # a place after the title's comma is no part of it
    assert _facts(cv.replace(header, "Staff Nurse, Bristol – Southmead Hospital (2019 – Present)"))["current_title"] == "Staff Nurse"


# --- work-history headings in Spanish, Portuguese and French the heading table lacked -----------------------------

@pytest.mark.parametrize("heading", ["HISTORIAL DE TRABAJO", "Histórico de trabalho", "Historique professionnel",
                                     "Experiencia de trabajo"])
def test_a_foreign_work_history_heading_heads_the_experience_section(heading):
    from core.analysis.cv_lines import section_kind

    assert section_kind(heading) == "experience"


# --- a preposition before the employer's name on its line ("für die X gGmbH", "bei der Y AG") ---------------------

def test_a_preposition_before_the_employer_is_no_part_of_its_name():
    cv = """Berufserfahrung
Referentin im Kita-Bereich
für Netzwerk Frühe Hilfen e.V. 01/2015 – 12/2019
- Elternabende und Fortbildungen geplant
Sachbearbeiterin
bei der Stadtwerke Kassel AG, 2019 – 2021
- Rechnungen in SAP geprüft
"""
    employers = _facts(cv)["employers"]
    assert "Netzwerk Frühe Hilfen e.V." in employers
    assert "Stadtwerke Kassel AG" in employers
