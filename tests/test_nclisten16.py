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


# ---------------------------------------------------------------- 3. the chat presses what the report judges

_TOOL_Q = "You list Sage at Pell Haulage. What was the hardest problem you have faced in Sage, and which trade-offs did you weigh?"
_PLAN_Q = "How would you handle a colleague who keeps sending timesheets after the payroll cut-off?"
_STOCK_LONG = ("I'm really excited about this position because it is a great company with a good reputation, and I want "
               "to develop my skills and take on a new challenge in a friendly team where I can learn new things.")


def test_stock_reasons_to_another_question_are_redirected_and_scored_as_about_something_else():
    from core.coach.follow_up import follow_up_question, follow_up_reason
    from core.coach.redirect import redirect_question, redirect_reason

    for question in (_TOOL_Q, _PLAN_Q):
        reason = follow_up_reason(question, _STOCK_LONG)
        assert reason == "non_answer", (question, reason)
        redirect = redirect_reason(question, _STOCK_LONG, [], reason=reason)
        assert redirect == ("off_topic", None)
        said = redirect_question(redirect[0], question, answer=_STOCK_LONG) + follow_up_question(reason, question, _STOCK_LONG)
        assert "great company" not in said and "Say more" not in said, said
        score = score_answer(question, _STOCK_LONG, job_description=_PAYROLL_JOB)
        assert score.relevance.score == 1, score.relevance.evidence
        assert score.overall <= 2


def test_a_real_story_with_a_stock_phrase_is_not_redirected():
    from core.coach.follow_up import follow_up_reason

    story = ("At Pell Haulage Sage kept rejecting our pension files, a great challenge for me. I traced it to "
             "forty drivers with two employee records, merged them over a weekend and the next 12 submissions "
             "went through first time.")
    assert follow_up_reason(_TOOL_Q, story) != "non_answer"
    assert score_answer(_TOOL_Q, story, job_description=_PAYROLL_JOB).relevance.score >= 3


_INTRO_Q = ("Let's begin with your time as Payroll Officer at Pell Haulage: what did you own there, and what makes you "
            "want the payroll officer role at Brindle Logistics?")


def test_a_generic_why_this_role_answer_is_asked_what_about_this_role():
    from core.coach.follow_up import follow_up_question, follow_up_reason

    for question in (_INTRO_Q, _WHY_Q):
        reason = follow_up_reason(question, _STOCK_LONG)
        assert reason is not None, question
        text = follow_up_question(reason, question, _STOCK_LONG)
        assert "in particular" in text or "rather than any other" in text, text
        assert "great company" not in text
