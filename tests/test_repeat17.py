"""Session 17 newcomer: an answer given to an earlier question again, then a reply of this question's own.

The chat said "That is the same answer as for question 1, so it counts there", yet the report scored the
repeat and the reply together (8/10, relevance 5/5, depth quoting the repeated answer's reason). The repeat
counts where it was first given: the question is scored on the reply alone, and the report says so.
"""

from __future__ import annotations

from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

_FIRST = ("At Harbury Dairy I run the weekly stock counts for the chilled store and the cost reports for the two "
          "milk lines. I also help with the yearly plan. I want to join Fenwick Foods because ready meals are a "
          "growing market and I want a wider role.")
_Q = ("The role calls for running stock counts at a frozen store, and your CV shows related work. Which piece of "
      "that work comes closest, and what did you do there yourself?")
_REPLY = ("I count the chilled store myself every Monday: I print the bin list, count each pallet with one picker, "
          "post the differences in Sage and send the write-off list to the site manager by noon.")
_REDIRECT = "That is the same answer as for question 1, so it counts there. This question asks something else: " + _Q


def _scored(reply: str | None):
    record = QuestionRecord(number=4, question=_Q, answer=_FIRST, follow_up=_REDIRECT if reply else None,
                            follow_up_answer=reply)
    return weighed_score(record, score_answer, [(1, _FIRST)])


def test_a_repeat_then_a_reply_of_its_own_is_scored_on_the_reply_alone():
    weighed = _scored(_REPLY)
    alone = score_answer(_Q, _REPLY)
    assert weighed.overall == alone.overall, (weighed.overall, alone.overall)
    for name in ("relevance", "structure", "specificity", "depth"):
        assert getattr(weighed, name).score == getattr(alone, name).score, name
    evidence = " ".join(getattr(weighed, n).evidence for n in ("relevance", "structure", "specificity", "depth"))
    assert "growing market" not in evidence and "Harbury Dairy I run" not in evidence, evidence
    assert "same answer as for question 1" in weighed.relevance.evidence
    assert "counts there" in weighed.relevance.evidence


def test_the_reply_alone_never_scores_above_the_repeat_and_reply_together():
    together = score_answer(_Q, _FIRST + " " + _REPLY)
    assert _scored(_REPLY).overall <= together.overall


def test_a_repeat_with_no_reply_still_scores_three_or_less():
    assert _scored(None).overall <= 3
