"""Issue 15 (newcomer's faults, session 10): a job's "SEND" (special educational needs and disabilities)
was counted as covered by the verb "send". A requirement written as an acronym is met only by the
acronym in capitals or its expansion, never by an everyday word of its letters. Made-up texts."""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer
from core.analysis.answer_terms import acronym_requirement, acronym_written
from core.analysis.job import mentions
from core.coach.evidence import answer_evidence, mentions_requirement
from core.coach.report import _coverage_item

JD = ("Teaching Assistant, Year 3. You will support pupils with SEND in class and in small groups, keep to COSHH "
      "rules for the art room and follow our safeguarding policy.")
VERB = "I send a short note home every Friday and I send the reading records to the class teacher."
ACRONYM = "Last year I supported two pupils with SEND in Year 3, and both met their reading targets by March."
EXPANDED = "I have worked for two years with children with special educational needs in a primary school."


def test_an_acronym_requirement_is_told_apart():
    assert acronym_requirement("SEND") and acronym_requirement("COSHH") and acronym_requirement("L&D")
    assert not acronym_requirement("Safeguarding") and not acronym_requirement("Send") and not acronym_requirement("A")
    assert acronym_written("two pupils with SEND.", "SEND")[0]
    assert acronym_written("our SLAs were met", "SLA")[0]
    assert not acronym_written("I send a note", "SEND")[0] and not acronym_written("Send it", "SEND")[0]


@pytest.mark.parametrize("req", ["SEND", "COSHH"])
def test_an_everyday_word_of_its_letters_never_meets_an_acronym(req):
    said = VERB if req == "SEND" else "I cosh the ball as hard as I can, said nobody."
    assert not mentions(said, req)[0]
    assert not mentions_requirement(said, req)[0]
    assert answer_evidence(said, req) == ("", "")


def test_the_acronym_in_capitals_or_its_expansion_meets_it():
    assert answer_evidence(ACRONYM, "SEND")[0] == "evidenced"
    assert answer_evidence(EXPANDED, "SEND")[0] == "evidenced"


def test_coverage_and_the_answers_job_terms_never_count_the_verb():
    row = ("How do you keep parents informed?", VERB, None)
    item = _coverage_item("SEND", [row], JD)
    assert item.status == "not probed", item
    assert _coverage_item("SEND", [("Tell me about a pupil you supported.", ACRONYM, None)], JD).status == "evidenced"
    assert "send" not in [t.lower() for t in analyse_answer(VERB, row[0], job_description=JD).job_overlap]
    assert "SEND" in analyse_answer(ACRONYM, row[0], job_description=JD).job_overlap
