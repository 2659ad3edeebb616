"""Follow-ups that ask for the candidate's own part (issue 15, session 25).

* ``own_part``: an answer that puts every failure on others and tells no act of the speaker's own
  (:func:`core.coach.blame.blamed_only`, the scorer's judgement) is asked, kindly and in the question's tense, what
  the candidate did, or would do, themselves: "What would you do first?" let the excuse stand (rc24 r1).
* ``claims_only``: an answer made of claims only ("I was responsible for everything and made sure it went well. I'm a
  team player": :func:`core.coach.vague_claims.vague_claims`) is asked for one thing the candidate did, with what
  came of it; an opener of that kind got no follow-up, since an opener asks no outcome (rc24 r4).

A rule of this project, not a figure from research; English words only (both judgements read English).
"""

from __future__ import annotations

from typing import Any

from core.coach.blame import blamed_only, disowned
from core.coach.vague_claims import vague_claims

OWN_REASONS = ("own_part", "claims_only")
_ASKED: dict[str, tuple[str, ...]] = {
    "own_part": (
        "I understand others played a part. Setting that aside, what did you yourself do about it, and what came of it?",
        "Whatever others got wrong there, which part was yours: what did you do yourself, and how did it turn out?",
    ),
    "own_part_plan": (
        "I understand much of it sits with others. Setting that aside, what would you yourself do first, and why?",
        "Whatever others get wrong, which part is yours: what would you do yourself, and what would you say first?",
    ),
    "claims_only": (
        "Could you make that concrete? Pick one thing you did yourself in that work, and tell me what came of it, "
        "with a number if you have one.",
        "What is one thing you did yourself there that shows it: what did you do, and how did it turn out?",
    ),
}


def own_reason(question: str, answer: str, ev: Any, qtype: str) -> str | None:
    """``own_part`` for an answer that puts the failure on others with no act of its own, ``claims_only`` for one
    made of claims only, else None. ``ev``: :func:`core.analysis.answer.analyse_answer` of ``answer``."""
    if blamed_only(ev, qtype, answer) or disowned(answer):  # or an excuse said outright (session 26)
        return "own_part"
    return "claims_only" if vague_claims(ev, answer, question) else None


def own_question(reason: str, hypothetical: bool, seed: int) -> str:
    """The follow-up for ``reason`` (one of :data:`OWN_REASONS`), asking what the candidate would do when the
    question is ``hypothetical``, what they did otherwise; ``seed`` picks the wording."""
    key = "own_part_plan" if reason == "own_part" and hypothetical else reason
    templates = _ASKED[key]
    return templates[seed % len(templates)]
