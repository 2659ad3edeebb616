"""The stronger answer to a factual question: whether the candidate holds a licence, a registration or the right to work
(:func:`core.coach.answers_asked.credential_terms`), or when they could start (:data:`_AVAILABILITY_RE`). Its answer is a
fact and what backs it, not a story: a short outline of its own kind, "Answer:" (the yes or no, said first) then
"Detail:" (since when, its number or level, when it renews, where it has mattered), never a story's Situation, Task,
Action and Result with only a Result filled (newcomer, session 23: "Yes, I've held a full UK driving licence since
2012…" came back as "Situation: [gap] Task: [gap] Action: [gap] Result: I've held…"). The candidate's sentences are
given back whole, in the order said.
"""

from __future__ import annotations

import re

from core.coach.answers_asked import credential_terms
from core.coach.stronger_sentences import clean_sentences

# A question about when the candidate could start or may work ("What is your notice period?", "When could you start?").
_AVAILABILITY_RE = re.compile(
    r"\b(?:notice period|when (?:could|can|would) you (?:start|join|begin)|(?:are|would) you (?:be )?available to "
    r"(?:start|work)|earliest (?:start|starting) date|do you (?:have|hold) the right to work|right to work in)\b",
    re.IGNORECASE)
FACT_OUTLINE = (
    ("Answer", "[yes or no, and what you hold (or when you could start), in one sentence]"),
    ("Detail", "[what backs it: since when, its level or number, when it renews, or where it has mattered in your work]"),
)


def asks_fact(question: str) -> bool:
    """Whether ``question`` asks a fact: whether a credential is held (yes/no, :func:`credential_terms` non-empty) or
    when the candidate could start (:data:`_AVAILABILITY_RE`); a question asking for a story about it ("where did it
    last matter in your work?") without such a yes/no is not one."""
    return bool(credential_terms(question) or _AVAILABILITY_RE.search(question or ""))


def fact_answer(text: str) -> str:
    """The stronger answer to ``text`` given to a factual question (:func:`asks_fact`): "Answer: <its first sentence>
    Detail: <the rest>", whole and in the order said, each heading with its gap from :data:`FACT_OUTLINE` when nothing
    of theirs fills it, but for "Detail" when a figure is said already ("since 2012"). Shape: one line, as every stronger answer."""
    said = clean_sentences(text or "")
    filled = {"Answer": said[:1], "Detail": said[1:]}
    backed = any(re.search(r"\d", s) for s in said)  # "since 2012": what backs it is said, so no gap asks for it
    return " ".join(f"{label}: {' '.join(filled[label]) or gap}" for label, gap in FACT_OUTLINE
                    if filled[label] or not (label == "Detail" and backed))
