"""Session 24: evidence of a requirement about people of a kind ("patients with learning disabilities") must name
that kind, not only the people and a word of it in another sense. The re-check of session 23 saw "patients with
learning disabilities — evidenced — "I learned that giving the patient control…"": "patient" and "learned" met two of
its three words. Made-up requirements and answers."""

from __future__ import annotations

import pytest

from core.coach.coverage import coverage_item
from core.coach.evidence import answer_evidence

QUESTION = "Tell me about a time you adapted your approach for someone who needed extra support."


@pytest.mark.parametrize(("requirement", "answer"), [
    ("residents with learning disabilities",
     "What I learned is that residents settle much better when the evening routine never changes."),
    ("customers with hearing loss",
     "I kept hearing from customers that the queue at the returns desk was too long, so I opened a second till."),
    ("Experience supporting pupils with reading difficulties",
     "I gave every pupil a reading record and checked it each Monday with the class teacher."),
])
def test_the_people_and_a_word_in_another_sense_are_no_evidence(requirement: str, answer: str) -> None:
    assert answer_evidence(answer, requirement)[0] != "evidenced"
    assert coverage_item(requirement, [(QUESTION, answer, None)]).status != "evidenced"


@pytest.mark.parametrize(("requirement", "answer"), [
    ("residents with learning disabilities",
     "I was key worker for two residents with a learning disability and rewrote their care plans in easy read."),
    ("customers with hearing loss",
     "I trained the counter team to face customers with hearing loss when speaking and set up the hearing loop."),
    ("Experience supporting pupils with reading difficulties",
     "I ran a phonics catch-up group for six pupils with reading difficulties and four of them reached the "
     "expected standard by July."),
    ("selling to logistics companies",  # no people of a kind: the act and its market still do
     "I sold our route-planning software to logistics firms across the Midlands and closed £420k in my first year."),
])
def test_a_sentence_naming_the_kind_still_is(requirement: str, answer: str) -> None:
    assert answer_evidence(answer, requirement)[0] == "evidenced"
