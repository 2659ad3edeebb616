"""Session 23 (re-check B item 9, issue 15 point 3): a plan probes the job's biggest gaps and its core duties. The
statutory knowledge a job requires by name ("Knowledge of the Mental Health Act 1983…") is asked when the CV does not
show it, also when the job's requirement reader keeps only the Act's name; a required duty of the job the CV shows
nothing of ("Plan the team's rota…") is asked as a scenario in a plan of five, not left for longer plans.
Made-up documents."""

from __future__ import annotations

from core.coach.plan import plan_items

SEEDS = [f"s{i}" for i in range(8)]

_AMHP_JOB = """Community Mental Health Nurse - Riverside Recovery Team
Northvale NHS Trust, Northvale

You will work with adults with severe mental illness in the community.

Responsibilities
- Hold a caseload of adults on the Care Programme Approach.
- Carry out risk assessments and write care plans.
- Work with GPs, housing and the police.

Essential
- Current NMC registration as a mental health nurse.
- Experience of risk assessment and safeguarding.
- Knowledge of the Mental Health Act 1983 and the Mental Capacity Act 2005.
- Full driving licence.
"""
_AMHP_CV = """JORDAN PIKE
Registered Mental Health Nurse (NMC 19A2345E)
Northvale | 07700 900111 | jordan.pike@example.org

EXPERIENCE
Staff Nurse, Acute Admissions Ward - Hillcrest Hospital, Northvale    Mar 2019 - Present
- Carry out risk assessments on admission and write care plans for 18 inpatients.
- Lead safeguarding referrals with the ward manager and the local authority.
- Work with GPs, housing and the police on discharge planning.
- Hold a caseload of 6 named patients; full driving licence.

EDUCATION
BSc Mental Health Nursing, University of Northvale, 2019
"""


def _plans(cv: str, jd: str, title: str, count: int, itype: str = "mixed") -> list[list[str]]:
    return [[p.text for p in plan_items(cv, jd, title, interview_type=itype, seniority="mid", count=count,
                                        company="Northvale NHS Trust", seed=seed, focus=None)] for seed in SEEDS]


def test_statutory_knowledge_the_cv_lacks_is_asked_in_a_plan_of_five() -> None:
    for itype in ("mixed", "behavioral"):
        for plan in _plans(_AMHP_CV, _AMHP_JOB, "Community Mental Health Nurse", 5, itype):
            assert any("Mental Health Act 1983" in q for q in plan), plan


_TL_JOB = """Warehouse Shift Leader
Harbourline Logistics - Felixstowe

You will lead a shift of 20 warehouse operatives picking and packing for retail customers.

What you will do
- Coach and develop your operatives through one-to-ones and performance reviews.
- Own escalated customer complaints and resolve them quickly.
- Drive pick rate and accuracy targets.
- Plan the shift's rota and manage attendance, absence and holidays.
- Run daily briefings and share insight with the site manager.

What you bring
- Experience leading or coaching a team in a warehouse.
- Strong problem solving and communication skills.
- Confidence using performance data to improve results.
- Calm under pressure.
"""
_TL_CV = """SAM OKAFOR
Senior Warehouse Operative - Eastgate Distribution, Ipswich    2020 - Present
- Lead a team of up to six pickers on the night shift and brief them before every shift.
- Coached new starters on the handheld scanners; team accuracy rose to 99.6%.
- Deal with customer complaints about late orders and resolve them with the transport desk.
- Track pick rate and accuracy targets and report them to the shift manager.
Picker - Eastgate Distribution, Ipswich    2018 - 2020
- Picked 180 lines an hour on average.
"""


def test_a_required_duty_the_cv_shows_nothing_of_is_asked_as_a_scenario_in_a_plan_of_five() -> None:
    for plan in _plans(_TL_CV, _TL_JOB, "Warehouse Shift Leader", 5):
        asked = [q for q in plan if "rota" in q.lower()]
        assert asked, plan
        assert all("how would you" in q.lower() for q in asked), asked


_AE_JOB = """Account Executive
About us: Docker builds open source tools for developers.

What you will do
* Act as the face of Docker for our prospects in the region.
* Run discovery calls and build mutual action plans.
* Keep the CRM up to date.

Requirements
* 2+ years of experience with B2B sales
* Interest in Docker, and open source software
* Excellent negotiation and closing skills
"""
_AE_CV = """Morgan Lee
Account Executive — Brightpath Software, Denver | 2021 – Present
- Closed $1.2M of new B2B business in 2023 at 118% of quota.
- Negotiated multi-year renewals with procurement teams.
- Kept Salesforce up to date and ran discovery calls.
"""


def test_a_product_the_job_asks_only_an_interest_in_is_no_gap() -> None:
    # "Interest in Docker" (the employer's own product): a hiring manager never asks "which I don't see on your CV"
    for seed in SEEDS[:4]:
        plan = [p.text for p in plan_items(_AE_CV, _AE_JOB, "Account Executive", interview_type="mixed",
                                           seniority="mid", count=3, company="Northwind", seed=seed, focus=None)]
        assert not any("Docker, which I don't see" in q or "Docker in your first" in q for q in plan), plan
