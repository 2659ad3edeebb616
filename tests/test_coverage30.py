"""Session 30 (re-check rc28, m3 and what the team found beside it): a coverage row reads as plain words and never
calls a CV line's work missing because the job names it by a noun.

A Markdown ad and CV (tests/data/reception30, written by the team in the shape of public medical-receptionist ads)
gave: a requirement row "**Knowledge of privacy rules** (e.g., HIPAA)" (stars, and one example read as a list of
alternatives); a CV quote "Trained two new receptionists on **HIPAA** privacy rules"; "insurance verification, which I
don't see on your CV" beside "Verified insurance eligibility for new patients"; "1+ year in a medical office or
front-desk role" not read from "Front Desk Coordinator … 2021 – Present"; and software-support questions ("the same
bug") asked of a medical receptionist.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.analysis.field_years import field_named
from core.analysis.job_choice import choice_phrase
from core.analysis.text import plain_emphasis
from core.coach.evidence_cv import cv_meets
from core.coach.nominal_meets import nominal_meets, verbs_of
from core.coach.phrasing import quote
from core.coach.plan import plan_questions
from core.coach.report import build_report
from core.coach.score import score_answer

DATA = Path(__file__).parent / "data" / "reception30"
JOB = (DATA / "job_medical_receptionist.md").read_text(encoding="utf-8")
CV = (DATA / "cv_front_desk.md").read_text(encoding="utf-8")
ANSWER = ("At Riverside I book about sixty appointments a day in Athenahealth. I set up reminder calls the day before, "
          "and no-shows fell by 18% in three months. When the phones are busy I take names and call back within the hour.")


@pytest.fixture(scope="module")
def report():
    questions = plan_questions(CV, JOB, "Medical Receptionist", count=5, seed="a")
    rows = [{"question": q, "answer": ANSWER, "score": score_answer(q, ANSWER, job_description=JOB, cv_text=CV)}
            for q in questions]
    return questions, build_report(rows, job_title="Medical Receptionist", job_description=JOB, cv_text=CV)


def test_no_row_or_quote_shows_markdown_stars(report) -> None:
    _questions, out = report
    for row in out.coverage:
        assert "**" not in row.requirement and "**" not in row.evidence, row
    assert "HIPAA" in [row.requirement for row in out.coverage]  # one example is no list of alternatives


def test_a_noun_of_action_is_shown_by_its_verb_in_the_cv(report) -> None:
    questions, out = report
    rows = {row.requirement: row for row in out.coverage}
    assert rows["insurance verification"].status == "evidenced", rows["insurance verification"]
    assert not any("insurance verification, which I don't see" in q for q in questions), questions
    assert not any("insurance verification" in tip for tip in out.cv_tips), out.cv_tips


def test_the_years_row_reads_a_front_desk_title(report) -> None:
    _questions, out = report
    row = next(r for r in out.coverage if r.requirement.startswith("1+ year"))
    assert row.status == "evidenced" and "front-desk" in row.evidence, row


def test_no_software_support_question_for_a_medical_receptionist(report) -> None:
    questions, _out = report
    assert not any(" bug" in q or "engineering team" in q for q in questions), questions


@pytest.mark.parametrize(("text", "plain"), [
    ("Trained staff on **HIPAA** rules", "Trained staff on HIPAA rules"),
    ("booked in *Athenahealth*", "booked in Athenahealth"),
    ("__Skills__: Excel", "Skills: Excel"),
    ("a*b and 2 * 3", "a*b and 2 * 3"),  # never a formula's star
    ("**kwargs in Python", "**kwargs in Python"),  # no pair: left as written
])
def test_plain_emphasis(text: str, plain: str) -> None:
    assert plain_emphasis(text) == plain
    assert quote(text) == f'"{plain}"'


def test_one_example_is_no_choice_of_alternatives() -> None:
    assert choice_phrase("- Knowledge of privacy rules (e.g., HIPAA)", "HIPAA") == ""
    assert choice_phrase("- Route planning software (e.g., Paragon, Descartes)", "Descartes") == \
        "Route planning software (e.g., Paragon, Descartes)"


@pytest.mark.parametrize(("cv_line", "requirement"), [
    ("- Verified insurance eligibility for new patients", "insurance verification"),
    ("- Reconciled supplier invoices every month", "invoice reconciliation"),
    ("- Managed stock for two sites", "stock management"),
    ("- Documented every incident in the log", "incident documentation"),
    ("- Assessed patients' falls risk on admission", "risk assessment"),
])
def test_nominal_meets(cv_line: str, requirement: str) -> None:
    assert nominal_meets(cv_line, requirement) and cv_meets(cv_line, requirement)


@pytest.mark.parametrize(("cv_line", "requirement"), [
    ("- Verified timesheets for the payroll team", "insurance verification"),  # the other word is missing
    ("- Managed a team of four", "stock management"),
    ("- Dealt with suppliers", "deal"),  # one word: no noun of action read
])
def test_nominal_meets_needs_the_other_words(cv_line: str, requirement: str) -> None:
    assert not nominal_meets(cv_line, requirement)


def test_verbs_of() -> None:
    assert "verify" in verbs_of("verification") and "reconcile" in verbs_of("reconciliation")
    assert "approve" in verbs_of("approval") and verbs_of("deal") == frozenset()


def test_a_hyphened_field_word_is_named_with_a_space() -> None:
    assert field_named("Front Desk Coordinator | Riverside Family Clinic | 2021 – Present", "front-desk")
    assert not field_named("Desk Research Analyst", "front-desk")
