"""Session 17 newcomer: next steps repeated each other for one question ("An answer to what the question asks,
first, then the detail: in Q3." and "An answer to the follow-up (what it asked for, in a sentence or two): in
Q3."). An answer that missed its question gets one step for that, worded as the other non-answers' step."""

from core.coach.report import build_report
from core.schemas import AnswerScore, DimensionScore

_MISSED = "An answer to what the question asks, first, then the detail"
_REPLY = "An answer to the follow-up: what it asked for, in a sentence or two"


def _score(missing: list[str], level: int = 2) -> AnswerScore:
    dim = DimensionScore(score=level, evidence="x")
    return AnswerScore(relevance=dim, structure=dim, specificity=dim, depth=dim, communication=dim,
                       missing=missing, stronger_answer="", overall=level)


def _steps(*missing_lists: list[str]) -> list[str]:
    rows = [{"question": f"Question {n} about the night rota?", "answer": "An answer of a few words here.",
             "score": _score(m)} for n, m in enumerate(missing_lists, start=1)]
    return build_report(rows).next_steps


def test_a_missed_question_gets_one_step_not_one_for_its_follow_up_too():
    steps = _steps(["A specific number or result"], ["A specific number or result"],
                   [_MISSED, _REPLY, "A specific number or result"])
    on_q3 = [step for step in steps if step.endswith("Q3.") or "Q3," in step or "Q3." in step]
    answer_steps = [step for step in on_q3 if step.startswith(("An answer", "Answer"))]
    assert len(answer_steps) == 1, steps
    assert answer_steps[0].startswith("Answer the question asked first"), steps


def test_a_missed_question_and_an_off_topic_one_share_the_step():
    steps = _steps([_MISSED], ["An answer to the question actually asked"])
    assert steps[0] == "Answer the question asked first, even briefly, then add the detail: in Q1, Q2.", steps


def test_a_weak_follow_up_reply_alone_still_gets_its_step():
    steps = _steps([_REPLY])
    assert any("follow-up" in step for step in steps), steps
