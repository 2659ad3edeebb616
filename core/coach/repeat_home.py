"""Where a story told twice counts: under the question it answers best.

A candidate may give the same story (:func:`core.coach.redirect.repeated_from`) to two questions. It counts once,
and under the question it answers best, not always the first one it was told to: an accessibility story first told
to "plan a usability test", then to "which accessibility checks do you build in", answers the second; a variance
story first given as a follow-up reply to "how do you build a forecast the business trusts", then to "explain the
variance to a non-finance manager", answers the second too (issue 15, session 20: both times the chat told the later
question "This question asks something else", and the report filed the story under the earlier one).

:func:`fits_later` compares the story's relevance to each question as the offline coach scores it (1-5, the
question alone, without the job's requirements: which question a story answers is not what the job asks; the same
judgement whichever model scores the interview, so the chat and the report agree), and on a tie the share of each
question's subject it takes up (:func:`core.coach.subject.subject_of`); the later question wins only when it is
answered better, so a story that fits both as well stays where it was first told. :func:`moved_notice` is what the
chat says when it moves.
"""

from __future__ import annotations

from functools import lru_cache

from core.coach.framing import question_content
from core.coach.score import score_answer
from core.coach.subject import subject_of

SHARE_MARGIN = 0.2  # on a tie in relevance, the later question must take up this much more of its subject (0-1)


def _fit(question: str, story: str) -> tuple[int, float]:
    """(relevance 1-5, share 0-1 of the question's subject the story takes up) of ``story`` told to ``question``."""
    relevance = score_answer(question, story).relevance.score
    subject = subject_of(story, question_content(question or "", subject=True))
    return relevance, (subject.share if subject.judged else 0.0)


@lru_cache(maxsize=256)
def fits_later(story: str, earlier_question: str, later_question: str) -> bool:
    """Whether ``story``, told to ``earlier_question`` and again to ``later_question``, answers the later one
    better: a higher relevance there (the offline coach's, some 50 ms a question), or the same relevance
    and :data:`SHARE_MARGIN` more of the later question's subject taken up. False when both fit as well: the story
    then counts where it was first told, as before."""
    before, after = _fit(earlier_question, story), _fit(later_question, story)
    if after[0] != before[0]:
        return after[0] > before[0]
    return after[1] >= before[1] + SHARE_MARGIN


def moved_notice(earlier_number: int) -> str:
    """What the chat says when a story told for question ``earlier_number`` is told again and answers this question
    better (:func:`fits_later`): it counts here, and the report says so under both questions."""
    return (f"That is the story you told for question {earlier_number}. It answers this question better, so it "
            f"counts here rather than under question {earlier_number}.")
