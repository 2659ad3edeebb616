"""A competency or scenario question tied to a job domain (a budget cut) is asked, and expected on the progress
page, only where the job or the CV gives it grounds (made-up job and CV; failed before the change)."""

from __future__ import annotations

from core.coach.bank import grounded, load_question_bank
from core.coach.plan import plan_items
from core.progress import core_competencies

JOB = """Warehouse Team Manager, Kestrel Distribution
You will run inbound and outbound for a 20,000 m2 site, lead 4 shift leads and 60 operatives, own pick
accuracy and on-time dispatch, keep the site safe and audit-ready, and drive Lean and 5S improvements.
Requirements: warehouse leadership, WMS experience, KPI reporting, health and safety, continuous improvement."""
CV = """Lee Park
Experience
Shift Lead, Redwater Logistics, 2019 - present
- Led 25 operatives on nights; pick accuracy up from 98.1% to 99.5%
- Ran weekly 5S audits and cut dock-to-stock time by 30%
Skills: WMS, Excel, Lean
"""
MONEY_COMPETENCIES = {"budget cut", "budgeting"}


def test_no_budget_question_for_a_job_and_cv_that_never_speak_of_money():
    for seed in range(30):
        items = plan_items(CV, JOB, "Warehouse Team Manager", interview_type="mixed", seniority="mid", count=10,
                           company="", seed=str(seed), focus=None)
        assert not MONEY_COMPETENCIES & {i.competency for i in items}, [i.text for i in items]
        assert not any("budget" in i.text.lower() for i in items)
    assert not MONEY_COMPETENCIES & set(core_competencies("Warehouse Team Manager", JOB, CV))


def test_budget_questions_come_back_when_the_job_or_cv_gives_grounds():
    with_budget = JOB + "\nYou will own the site's £1.2M operating budget."
    assert set(core_competencies("Warehouse Team Manager", with_budget, CV)) >= MONEY_COMPETENCIES
    cv_costs = CV + "- Cut agency labour costs by 15% in one peak season\n"
    assert set(core_competencies("Warehouse Team Manager", JOB, cv_costs)) >= MONEY_COMPETENCIES


def test_grounds_are_word_beginnings_and_a_kpi_named_cost_per_order_is_none():
    budget_cut = next(q for q in load_question_bank() if q["competency"] == "budget cut")
    assert grounded(budget_cut, "Own the P&L for two sites")
    assert grounded(budget_cut, "Financial reporting to the board")
    assert not grounded(budget_cut, "Own the KPIs: on-time dispatch and cost per order")
    assert not grounded(budget_cut, "Spending time on the floor with the team")  # time, not money
    assert grounded(budget_cut, "Manage a £40k monthly ad spend")
