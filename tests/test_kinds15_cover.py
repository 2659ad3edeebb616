"""Session 15, issue 4 (and 5's filler quote): coverage quotes the best evidence, not the first; a sentence that
only announces what the candidate will say is no evidence and is never quoted back (made-up inputs)."""

from __future__ import annotations

from datetime import datetime

from core.coach.coverage import coverage_item
from core.coach.evidence import answer_evidence
from core.schemas import DIMENSIONS, AnswerScore


def _scored(overall: int) -> AnswerScore:
    level = max(1, min(5, overall // 2))  # relevance 3 at least: each answer is to its question (coverage.counted_answer)
    return AnswerScore.model_validate({**{d: {"score": max(level, 3) if d == "relevance" else level, "evidence": ""}
                                          for d in DIMENSIONS},
                                       "missing": [], "stronger_answer": "", "overall": overall})


_VAGUE = "I did some budgeting stuff, it went well I think."
_STRONG = ("When I took over budgeting for the clinic, we were 9% over plan. I rebuilt the monthly budgeting "
           "model and cut agency spend by 40,000 pounds.")


def test_coverage_quotes_the_concrete_answer_over_a_vague_one_from_a_higher_scored_question():
    rows = [("Tell me about your last role.", _STRONG, _scored(4)),
            ("How do you plan a quarter?", "I plan ahead. (Follow-up: Any example?) " + _VAGUE, _scored(6))]
    item = coverage_item("budgeting", rows)
    assert item.status == "evidenced"
    assert "stuff" not in item.evidence and "budgeting" in item.evidence


def test_best_sentence_inside_one_answer():
    said = _VAGUE + " " + "I rebuilt our budgeting model in 2023 and cut overtime by 12%."
    status, quoted = answer_evidence(said, "budgeting")
    assert status == "evidenced" and ("12%" in quoted or "rebuilt" in quoted)


def test_an_announcing_sentence_is_no_evidence():
    for said in ("I want to explain my approach to budgeting in detail.",
                 "Let me tell you about budgeting at my last job.",
                 "I'd like to talk about budgeting first."):
        assert answer_evidence(said, "budgeting")[0] != "evidenced", said
    rows = [("Tell me about a time your budgeting went wrong.",
             "I want to explain my approach to budgeting in detail. We review it each month.", _scored(5))]
    item = coverage_item("budgeting", rows)
    assert item.status != "evidenced" and "explain my approach" not in item.evidence
    # what follows the announcement still counts
    rows = [("Tell me about budgeting.", "Let me tell you about budgeting. I cut our budgeting cycle from 6 to 3 weeks.",
             _scored(5))]
    assert "6 to 3 weeks" in coverage_item("budgeting", rows).evidence


def test_follow_up_never_quotes_an_announcing_sentence():
    from core.coach.follow_up import follow_up_question
    answer = ("I want to explain my approach to vendor onboarding in detail. I compare each supplier's lead times "
              "with our stock plan and with a trial order, because each source overstates reliability.")
    for variant in range(3):
        asked = follow_up_question("no_result", "Tell me about a time your vendor onboarding ran into trouble.",
                                   answer, variant=variant)
        assert "want to explain" not in asked


def test_a_role_question_asked_as_a_past_experience_counts_as_asked_in_history():
    from core.coach.bank import load_question_bank
    from core.coach.plan_text import as_interview_type
    from core.progress.practice import competency_gaps, competency_of
    from core.storage import ScoreRow

    role = next(q for q in load_question_bank() if q["kind"] == "role" and q.get("type") != "behavioural")
    asked = as_interview_type([role], "behavioral") + as_interview_type([role], "behavioral", start=1)
    for question in asked:
        assert competency_of(question) == role["competency"], question
    row = ScoreRow.from_row(["s1", 1, asked[0], "An answer.", 4, 4, 4, 4, 4, 8, "{}", "[]", "", "offline",
                             datetime(2026, 1, 5), 1])
    gaps = competency_gaps([row], [role["competency"]])
    assert not any(g.status == "not probed" for g in gaps)


def test_a_regular_contact_duty_is_shown_by_its_acts_and_their_frequency():
    from core.coach.evidence_cv import cv_meets
    duty = "communicating regularly with parents"
    for cv in ("Led fortnightly parent workshops on phonics; turnout rose from 6 to 30.",
               "Sent a weekly newsletter to parents.",
               "Held termly meetings with parents of each pupil."):
        assert cv_meets(cv, duty), cv
    assert not cv_meets("Recruited 12 parent volunteers for sports day.", duty)
    assert not cv_meets("Held weekly stock checks.", duty)
