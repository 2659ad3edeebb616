"""A question restated in a sentence, for a redirect after an answer about something else
("Let's stay with the question: how would you teach fractions to…?")."""

from __future__ import annotations

import re

from core.analysis.text import readable_text, sentences

_OPENERS = frozenset([
    "how", "what", "why", "when", "where", "which", "who", "whom", "tell", "describe", "walk", "give", "can",
    "could", "would", "will", "do", "did", "does", "have", "has", "is", "are", "imagine", "suppose", "if",
    "explain", "talk", "share", "name", "pick", "let's",
])

CLOSING_WORDS = 10  # a closing instruction is a short sentence: "Be specific.", "Take your time."
# A closing instruction says how to answer, never what: "Be specific.", "Take your time.", "Be as concrete as you
# can.", "Keep it brief.", "Feel free to use an example.", "There is no right answer." (issue 15, session 15: a
# repeat notice restated "This question asks something else: Be specific.")
_CLOSING_RE = re.compile(
    r"^\W*(?:please,? )?(?:(?:try to |do )?be (?:as )?(?:specific|concise|brief|honest|clear|concrete|precise|detailed|"
    r"thorough|candid|open)\b|take (?:your|as much) time\b|(?:keep|make) it (?:short|brief|concise|specific|concrete|"
    r"simple)\b|feel free\b|(?:there (?:is|are) |)no (?:right|wrong)(?: or (?:right|wrong))? answers?\b|"
    r"(?:in|use) your own words\b|no need to\b|(?:with |in )?as much detail as\b|(?:give|include|use) (?:as much )?"
    r"(?:detail|specifics|numbers)(?: where you can)?\W*$|examples? (?:help|welcome)\b|and be specific\b)",
    re.IGNORECASE)


def is_closing(sentence: str) -> bool:
    """Whether ``sentence`` is a closing instruction (:data:`_CLOSING_RE`, at most :data:`CLOSING_WORDS` words):
    how to answer ("Be specific.", "Take your time."), never what is asked."""
    return len(sentence.split()) <= CLOSING_WORDS and bool(_CLOSING_RE.search(sentence))


def without_closing(question: str) -> str:
    """``question`` without the closing instructions that end it ("Tell me about a time you helped a customer.
    Be specific." -> "Tell me about a time you helped a customer."); the question as it is when it holds
    nothing else."""
    sents = sentences(readable_text(question or ""))
    while len(sents) > 1 and is_closing(sents[-1]):
        sents.pop()
    return " ".join(s.strip() for s in sents) if sents else (question or "")


def restated_question(question: str) -> str:
    """The question's asking sentence, as a short restatement ("how would you teach fractions to…?"),
    or "" when it is too long to restate (over 25 words). A closing instruction ("Be specific.") is never
    the asking sentence (:func:`is_closing`)."""
    sents = [x for x in sentences(readable_text(question or "")) if not is_closing(x)]
    asking = next((x for x in reversed(sents) if x.rstrip().endswith("?")), sents[-1] if sents else "")
    asking = asking.strip()
    if not asking or len(asking.split()) > 25:
        return ""
    if not asking.endswith(("?", ".")):
        asking += "?"
    first = asking.split()[0]
    lowered = first.lower() if first.lower() in _OPENERS else first  # "Python: …" keeps its capital
    return lowered + asking[len(first):]
