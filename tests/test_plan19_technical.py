"""Session 19 (nc19 item 10): a Technical interview asks the family's technical and scenario questions in every
family and every length, not only CV and behavioural questions (a 3-question FP&A plan asked none). Made-up
documents."""

import pytest

from core.coach.bank import load_question_bank
from core.coach.plan import plan_items

CV = """Priya Natarajan
Management Accountant, Ashcombe Bakeries Ltd, Reading, 2021 - present
- Produced monthly management accounts for three bakeries with £40m turnover.
- Built the annual budget with site managers; cut forecast error from 9% to 4%.
- Prepared a business case for a new oven line (NPV £1.2m, payback 3 years).
Skills: Excel, Power BI, budgeting, forecasting, variance analysis
"""
JOB = """Finance Business Partner
Tollgate Drinks Ltd

- Partner the operations director on cost, margin and capital projects.
- Lead the annual budget and quarterly reforecasts for the two breweries.
- Explain variances to non-finance managers and drive cost-saving plans.
- Build business cases for capital expenditure.
- ACCA or CIMA qualified (or part-qualified).
"""
CV_OPS = """Dan Okafor
Shift Manager, Brookline Distribution, Coventry, 2019 - present
- Led 30 pickers on nights; cut picking errors from 1.2% to 0.4%.
- Ran the WMS go-live for inbound with 12 key users.
Skills: WMS, Lean, 5S, Excel
"""
JOB_OPS = """Warehouse Operations Manager
Harlow Cold Chain Ltd

- Run a 24/7 chilled warehouse with 80 staff across three shifts.
- Plan labour against volume forecasts and hit dispatch cut-offs.
- Improve processes with Lean tools and KPIs.
"""


def _scenario_texts() -> set[str]:
    return {q["text"] for q in load_question_bank() if q["kind"] == "role" and q.get("type") in {"technical", "situational"}}


@pytest.mark.parametrize("cv,job,title", [(CV, JOB, "Finance Business Partner"),
                                          (CV_OPS, JOB_OPS, "Warehouse Operations Manager")])
@pytest.mark.parametrize("count", [3, 4, 6, 8])
@pytest.mark.parametrize("seed", ["a", "b"])
def test_technical_plan_asks_the_familys_technical_questions(cv, job, title, count, seed):
    items = plan_items(cv, job, title, interview_type="technical", seniority="mid", count=count, seed=seed,
                       company="", focus=None)
    scenarios = [p for p in items if p.source == "role" and p.text in _scenario_texts()]
    assert len(scenarios) >= (1 if count < 4 else 2), [p.text for p in items]  # 2-3 role questions from 4 on


def test_a_mixed_plan_keeps_its_share():
    items = plan_items(CV, JOB, "Finance Business Partner", interview_type="mixed", seniority="mid", count=6,
                       seed="a", company="", focus=None)
    assert sum(p.source == "role" for p in items) == 2
