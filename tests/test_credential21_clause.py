"""Session 21 (re-check of newcomer nc21): a credential line with a second, lesser credential after a semicolon
("…certificate; Level 4 desirable") was said as "…certificate; Level 4, which your CV shows" — a claim the CV does not
support. The question names the first clause's credential only. Made-up job and CV."""

from __future__ import annotations

from core.coach.plan_credential import credential_question

JOB = ("Kitchen Manager, Larchfield Care Home\nRequirements\n"
       "- Level 3 Award in Food Safety in Catering; Level 4 desirable\n- Two years running a kitchen")
CV = ("Priya Nair\nCook in Charge, Elm Court Nursing Home (2021 - present)\n"
      "Level 3 Award in Food Safety in Catering (2022)")


def test_a_second_credential_after_a_semicolon_is_not_part_of_the_first():
    asked = credential_question(CV, JOB)
    assert "Level 3 Award in Food Safety in Catering" in asked
    assert "Level 4" not in asked, asked
    assert ";" not in asked


def test_without_the_credential_on_the_cv_it_is_asked_as_missing():
    asked = credential_question("Priya Nair\nCook, Elm Court Nursing Home (2021 - present)", JOB)
    assert "Level 3 Award in Food Safety in Catering" in asked and "Level 4" not in asked
    assert "which your CV shows" not in asked
