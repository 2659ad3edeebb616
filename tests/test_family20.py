"""Newcomer finding (session 20): a food factory's "Multi-Skilled Maintenance Engineer" was read as a software
job (the title's "engineer"), asked to design a URL shortener and about "the most complex bug", and charted
in History as "software roles". "Engineer", "developer", "architect" or "designer" after a word of another
field (maintenance, electrical, civil, property, landscape, interior) is that field's job; the job's own
duties then decide, and software questions are never asked of it. All titles and texts are made up."""

from __future__ import annotations

import pytest

from core.analysis.skills import infer_role_family
from core.coach.plan import plan_questions
from core.progress.trends import chart_family

NOT_SOFTWARE = {
    "operations": ("Multi-Skilled Maintenance Engineer (Mechanically Biased)", "Electrical Maintenance Engineer",
                   "Field Service Engineer - Catering Equipment", "Process Engineer", "Manufacturing Engineer",
                   "Building Services Engineer", "Site Engineer", "HVAC Engineer", "Network Cabling Engineer",
                   "Controls Engineer", "Gas Service Engineer", "Shift Electrician", "Plumber", "Commissioning Engineer",
                   "Maintenance Engineering Manager", "PAT Tester"),
    "general": ("Civil Engineer", "Graduate Structural Engineer", "Property Developer", "Landscape Architect",
                "Interior Designer", "Kitchen Designer", "Fashion Designer", "Sound Engineer"),
    "sales": ("Business Developer",),
}

STILL_SOFTWARE = ("Software Engineer", "Site Reliability Engineer", "Senior Java Developer", "Solutions Architect",
                  "Software Maintenance Engineer", "Back-end Developer", "Test Engineer", "Platform Engineer")


@pytest.mark.parametrize(("family", "title"), [(f, t) for f, ts in NOT_SOFTWARE.items() for t in ts])
def test_an_engineer_of_another_field_is_that_fields_job(family: str, title: str) -> None:
    assert infer_role_family(title) == family
    assert chart_family(title) not in {"software", "design", "hospitality"}


@pytest.mark.parametrize("title", STILL_SOFTWARE)
def test_a_software_engineer_stays_software(title: str) -> None:
    assert infer_role_family(title) == "software"


@pytest.mark.parametrize(("title", "family"), [("Sales Engineer", "sales"), ("2nd Line Support Engineer", "customer support"),
                                               ("Data Engineer", "data"), ("UX Designer", "design")])
def test_a_title_of_its_own_keeps_its_family(title: str, family: str) -> None:
    assert infer_role_family(title) == family


JOB = """Maintenance Engineer (Electrical)
Brookvale Bakeries - bread and cake factory, Leicester
Days and nights rota | £45,000

Brookvale bakes for supermarkets on nine automated lines. Our maintenance engineers keep them running.

Duties
- Respond to breakdowns on mixers, provers, ovens, slicers and wrappers, electrical and mechanical.
- Fault-find on PLC-controlled plant (Siemens and Mitsubishi), HMIs, inverters and servo drives.
- Carry out planned preventative maintenance (PPM) and record it in the CMMS.
- Follow food safety (BRCGS) and hygiene rules after every job on the line.

Requirements
- Time-served electrical apprenticeship, NVQ Level 3.
- 18th Edition Wiring Regulations.
- Food hygiene Level 2 certificate.
"""

CV = """DANIEL ORME
Maintenance Electrician
Leicester | 07700 900111 | d.orme@example.com

PROFILE
Industrial electrician with nine years in food and drink maintenance. 18th Edition qualified, ECS Gold Card.

EXPERIENCE
Maintenance Electrician, Fairfield Dairies, Leicester (Jan 2019 - Present)
- Breakdown cover on filling and capping lines; fault-finding on Allen-Bradley PLCs and VSDs.
- PPM in the CMMS: thermography, insulation resistance tests, inverter checks.
- Cut unplanned downtime on line 3 from 9 hours a month to 3.

Electrical Apprentice, Soar Electrical Ltd, Loughborough (Sep 2015 - Dec 2018)
- Commercial installs, testing and inspection.

QUALIFICATIONS
- City & Guilds 2382 18th Edition (2021)
- NVQ Level 3 Electrotechnical
- ECS Gold Card
"""

SOFTWARE_WORDS = ("url shortener", "bug", "code review", "deploy", "api", "technical debt", "microservice", "pull request")


@pytest.mark.parametrize("seed", ["a", "b", "c", "d"])
def test_a_maintenance_engineer_is_asked_no_software_question(seed: str) -> None:
    assert infer_role_family("Maintenance Engineer (Electrical)", JOB) == "operations"
    questions = plan_questions(CV, JOB, "Maintenance Engineer (Electrical)", count=8, seed=seed)
    asked = " ".join(questions).lower()
    assert not [w for w in SOFTWARE_WORDS if w in asked], questions
