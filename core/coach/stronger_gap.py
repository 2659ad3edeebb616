"""The stronger answer to a gap question: "The role asks for SystmOne, which I don't see on your CV. What have you done
that comes closest, and how would you get up to speed?" (:mod:`core.coach.framing`). It asks two things, the closest
experience and a plan to learn, so its outline is those two, never an approach's "Approach / Steps / Trade-offs"
(newcomer, session 23: "Trade-offs: I've used SOE Exact and Dentally for notes and appointments, so I'd expect to pick
it up quickly."; a tool used instead is neither a trade-off nor a plan). Each of the candidate's sentences is given back
whole, in the order said: one telling what they have done or used (or have not) under "Closest experience", one saying
what they would do under "Plan".
"""

from __future__ import annotations

import re

from core.coach.stronger_sentences import clean_sentences
from core.coach.stronger_tense import _PAST_OWN_RE

# The gap question: the closest thing done, and how the candidate would get up to speed.
_CLOSEST_ASK_RE = re.compile(r"\b(?:comes? closest|closest (?:thing|experience))\b", re.IGNORECASE)
_LEARN_ASK_RE = re.compile(r"\bup to speed\b|\bhow would you (?:learn|pick (?:it )?up)\b", re.IGNORECASE)
# What the candidate has done or used, or has not ("I've used…", "I haven't used…", "At Kirkstall I…", "I used to…").
_DONE_RE = re.compile(r"\b(?:I|we)(?:'ve| have| had)\s+(?:\w+ly\s+)?(?:not\s+|never\s+)?(?:used|worked|done|run|led|"
                      r"built|managed|handled|had|been)\b|\b(?:I|we) (?:haven'?t|hadn'?t|never)\b|\b(?:I|we) used\b|"
                      r"\bthe closest\b", re.IGNORECASE)
GAP_OUTLINE = (
    ("Closest experience", "[what you have done that comes closest: where, what you did with it, and how it went]"),
    ("Plan", "[how you would get up to speed: what you would do first, and by when]"),
)


def asks_closest_and_plan(question: str) -> bool:
    """Whether ``question`` asks for the closest thing done and how the candidate would get up to speed."""
    return bool(_CLOSEST_ASK_RE.search(question or "") and _LEARN_ASK_RE.search(question or ""))


def gap_answer(text: str) -> str:
    """The stronger answer to ``text`` given to a gap question (:func:`asks_closest_and_plan`): "Closest experience:
    <what they did or used> Plan: <what they would do>", their sentences whole and in the order said under each, a
    heading nothing fills with its gap from :data:`GAP_OUTLINE`. Shape: one line."""
    parts: dict[str, list[str]] = {label: [] for label, _ in GAP_OUTLINE}
    for sentence in clean_sentences(text or ""):
        done = _DONE_RE.search(sentence) or _PAST_OWN_RE.search(sentence)
        parts["Closest experience" if done else "Plan"].append(sentence)
    return " ".join(f"{label}: {' '.join(parts[label]) or gap}" for label, gap in GAP_OUTLINE)
