"""Session 25: an emergency call handler, a recruiter or HR adviser (a French ad too) and a frontend engineer are asked
their own job's questions (a distressed caller, grading risk, a caller who cannot say where they are; a hard-to-fill
role, a brief that keeps changing, the ATS figures, a grievance; a component library, page load, accessibility), never
the generic office ones ("explain a delay to a stakeholder who is already unhappy", "a problem no one on the team has
seen") nor a backend system-design question (a URL shortener, a rate limiter). All jobs and CVs here are made up."""

from __future__ import annotations

import pytest

from core.analysis.role_groups import role_group
from core.analysis.skills import infer_role_family
from core.coach.bank import load_question_bank, question_text
from core.coach.plan import plan_items
from core.coach.question_types import QUESTION_TYPES
from core.progress.trends import chart_family

CALL_JD = """Emergency Call Handler
Westmoor Fire and Rescue Service - Control Room, Carlisle
Full time, 12-hour shifts including nights and weekends
You will answer 999 calls from the public, find out where the incident is, decide what help is needed and log every
call accurately on our mobilising system while you talk to the caller.
What we need
- Calm on the phone with people who are frightened or upset
- Fast, accurate typing
- Experience in a busy contact centre or control room
"""
CALL_CV = """Megan Doyle
Customer Adviser, Brightwater Energy, Penrith - 2021 - present
- Took about 70 calls a shift on billing and supply faults; 96% quality score
- Logged every call on Salesforce while talking to the customer
Receptionist, Eden Vets, Penrith - 2018 - 2021
- Handled urgent calls about injured animals and booked emergency slots
"""
RECRUIT_JD = """Recruitment Advisor
Hallam Builders Ltd, Sheffield
You will run recruitment for our site and office teams, about 120 hires a year.
- Take briefs from hiring managers and write job adverts
- Source candidates through LinkedIn, job boards and referrals
- Manage our ATS and report time to hire and offer acceptance each month
- Give every candidate a good experience, whether or not they are hired
"""
RECRUIT_CV = """Owen Pritchard
Recruitment Coordinator, Norland Care Group, Leeds - 2021 - present
- Scheduled 600 interviews a year and kept the ATS (Workday) up to date
- Cut time to hire from 41 to 29 days by moving screening calls to the first week
Administrator, Redfern Lettings, Leeds - 2019 - 2021
"""
RECRUIT_FR_JD = """Chargé(e) de recrutement (H/F)
Atelier Marçais, Nantes
Vous pilotez les recrutements de nos ateliers et de nos fonctions support, environ 60 postes par an.
- Recueillir les besoins auprès des managers et rédiger les annonces
- Sourcer les candidats (approche directe, jobboards, réseaux sociaux)
- Suivre les indicateurs de recrutement dans l'ATS
- Soigner l'expérience candidat et la marque employeur
"""
RECRUIT_FR_CV = """Camille Roussel
Chargée de recrutement, Groupe Lenoir Industrie, Angers - 2020 - aujourd'hui
- 45 recrutements par an en production et en fonctions support
- Mise en place d'un vivier de candidats : délai de recrutement passé de 50 à 35 jours
Assistante RH, Cabinet Morel, Angers - 2018 - 2020
"""
HR_JD = """HR Advisor
Lakeland Foods, Kendal
You will give day-to-day HR advice to managers across our two factories.
- Advise on grievance, disciplinary and absence cases and attend hearings
- Keep policies in line with employment law
- Support recruitment and onboarding of new starters
"""
HR_CV = """Ruth Adeyemi
HR Assistant, Fellview Hotels, Windermere - 2020 - present
- Took notes at 30 disciplinary and grievance hearings
- Ran return-to-work meetings and cut short-term absence from 4.1% to 3.2%
"""
FRONT_JD = """Frontend Engineer
Orbit Travel, Manchester (hybrid)
You will build the booking screens of our web app in React and TypeScript.
- Build and maintain shared UI components with our designers
- Keep our pages fast (Core Web Vitals) and accessible (WCAG 2.2 AA)
- Write tests with Jest, Testing Library and Playwright
"""
FRONT_CV = """Lewis Hart
Frontend Developer, Pennine Bank, Leeds - 2020 - present
- Built the account dashboard in React and TypeScript for 300,000 customers
- Cut the home page's JavaScript bundle from 900 KB to 350 KB
Junior Web Developer, Calder Digital, Halifax - 2018 - 2020
"""
BANK = load_question_bank()
GENERAL_OFFICE = {q["id"] for q in BANK if q["kind"] == "role" and q["families"] == ["general"]}
BACKEND_DESIGN = {"q061", "q067", "q177", "q180", "q183", "q185", "q186"}  # URL shortener, rate limiter, indexes…
KW = dict(seniority="mid", count=8, company="", focus=None)


def _group_questions(group: str) -> list[dict]:
    return [q for q in BANK if group in q["families"] and q["kind"] == "role"]


@pytest.mark.parametrize("group, topics", [
    ("call handling", ("distressed", "grad", "where they are", "log", "repeat", "cuts off")),
    ("recruitment", ("hard-to-fill", "brief", "candidate experience", "offer", "ats", "employer brand", "fair",
                     "grievance", "disciplinary")),
    ("frontend", ("component library", "performance", "accessib", "state", "browser")),
])
def test_each_group_has_twenty_tagged_questions_of_its_own(group: str, topics: tuple[str, ...]) -> None:
    questions = _group_questions(group)
    assert len(questions) >= 20
    assert all(q["type"] in QUESTION_TYPES and q["competency"] for q in questions)
    assert all(q.get("tags") for q in questions if q["families"] == [group])  # its own; a family's shared ones as they were
    assert sum(q["families"] == [group] for q in questions) >= 14
    assert len({q["competency"] for q in questions}) == len(questions)  # each competency once
    words = " ".join(q["competency"] + " " + q["text"] + " " + " ".join(q.get("tags", ())) for q in questions).lower()
    for topic in topics:
        assert topic in words, topic


@pytest.mark.parametrize("title, group", [
    ("Emergency Call Handler", "call handling"),
    ("999 Call Handler", "call handling"),
    ("Police Contact Handler", "call handling"),
    ("Control Room Operator (Ambulance)", "call handling"),
    ("Contact Centre Advisor", "call handling"),
    ("Recruitment Advisor", "recruitment"),
    ("Chargé(e) de recrutement (H/F)", "recruitment"),
    ("Personalreferent (m/w/d)", "recruitment"),
    ("Talent Acquisition Partner", "recruitment"),
    ("HR Advisor", "recruitment"),
    ("IT Recruiter", "recruitment"),
    ("Frontend Engineer", "frontend"),
    ("Senior Front-End Developer", "frontend"),
    ("UI Developer", "frontend"),
])
def test_the_titles_fall_in_their_group(title: str, group: str) -> None:
    assert role_group(title, infer_role_family(title)) == group
    assert chart_family(title) == group


@pytest.mark.parametrize("title", ["Full Stack Developer", "Backend Engineer", "Transport Dispatcher",
                                   "HR Software Engineer", "Software Engineer"])
def test_other_jobs_stay_out_of_the_groups(title: str) -> None:
    assert role_group(title, infer_role_family(title)) not in {"call handling", "recruitment", "frontend"}


@pytest.mark.parametrize("jd, cv, title, group", [
    (CALL_JD, CALL_CV, "Emergency Call Handler", "call handling"),
    (RECRUIT_JD, RECRUIT_CV, "Recruitment Advisor", "recruitment"),
    (RECRUIT_FR_JD, RECRUIT_FR_CV, "Chargé(e) de recrutement (H/F)", "recruitment"),
    (HR_JD, HR_CV, "HR Advisor", "recruitment"),
    (FRONT_JD, FRONT_CV, "Frontend Engineer", "frontend"),
])
@pytest.mark.parametrize("interview_type", ["technical", "mixed", "behavioral"])
def test_the_plan_asks_the_groups_own_questions(jd: str, cv: str, title: str, group: str, interview_type: str) -> None:
    own = {q["competency"] for q in _group_questions(group)}
    off = {question_text(q, group) for q in BANK if q["id"] in GENERAL_OFFICE | BACKEND_DESIGN}
    for seed in ("1", "2", "3"):
        items = plan_items(cv, jd, title, interview_type=interview_type, seed=seed, **KW)
        assert not off & {p.text for p in items}, [p.text for p in items]
        assert sum(p.source == "role" and p.competency in own for p in items) >= 2, [p.text for p in items]
        assert not any("your work on" in p.text for p in items if p.competency in own)  # its own past wording


def test_hr_questions_need_an_hr_job_or_cv() -> None:
    """A grievance or a disciplinary is asked of an HR adviser, never of a recruiter whose job and CV name no HR work."""
    hr = {q["text"] for q in _group_questions("recruitment") if "grievance" in q["competency"] or
          "disciplinary" in q["competency"]}
    recruiter = {p.text for s in "123456" for p in plan_items(RECRUIT_CV, RECRUIT_JD, "Recruitment Advisor",
                                                              interview_type="technical", seed=s, **KW)}
    adviser = {p.text for s in "123456" for p in plan_items(HR_CV, HR_JD, "HR Advisor", interview_type="technical",
                                                            seed=s, **KW)}
    assert not hr & recruiter
    assert hr & adviser
