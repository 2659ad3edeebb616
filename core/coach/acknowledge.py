"""The interviewer's short acknowledgement of the last answer, kept apart from the next question.

It follows what was said (a detailed answer, a plain one, "I haven't done that", a non-answer), in
the interviewer's style, and never praises a non-answer (issue 15 point 4).
"""

from __future__ import annotations

from core.analysis.answer import analyse_answer
from core.analysis.text import readable_text
from core.coach.follow_up import _detailed, follow_up_reason
from core.coach.phrasing import norm_key

# Acknowledgements, by what the answer did; none of the non-answer ones sounds like praise.
_ACKS: dict[str, dict[str, tuple[str, ...]]] = {
    "detailed": {
        "friendly": ("Thanks, that's a clear example.", "That's useful detail, thank you.", "Thank you, the numbers help."),
        "neutral": ("Thank you, that's clear.", "Understood, thanks.", "Thanks for the detail."),
        "tough": ("Noted.", "Clear enough.", "Understood."),
    },
    "brief": {
        "friendly": ("Okay, thanks.", "Right, thank you."),
        "neutral": ("Okay.", "All right."),
        "tough": ("Hm. Okay.", "Right."),
    },
    "answered": {
        "friendly": ("Thanks for sharing that.", "Thank you.", "Okay, thanks."),
        "neutral": ("Thank you.", "Okay, thank you.", "Noted, thank you."),
        "tough": ("Okay.", "Right.", "Noted."),
    },
    "not_experienced": {
        "friendly": ("That's fair, not everyone has done that yet.", "Thanks for being upfront about that."),
        "neutral": ("Understood.", "Okay, understood."),
        "tough": ("Understood.", "Okay."),
    },
    "non_answer": {
        "friendly": ("No problem, let's try a different one.", "That's okay, we'll move to another topic."),
        "neutral": ("Okay, let's try another one.", "Let's move to another question."),
        "tough": ("Let's move on.", "Next question."),
    },
}


def acknowledgement(question: str, answer: str | None, *, style: str = "neutral", seed: str = "") -> str:
    """A short acknowledgement of the last answer, kept apart from the next question (never part
    of its text): it follows what was said (a detailed answer, a plain one, "I haven't done that",
    a non-answer) and never praises a non-answer. "" when there is no answer yet."""
    if answer is None:
        return ""
    style = style if style in _ACKS["answered"] else "neutral"
    reason = follow_up_reason(question, answer)
    clean = readable_text(answer)
    if reason == "non_answer":
        kind = "non_answer"
    elif reason == "not_experienced":
        kind = "not_experienced"
    elif reason is None or _detailed(analyse_answer(clean, question)):
        kind = "detailed"
    elif reason in {"too_short", "no_example", "vague", "no_steps"}:
        kind = "brief"
    else:
        kind = "answered"
    options = _ACKS[kind][style]
    return options[(len(norm_key(answer)) + len(seed)) % len(options)]
