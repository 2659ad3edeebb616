"""The skills lexicon's coverage, session 14 (issue 15 point 1): well-known skills of each role family that the
lexicon lacked, so a CV's bullets naming them claimed nothing and a job line asking for them was read as free
text; and the everyday senses of the new words (a season, a shell, a department) that are no skill. Made-up CVs
and job lines only (no corpus text)."""

from __future__ import annotations

import pytest

from core.analysis import extract_requirements
from core.analysis.skills import find_all_skills, find_skills
from tests.cv_helpers import cv_pairs as _pairs
from tests.cv_helpers import cv_skills as _skills


@pytest.mark.parametrize("text, name", [
    ("DevOps", "DevOps"), ("Symfony", "Symfony"), ("Laravel", "Laravel"), ("UX", "UX design"), ("HTTP", "HTTP"),
    ("SSL", "SSL/TLS"), ("Shell", "Bash"), ("customer service", "Customer service"),
    ("Product Management", "Product management"), ("Artificial Intelligence", "Artificial intelligence"),
    ("NiFi", "Apache NiFi"), ("Blockchain", "Blockchain"), ("SCORM", "SCORM"), ("ECG", "ECG"), ("ISO 27001", "ISO 27001"),
    ("load balancers", "Load balancing"), ("Filing", "Filing"), ("internal audits", "Audit"),
    ("literature review", "Literature review"), ("tax planning", "Tax planning"), ("BLE", "Bluetooth Low Energy"),
    ("trauma-informed care", "Trauma-informed care"), ("individualized education plans", "SEN"),
    ("account-based marketing", "Account-based marketing"), ("hydraulics", "Hydraulics"),
    ("complaint handling", "Complaint handling"), ("objection handling", "Objection handling"),
    ("Critical thinking", "Critical thinking"), ("user acceptance testing", "User acceptance testing"),
    ("motion graphics", "Motion graphics"), ("Kalman filter", "Kalman filter"), ("Metashape", "Metashape"),
    ("prior authorization", "Prior authorization"), ("Makaton", "Makaton"), ("due diligence", "Due diligence"),
    ("Brandwatch", "Brandwatch"), ("DocuSign", "DocuSign"), ("RingCentral", "RingCentral"),
])
def test_a_well_known_skill_of_each_family_is_in_the_lexicon(text, name):
    assert [h.name for h in find_all_skills(text)] == [name]


@pytest.mark.parametrize("text", [
    "Dean's List, Spring 2021 and Fall 2022",  # a season in a date
    "Spring semester exchange in Lyon",
    "Made the Dean's List in Spring of 2020",
    "a hard shell, cleaned the sea shells",  # the everyday word, in lower case
    "filing cabinets and the filing of tax returns",
    "rag rugs on the floor",
    "took on the role with gusto; the panel did concur",  # words that are also products' names, in lower case
    "had the audacity to ask, and would perforce agree",
])
def test_the_everyday_sense_of_a_new_word_is_no_skill(text):
    new = {"Spring Boot", "Bash", "Filing", "Retrieval-augmented generation", "Gusto", "Concur", "Audacity", "Perforce"}
    assert not any(h.name in new for h in find_all_skills(text))


_DEVELOPER = """Tomasz Wielgosz
tomasz.w@example.com

EXPERIENCE

Software Engineer, Krakenfield Systems, 2020 – Present
• Moved the billing backend from a custom framework to Spring, and the admin site to Symfony
• Put the public API behind load balancers and renewed SSL certificates with Let's Encrypt
• Prepared the ISO 27001 audit evidence for the platform team

Embedded Developer, Pellucid Devices, 2017 – 2020
• Wrote the Bluetooth Low Energy pairing for a fitness tracker
• Packaged training modules as SCORM for the customer's LMS

EDUCATION
Warsaw University of Technology, BSc Computer Science, 2013 – 2017
Dean's List, Spring 2015
"""


def test_a_developers_named_protocols_frameworks_and_standards_are_claimed_under_their_employer():
    pairs = _pairs(_DEVELOPER)
    for skill, employer in [("spring", "krakenfield systems"), ("symfony", "krakenfield systems"),
                            ("load balancers", "krakenfield systems"), ("ssl", "krakenfield systems"),
                            ("iso 27001", "krakenfield systems"), ("bluetooth low energy", "pellucid devices"),
                            ("scorm", "pellucid devices")]:
        assert (skill, employer) in pairs, (skill, employer, pairs)
    assert sum(s == "spring" for s in _skills(_DEVELOPER)) == 1  # the framework, once; the Dean's List season is none


_RESEARCHER = """Imogen Faraday
imogen.faraday@example.com

RESEARCH EXPERIENCE

Graduate Research Assistant, Lakemoor University, 2021 – Present
- Assist the lab's lead in research design, literature review and qualitative coding of interview transcripts
- Ran geospatial analysis of bird counts and built the ingest flow in NiFi

Research Technician, Coastline Marine Institute, 2018 – 2021
- DNA barcoding of sediment samples; recorded ECG of fish larvae under stress

EDUCATION
Lakemoor University, MSc Ecology, 2016 – 2018

LAB SKILLS
PCR, Microscopy, Cell culture, Western blot
"""


def test_a_researchers_methods_are_claimed_under_their_employer():
    pairs = _pairs(_RESEARCHER)
    for skill, employer in [("research design", "lakemoor university"), ("literature review", "lakemoor university"),
                            ("qualitative coding", "lakemoor university"), ("geospatial analysis", "lakemoor university"),
                            ("nifi", "lakemoor university"), ("dna barcoding", "coastline marine institute"),
                            ("ecg", "coastline marine institute")]:
        assert (skill, employer) in pairs, (skill, employer, pairs)


_ACCOUNTANT = """Okonkwo Adeyemi
okonkwo.adeyemi@example.com

WORK EXPERIENCE

Staff Accountant, Harrowgate Securities Ltd, 2019 – Present
- Posted journals and ran payroll in SAGE
- Conducted internal audits of petty cash and supplier invoices
- Complete tax planning for corporate clients ahead of year end

EDUCATION
University of Lagos, BSc Accounting, 2014 – 2018

SKILLS
Bookkeeping, Bank reconciliation, Payroll
"""


def test_an_accountants_practices_and_tools_are_claimed_under_their_employer():
    pairs = _pairs(_ACCOUNTANT)
    for skill in ("sage", "internal audits", "tax planning"):
        assert (skill, "harrowgate securities ltd") in pairs, (skill, pairs)


_CARER = """Lin Mei
lin.mei@example.com

EXPERIENCE

Special Education Teacher, Harbour Light School, 2019 – 2023
- Wrote individualized education plans for children with cerebral palsy

Senior Care Worker, Kestrel House Children's Trust, 2016 – 2019
- Trained new staff in trauma-informed care and safe feeding

EDUCATION
Beijing Normal University, BA Special Education, 2012 – 2016
"""


def test_a_carers_and_teachers_practices_are_claimed_under_their_employer():
    pairs = _pairs(_CARER)
    assert ("individualized education plans", "harbour light school") in pairs, pairs
    assert ("trauma-informed care", "kestrel house children's trust") in pairs, pairs


_PRODUCT_ENGINEER = """Sasha Lindqvist
sasha.l@example.com

EXPERIENCE

Senior Engineer, Brightwater Labs, 2019 – Present
- Built an AI-powered search over the HTTP API with the UX team and Product Management
- Ran manual testing and end-to-end tests before each release

EDUCATION
KTH Royal Institute of Technology, MSc Computer Science, 2014 – 2019
"""


def test_a_field_or_a_department_named_in_a_bullet_is_no_skill_claimed():
    """'AI-powered', 'the UX team', 'the HTTP API', 'manual testing': a field, a team or a practice every engineer
    names, which the CV's list (if any) would claim; in a bullet they are no tool."""
    skills = _skills(_PRODUCT_ENGINEER)
    assert not skills & {"ai", "ux", "http", "manual testing", "end-to-end tests", "product management"}, skills


@pytest.mark.parametrize("line, requirement", [
    ("Requirements:\n- 3+ years of PHP with Symfony or Laravel\n- Good communication", "symfony"),
    ("Requirements:\n- Working knowledge of ISO 27001 and SOC 2\n- A degree in computing", "iso 27001"),
    ("What you'll need:\n- Confident with hydraulics and pneumatics\n- A full driving licence", "hydraulics"),
    ("Requirements:\n- Use of a CMMS and lockout/tagout on site\n- Read electrical schematics", "cmms"),
    ("Requirements:\n- 2+ years of utilization review in an acute setting\n- An active RN licence", "utilization review"),
    ("Requirements:\n- Experience of tax planning for owner-managed businesses\n- ACCA or ACA qualified", "tax planning"),
    ("You will have:\n- Strong objection handling and closing skills\n- A full driving licence", "objection handling"),
    ("Requirements:\n- Built e-learning content to SCORM and xAPI\n- Articulate Storyline", "scorm"),
])
def test_a_job_line_asking_for_a_new_skill_gives_it_as_a_requirement(line, requirement):
    assert requirement in {r.lower() for r in extract_requirements(line)}


def test_a_company_description_naming_a_service_gives_no_requirement():
    """'The business provides Facilities Management services, from technical support ...' describes the employer:
    a service it sells, no skill asked of the applicant."""
    jd = ("About us\nHarbourside Catering runs 80 restaurants and cafes. The business also provides facilities management "
          "services, from technical support to building maintenance.\n\nThe role\nYou will run the kitchen at our city "
          "site, lead a team of six chefs and keep food safety records.\n")
    reqs = {r.lower() for r in extract_requirements(jd)}
    assert not reqs & {"facilities management", "technical support"}, reqs
    assert {h.name for h in find_skills("Facilities management and technical support")} == {"Facilities management",
                                                                                             "Technical support"}
