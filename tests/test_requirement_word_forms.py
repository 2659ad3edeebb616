"""Newcomer finding (session 12): "written communication" was not evidenced by "I wrote weekly reports and
user guides". A requirement's words are met by their other forms, the irregular ones too ("wrote", "written"
-> write; "taught" -> teach; "ran" -> run; "sold" -> sell), read by a dictionary lemmatiser (simplemma,
core.analysis.lemmas), not by more hand-written forms; written communication is writing something for others
to read (reports, guides, proposals), never "wrote SQL queries". All answers and CV lines are made up."""

from __future__ import annotations

import pytest

from core.analysis.job import extract_requirements
from core.analysis.lemmas import lemma
from core.coach.evidence import answer_evidence
from core.coach.evidence_cv import cv_meets


def test_irregular_forms_have_one_dictionary_form() -> None:
    assert {lemma(w) for w in ("wrote", "written", "writes")} == {"write"}
    assert lemma("taught") == "teach" and lemma("ran") == "run" and lemma("sold") == "sell"
    assert lemma("AWS") == "aws"  # a name in capitals is left as it is


@pytest.mark.parametrize(("answer", "requirement"), [
    ("I wrote weekly reports for the board and user guides for the support desk.", "written communication"),
    ("I have written three grant proposals that together raised £60k.", "written communication"),
    ("I taught Year 10 chemistry for three years and ran the revision club.", "teaching"),
    ("I ran the daily stand-ups for a team of nine.", "running stand-ups"),
    ("I sold £1.2m of fleet insurance in my first year.", "selling insurance"),
])
def test_another_form_of_the_requirement_s_words_evidences_it(answer: str, requirement: str) -> None:
    assert answer_evidence(answer, requirement)[0] == "evidenced"


@pytest.mark.parametrize(("answer", "requirement"), [
    ("I wrote SQL queries to find lapsed customers.", "written communication"),
    ("I wrote weekly reports for the board.", "verbal communication"),
])
def test_a_shared_verb_alone_is_not_the_requirement(answer: str, requirement: str) -> None:
    assert answer_evidence(answer, requirement)[0] != "evidenced"


def test_the_cv_side_reads_the_same_forms() -> None:
    cv = "Experience\nOffice Manager, Holloway Dental, 2020 - present\n- Wrote the practice's monthly reports\n"
    assert cv_meets(cv, "report writing")


def test_a_coordinated_requirement_keeps_its_written_half_and_writing_shows_it() -> None:
    jd = "Requirements:\n- Clear written and verbal communication.\n- Strong Excel."
    requirements = extract_requirements(jd)
    assert "written and verbal communication" in requirements, requirements
    assert extract_requirements("Requirements:\n- Experience in data and machine learning.") == ["machine learning"]
    said = "I wrote the monthly reports and a user guide for the warehouse team."
    assert answer_evidence(said, "written and verbal communication")[0] == "evidenced"
