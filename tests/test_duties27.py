"""Duties and outcomes of a job are no skills to ask for (session 27 "duties"): a lexicon term that is what a duty keeps
or reaches ("Ensure customer satisfaction", "safeguard pupils' health and safety", "prepare the accounts for month end")
is not a requirement, in coverage or the CV tips; a tool the duty is done with, an acronym of a standard and a credential
stay. Inputs written for these tests, modelled on the shapes of the dev sets' lines."""

from __future__ import annotations

import pytest

from core.analysis.job import extract_requirements
from core.analysis.job_duties import duty_outcome
from core.analysis.skills import find_skills
from core.coach.report_tips import cv_tips


def _outcome(line: str, term: str) -> bool:
    start = line.index(term)
    return duty_outcome(line, start, start + len(term))


@pytest.mark.parametrize(("line", "term"), [
    ("- Ensure customer satisfaction to the highest level.", "customer satisfaction"),
    ("Ensure excellent guest satisfaction by monitoring service standards", "guest satisfaction"),
    ("Maintain good order among pupils and safeguard pupils' health and safety on school trips.", "health and safety"),
    ("You will work with colleagues and follow established health and safety standards.", "health and safety"),
    ("Ensure all office systems are working, e.g., Management of Intercom, PABX, Internet, etc.", "Intercom"),
    ("Work closely with the Accountant to prepare the accounts for month end.", "month end"),
    ("Keeps the warehouse tidy and maintains stock accuracy", "stock accuracy"),
    ("Ensuring patient safety on every shift", "patient safety"),
    # the languages the reader knows: the outcome verb first (French, Spanish) or as a noun before (German)
    ("Assurer la satisfaction client au quotidien", "satisfaction client"),
    ("Veiller au respect des règles d'hygiène", "règles d'hygiène"),
    ("Asegurar la satisfacción del cliente", "satisfacción del cliente"),
    ("Sicherstellung der Kundenzufriedenheit", "Kundenzufriedenheit"),
])
def test_what_a_duty_keeps_or_reaches_is_an_outcome(line: str, term: str) -> None:
    assert _outcome(line, term)


@pytest.mark.parametrize(("line", "term"), [
    ("Follow HACCP procedures in the kitchen", "HACCP"),  # a named standard
    ("Comply with COSHH regulations", "COSHH"),
    ("Maintain safeguarding training up to date", "safeguarding"),  # a credential
    ("Keep customer records in Salesforce", "Salesforce"),  # the tool the duty is done with
    ("Keep accurate records in Xero and Excel", "Excel"),
    ("Respond to tickets using Intercom", "Intercom"),
    ("Maintain Excel spreadsheets of stock", "Excel"),  # a product named as the object's kind
    ("Ensure all invoices are entered in Sage", "Sage"),
    ("Assurer le suivi des factures dans Sage", "Sage"),
    ("3 years of experience in maintaining and repairing material-handling equipment", "material-handling"),
    ("Strong health and safety knowledge", "health and safety"),  # a requirement line: no duty verb
    ("Experience of month-end close", "month-end close"),
    ("Provide exceptional customer service to guests", "customer service"),  # a practice the work is, no outcome
    ("Prepare management accounts and month-end close", "month-end close"),
])
def test_a_tool_standard_credential_or_practice_stays_a_skill(line: str, term: str) -> None:
    assert not _outcome(line, term)


_AD = """Customer Care Executive

Responsibilities
- Answer customer calls and emails using Zendesk
- Ensure customer satisfaction to the highest level
- Ensure office systems are well functioning, e.g. management of Intercom, phones and internet
- Keep customer records in Salesforce
- Follow health and safety procedures and HACCP rules
- Prepare the accounts for month end

Requirements
- 2 years in a call centre
- COSHH training
- Fluent English
"""


def test_the_reader_drops_outcomes_and_keeps_tools_and_standards() -> None:
    found = [r.lower() for r in extract_requirements(_AD)]
    for outcome in ("customer satisfaction", "intercom", "month end", "health and safety"):
        assert not any(outcome in r for r in found), (outcome, found)
    for skill in ("zendesk", "salesforce", "haccp", "coshh"):
        assert any(skill in r for r in found), (skill, found)


def test_a_requirement_line_naming_the_same_term_keeps_it() -> None:
    ad = _AD.replace("- COSHH training", "- COSHH training\n- Knowledge of health and safety regulations")
    assert any("health and safety" in r.lower() for r in extract_requirements(ad))


def test_the_whole_ad_scan_reads_no_outcome_either() -> None:
    """A prose ad whose only mention of a term is in a duty sentence: the whole-ad scan does not add it back."""
    ad = ("We are looking for a friendly waiter. You will take orders, work with the kitchen team and follow "
          "established health and safety standards. You will ensure guest satisfaction on every shift. "
          "Experience with Toast POS is required.")
    found = [r.lower() for r in extract_requirements(ad)]
    assert not any("health and safety" in r or "satisfaction" in r for r in found), found
    assert any("toast" in r or "pos" in r for r in found), found


def test_cv_tips_do_not_ask_for_an_outcome() -> None:
    cv = ("Sam Lee\nCustomer Service Advisor, Brightline Ltd, 2021-2024\n- Answered 60 calls a day on Zendesk\n"
          "- Kept 300 customer records in Salesforce\nSkills: COSHH training, HACCP, fluent English\n")
    tips = " ".join(cv_tips(cv, extract_requirements(_AD), _AD)).lower()
    assert "customer satisfaction" not in tips and "intercom" not in tips and "month end" not in tips
    assert "health and safety" not in tips


def test_the_lexicon_still_names_the_terms() -> None:
    """The outcome is read from the duty, not taken out of the lexicon: a CV or answer still shows it."""
    assert [h.name for h in find_skills("I improved customer satisfaction by 12 points")] == ["Customer satisfaction"]
