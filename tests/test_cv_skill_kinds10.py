"""CV skills and skill-under-employer pairs, session 10 (issue 15 point 1): kinds of fault counted over the
96 dev CVs' skills and pairs misses and extras, one small made-up input per kind (no corpus text)."""

from __future__ import annotations

from tests.cv_helpers import cv_facts as _facts
from tests.cv_helpers import cv_pairs as _pairs
from tests.cv_helpers import cv_skills as _skills

# --- the CV's field told by its job titles when no skills list names it ---------------------------------

def test_a_clinicians_procedures_in_bullets_are_skills_when_the_titles_say_healthcare():
    cv = """Marta Ilves
Experience
Nurse Practitioner | Lakeside Respiratory Clinic | 2020 - Present
- Perform endotracheal intubation and thoracentesis for critically ill adults
- Supervise ventilator management on the night shift
Registered Nurse | Harbour General Infirmary | 2015 - 2020
- Cared for up to six patients per shift
"""
    skills, pairs = _skills(cv), _pairs(cv)
    assert {"endotracheal intubation", "thoracentesis", "ventilator management"} <= skills
    assert ("thoracentesis", "lakeside respiratory clinic") in pairs


def test_an_outcome_word_of_another_field_stays_no_skill_of_a_developer():
    cv = """Ola Brandt
Experience
Software Engineer | Quillpoint Labs | 2021 - Present
- Built a billing service in Go; improved patient safety reporting for our clinic customers
"""
    skills = _skills(cv)
    assert "go" in skills
    assert "patient safety" not in skills  # healthcare is the customers' field, not the CV's


# --- a skills section under "Core Qualifications"; an experience heading naming its field -------------------

def test_core_qualifications_heads_a_skills_section_and_experience_in_a_field_heads_jobs():
    cv = """## Core Qualifications
- Appointment Scheduling
- Medical Scribing
- Claims Processing

## Professional Experience in Dentistry
### Front Desk Coordinator | Birchwood Family Dental
*2019 - 2024*
- Handled appointment scheduling for four dentists
- Claims processing for insured patients
"""
    facts = _facts(cv)
    skills = {s.casefold() for s in facts["skills_as_written"]}
    assert {"appointment scheduling", "medical scribing", "claims processing"} <= skills
    assert facts["employers"] == ["Birchwood Family Dental"]
    assert ("claims processing", "birchwood family dental") in _pairs(cv)
    assert not any("birchwood" in s or "front desk" in s for s in skills)


# --- a skills section that writes its lists with slashes ---------------------------------------------------

def test_a_section_written_with_slashes_is_split_at_every_slash_but_short_forms():
    cv = """Skills
- Outlook/Gmail/Dropbox
- Adobe Reader/Acrobat
- Customer Service/Reception
- Data Entry/Filing/Scanning
- AP/AR
- CI/CD
"""
    skills = _skills(cv)
    assert {"adobe reader", "acrobat", "customer service", "reception", "filing", "ap/ar", "ci/cd"} <= skills
    assert not {"adobe reader/acrobat", "customer service/reception"} & skills


def test_a_slash_pair_in_a_comma_list_stays_whole():
    cv = """Skills
Python, Linux/Unix, TCP/IP, Docker
Insurance Verification/Reconciliation, Patient Intake
"""
    skills = _skills(cv)
    assert {"insurance verification/reconciliation", "tcp/ip"} <= skills
    assert "reconciliation" not in skills


# --- HTML entities and list items in a Markdown or HTML CV ------------------------------------------------

def test_html_entities_and_list_items_read_as_text():
    cv = """<h2>Work History</h2>
<h3>Copperline Outfitters</h3>
<p><em>Store Associate</em></p>
<p>March 2016 &ndash; May 2018</p>
<ul>
<li>Kept stock counts in Excel &amp; Salesforce</li>
</ul>
"""
    facts = _facts(cv)
    assert facts["employers"] == ["Copperline Outfitters"]
    assert not any("&" in e or "ndash" in e for e in facts["employers"])
    assert {("excel", "copperline outfitters"), ("salesforce", "copperline outfitters")} <= _pairs(cv)


# --- a tool a past-tense verb says was used, the sentence going on after its name -----------------------------

def test_a_tool_named_after_utilized_is_a_skill_though_the_sentence_goes_on():
    cv = """Experience
Backend Developer | Fernhill Apps | 2020 - 2023
- Utilized Quarkstash to cache session data, halving response times
- Built payment flows using Tillwise for card payments
- Employed three contractors for the migration
"""
    skills, pairs = _skills(cv), _pairs(cv)
    assert {"quarkstash", "tillwise"} <= skills
    assert ("quarkstash", "fernhill apps") in pairs
    assert not any("contractor" in s or "three" in s for s in skills)


# --- a work mode written where the employer goes -------------------------------------------------------------

def test_virtual_after_a_title_is_a_work_mode_not_an_employer():
    cv = """Experience
Workshop Instructor, Virtual | Jun 2022
- Taught an R workshop for conference attendees
Data Analyst, Harbor Freight Co | 2020 - 2022
- Built dashboards in Tableau
"""
    facts = _facts(cv)
    assert facts["employers"] == ["Harbor Freight Co"]
    assert ("tableau", "harbor freight co") in _pairs(cv)
    assert not any(e == "virtual" for _, e in _pairs(cv))


# --- a certifications heading with a word before it ------------------------------------------------------------

def test_relevant_certifications_heads_a_certifications_section():
    cv = """Education
BSc Computer Science @ Lakemoor University
RELEVANT CERTIFICATIONS
Cloudline Certified Platform Operator
Cloudline Certified Data Builder – Associate
SKILLS
Python, SQL
"""
    skills = _skills(cv)
    assert {"cloudline certified platform operator", "cloudline certified data builder – associate"} <= skills
    assert not any("lakemoor" in s for s in skills)


# --- a brace shorthand in a skills list --------------------------------------------------------------------------

def test_a_brace_shorthand_gives_no_broken_item():
    cv = """Skills
- {Unit,E2E} Testing: Vitest, Playwright
- Cross {browser, device}: polyfills
"""
    skills = _skills(cv)
    assert {"vitest", "playwright"} <= skills
    assert not any("{" in s or "}" in s for s in skills)


# --- a two-letter short form of another field in a sentence ----------------------------------------------------

def test_a_two_letter_short_form_in_a_sentence_is_no_skill_outside_software_and_data():
    cv = """Experience
Accounting Clerk | Millbrook Dairy | 2019 - 2023
- Tracked all AR and slow payments; handled invoicing and bookkeeping each month
"""
    skills = _skills(cv)
    assert {"invoicing", "bookkeeping"} <= skills
    assert "ar" not in skills


# --- a tool's version written in a job's bullet ------------------------------------------------------------------

def test_a_version_at_the_end_of_a_sentence_stays_with_its_tool():
    cv = """Experience
Frontend Engineer | Brightwater Studio | 2021 - Present
- Rebuilt the checkout to meet WCAG 2.1.
- Migrated widgets written for AngularJS 1.x
"""
    skills, pairs = _skills(cv), _pairs(cv)
    assert "wcag 2.1" in skills and "wcag" not in skills
    assert ("wcag 2.1", "brightwater studio") in pairs
    assert "angularjs 1.x" in skills and "angularjs" not in skills  # "1.x" is its version (labels' rule S10-4)


def test_a_job_pairs_the_version_it_names_not_the_skills_list_name():
    cv = """Experience
Backend Developer | Tallow Systems | 2019 - 2022
- Wrote Python 3 scripts for the nightly import
Skills
Python, Django, PostgreSQL
"""
    pairs = _pairs(cv)
    assert ("python 3", "tallow systems") in pairs
    assert ("python", "tallow systems") not in pairs


# --- a platform or an employer named where it is no tool used ---------------------------------------------------

def test_stars_on_a_platform_and_an_employers_name_in_a_header_are_no_skills():
    cv = """Summary
Developer advocate with 240+ repos and 2.2K+ GitHub stars.
Experience
Database Engineer | Oracle | 2019 - 2022
- Tuned queries in PostgreSQL for the billing team
"""
    skills = _skills(cv)
    assert "postgresql" in skills
    assert not {"github", "oracle"} & skills


def test_a_line_of_link_names_under_the_name_is_no_skills_list():
    cv = """Priya Raman
MOBILE | EMAIL | GITHUB | LINKEDIN
Experience
Backend Developer | Tallow Systems | 2019 - 2022
- Wrote Go services
"""
    skills = _skills(cv)
    assert "go" in skills
    assert "github" not in skills
