"""The plan asks each subject once, in the job's own field, the field's core requirements included, and ties a
question's premise to an employer only when that employer's entry shows it (session 21). Made-up documents."""

from __future__ import annotations

import re

from core.coach.plan import plan_items
from core.coach.plan_premise import entry_text, role_supports

SEEDS = [f"s{i}" for i in range(8)]


def _plans(cv: str, jd: str, title: str, count: int = 14, **kw):
    for seed in SEEDS:
        for kind in ("mixed", "behavioral", "technical"):
            yield plan_items(cv, jd, title, interview_type=kind, seniority=kw.get("seniority", "mid"), count=count,
                             company=kw.get("company", ""), seed=seed, focus=None)


# --- a premise about a past employer: only that employer's entry, never the skills section after it ---------------

_TEACHER_CV = """Tom Ashdown
Teacher of Science · Derby

EXPERIENCE
Assistant Head of Science — Oakfield Academy, Derby | Sep 2020 – present
Line manage four science teachers and run the department's weekly CPD.
Lead KS4 science for 240 students a year.
Teacher of Science — Larkhill High School, Derby | Sep 2014 – Aug 2020
Taught KS3 and KS4 science in mixed-ability groups; form tutor for Year 9.
Ran the after-school robotics club.
EDUCATION
PGCE Secondary Science with QTS — University of Leeds, 2014
SKILLS
Curriculum planning · Mentoring trainee teachers · Leading CPD · Data tracking (SIMS)
"""


def test_a_past_entry_ends_at_the_next_section_heading() -> None:
    entry = entry_text(_TEACHER_CV, "Larkhill High School", ["Oakfield Academy", "Larkhill High School"])
    assert "robotics" in entry and "Mentoring" not in entry and "PGCE" not in entry
    assert not role_supports("stakeholder management", "Describe a time you represented your team to senior "
                             "leadership and had to defend a difficult position.", "Teacher of Science", entry)


def test_a_question_presuming_a_team_is_never_tied_to_a_classroom_post() -> None:
    jd = ("Head of Science\nLead a department of nine teachers, own the curriculum and results.\n"
          "Requirements\n- Qualified Teacher Status\n- Experience leading a team\n- Strong safeguarding knowledge")
    for plan in _plans(_TEACHER_CV, jd, "Head of Science", count=20, seniority="lead"):
        for item in plan:
            if item.employer == "Larkhill High School":
                assert not re.search(r"represented your team|someone on your team|as a leader|delegated|through "
                                     r"other people|mentored", item.text), item.text


# --- two questions never quote the same CV sentence ----------------------------------------------------------------

_MAINT_CV = """Rhys Calder
Maintenance Fitter

Experience
Maintenance Fitter — Brookvale Dairies, Carlisle (2018 – present)
- Strong on hydraulics fault-finding, gearbox rebuilds and planned preventive maintenance on high-speed filling lines across both sites.
- Cut unplanned downtime on line 3 from 9% to 4% in 2023 by rebuilding the filler's drive train.
- Isolations under LOTO; permits to work for hot works.
"""
_MAINT_JD = """Maintenance Engineer
Requirements
- Hydraulics fault-finding on production lines.
- Planned preventive maintenance.
- CMMS experience.
- Lockout/tagout.
"""


def _quotes(text: str) -> list[str]:
    return [q.strip("…").lower() for q in re.findall(r"[“\"]([^”\"]{15,})[”\"]", text)]


def _cv_row(quote: str) -> int:
    words = " ".join(re.findall(r"[\w£%]+", quote.lower()))
    rows = [" ".join(re.findall(r"[\w£%]+", line.lower())) for line in _MAINT_CV.splitlines()]
    return next(n for n, row in enumerate(rows) if words in row)


def test_no_two_questions_quote_the_same_cv_sentence() -> None:
    for plan in _plans(_MAINT_CV, _MAINT_JD, "Maintenance Engineer", count=10):
        rows = [_cv_row(q) for item in plan for q in _quotes(item.text)]  # two parts of one line are one sentence
        assert len(rows) == len(set(rows)), [i.text for i in plan]


# --- one subject once: forecasting, capacity and staffing are one subject in a support operations job ---------------

_SUPPORT_JD = """Customer Operations Manager
Acme Telecom
Responsibilities
- Own workforce planning and capacity planning for a 40-agent service desk.
- Build contact forecasting models for seasonal peaks.
- Report on SLAs and CSAT every week.
Requirements
- Experience of forecasting contact volumes.
- Zendesk or Freshdesk.
- Stakeholder management.
"""
_SUPPORT_CV = """Maya Osei
Service Desk Team Leader — Brightline Energy, Leeds (2020 – present)
- Lead a team of 12 agents on phone and chat in Zendesk.
- Raised CSAT from 79% to 88% in a year through weekly call reviews.
- Wrote the macros and the SLA report the desk still uses.
"""
_STAFFING = re.compile(r"(?i)\b(?:forecast\w*|capacity|staffing|workforce planning|peak season)\b")


def test_forecasting_capacity_and_staffing_are_asked_once() -> None:
    for plan in _plans(_SUPPORT_CV, _SUPPORT_JD, "Customer Operations Manager", count=12):
        asked = [i.text for i in plan if _STAFFING.search(i.text)]
        assert len(asked) <= 1, asked


# --- a question of another field is not asked ----------------------------------------------------------------------

_HR_JD = """People Advisor
Riverside Care Group
Responsibilities
- Advise managers on absence, grievances and disciplinaries.
- Run recruitment and onboarding for care staff.
- Keep the HR system and personnel files up to date.
Requirements
- CIPD Level 5 or working towards it.
- Good knowledge of employment law.
- Experience of employee relations casework.
"""
_HR_CV = """Leah Brennan
Assistant Manager — Farrow Garden Centres, York (2017 – present)
- Ran return-to-work meetings and handled first-stage grievances for 30 staff.
- Recruited and onboarded 20 seasonal staff a year.
- Studying CIPD Level 5 Associate Diploma.
"""


def test_a_people_job_is_never_asked_about_suppliers_or_peak_staffing() -> None:
    for plan in _plans(_HR_CV, _HR_JD, "People Advisor", count=20):
        for item in plan:
            assert not re.search(r"(?i)supplier|vendor|capacity or staffing|staffing for a peak", item.text), item.text


# --- the field's core requirements get a question ------------------------------------------------------------------

_PROBATE_JD = """Private Client Paralegal
Requirements
- Experience of probate applications.
- Knowledge of inheritance tax forms.
- Excellent attention to detail.
"""
_PROBATE_CV = """Ben Hollis
Private Client Assistant — Ashgrove Law, Bath (2021 – present)
- Prepared probate applications and estate accounts for two partners.
- Drafted inheritance tax forms and letters to beneficiaries.
- Kept the wills register up to date.
"""


def test_a_requirement_no_lexicon_names_is_still_asked() -> None:
    for plan in _plans(_PROBATE_CV, _PROBATE_JD, "Private Client Paralegal", count=8):
        assert any("probate" in i.text.lower() for i in plan), [i.text for i in plan]


_DE_JD = """Data Platform Engineer
Responsibilities
- Build and run batch and streaming data pipelines for sensor data in Spark.
- Own orchestration on Airflow and our transformation layer in dbt.
- Set standards for data quality, testing and observability.
- Work with analysts to design data models in the warehouse (BigQuery).
Requirements
- Strong Python and SQL.
- Production experience with dbt, Kafka and a cloud data warehouse.
"""
_DE_CV = """Iris Novak
Data Engineer — Fenwick Freight, Hull (2021 – present)
- Built Kafka consumers and dbt models for shipment events; cut the nightly run from 2h to 40 minutes.
- Wrote Python ingestion jobs with retries and alerting.
- Added data tests to every source table.
"""


def test_a_data_engineering_job_is_asked_about_pipelines_not_models_in_production() -> None:
    for plan in _plans(_DE_CV, _DE_JD, "Data Engineer", count=8, seniority="senior"):
        role = [i for i in plan if i.source == "role"]
        assert not any(re.search(r"(?i)a model you built|classifier|churn|logistic regression", i.text) for i in role), \
            [i.text for i in role]
        assert any(re.search(r"(?i)pipeline|data quality|dataset|backfill|rerun|upstream", i.text) for i in role), \
            [i.text for i in role]
