"""Newcomer, session 24: "The role asks for A CILEx or conveyancing qualification, which your CV shows." — the job
line's opening article was pasted mid-sentence with its capital. An article is said in lower case; "A Levels" (the
qualification) keeps its capital. Made-up jobs and CVs."""

from __future__ import annotations

import pytest

from core.coach.plan_credential import credential_question

CV = ("Legal Assistant, Harrow & Lyle Solicitors, 2021-2025\n- CILEx Level 3 Diploma in Law and Practice (2022)\n"
      "- Prepared completion statements; Level 2 Award in Food Safety; full UK driving licence")


def _question(line: str) -> str:
    jd = f"Conveyancing Assistant\n\nRequirements:\n- {line}\n- Experience of residential conveyancing files"
    return credential_question(CV, jd)


@pytest.mark.parametrize(("line", "said"), [
    ("A CILEx or conveyancing qualification is desirable", "welcome a CILEx"),
    ("A full UK driving licence is essential", "for a full UK driving licence"),
    ("A Level 2 Food Safety certificate", "for a Level 2 Food Safety certificate"),
    ("A valid SIA licence", "for a valid SIA licence"),
])
def test_an_article_that_opens_the_jobs_line_is_said_in_lower_case(line: str, said: str) -> None:
    assert said in _question(line)


def test_a_levels_keep_their_capital() -> None:
    assert "for A Levels" in _question("A Levels or equivalent qualification is essential")


def test_a_level_3_diploma_is_no_a_levels() -> None:
    from core.coach.evidence_cv import cv_meets

    assert not cv_meets(CV, "A Levels")
    assert cv_meets(CV + "\n- A Levels: English (B), Law (A)", "A Levels")


def test_a_level_2_certificate_is_met_by_the_level_2_award() -> None:
    from core.coach.evidence_cv import cv_meets

    assert cv_meets(CV, "A Level 2 Food Safety certificate")
