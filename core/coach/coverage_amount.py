"""A requirement of an amount ("Experience managing budgets over £1m"): an answer shows it only with an amount of
money of its own ("I own a 1.2 million pound budget"); a sentence of the same thing without one ("I moved budget out
of prospecting") shows the thing, not the amount asked, and the coverage row says so (session 20 newcomer). A rule
of this project, not a figure from research.
"""

from __future__ import annotations

import re

from core.analysis.text import content_stems, sentences
from core.coach.evidence import own_statement

# "£1m", "$3.5M", "€250k", "1.2 million pounds", "1,200,000 GBP", "60,000 pounds", "£12,000"
AMOUNT_RE = re.compile(
    r"[£$€]\s?\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?\b|"
    r"\b\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?\s?(?:pounds?|dollars?|euros?|gbp|usd|eur)\b", re.IGNORECASE)


def asked_amount(requirement: str) -> str:
    """The amount of money ``requirement`` asks for ("£1m" of "budgets over £1m"); "" when it names none."""
    found = AMOUNT_RE.search(requirement or "")
    return found.group(0).strip() if found else ""


def amount_sentence(answer: str, requirement: str) -> str:
    """The candidate's own sentence of ``answer`` giving an amount of money and a content word of ``requirement``
    ("I own a 1.2 million pound budget across Meta…" for "budgets over £1m"); "" when none does."""
    wanted = content_stems(AMOUNT_RE.sub(" ", requirement or ""))
    for sentence in sentences(answer or ""):
        found = AMOUNT_RE.search(sentence)
        if found and content_stems(sentence) & wanted and own_statement(sentence, found.start()):
            return sentence.strip()
    return ""


def has_amount(text: str) -> bool:
    """Whether ``text`` gives an amount of money (:data:`AMOUNT_RE`)."""
    return bool(AMOUNT_RE.search(text or ""))
