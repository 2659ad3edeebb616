"""Session 27: a plan of three questions probes the job's core skill (a skill of the job's own field its lines name)
or its biggest gap. The harness check reads what a question probes, its competency too: "A customer writes in angry for
the third time about the same bug" is a de-escalation question though it never says the word. Run over the hand-made
CV + job pairs of the interviewer bench (tests/data/interviews)."""

from __future__ import annotations

import pytest

from bench.bench_interviewer import hand_pairs
from bench.interviewer_checks import Interview, _core_skill_in_short_plan, _short_plan_questions

PAIRS = hand_pairs()


@pytest.mark.parametrize("pair", PAIRS, ids=[p["id"] for p in PAIRS])
def test_a_three_question_plan_probes_a_core_skill(pair: dict[str, str]) -> None:
    iv = Interview(pair=pair["id"], persona="strong", cv=pair["cv"], jd=pair["jd"], title=pair["title"],
                   company=pair["company"], count=3)
    assert _core_skill_in_short_plan(iv) in (True, None), _short_plan_questions(
        iv.cv, iv.jd, iv.title, iv.company, iv.pair)


def test_the_check_reads_a_competency_not_only_a_name() -> None:
    support = next(p for p in PAIRS if p["id"] == "pm-cv/support")
    questions = _short_plan_questions(support["cv"], support["jd"], support["title"], support["company"],
                                      support["id"])
    assert any(competency == "de-escalation" for _, competency in questions[1:])
    assert not any("de-escalat" in text.lower() for text, _ in questions[1:])  # named by its competency alone
    iv = Interview(pair=support["id"], persona="strong", cv=support["cv"], jd=support["jd"], title=support["title"],
                   company=support["company"], count=3)
    assert _core_skill_in_short_plan(iv) is True


def test_the_check_fails_a_plan_that_probes_no_core_skill(monkeypatch: pytest.MonkeyPatch) -> None:
    import bench.interviewer_checks as checks

    support = next(p for p in PAIRS if p["id"] == "pm-cv/support")
    iv = Interview(pair=support["id"], persona="strong", cv=support["cv"], jd=support["jd"], title=support["title"],
                   company=support["company"], count=3)
    monkeypatch.setattr(checks, "_short_plan_questions", lambda *a: (
        ("Let's begin with you.", "introduction"), ("Tell me about a time you learned fast.", "learning"),
        ("Tell me about a conflict in your team.", "conflict")))
    assert _core_skill_in_short_plan(iv) is False
