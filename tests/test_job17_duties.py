"""Fresh-tester finding (session 17): "Support the annual budget and quarterly forecasts" under "What you'll do"
was not read as a requirement (its verb, "support", says nothing of the work), so the accountant was never asked
about budgets. A duty whose verb only says the candidate takes part ("support", "assist with", "contribute to",
"help with") is a requirement named by its object, as a hiring manager names the practice: "budgeting and
forecasting". An object that names no practice (the team, the Head of Sales) gives none. All jobs are made up."""

from __future__ import annotations

import pytest

from core.analysis.job import extract_requirements
from core.analysis.job_duties import supported_practice
from core.coach.plan import plan_items


@pytest.mark.parametrize(("line", "named"), [
    ("Support the annual budget and quarterly forecasts", "budgeting and forecasting"),
    ("Assist with the year-end audit", "auditing"),
    ("Help with the monthly payroll run for 300 staff", "payroll"),
    ("Contribute to the delivery of the annual budget", "budgeting"),
    ("You will support the weekly rota and staff scheduling", "scheduling"),
    ("Support invoicing and credit control", "invoicing and credit control"),
])
def test_a_supporting_duty_is_named_by_its_object(line: str, named: str) -> None:
    assert supported_practice(line) == named


@pytest.mark.parametrize("line", [
    "Support the wider finance team",
    "Assist the Head of Sales with ad hoc tasks",
    "Support colleagues across the business",
    "Help customers find the right products in store",
    "Prepare the monthly management accounts",  # a verb of work: read as a duty of its own
])
def test_an_object_that_names_no_practice_gives_none(line: str) -> None:
    assert supported_practice(line) == ""


FINANCE_JD = """Management Accountant
Bramley Timber Ltd - Hull

What you'll do
- Prepare the monthly management accounts
- Support the annual budget and quarterly forecasts
- Reconcile the balance sheet
- Partner with site managers on costs

What we're looking for
- CIMA or ACCA qualified (or part-qualified)
- Advanced Excel
"""

CLERK_CV = """Ana Ribeiro
Accounts Assistant

EXPERIENCE
Accounts Assistant, Seaway Logistics, Hull - 2020 to present
- Processed 250 supplier invoices a month and ran the weekly payment run.
- Reconciled the bank accounts daily in Sage 200.

SKILLS
Excel, Sage 200, reconciliations
"""


def test_the_supported_duty_is_a_requirement_of_the_job() -> None:
    assert "budgeting and forecasting" in extract_requirements(FINANCE_JD)


def test_the_accountant_is_asked_about_budgets() -> None:
    for seed in ("a", "b", "c"):
        items = plan_items(CLERK_CV, FINANCE_JD, "Management Accountant", interview_type="mixed", seniority="mid",
                           count=8, company="", seed=seed, focus=None)
        assert any("budget" in i.text.lower() for i in items), [i.text for i in items]
