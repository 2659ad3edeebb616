"""Where a story told twice counts: under the question it was first told for, unless it answers the later one instead.

A candidate may give the same story (:func:`core.coach.redirect.repeated_from`) to two questions. It counts once,
under the question it was first told for: there the interviewer heard it as that question's answer (a follow-up on it,
no "about something else"), and the later question is told it is the same answer again and asked for a different
example. It moves to the later question when it was off the first (:func:`off_at_first`: about something else,
:func:`core.coach.redirect.about_something_else`, the chat's redirect and the report's judgement; or a story (:data:`STORY_PARTS`
STAR parts) that the scorer's relevance reads as taking up none of the first question, whether or not the chat
said so) and answers the later one clearly better: relevance :data:`CLEAR_RELEVANCE` or more there, above the first's.
A tie keeps it first, and so does a story that answers both.

Issue 15, session 22 (newcomer nc22, c1): a list answer to "What does a good escalation to engineering contain…?",
given again word for word to "How do you work out whether a problem is on the customer's side…?", moved to the later
question because the offline coach's word-matching relevance read the list as taking up none of the first question
(1/5) and the customer's side of the second (4/5): the chat asked an ordinary follow-up, the first question was told
"it counts there" (question 5) and the repeat scored relevance 4/5. Session 20's rule (the later question wins on higher
relevance, or on a tie by a fifth more of its subject taken up) moved stories the interview had taken as the first
question's answer. Relevance is the offline coach's (1-5, the question alone, without the job's requirements: which
question a story answers is not what the job asks; the same judgement whichever model scores the interview, so the chat
and the report agree). :func:`moved_notice` is what the chat says when a story moves.

Issue 15, session 23 (newcomer nc23): a recruiting story told, unflagged, to "The role asks for a full driving
licence… How do you keep it current, and where did it last matter in your work?" (relevance 3/5, "It takes up none of
what the question is about (willingness to travel, driving licence)") and again to the recruiting question (5/5) was
held against the recruiting question, "the same answer as for question 2, so it counts there": the chat had not
called it about something else at question 2. The scorer had: a story counts for the question it answers. A list of
items with no STAR part ("The patient's bed number, what changed today…") is no story: the word-matching
scorer reads a list answer to "What should a handover include?" as taking up none of it, though it answers it
(session 22), so only the chat's judgement moves such an answer.
"""

from __future__ import annotations

from functools import lru_cache

from core.coach.score import score_answer

CLEAR_RELEVANCE = 4  # the later question's relevance (1-5) a story must reach there to move: it answers it clearly
# the most relevance (1-5) of a story the scorer reads as taking up none of its question: a story keeps a point or two
# for its shape (core.coach.subject.penalty takes one or two off, never all)
OFF_RELEVANCE = 3
# the scorer's own words for an answer taking up none of its question's subject (core.coach.dimensions), read here,
# never decided again (as core.coach.coverage reads them)
_NONE_TAKEN = "takes up none of what the question is about"
STORY_PARTS = 2  # STAR parts (situation, task, action, result) found that make an answer a story (as subject.is_story)


def _relevance(question: str, story: str) -> int:
    """The offline coach's relevance (1-5) of ``story`` told to ``question``."""
    return score_answer(question, story).relevance.score


def off_at_first(question: str, story: str) -> bool:
    """Whether ``story`` was off ``question`` when told for it: about something else
    (:func:`core.coach.redirect.about_something_else`, what the chat's redirect says), or a story (:data:`STORY_PARTS` STAR parts
    or more: a situation, what was done, how it turned out) whose relevance there is :data:`OFF_RELEVANCE` or less and which, the scorer
    says, takes up none of what the question is about (a two-part question answered in one part is half on topic, not
    this: :mod:`core.coach.half_answer`)."""
    from core.coach.redirect import about_something_else

    if about_something_else(question, story):
        return True
    from core.analysis.answer import analyse_answer

    if len(analyse_answer(story or "", question).star) < STORY_PARTS:
        return False
    relevance = score_answer(question, story).relevance
    return relevance.score <= OFF_RELEVANCE and _NONE_TAKEN in relevance.evidence


@lru_cache(maxsize=256)
def fits_later(story: str, earlier_question: str, later_question: str) -> bool:
    """Whether ``story``, told to ``earlier_question`` and again to ``later_question``, counts under the later one:
    only when it was off the earlier question (:func:`off_at_first`) and is not at the later one, whose
    relevance (the offline coach's, some 50 ms a question) is :data:`CLEAR_RELEVANCE` or more and above the earlier
    question's. False otherwise, a tie included: the story counts where it was first told."""
    from core.coach.redirect import about_something_else

    if not off_at_first(earlier_question, story) or off_at_first(later_question, story) \
            or about_something_else(later_question, story):
        return False
    before, after = _relevance(earlier_question, story), _relevance(later_question, story)
    return after >= CLEAR_RELEVANCE and after > before


def moved_notice(earlier_number: int) -> str:
    """What the chat says when a story told for question ``earlier_number`` is told again and answers this question
    better (:func:`fits_later`): it counts here, and the report says so under both questions."""
    return (f"That is the story you told for question {earlier_number}. It answers this question better, so it "
            f"counts here rather than under question {earlier_number}.")
