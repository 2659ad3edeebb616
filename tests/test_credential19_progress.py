"""Session 19 newcomer: "The role asks for an ACCA, CIMA or ACA qualification, which your CV shows." for a CV whose
qualification is not yet whole (part-qualified, exams passed, the last one "due", "en cours", "in Ausbildung",
"cursando"): the credential question says what the CV shows and asks how far through it the candidate is. Jobs and
CVs are made up."""

from __future__ import annotations

import pytest

from core.coach.plan_credential import credential_question

ACCT_JD = """Management Accountant - Group Reporting
Ashcombe Textiles, Nottingham

Responsibilities
- Prepare monthly management accounts and board packs.
- Own the cost-centre budgets and reforecasts.

About you
- Qualified or finalist ACCA / CIMA / ACA.
- Advanced Excel."""

_LINES = [
    "CIMA - Certificate and Operational levels passed; Management case study due November 2025",
    "ACCA - Applied Skills complete, currently completing Strategic Professional",
    "CIMA candidate (Management level), finishing 2026",
    "Part-qualified ACCA accountant with six years in retail finance and a strong record of month-end close.",
]


@pytest.mark.parametrize("line", _LINES)
def test_in_progress_qualification_is_not_said_held(line: str) -> None:
    cv = f"""Priya Lomax
Management Accountant

EXPERIENCE
Assistant Accountant, Fenwick Mills, Derby
March 2020 - Present
- Month-end journals and reconciliations.

EDUCATION
BA Economics, University of Leicester, 2019
{line}"""
    asked = credential_question(cv, ACCT_JD)
    assert "which your CV shows" not in asked, asked
    assert "your CV shows" in asked and ("finish" in asked or "how far" in asked.lower()), asked


@pytest.mark.parametrize(("jd_line", "cv_line"), [
    ("CACES R489 catégorie 3 exigé", "CACES R489 cat. 3 en cours, examen prévu en juin"),
    ("Staplerschein zwingend erforderlich", "Staplerschein in Ausbildung, Prüfung voraussichtlich im März"),
    ("Máster en Profesorado imprescindible", "Cursando el Máster en Profesorado (segundo cuatrimestre)"),
    ("Level 3 Food Hygiene certificate required", "Level 3 Food Hygiene certificate (in progress, exam due in March)"),
])
def test_in_progress_in_every_language(jd_line: str, cv_line: str) -> None:
    jd = f"""Team Lead

Requirements
- {jd_line}
- Good communication"""
    cv = f"""Alex Moreau

EXPERIENCE
Team Lead, Ardent SA, 2019 - 2024

TRAINING
{cv_line}"""
    asked = credential_question(cv, jd)
    assert "which your CV shows" not in asked and "your CV shows" in asked, asked


def test_held_qualification_still_said_held() -> None:
    cv = """Priya Lomax
EDUCATION
CIMA qualified (ACMA, CGMA), 2021"""
    asked = credential_question(cv, ACCT_JD)
    assert "which your CV shows" in asked, asked
