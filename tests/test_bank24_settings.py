"""Session 24: a bank question that names a setting (a hospital ward, an emergency department's arrivals, a school's
pupils) is asked only where the job's setting fits it: never "on a busy ward" to a dental nurse, never
emergency triage to a care home's nurse, never a pupil's behaviour to a university lecturer. All jobs and CVs here are
made up."""

from __future__ import annotations

import re

import pytest

from core.coach.bank import load_question_bank, setting_fits
from core.coach.plan import plan_items

DENTAL_JD = """Dental Nurse
Brookside Family Dental Practice, Hexham
A busy NHS and private practice with five surgeries.
- Chairside support for dentists and hygienists, including children and nervous patients
- Decontamination of instruments to HTM 01-05
- Record clinical notes and charting on our practice software
- Help in medical emergencies in the practice
Requirements: GDC registration, a recognised dental nursing qualification.
"""
DENTAL_CV = """Lucy Hart
Dental Nurse, Tynedale Smiles, Corbridge - 2019 - present
- Chairside nursing for two dentists; charting and notes on SOE
- Ran the decontamination room and the weekly autoclave checks
GDC registered dental nurse
"""
CARE_HOME_JD = """Registered Nurse - Willow Court Care Home
Willow Court is a 60-bed nursing home for older people, many living with dementia.
- Lead the care of residents on your floor on days or nights
- Give medicines and review care plans with residents and their families
- Work with GPs, district nurses and the local hospice
Requirements: NMC registration; experience in a care home or with older people.
"""
CARE_HOME_CV = """Grace Mensah
Staff Nurse, Elmfield Nursing Home, Carlisle - 2020 - present
- Cared for 24 residents with dementia; medicines rounds and care plans
NMC registered nurse (adult)
"""
LECTURER_JD = """Lecturer in Business Management
University of the North Coast, School of Business
- Teach undergraduate modules in strategy and organisational behaviour
- Supervise dissertations and mark coursework
- Contribute to research and to the design of new modules
Requirements: a master's degree or PhD in a business subject; teaching in higher education.
"""
LECTURER_CV = """Dr Sam Reid
Associate Lecturer, Midland Metropolitan University - 2021 - present
- Taught first-year modules in management to groups of 120 students
PhD in Organisational Behaviour, 2021
"""
WARD_JD = """Staff Nurse - Acute Medical Ward
St Anne's Hospital, Norwich
Care for 28 inpatients on a busy acute medical ward; days and nights.
Requirements: NMC registration.
"""
BANK = {q["id"]: q for q in load_question_bank()}
KW = dict(seniority="mid", count=8, company="", focus=None)


def _setting_words(text: str) -> list[str]:
    return [w for w in ("ward", "patients arrive", "night shift", "pupil", "your unit", "insulin")
            if re.search(rf"\b{w}", text, re.IGNORECASE)]  # "ward", "wards"; never "towards"


@pytest.mark.parametrize("jd, cv, title, banned", [
    (DENTAL_JD, DENTAL_CV, "Dental Nurse", ("ward", "patients arrive", "night shift", "insulin")),
    (CARE_HOME_JD, CARE_HOME_CV, "Registered Nurse - Willow Court Care Home", ("ward", "patients arrive")),
    (LECTURER_JD, LECTURER_CV, "Lecturer in Business Management", ("pupil",)),
])
@pytest.mark.parametrize("interview_type", ["technical", "mixed", "behavioral"])
def test_no_question_names_a_setting_the_job_contradicts(jd: str, cv: str, title: str, banned: tuple[str, ...],
                                                         interview_type: str) -> None:
    for seed in "abcdef":
        for count in (5, 8, 10):
            texts = [p.text for p in plan_items(cv, jd, title, interview_type=interview_type, seed=seed,
                                                **dict(KW, count=count))]
            assert not [w for t in texts for w in _setting_words(t) if w in banned], (seed, count, texts)


def test_the_settings_questions_stay_where_the_job_is_theirs() -> None:
    ward = BANK["q241"]  # "on a busy ward"
    assert setting_fits(ward, WARD_JD, "Staff Nurse - Acute Medical Ward")
    assert not setting_fits(ward, DENTAL_JD, "Dental Nurse")
    assert not setting_fits(ward, CARE_HOME_JD, "Registered Nurse - Willow Court Care Home")
    triage = BANK["q238"]  # three patients arriving together: an emergency department
    er_jd = "Registered Nurse (ER)\nTriage and treat patients arriving at a busy emergency department."
    assert setting_fits(triage, er_jd, "Registered Nurse (ER)")
    assert not setting_fits(triage, CARE_HOME_JD, "Registered Nurse - Willow Court Care Home")
    pupil = BANK["q248"]  # a pupil refusing instructions before the class
    assert setting_fits(pupil, "Class Teacher (Year 4)\nOakfield Primary School", "Class Teacher")
    assert not setting_fits(pupil, LECTURER_JD, "Lecturer in Business Management")


def test_every_setting_a_question_names_is_declared() -> None:
    from core.coach.bank import settings_table

    table = settings_table()
    named = {q["setting"] for q in BANK.values() if q.get("setting")}
    assert named and named <= set(table)
    assert all(spec["words"] and spec["not_in"] for spec in table.values())


def test_the_harness_check_reads_a_contradicted_setting_on_its_own() -> None:
    from bench.interviewer_settings import contradicted

    ward_q = "How do you keep infection risks down on a busy ward at night?"
    assert contradicted(ward_q, DENTAL_JD, "Dental Nurse")
    assert contradicted(ward_q, CARE_HOME_JD, "Registered Nurse")
    assert not contradicted(ward_q, WARD_JD, "Staff Nurse - Acute Medical Ward")
    assert contradicted("A pupil keeps talking over you. What would you do?", LECTURER_JD, "Lecturer in Law")
    trade_q = "How would you plan staffing for a peak season you haven't seen before?"
    assert contradicted(trade_q, "We run 4 packing lines.", "Maintenance Electrician")
    assert not contradicted(trade_q, "We run 4 packing lines.", "Operations Manager")
    assert contradicted("Tickets are backing up on the pass. What do you do?", "Front desk of a hotel.", "Receptionist")
    assert not contradicted("Describe a time you disagreed with a colleague.", DENTAL_JD, "Dental Nurse")


CONTACT_CENTRE_JD = """Customer Service Advisor
Meadowbank Building Society - Contact Centre, Leicester
Answer calls and emails from members about their savings accounts and mortgages.
- Handle 60 calls a day and resolve queries first time where you can
- Spot vulnerable customers and follow our complaints procedure
Requirements: experience in a contact centre or retail customer service.
"""
CONTACT_CENTRE_CV = """Aisha Begum
Customer Service Advisor, Northern Energy, Sheffield - 2021 - present
- Took 70 calls a day on bills and meter readings; 92% first-call resolution
"""
SAAS_JD = """Customer Support Specialist
Tallyboard (project-management software)
Answer customer tickets by email and chat, reproduce bugs and escalate them to our engineering team.
"""


@pytest.mark.parametrize("interview_type", ["technical", "mixed", "behavioral"])
def test_a_contact_centre_advisor_is_not_asked_about_bugs_and_engineering(interview_type: str) -> None:
    for seed in "abcdef":
        texts = [p.text for p in plan_items(CONTACT_CENTRE_CV, CONTACT_CENTRE_JD, "Customer Service Advisor",
                                            interview_type=interview_type, seed=seed, **KW)]
        assert not [t for t in texts if re.search(r"\bbug|\bengineering\b", t, re.IGNORECASE)], (seed, texts)
    bug = BANK["q227"]  # "the same bug" for the third time
    assert setting_fits(bug, SAAS_JD, "Customer Support Specialist")
    assert not setting_fits(bug, CONTACT_CENTRE_JD, "Customer Service Advisor")


def test_a_lecturer_is_not_asked_about_parents() -> None:
    for seed in "abcdef":
        for interview_type in ("technical", "mixed", "behavioral"):
            texts = [p.text for p in plan_items(LECTURER_CV, LECTURER_JD, "Lecturer in Business Management",
                                                interview_type=interview_type, seed=seed, **KW)]
            # a question about parents (the served wording "a student or parent" of the family's templates is apart)
            assert not [t for t in texts if re.search(r"with parents|\bA parent\b", t)], (seed, texts)
