"""Issue 15, session 22 (order22): the report ranks answers of the same total by their rubric parts.

The 1-10 total has few levels, so two answers often share one; the weaker of them by its five rubric parts is named
first among the weaknesses, and the stronger first among the strengths.
"""

from __future__ import annotations

from core.coach.report import build_report
from core.schemas import AnswerScore, DimensionScore


def _score(parts: tuple[int, int, int, int, int], gap: str) -> AnswerScore:
    dims = [DimensionScore(score=p, evidence="Made-up evidence.") for p in parts]
    return AnswerScore(relevance=dims[0], structure=dims[1], specificity=dims[2], depth=dims[3],
                       communication=dims[4], missing=[gap], stronger_answer="", overall=1)


def test_of_two_answers_with_the_same_total_the_weaker_by_its_parts_is_named_first():
    firmer = _score((3, 3, 2, 3, 3), "A number that shows the outcome")  # 14 parts
    weaker = _score((3, 2, 2, 3, 3), "The steps you would take, in order")  # 13 parts
    assert firmer.overall == weaker.overall
    report = build_report([
        {"question": "How would you plan a stock count?", "answer": "I would count the fast movers first.", "score": firmer},
        {"question": "How would you handle a late supplier?", "answer": "I would call them.", "score": weaker},
    ])
    assert report.weaknesses[0].startswith("In Q2"), report.weaknesses


def test_of_two_strong_answers_with_the_same_total_the_firmer_by_its_parts_is_praised_first():
    lighter = _score((5, 4, 4, 4, 3), "A trade-off")  # 20
    firmer = _score((5, 4, 4, 4, 4), "A trade-off")  # 21
    assert firmer.overall == lighter.overall
    report = build_report([
        {"question": "Tell me about a project you led.", "answer": "I led the move to a new warehouse system.", "score": lighter},
        {"question": "Tell me about a hard deadline.", "answer": "I shipped the quarter-end close two days early.", "score": firmer},
    ])
    assert "Q2" in report.strengths[0], report.strengths
