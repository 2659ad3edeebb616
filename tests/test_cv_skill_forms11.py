"""CV skills, session 11 (issue 15 point 1): how one skill is written, by the dev labels' session-10 rules
(``tests/data/devsets/cvs/ADJUDICATION.md``, S10-1 to S10-4). Made-up inputs only (no corpus text)."""

from __future__ import annotations

import pytest

from core.analysis.skills_forms import abbreviation_after, name_before
from tests.cv_helpers import cv_pairs as _pairs
from tests.cv_helpers import cv_skills as _skills

# --- S10-3: "Long Name (ABBR)" is one skill as written ------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("finite element analysis (FEA) runs", "finite element analysis", " (FEA)"),
    ("Object-Oriented Programming (OO), SOLID", "Object-Oriented Programming", " (OO)"),
    ("AWS Identity and Access Management (AWS IAM)", "AWS Identity and Access Management", " (AWS IAM)"),
    ("Sensor Fusion Networks(SFN)", "Sensor Fusion Networks", "(SFN)"),
    ("Robotics (ROS)", "Robotics", ""),  # a tool in brackets, no abbreviation
    ("SolidWorks (Expert)", "SolidWorks", ""),  # a level
    ("Python (ML)", "Python", ""),
])
def test_an_abbreviation_is_told_by_the_initials_of_the_name_before_it(text, name, expected):
    assert abbreviation_after(text, len(name), name) == expected


def test_the_long_name_of_an_abbreviation_is_found_before_its_bracket():
    text = "- Learned fundamental network intrusion and event monitoring (NIEM) skills"
    start = name_before(text, text.index("NIEM"))
    assert start is not None and text[start:].startswith("network intrusion and event monitoring (NIEM)")
    assert name_before("Worked with (NIEM) tools", len("Worked with (")) is None


def test_a_list_keeps_each_abbreviation_with_its_name():
    cv = "Skills\nEvent Sourcing, Behaviour-Driven Development (BDD), Kotlin • Cascading Style Sheets (CSS)\n"
    skills = _skills(cv)
    assert {"behaviour-driven development (bdd)", "cascading style sheets (css)", "event sourcing", "kotlin"} <= skills
    assert not {"bdd", "css", "cascading style sheets", "behaviour-driven development"} & skills


def test_a_certification_line_keeps_its_abbreviation_and_drops_its_issuer_date():
    cv = "Certifications\n- Basic Life Support (BLS) - Heart Foundation (2026)\n"
    skills = _skills(cv)
    assert "basic life support (bls)" in skills
    assert not {"bls", "basic life support"} & skills


def test_a_bullet_names_a_method_with_its_abbreviation_as_one_skill_paired_whole():
    cv = """Experience
Thermal Engineer | Northgate Fabrication Ltd | 2019 - Present
- Ran computational fluid dynamics (CFD) studies of the cooling ducts
- Set up a security information and event management (SIEM) feed for the plant network
Skills
AutoCAD, SolidWorks
"""
    skills, pairs = _skills(cv), _pairs(cv)
    assert {"computational fluid dynamics (cfd)", "security information and event management (siem)"} <= skills
    assert not {"cfd", "siem", "computational fluid dynamics"} & skills
    assert ("computational fluid dynamics (cfd)", "northgate fabrication ltd") in pairs
    assert ("cfd", "northgate fabrication ltd") not in pairs


def test_the_abbreviation_written_alone_elsewhere_is_still_its_own_skill():
    cv = """Experience
Platform Engineer | Tidewell Systems | 2020 - Present
- Added role-based access control (RBAC) to the admin console
Skills
Concepts: REST APIs, Role-Based Access Control
"""
    skills = _skills(cv)
    assert {"role-based access control (rbac)", "role-based access control"} <= skills


# --- S10-1: two names joined by a slash are two skills; a shared word keeps them one ------------------------

def test_names_of_as_many_words_either_side_of_a_slash_are_split():
    cv = "Skills\nTools: ES2019/ES2020, VoIP/SIP, Acme ORM/Zeta SAN, Kotlin\n"
    skills = _skills(cv)
    assert {"es2019", "es2020", "voip", "sip", "acme orm", "zeta san", "kotlin"} <= skills
    assert not {"es2019/es2020", "voip/sip"} & skills


@pytest.mark.parametrize("item", ["UI/UX Design", "Claims Verification/Reconciliation", "DNA/RNA-extraction",
                                  "CI/CD", "Cat 5/6 cabling", "IBM OS/400"])
def test_a_slash_sharing_a_word_or_a_fixed_term_stays_one_skill(item):
    skills = _skills(f"Skills\n{item}, Kotlin, Jira\n")
    assert item.casefold() in skills


# --- S10-4: a version written with the name is part of the skill --------------------------------------------

def test_a_version_glued_by_a_hyphen_or_ending_in_x_stays_with_its_tool_and_its_pair():
    cv = """Experience
Frontend Developer | Lumenfield Studio | 2018 - 2021
- Maintained four dashboards in AngularJS 1.x and moved two of them to Vue-3
Skills
Kotlin, Jira
"""
    skills, pairs = _skills(cv), _pairs(cv)
    assert {"angularjs 1.x", "vue-3"} <= skills
    assert not {"angularjs", "vue"} & skills
    assert ("angularjs 1.x", "lumenfield studio") in pairs


def test_a_tool_written_bare_once_and_with_its_version_once_gives_both_as_written():
    cv = """Experience
Data Engineer | Orchard Byte Ltd | 2019 - Present
- Wrote the loaders in Python for the nightly batch
- Ported the last services to Python 3 with type hints
"""
    assert {"python", "python 3"} <= _skills(cv)


# --- S10-2 and S10-3 in a job's pairs: the whole name as written, not its parts ------------------------------

def test_a_job_pairs_the_vendor_product_not_the_vendor_or_the_listed_product():
    cv = """Experience
Backend Engineer | Pinecrest Analytics | 2020 - Present
- Stored session state in AWS DynamoDB and queued jobs on AWS SQS
Skills
AWS (Lambda, DynamoDB), Kotlin
"""
    pairs = _pairs(cv)
    assert ("aws dynamodb", "pinecrest analytics") in pairs
    assert not {("aws", "pinecrest analytics"), ("dynamodb", "pinecrest analytics")} & pairs


def test_a_job_pairs_a_long_name_with_its_abbreviation_not_the_listed_abbreviation():
    cv = """Experience
Stress Engineer | Quayside Marine Works | 2018 - Present
- Ran finite element analysis (FEA) on hull frames
Skills
ANSYS (FEA, CFD), MATLAB
"""
    pairs = _pairs(cv)
    assert ("finite element analysis (fea)", "quayside marine works") in pairs
    assert ("fea", "quayside marine works") not in pairs


# --- a common noun or a longer name that holds a tool's name is no tool ---------------------------------------

def test_node_red_and_a_cluster_node_are_no_node_js_but_node_in_a_sentence_is():
    cv = """Experience
IoT Engineer | Harrowgate Sensors | 2019 - Present
- Wired the plant's flows in Node-RED and added a fourth node to the cluster
- Wrote the gateway in Node with a small Postgres store
"""
    skills, pairs = _skills(cv), _pairs(cv)
    assert {"node", "postgres"} <= skills and ("node", "harrowgate sensors") in pairs
    without = _skills(cv.replace("- Wrote the gateway in Node with a small Postgres store\n", ""))
    assert "node" not in without  # "Node-RED" and "a fourth node" name no Node.js
