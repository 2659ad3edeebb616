"""Why-this-role evidence: only a statement of why the candidate wants the role counts as one.

A "because" clause about something else ("…earlier, because she could have covered the modules")
once earned a mentoring story 10/10 and "why this role is the next step" on a motivation question.
"""

from __future__ import annotations

from core.analysis.answer import analyse_answer
from core.coach import score_answer
from core.coach.question_types import asks_why_role

NURSE_Q = ("Walk me through your background and what draws you to the registered nurse - critical care role.")
MENTORING = (
    "I mentored six newly qualified nurses on a busy ward last year. I set up weekly check-ins and paired each "
    "with a senior nurse. All six signed off first time. Next time I would involve the practice educator earlier, "
    "because she could have covered the medication modules."
)
WITH_REASON = MENTORING + (
    " What draws me to critical care is the close one-to-one work with very sick patients, and this role "
    "is the next step for me after three years on the ward."
)


def test_a_because_clause_about_something_else_is_not_a_reason_for_wanting_the_role():
    assert analyse_answer(MENTORING, NURSE_Q).reasons == []
    scored = score_answer(NURSE_Q, MENTORING)
    assert scored.overall <= 8
    assert "because she could" not in scored.structure.evidence
    assert "Why this role is the next step" in scored.missing
    assert scored.relevance.score <= 4 and "never says why you want this role" in scored.relevance.evidence


def test_a_stated_reason_for_the_role_is_found_and_scores_higher():
    assert analyse_answer(WITH_REASON, NURSE_Q).reasons
    with_reason, without = score_answer(NURSE_Q, WITH_REASON), score_answer(NURSE_Q, MENTORING)
    assert "Why this role is the next step" not in with_reason.missing
    assert with_reason.overall > without.overall


def test_reason_wordings_count_and_unrelated_because_does_not():
    q = "Why do you want this job?"
    for said in ("What draws me is the research.", "I want to work in critical care.", "I'm drawn to intensive care.",
                 "I'd love to teach.", "Critical care appeals because every shift is different.",
                 "That's why I applied.", "It is the next step for me.", "I chose nursing because my mother was ill."):
        assert analyse_answer(said, q).reasons, said
    for said in ("We shipped late because the vendor slipped.", "I left early so I could catch the train.",
                 "I decided to pair them with seniors."):
        assert not analyse_answer(said, q).reasons, said


def test_only_why_this_role_questions_ask_for_a_reason():
    assert asks_why_role(NURSE_Q) and asks_why_role("Why do you want to work here?")
    assert not asks_why_role("Where do you see yourself in 5 years?")
    assert not asks_why_role("Tell me about a time you led a team.")


def test_a_learned_skill_or_a_memory_is_not_a_lesson_and_a_past_when_is_not_handling():
    q = "Tell me about a time you handled a difficult customer."
    assert analyse_answer("I learned Excel at college. A customer complained and I called him.", q).lessons == []
    assert analyse_answer("A customer complained. I called him. I still remember his voice.", q).lessons == []
    assert analyse_answer("I learned that I should call sooner. I still check every order twice.", q).lessons
    weak_q = "What is your greatest weakness?"
    assert analyse_answer("I am too blunt. When I was at school I liked maths.", weak_q).self_actions == []
    assert analyse_answer("I am too blunt. When I notice it I stop and ask a question.", weak_q).self_actions
