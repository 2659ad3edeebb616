"""A question restated in a sentence, for a redirect after an answer about something else
("Let's stay with the question: how would you teach fractions to…?")."""

from __future__ import annotations

from core.analysis.text import readable_text, sentences

_OPENERS = frozenset([
    "how", "what", "why", "when", "where", "which", "who", "whom", "tell", "describe", "walk", "give", "can",
    "could", "would", "will", "do", "did", "does", "have", "has", "is", "are", "imagine", "suppose", "if",
    "explain", "talk", "share", "name", "pick", "let's",
])


def restated_question(question: str) -> str:
    """The question's asking sentence, as a short restatement ("how would you teach fractions to…?"),
    or "" when it is too long to restate (over 25 words)."""
    sents = sentences(readable_text(question or ""))
    asking = next((x for x in reversed(sents) if x.rstrip().endswith("?")), sents[-1] if sents else "")
    asking = asking.strip()
    if not asking or len(asking.split()) > 25:
        return ""
    if not asking.endswith(("?", ".")):
        asking += "?"
    first = asking.split()[0]
    lowered = first.lower() if first.lower() in _OPENERS else first  # "Python: …" keeps its capital
    return lowered + asking[len(first):]
