"""Session 18 (issue 15 point 3): in plans of eight questions the job's key credential was never asked when the CV
showed it (CIMA/ACCA for a part-qualified accountant, NMC registration and ALS/ILS for an emergency nurse, the Máster
en Profesorado for a Spanish maths teacher), and a German payroll job's "Lohnsteuer- und Sozialversicherungsrecht",
the biggest gap, was never asked at all. A registration, licence, certification or qualification the job requires is
probed once in every plan, in the job's words, and a knowledge the job names and the CV lacks is the gap when no
other is. Jobs and CVs are made up."""

from __future__ import annotations

import pytest

from core.coach.plan import plan_items

PHYSIO_JD = """Band 6 Physiotherapist - Musculoskeletal Outpatients
Northvale Community Health

Responsibilities
- Assess and treat a caseload of outpatients with musculoskeletal conditions
- Supervise Band 5 physiotherapists and students

Requirements
- HCPC registration as a Physiotherapist
- Current BLS certification
- 3 years' post-qualification musculoskeletal experience"""
PHYSIO_CV = """Tomasz Wren
Physiotherapist
HCPC registered (PH123456) · BLS certified 2024

Experience
Physiotherapist, Riverside Hospital (2019 - present)
- Treat 45 outpatients a week with back and knee pain
- Cut the clinic's waiting list from 14 to 9 weeks with group classes

Education
BSc Physiotherapy, University of Brighton, 2019"""
ACCOUNTANT_JD = """Finance Business Partner
Harrowgate Foods

Requirements
- ACCA or CIMA qualified (or part-qualified)
- Experience partnering budget holders
- Advanced Excel"""
ACCOUNTANT_CV = """Leah Corran
Finance Analyst

Experience
Finance Analyst, Millbrook Dairies (2020 - present)
- Prepared monthly budget packs for 12 budget holders
- Built a cash forecast in Excel used by the board

Education
ACCA Applied Skills passed (Strategic Professional in progress)
BSc Economics, University of Leeds, 2019"""
PAYROLL_JD = """Personalsachbearbeiter (m/w/d)
Kliniken am See

Ihre Aufgaben
- Abrechnung der Gehälter für 900 Beschäftigte
- Pflege der Zeitwirtschaft

Ihr Profil
- Fundierte Kenntnisse im Arbeits- und Tarifrecht
- Sicherer Umgang mit SAP"""
PAYROLL_CV = """Ben Oster
Personalsachbearbeiter

Berufserfahrung
seit 2019 Personalsachbearbeiter bei Seewerk GmbH, Konstanz
- Abrechnung der Gehälter für 450 Mitarbeitende
- Pflege der Zeitwirtschaft in SAP

Kenntnisse
SAP, Excel"""
SALES_JD = """Account Executive
Requirements
- Experience with a structured qualification method (MEDDICC or similar)
- Salesforce"""
SALES_CV = """Ola Brant
Account Executive, Tallyware (2021 - present)
- Closed £900k new ARR in 2023, 115% of quota"""

SEEDS = [f"s{n}" for n in range(25)]


def _plans(cv: str, jd: str, title: str, count: int = 8) -> list[list[str]]:
    return [[item.text for item in plan_items(cv, jd, title, interview_type=kind, seniority="mid", count=count,
                                              company="Acme", seed=seed, focus=None)]
            for seed in SEEDS for kind in ("mixed", "behavioral", "technical")]


def test_registrations_the_cv_shows_are_asked_in_every_plan_in_the_jobs_words():
    for plan in _plans(PHYSIO_CV, PHYSIO_JD, "Band 6 Physiotherapist"):
        asked = [q for q in plan if "hcpc registration as a physiotherapist" in q.lower()]
        assert len(asked) == 1, plan
        assert "BLS certification" in asked[0] and "which your CV shows" in asked[0], asked
        assert not any(q.startswith("Which licence or registration do you hold") for q in plan), plan


def test_a_part_qualified_cv_is_asked_how_far_through_the_exams():
    for plan in _plans(ACCOUNTANT_CV, ACCOUNTANT_JD, "Finance Business Partner"):
        asked = [q for q in plan if "ACCA or CIMA qualification" in q]
        assert len(asked) == 1, plan
        assert '"ACCA Applied Skills passed (Strategic Professional in progress)"' in asked[0], asked
        assert "How far are you through it" in asked[0], asked


def test_a_required_knowledge_the_cv_lacks_is_the_gap():
    for plan in _plans(PAYROLL_CV, PAYROLL_JD, "Personalsachbearbeiter"):
        asked = [q for q in plan if "knowledge of Arbeits- und Tarifrecht" in q]
        assert len(asked) == 1, plan


def test_a_qualification_method_is_no_credential():
    for plan in _plans(SALES_CV, SALES_JD, "Account Executive", count=6):
        assert not any("which your CV shows. How do you keep" in q or "qualification method, and I don't see" in q
                       for q in plan), plan


@pytest.mark.parametrize("count", [4, 5, 12])
def test_the_credential_is_asked_in_short_and_long_plans(count):
    for plan in _plans(PHYSIO_CV, PHYSIO_JD, "Band 6 Physiotherapist", count=count)[:9]:
        assert sum("HCPC registration" in q for q in plan) == 1, plan
