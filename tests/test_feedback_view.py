"""The Feedback page's cards are built in core (``core.interview.view``) from what the store holds."""

from __future__ import annotations

from core.interview import InterviewEngine
from core.interview.view import question_cards
from core.schemas import DIMENSION_LABELS, DIMENSIONS


def _score(level: int, overall: int) -> dict:
    return {**{d: {"score": level, "evidence": f"{d} evidence {level}"} for d in DIMENSIONS},
            "missing": [f"missing {level}"], "stronger_answer": f"stronger {level}", "overall": overall}


def test_cards_group_attempts_per_question_in_order(store):
    engine = InterviewEngine(store)
    sid = engine.create(job_title="Analyst", company="Acme", job_description="SQL", cv_text="SQL at Foo",
                        question_count=3)
    store.add_message(sid, "interviewer", "Q one?", kind="question", question_no=1)
    store.add_message(sid, "candidate", "first answer", kind="answer", question_no=1)
    store.add_message(sid, "interviewer", "Follow on one?", kind="follow_up", question_no=1)
    store.add_message(sid, "candidate", "follow answer", kind="answer", question_no=1)
    store.add_message(sid, "interviewer", "Q two?", kind="question", question_no=2)
    store.add_message(sid, "candidate", "(skipped)", kind="skip", question_no=2)
    store.add_message(sid, "interviewer", "Q three?", kind="question", question_no=3)
    store.save_answer_score(sid, 1, "Q one?", "first answer", _score(2, 4))
    store.save_answer_score(sid, 1, "Q one?", "retry one", _score(3, 6), attempt=2)
    store.save_answer_score(sid, 1, "Q one?", "retry two", _score(4, 8), attempt=3)

    cards = question_cards(store, engine.load(sid))

    assert [c.number for c in cards] == [1, 2, 3]
    one, two, three = cards
    assert one.scored and one.overall == 4 and "first answer" in one.answer and "follow answer" in one.answer
    assert [(d.label, d.score) for d in one.dimensions] == [(DIMENSION_LABELS[d], 2) for d in DIMENSIONS]
    assert one.missing == ["missing 2"] and one.stronger_answer == "stronger 2"
    assert one.retry is not None and one.retry.retry_number == 2  # the latest retry, against the first
    assert one.retry.rows[-1] == ("Overall (1-10)", 4, 8)
    assert one.retry.rows[0] == (DIMENSION_LABELS[DIMENSIONS[0]], 2, 4)
    assert two.skipped and not two.scored and two.retry is None
    assert not three.skipped and not three.scored and three.answer == ""
