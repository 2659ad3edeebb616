"""How a candidate keeps a credential current, said in their own words (issue 15, session 22, judge22b).

"How do you keep it current, and where did it last matter in your work?", asked of a registration, a licence or a
certificate the CV shows, is answered by "I do my CPD and renew it every year." or "I revalidate every three years":
such an answer names none of the credential's words ("it"), and was called about something else (newcomer nc22: the
chat asked again, relevance 1/5). :func:`kept_current` finds the words saying so, which
:func:`core.coach.answers_asked.hold_said` gives as what the answer says of the credential asked about.

A rule of this project, not a figure from research; English words only.
"""

from __future__ import annotations

import re

from core.analysis.text import readable_text, sentences

# a question asking how a credential is kept current: "How do you keep it current", "keep them up to date", "in date"
_ASKS_CURRENT_RE = re.compile(
    r"\bkeep(?:ing)? (?:it|them|this|these|that|those|your [\w-]+(?: [\w-]+)?) (?:current|up[ -]to[ -]date|valid|in date|"
    r"live|active)\b", re.IGNORECASE)
# what keeps one current: renewing, revalidating, CPD, a refresher, a course retaken, an expiry watched
_KEEPS_RE = re.compile(
    r"\b(?:renew\w*|re-?validat\w*|re-?certif\w*|re-?accredit\w*|re-?register\w*|re-?sit\w*|retak\w*|re-?take\w*|"
    r"redo(?:es|ne)?|refresher\w*|CPD|continuing professional development|expir\w*|reminders?|reflective accounts?|"
    r"annual (?:fee|return|declaration|assessment)s?)\b", re.IGNORECASE)


def asks_current(question: str) -> bool:
    """Whether ``question`` asks how the candidate keeps something current ("How do you keep it current…?")."""
    return bool(_ASKS_CURRENT_RE.search(readable_text(question or "")))


def kept_current(question: str, answer: str) -> str:
    """The sentence of ``answer`` (its first twelve words) saying how the credential ``question`` asks about is kept
    current (:data:`_KEEPS_RE`: "I do my CPD and renew it every year."), or "" (a question not asking it, an answer not
    saying it)."""
    if not asks_current(question):
        return ""
    text = readable_text(answer or "")
    for sentence in sentences(text) or [text]:
        if _KEEPS_RE.search(sentence):
            return " ".join(sentence.split()[:12]).rstrip(",;:.")
    return ""


def says_current(said: str) -> bool:
    """Whether ``said`` (:func:`core.coach.answers_asked.hold_said`) tells how a credential is kept current."""
    return bool(_KEEPS_RE.search(said or ""))
