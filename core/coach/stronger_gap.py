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
_DONE_RE = re.compile(r"\b(?:I|we)(?:'ve| have| had)\s+(?!to\b|got to\b)\w+|\b(?:I|we) (?:haven'?t|hadn'?t|never)\b|\b(?:I|we) used\b|"
                      r"\bthe closest\b", re.IGNORECASE)
# A semicolon before a plan of the candidate's ("…outbox-pattern demo; I'd start by reading…").
_PLAN_AFTER_RE = re.compile(r";\s+(?=(?:I'd|I would|I'll|I will|I'm going to|my plan)\b)")
# A plan of the candidate's ("I'd start by…", "I will book…", "my plan is…").
_PLANNED_RE = re.compile(r"\b(?:I|we)(?:'d| would|'ll| will| could| can|'m going to| am going to)\b|"
                         r"\b(?:start by|begin by|first step|my plan)\b", re.IGNORECASE)
GAP_OUTLINE = (
    ("Closest experience", "[what you have done that comes closest: where, what you did with it, and how it went]"),
    ("Plan", "[how you would get up to speed: what you would do first, and by when]"),
)


def asks_closest_and_plan(question: str) -> bool:
    """Whether ``question`` asks for the closest thing done and how the candidate would get up to speed."""
    return bool(_CLOSEST_ASK_RE.search(question or "") and _LEARN_ASK_RE.search(question or ""))


def gap_answer(text: str) -> str:
    """The stronger answer to ``text`` given to a gap question (:func:`asks_closest_and_plan`): "Closest experience:
    <what they did or used> Plan: <what they would do>", their sentences whole and in the order said (one that tells what was
    done, then "; I'd…", is two): a plan ("I'd…") not after what was done under "Plan", every other under "Closest
    experience", a
    heading nothing fills with its gap from :data:`GAP_OUTLINE`. Shape: one line."""
    parts: dict[str, list[str]] = {label: [] for label, _ in GAP_OUTLINE}
    for sentence in clean_sentences(text or ""):
        for piece in _PLAN_AFTER_RE.split(sentence):  # "…built a demo; I'd start by…": what was done, then the plan
            done = _DONE_RE.search(piece) or _PAST_OWN_RE.search(piece)
            plan = _PLANNED_RE.search(piece)
            parts["Plan" if plan and not (done and done.start() < plan.start()) else "Closest experience"].append(piece if piece.endswith((".", "!", "?")) else piece + ".")
    return " ".join(f"{label}: {' '.join(parts[label]) or gap}" for label, gap in GAP_OUTLINE)
