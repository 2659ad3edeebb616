"""Requirement terms put into the coach's sentences read in natural case: a common noun the job
description wrote in a heading or list ("Renewals", "Stakeholder Management") is lower case
mid-sentence; acronyms and names (SQL, Salesforce, Python) keep their case."""

from __future__ import annotations

import re

import pytest

from core.coach.casing import natural_case
from core.coach.plan import plan_items
from core.coach.report import build_report

SALES_JD = """Account Manager, Northwind Renewals Team

Requirements:
- Renewals
- Upselling
- Stakeholder Management
- Account Planning
- Customer Success
- Salesforce
- SQL
- Python
"""
SALES_CV = """Jane Doe
Sales Associate, Acme Ltd, 2020 - 2024
- Sold software to 40 accounts, 120% of quota.
Skills: Excel, Salesforce
"""
# Common nouns the JD lists in Title Case, and names that must keep their capital.
COMMON = ("Renewals", "Upselling", "Stakeholder", "Management", "Account", "Planning", "Customer", "Success")
NAMES = ("Salesforce", "SQL", "Python")


@pytest.mark.parametrize(("term", "expected"), [
    ("Renewals", "renewals"),
    ("Stakeholder Management", "stakeholder management"),
    ("Customer Success", "customer success"),
    ("Patient Care", "patient care"),
    ("Month-End Close", "month-end close"),
    ("Tax", "tax"),
    ("Infection-control", "infection-control"),
    ("Unit testing", "unit testing"),
    ("SQL", "SQL"),
    ("Salesforce", "Salesforce"),
    ("Python", "Python"),
    ("Kubernetes", "Kubernetes"),
    ("Microsoft Office", "Microsoft Office"),
    ("MS Office", "MS Office"),
    ("Bachelor's Degree in nursing", "bachelor's degree in nursing"),
    ("Google Ads", "Google Ads"),
    ("Power BI", "Power BI"),
    ("Confluence", "Confluence"),
    ("Spanish", "Spanish"),
    ("IV Therapy", "IV therapy"),
    ("B2B Sales", "B2B sales"),
    ("Salesforce Administration", "Salesforce administration"),
])
def test_natural_case_lowers_common_nouns_and_keeps_names(term, expected):
    assert natural_case(term) == expected


def test_the_documents_own_casing_decides_a_word_nothing_else_knows():
    # "Workday" (an HR system) is also an everyday word: the JD's prose shows it is a name here
    assert natural_case("Workday", ["You will run payroll in Workday for 300 staff."]) == "Workday"
    # a rare word the JD writes in lower case in its prose is a common noun
    assert natural_case("Cross-Selling", ["You will own cross-selling to existing clients."]) == "cross-selling"
    # emphasis in prose ("drive Continuous Improvement") does not make a phrase of common words a name
    assert natural_case("Continuous Improvement", ["You will drive Continuous Improvement."]) == "continuous improvement"
    # a Title Case heading is no evidence either way
    assert natural_case("Renewals", ["Renewals And Upselling"]) == "renewals"
    # nor is a word after a list separator ("response • Infection-control protocols")
    assert natural_case("Infection-control", ["Emergency response • Infection-control protocols"]) == "infection-control"


def _mid_sentence_capitals(text: str) -> list[str]:
    """Words of COMMON capitalised anywhere but at the start of a sentence."""
    return [m.group(1) for m in re.finditer(r"(?<![.?!:] )(?<!^)\b(" + "|".join(COMMON) + r")\b", text)
            if m.start() > 0 and not re.search(r"[.?!]\s*$", text[: m.start()])]


def test_gap_and_skill_questions_put_requirement_terms_in_natural_case():
    asked = []
    for seed in "abcdefghijkl":
        for interview_type in ("technical", "mixed"):
            items = plan_items(SALES_CV, SALES_JD, "Account Manager", interview_type=interview_type, seniority="mid",
                               count=8, company="Northwind", seed=seed, focus=None)
            asked += [i.text for i in items if i.source in {"gap", "skill"}]
    gaps = [t for t in asked if "CV doesn't mention" in t or "isn't on your CV" in t or "don't see on your CV" in t]
    assert gaps, asked
    assert any(re.search(r"\b(?:asks for|approach) renewals\b", t) for t in gaps), gaps
    for text in asked:
        assert not _mid_sentence_capitals(text), text
    assert any("Salesforce" in t for t in asked), asked  # a name keeps its capital


def test_cv_tip_names_missing_requirements_in_natural_case():
    report = build_report([], job_title="Account Manager", company="", cv_text=SALES_CV, job_description=SALES_JD)
    tip = next(t for t in report.cv_tips if t.startswith("The job asks for"))
    assert "renewals" in tip and "Renewals" not in tip, tip
    assert "SQL" in tip or "Python" in tip, tip


# A newcomer found one-word lexicon names that are everyday words capitalised mid-sentence ("named
# tools/skills: Demos", "This role relies on Demos"): where the documents or the answer write the word in
# lower case as the skills reader finds it, it reads in lower case; brand names every language writes
# ("Excel", "Python") and names the documents capitalise mid-sentence keep their capital.
@pytest.mark.parametrize(("term", "text", "expected"), [
    ("Demos", "We run weekly product demos for prospects.", "demos"),
    ("Spark", "The new rota was a spark for change on the ward.", "spark"),
    ("Excel", "I kept the pipeline in excel.", "Excel"),
    ("Python", "I wrote the reports in python.", "Python"),
    ("Spark", "We process events in Spark and Kafka.", "Spark"),
    ("Demos", "", "Demos"),
])
def test_an_everyday_word_that_names_a_tool_follows_the_documents(term: str, text: str, expected: str) -> None:
    assert natural_case(term, [text]) == expected


def test_the_specificity_evidence_names_tools_as_the_answer_writes_them() -> None:
    from core.coach.score import score_answer

    answer = ("I ran about fifteen product demos a month, kept my pipeline in Excel and built the weekly report in "
              "Python, which cut the time we spent on it by half.")
    evidence = score_answer("Tell me about your sales process.", answer).specificity.evidence
    assert "demos" in evidence and "Demos" not in evidence, evidence
    assert "Excel" in evidence and "Python" in evidence


def test_the_plan_writes_a_job_skill_as_the_job_writes_it() -> None:
    from core.coach.plan import plan_questions

    jd = "Sales Engineer\nRequirements:\n- Demos\n- Excel\nYou will run weekly demos for prospects.\n"
    cv = ("Sam Rivera\nSales Engineer\nExperience\nSales Engineer, Brightpath Software, 2021-2025\n"
          "- Tracked 40 prospects in Excel and answered their technical questions\n")
    questions = [q for s in range(6) for q in plan_questions(cv, jd, "Sales Engineer", seed=str(s))]
    assert any(re.search(r"\bdemos\b", q) for q in questions), questions  # the gap question names them
    assert not any(" Demos" in q for q in questions), [q for q in questions if " Demos" in q]
