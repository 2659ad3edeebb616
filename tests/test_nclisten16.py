"""Session 16 (nclisten): the interviewer listens to what was already said, and the "why this role" judgement agrees
with itself, in made-up text of other fields.

Kinds: 1. a reason any job could be given is never "a specific reason" (structure) nor the stronger answer's reason;
2. a planned question whose subject an earlier answer already told in detail is not asked again as planned;
3. a generic answer's follow-up presses the question (never "Say more about 'a great company'"), and a generic "why
this role" answer gets a follow-up asking what about this role.
"""

from __future__ import annotations

from core.coach.score import score_answer

# ---------------------------------------------------------------- 1. a generic reason is never a specific one

_PAYROLL_JOB = "Payroll officer. Monthly payroll runs, HMRC filings, Sage Payroll, pension auto-enrolment."
_WHY_Q = "What makes you want the payroll officer role at Brindle Logistics?"
_STOCK = ("I'm really excited about this position because it is a great company with a good reputation, and I want to "
          "develop my skills and take on a new challenge.")


def test_a_generic_reason_is_not_found_as_a_specific_one():
    score = score_answer(_WHY_Q, _STOCK, job_description=_PAYROLL_JOB)
    assert score.relevance.score <= 3, score.relevance.evidence
    assert "specific reason" not in score.structure.evidence, score.structure.evidence


def test_the_stronger_answer_never_gives_a_generic_reason_as_the_reason():
    score = score_answer(_WHY_Q, _STOCK, job_description=_PAYROLL_JOB)
    why = score.stronger_answer.split("Why this role:")[1].split("Evidence:")[0]
    assert "[one specific reason" in why, score.stronger_answer
    assert "great company" not in why and "develop my skills" not in why


def test_a_particular_reason_is_still_found_and_kept():
    answer = ("Brindle runs weekly payroll for 900 drivers on Sage, and I want to own a payroll of that size; at "
              "Pell Haulage I cut payroll queries by half by moving payslips online.")
    score = score_answer(_WHY_Q, answer, job_description=_PAYROLL_JOB)
    assert "[one specific reason" not in score.stronger_answer, score.stronger_answer
