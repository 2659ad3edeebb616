"""CV skills, session 9 (issue 15 point 1): kinds of fault counted over the 96 dev CVs' skills misses and
extras, one small made-up input per kind (no corpus text)."""

from __future__ import annotations

from core.analysis import extract_cv_facts


def _skills(cv: str) -> set[str]:
    return {s.casefold() for s in extract_cv_facts(cv)["skills_as_written"]}


# --- a credential written with its issuer or its date after a dash ---------------------------------------

def test_a_credential_keeps_its_name_without_the_issuer_or_the_date_after_it():
    cv = """Priya Nair
Experience
Paramedic | Harbour Ambulance Service | 2019 - Present
- Responded to emergency calls
Licenses & Certifications
- Advanced Trauma Life Support (ATLS) - College of Surgeons (2026)
- Certified Flight Paramedic (FP-C) - 2021
- Registered Paramedic (RP) - State Board (Current)
- Lean Six Sigma Yellow Belt Certification - 2020
- Forklift Certified (May 2011)
- Water Safety Foundations – Online Academy (Mar 2023)
"""
    skills = _skills(cv)
    assert {"advanced trauma life support (atls)", "certified flight paramedic (fp-c)", "lean six sigma yellow belt",
            "forklift certified"} <= skills
    assert not any("college" in s or "state board" in s or "academy" in s or "2021" in s for s in skills)
    assert "registered paramedic (rp)" not in skills  # a licence that is the job's title is no skill
    assert "water safety foundations" not in skills  # a course, not a credential


# --- a skills list whose label names a practice with the word "project" ----------------------------------

def test_a_label_naming_project_management_heads_a_skills_list():
    cv = """Skills
Project Management: MS Project, Smartsheet, Kanban boards
Projects: Bridge retrofit, Library extension
"""
    skills = _skills(cv)
    assert {"ms project", "smartsheet", "kanban boards"} <= skills
    assert "bridge retrofit" not in skills


# --- a skill whose name opens with a digit ------------------------------------------------------------

def test_a_skill_opening_with_a_digit_is_an_item():
    cv = """Skills
5S, 3D Printing, Kaizen, 2019, 10 years
"""
    skills = _skills(cv)
    assert {"5s", "3d printing", "kaizen"} <= skills
    assert not {"2019", "10 years"} & skills


# --- a certifications heading the section reader missed, inside a skills section ---------------------------

def test_certifications_after_a_skills_list_are_read_as_credentials_not_as_items():
    cv = """Tomasz Kowal
Experience
Site Engineer | Northgate Build Ltd | 2018 - Present
- Supervised concrete works
TECHNICAL SKILLS:
Design Tools: Revit, Navisworks, Bluebeam
FIELD LICENCES & CERTIFICATIONS:
- Chartered Site Manager (CSM) - Institute of Builders (2019)
- Confined Space Entry Certified - 2020
- Experience working at height
"""
    skills = _skills(cv)
    assert {"revit", "navisworks", "bluebeam", "chartered site manager (csm)", "confined space entry certified"} <= skills
    assert not any("institute" in s or "2019" in s or "licences" in s for s in skills)


# --- a list written with slashes ---------------------------------------------------------------------

def test_three_names_or_more_joined_by_slashes_are_a_list():
    cv = """Skills
- Payroll/Timekeeping/Vendor Onboarding/Petty Cash
- Teams/Zoom/Slack
- AP/AR
- CI/CD
- Accounts Payable/Receivable
- Sonicwall Firewall/VPN/SSL products
"""
    skills = _skills(cv)
    assert {"payroll", "timekeeping", "vendor onboarding", "petty cash", "teams", "zoom", "slack", "ap/ar", "ci/cd",
            "accounts payable/receivable"} <= skills
    assert not {"ap", "ar", "ssl products"} & skills


# --- rating marks or an icon printed before a skill -------------------------------------------------------

def test_rating_marks_before_a_skill_are_not_part_of_it():
    cv = """Skills
●●●●○ Kotlin
ŌŌŌxx Swift, Objective-C
★★★ Flutter
ŋ Firebase
"""
    skills = _skills(cv)
    assert {"kotlin", "swift", "objective-c", "flutter", "firebase"} <= skills
    assert not any(s[:1] in "●ŌŋŌ★" for s in skills)


# --- a section heading after a skills list that the section reader missed ------------------------------------

def test_courses_after_a_missed_heading_are_no_skills():
    cv = """Skills
Clinical: Triage, Wound Care, Phlebotomy
CONTINUING PROFESSIONAL DEVELOPMENT
- Dementia Awareness Refresher (2024)
- Manual Handling Update (2023)
"""
    skills = _skills(cv)
    assert {"triage", "wound care", "phlebotomy"} <= skills
    assert not any("development" in s or "dementia" in s or "manual handling" in s for s in skills)


# --- lexicon families: tools and procedures of a field named in a job's bullets -------------------------------

def test_cloud_services_clinical_procedures_and_accounting_tools_named_in_bullets_are_skills():
    engineer = """Lena Ortiz
Experience
Backend Engineer | Quillfeather Ltd | 2020 - Present
- Moved batch jobs to Step Functions and stored exports in S3 behind CloudFront
- Ran containers on EKS and cached sessions in ElastiCache
"""
    nurse = """Omar Haddad
Skills
Triage, Wound Care, IV Therapy
Experience
ICU Nurse | St Brendan's Hospital | 2019 - Present
- Assisted with intubation and ventilator management; charted in Meditech
- Monitored hemodynamic status; performed urinary catheterization
"""
    clerk = """Ana Ruiz
Skills
Accounts Payable, Month-end close, Excel
Experience
Accounts Clerk | Bellweather Foods | 2018 - Present
- Kept the general ledger and ran weekly payroll in Navision
"""
    assert {"step functions", "s3", "cloudfront", "eks", "elasticache"} <= _skills(engineer)
    assert {"intubation", "ventilator management", "meditech", "urinary catheterization"} <= _skills(nurse)
    assert {"general ledger", "payroll", "navision"} <= _skills(clerk)


# --- a list set apart by spaced dashes; "and" inside a phrase ------------------------------------------------

def test_items_set_apart_by_spaced_dashes_are_a_list():
    cv = """Skills: - Payroll processing - Vendor onboarding - Petty cash - Xero, Sage and other ledgers -Ms Outlook
"""
    skills = _skills(cv)
    assert {"payroll processing", "vendor onboarding", "petty cash", "xero", "ms outlook"} <= skills


def test_and_inside_a_phrase_leaves_no_fragment():
    cv = """Skills
Knowledge of stock rotation and procedures, Client liaison and support, Python and SQL, Dell, HP and others
"""
    skills = _skills(cv)
    assert {"client liaison and support", "python", "sql", "dell", "hp"} <= skills
    assert not {"procedures", "support", "hp and others"} & skills
