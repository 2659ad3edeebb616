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


def test_retry_carries_its_answer_evidence_and_signed_changes(store):
    from core.interview.view import signed

    engine = InterviewEngine(store)
    sid = engine.create(job_title="Analyst", company="", job_description="", cv_text="", question_count=1)
    store.add_message(sid, "interviewer", "Q one?", kind="question", question_no=1)
    store.add_message(sid, "candidate", "first answer", kind="answer", question_no=1)
    store.save_answer_score(sid, 1, "Q one?", "first answer", _score(2, 4))
    store.save_answer_score(sid, 1, "Q one?", "a much better retry", _score(4, 8), attempt=2)

    retry = question_cards(store, engine.load(sid))[0].retry
    assert retry.answer == "a much better retry"
    assert [(d.score, d.evidence) for d in retry.dimensions] == [(4, f"{d} evidence 4") for d in DIMENSIONS]
    assert retry.missing == ["missing 4"] and retry.overall_change == 4
    assert [signed(x) for x in (4, -2, 0, 0.5, -1.25)] == ["+4", "\u22122", "0", "+0.5", "\u22121.2"]


def test_delivery_per_reply_spoken_from_the_store_typed_from_the_text(store):
    engine = InterviewEngine(store)
    sid = engine.create(job_title="Analyst", company="", job_description="", cv_text="", question_count=1)
    spoken = {"spoken": True, "wpm": 180.0, "filler_rate": 2.0, "filler_count": 1, "word_count": 50,
              "note": "You spoke at 180 words a minute."}
    store.add_message(sid, "interviewer", "Q one?", kind="question", question_no=1)
    store.add_message(sid, "candidate", "spoken answer", kind="answer", question_no=1,
                      meta={"input": "voice", "delivery": spoken})
    store.add_message(sid, "interviewer", "Follow?", kind="follow_up", question_no=1)
    store.add_message(sid, "candidate", "Um, typed, like, follow-up", kind="answer", question_no=1)

    card = question_cards(store, engine.load(sid))[0]
    assert [d.which for d in card.delivery] == ["Answer", "Follow-up answer"]
    assert card.delivery[0].spoken and card.delivery[0].figures == spoken
    typed = card.delivery[1]
    assert not typed.spoken and typed.figures["filler_count"] == 2 and typed.figures["wpm"] is None


def _cards(store, levels: dict[int, tuple[int, list[str]]]):
    engine = InterviewEngine(store)
    sid = engine.create(job_title="Analyst", company="", job_description="", cv_text="",
                        question_count=len(levels))
    for number, (level, missing) in levels.items():
        store.add_message(sid, "interviewer", f"Q {number}?", kind="question", question_no=number)
        store.add_message(sid, "candidate", f"answer {number}", kind="answer", question_no=number)
        score = _score(level, level * 2)
        score["missing"] = missing
        store.save_answer_score(sid, number, f"Q {number}?", f"answer {number}", score)
    return question_cards(store, engine.load(sid))


def test_next_steps_from_the_report_when_the_scorer_wrote_them(store):
    from core.interview.view import next_steps

    cards = _cards(store, {1: (3, [])})
    given = ["One.", "Two.", "Three.", "Four."]
    assert next_steps(cards, {d: 3.0 for d in DIMENSIONS}, given) == ["One.", "Two.", "Three."]


def test_next_steps_derived_from_the_weakest_dimensions_and_what_was_most_often_missing(store):
    from core.interview.view import DIMENSION_TIPS, next_steps

    cards = _cards(store, {1: (3, ["a measured result", "the trade-off"]), 2: (2, ["a measured result"]),
                           3: (4, [])})
    dims = {"relevance": 4.0, "structure": 2.0, "specificity": 2.5, "depth": 3.5, "communication": 4.8}
    steps = next_steps(cards, dims)
    assert len(steps) == 3
    assert steps[0] == f"{DIMENSION_LABELS['structure']} (2.0/5): {DIMENSION_TIPS['structure']}"
    assert steps[1] == f"{DIMENSION_LABELS['specificity']} (2.5/5): {DIMENSION_TIPS['specificity']}"
    assert steps[2] == "Add what was most often missing: a measured result (Q1, Q2)."
    # Nothing missing: the three weakest dimensions; a dimension at 4.5 or above is not a next step.
    cards = _cards(store, {1: (3, [])})
    steps = next_steps(cards, dims)
    assert [s.split(" (")[0] for s in steps] == [DIMENSION_LABELS[d].split(" (")[0] for d in ("structure", "specificity", "depth")]
    # Every dimension at 4.5+ and nothing missing: one sentence says so (the heading was left empty, a
    # newcomer found, under a 10/10 report).
    from core.interview.view import NOTHING_TO_FIX

    assert next_steps(cards, {d: 4.9 for d in DIMENSIONS}, []) == [NOTHING_TO_FIX]


def test_next_steps_with_nothing_scored(store):
    from core.interview.view import next_steps

    engine = InterviewEngine(store)
    sid = engine.create(job_title="Analyst", company="", job_description="", cv_text="", question_count=1)
    store.add_message(sid, "interviewer", "Q?", kind="question", question_no=1)
    store.add_message(sid, "candidate", "(skipped)", kind="skip", question_no=1)
    assert next_steps(question_cards(store, engine.load(sid)), None) == [
        "Answer at least a few questions in full: a skipped question gets no feedback."]


def test_the_overall_score_rounds_half_up():
    """Found by a newcomer: answers scored 9, 1, 1 and 7 (mean 4.5) showed 4 / 10 (Python rounds 4.5 to
    the even 4); people round it to 5."""
    from core.schemas import AnswerScore, DimensionScore, aggregate_scores

    dims_for = {9: (5, 5, 5, 4, 4), 1: (1, 1, 1, 1, 1), 7: (4, 4, 4, 4, 3), 6: (4, 3, 3, 3, 3), 5: (3, 3, 3, 3, 2)}

    def scored(value: int) -> AnswerScore:
        dims = [DimensionScore(score=v, evidence="e") for v in dims_for[value]]
        score = AnswerScore(**dict(zip(DIMENSIONS, dims, strict=True)), missing=[], stronger_answer="", overall=1)
        assert score.overall == value  # the overall follows the dimensions
        return score

    assert aggregate_scores([scored(v) for v in (9, 1, 1, 7)])[0] == 5
    assert aggregate_scores([scored(v) for v in (6, 7)])[0] == 7
    assert aggregate_scores([scored(v) for v in (5, 6)])[0] == 6
