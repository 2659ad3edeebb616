"""Fresh-tester finding (session 17): when an earlier answer had already told a planned subject in detail, the
interviewer asked it "from a deeper angle" ("You described your month-end close work earlier. Looking back, what
would you change…"): to the candidate, the same question again. The next subject not yet asked comes first (from a
longer plan, with no second opener and no competency twice); a told subject is asked again only when nothing new is
left, and then the question says so and asks something clearly new. Job, CV and answers are made up."""

from __future__ import annotations

from core.coach.covered import covered_by, deeper_angle
from core.coach.phrasing import norm_key
from core.coach.plan import plan_items
from core.coach.turn import _next_planned

JOB = """Finance Officer - Quayside Housing Trust
What you'll do
- Run the month-end close for the trust's two companies
- Reconcile the bank and rent control accounts
- Prepare the quarterly VAT return
Requirements
- AAT Level 4 or similar
- Advanced Excel
- Sage 200"""
CV = """Lena Hart
Finance Assistant, Brookvale Care Homes, 2020-present
- Posted journals and accruals at month end for 6 homes
- Reconciled the bank accounts weekly in Sage 200
Skills: Excel, Sage 200"""
CLOSE_TOLD = ("At Brookvale I run most of the month-end close for six care homes: I post the accruals and prepayments by "
              "day 2, reconcile the bank and the intercompany accounts, and send the management accounts by day 5. When "
              "I started the close took 9 working days; I moved the accrual cut-off earlier and built a checklist, and "
              "the close now takes 5 days.")
SETTINGS = {"interview_type": "mixed", "seniority": "mid", "question_count": 6, "session_id": "cov17", "style": "neutral"}
ARGS = {"cv_text": CV, "job_description": JOB, "job_title": "Finance Officer", "company": "Quayside Housing Trust"}


def _plan(count: int) -> list[str]:
    return [p.text for p in plan_items(CV, JOB, "Finance Officer", interview_type="mixed", seniority="mid",
                                       count=count, company="Quayside Housing Trust", seed="cov17", focus=None)]


def test_a_told_subject_gives_way_to_the_next_subject_not_yet_asked() -> None:
    planned = _plan(6)
    told = [q for q in planned if covered_by(q, [CLOSE_TOLD]) is not None]
    assert told, planned  # the plan asks about the month-end close
    asked = [q for q in planned if q not in told]  # every other planned question was asked already
    keys = [norm_key(a) for a in asked]

    def already(text: str) -> bool:
        return any(norm_key(text) in k for k in keys)

    chosen = _next_planned(SETTINGS, ARGS, 6, 6, already, [CLOSE_TOLD], asked)
    assert chosen not in told and not already(chosen), chosen
    assert "earlier" not in chosen and "Looking back" not in chosen, chosen
    assert covered_by(chosen, [CLOSE_TOLD]) is None, chosen
    assert not chosen.startswith(("To start", "Let's begin")), chosen  # no second opener


def test_a_subject_asked_again_says_so_and_is_clearly_new() -> None:
    question = "Walk me through your month-end close. Where do the delays usually come from, and how would you shorten it?"
    again = deeper_angle(question)
    assert again.startswith("You told me about your month-end close work earlier."), again
    assert "Looking back" not in again and "what would you change about how it is done" not in again
    assert "a different angle" in again and "if you had to" in again
