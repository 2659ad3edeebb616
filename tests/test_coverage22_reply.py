"""Session 22 re-check: a first answer the coach called about something else is no evidence in the coverage table,
though its follow-up reply answered the question (a charity bake sale "for the children's ward", told to a question
on medicines histories, was quoted as evidence of "Hospital or community dispensing experience"). The question is
scored with core.interview.weighing as the interview scores it; made-up text."""

from __future__ import annotations

from core.coach.coverage import counted_answer, coverage_item
from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

_QUESTION = "Tell me about a time you took a medicines history on admission and found a problem."
_OFF = ("Last spring I ran our department's charity bake sale for the children's hospital ward. I booked the hall, got "
        "ten colleagues to bake and we raised 520 pounds for toys.")
_REPLY = ("Last month I took a medicines history for a man admitted from a care home and found his insulin dose on the "
          "chart was double the one his GP letter gave. I flagged it to the ward pharmacist the same morning and the "
          "dose was corrected before the next round.")


def _weighed():
    record = QuestionRecord(number=1, question=_QUESTION, answer=_OFF,
                            follow_up="That answer was about something else. Let me ask again: " + _QUESTION,
                            follow_up_answer=_REPLY)
    score = weighed_score(record, lambda q, a: score_answer(q, a))
    return record, score


def test_only_the_reply_counts_after_a_first_answer_about_something_else():
    record, score = _weighed()
    assert "was about something else" in score.relevance.evidence
    counted = counted_answer(record.combined_answer, score)
    assert "bake sale" not in counted
    assert "insulin" in counted


def test_the_bake_sale_is_no_evidence_of_hospital_dispensing():
    record, score = _weighed()
    item = coverage_item("Hospital or community dispensing experience", [(_QUESTION, record.combined_answer, score)])
    assert "bake sale" not in item.evidence, item
