"""The report's weaknesses and next steps read as sentences whatever a gap's wording (missing2, session 14)."""

from core.coach.report import build_report
from core.schemas import AnswerScore, DimensionScore


def _score(missing: list[str], level: int = 2) -> AnswerScore:
    dim = DimensionScore(score=level, evidence="x")
    return AnswerScore(relevance=dim, structure=dim, specificity=dim, depth=dim, communication=dim,
                       missing=missing, stronger_answer="", overall=1)


def _report(*missing_lists: list[str]):
    rows = [{"question": f"Question number {n} about the rota?", "answer": "An answer of some words here.",
             "score": _score(m)} for n, m in enumerate(missing_lists, start=1)]
    return build_report(rows)


def test_a_gap_worded_as_advice_is_never_what_the_answer_lacked():
    report = _report(["Say each point once, then move to the next step"], ["Fewer filler words"])
    text = " ".join(report.weaknesses)
    assert "lacked say" not in text and "lacked fewer" not in text
    assert "say each point once" in text


def test_a_gap_with_its_own_detail_makes_a_next_step_with_one_colon():
    report = _report(["An answer about what the question is about: rota, cover, swaps"],
                     ["Every part of the question: budget, staffing"])
    for step in report.next_steps:
        assert step.count(": in Q") == 1 and step.count(":") == 1, step


def test_a_gap_gets_the_step_of_its_own_kind():
    text = " ".join(_report(["The reasoning and trade-offs behind your choice"],
                            ["A shorter answer that gets to the point"]).next_steps)
    assert "Tie your reasons" not in text  # reasoning is no reason for wanting the role
    assert "Give more detail" not in text  # a shorter answer is not a longer one
