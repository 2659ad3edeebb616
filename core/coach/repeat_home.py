"""Where a story told twice counts: under the question it was first told for, unless it clearly belongs later.

A candidate may give the same story (:func:`core.coach.redirect.repeated_from`) to two questions. It counts once,
under the question it was first told for: there the interviewer heard it as that question's answer (a follow-up on it,
no "about something else"), and the later question is told it is the same answer again and asked for a different
example. It moves to the later question only when it was about something else at the first
(:func:`core.coach.redirect.about_something_else`, the chat's redirect and the report's judgement) and answers the later
one clearly better: relevance :data:`CLEAR_RELEVANCE` or more there, above the first's. A tie keeps it first.

Issue 15, session 22 (newcomer nc22, c1): a list answer to "What does a good escalation to engineering contain…?",
given again word for word to "How do you work out whether a problem is on the customer's side…?", moved to the later
question because the offline coach's word-matching relevance read the list as taking up none of the first question
(1/5) and the customer's side of the second (4/5): the chat asked an ordinary follow-up, the first question was told
"it counts there" (question 5) and the repeat scored relevance 4/5. Session 20's rule (the later question wins on higher
relevance, or on a tie by a fifth more of its subject taken up) moved stories the interview had taken as the first
question's answer. Relevance is the offline coach's (1-5, the question alone, without the job's requirements: which
question a story answers is not what the job asks; the same judgement whichever model scores the interview, so the chat
and the report agree). :func:`moved_notice` is what the chat says when a story moves.
"""

from __future__ import annotations

from functools import lru_cache

from core.coach.score import score_answer

CLEAR_RELEVANCE = 4  # the later question's relevance (1-5) a story must reach there to move: it answers it clearly


def _relevance(question: str, story: str) -> int:
    """The offline coach's relevance (1-5) of ``story`` told to ``question``."""
    return score_answer(question, story).relevance.score


@lru_cache(maxsize=256)
def fits_later(story: str, earlier_question: str, later_question: str) -> bool:
    """Whether ``story``, told to ``earlier_question`` and again to ``later_question``, counts under the later one:
    only when it was about something else at the earlier question
    (:func:`core.coach.redirect.about_something_else`: the chat said so there) and is not at the later one, whose
    relevance (the offline coach's, some 50 ms a question) is :data:`CLEAR_RELEVANCE` or more and above the earlier
    question's. False otherwise, a tie included: the story counts where it was first told."""
    from core.coach.redirect import about_something_else

    if not about_something_else(earlier_question, story) or about_something_else(later_question, story):
        return False
    before, after = _relevance(earlier_question, story), _relevance(later_question, story)
    return after >= CLEAR_RELEVANCE and after > before


def moved_notice(earlier_number: int) -> str:
    """What the chat says when a story told for question ``earlier_number`` is told again and answers this question
    better (:func:`fits_later`): it counts here, and the report says so under both questions."""
    return (f"That is the story you told for question {earlier_number}. It answers this question better, so it "
            f"counts here rather than under question {earlier_number}.")
