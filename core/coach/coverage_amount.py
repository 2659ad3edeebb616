"""A requirement of an amount ("Experience managing budgets over £1m"): an answer shows it only with an amount of
money of its own ("I own a 1.2 million pound budget") that is at least the amount asked when the job asks for one
"over", "at least", "of" or "+" it (session 21: "£750k" was taken for "budgets over £1m"); a job's upper bound ("up to
£50k", "under £1m") asks for no least amount. Amounts in two currencies are not compared (no exchange rate is kept
offline): any amount then counts. A sentence of the same thing without an amount, or with a smaller one, shows the
thing, not the amount asked, and the coverage row says so (session 20 newcomer). A rule of this project, not a figure
from research.
"""

from __future__ import annotations

import re

from core.analysis.text import content_stems, sentences
from core.coach.evidence import own_statement

# "£1m", "$3.5M", "€250k", "1.2 million pounds", "1,200,000 GBP", "60,000 pounds", "£12,000"
AMOUNT_RE = re.compile(
    r"[£$€]\s?\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?\b|"
    r"\b\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?\s?(?:pounds?|dollars?|euros?|gbp|usd|eur)\b", re.IGNORECASE)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_CURRENCY = {"£": "GBP", "pound": "GBP", "gbp": "GBP", "$": "USD", "dollar": "USD", "usd": "USD", "€": "EUR",
             "euro": "EUR", "eur": "EUR"}
_NUMBER_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?(k|m|bn|million|billion|thousand)?\b", re.IGNORECASE)
# how a job bounds the amount from above: no least amount asked ("budgets up to £50k", "under £1m")
_UPPER_RE = re.compile(r"(?i)\b(?:up to|under|below|less than|no more than|at most|maximum of)\s*$")


def amount_value(text: str) -> tuple[float, str] | None:
    """(value in units of its currency, ISO code) of the first amount of money in ``text``: "£1.2m" -> (1200000.0,
    "GBP"), "60,000 pounds" -> (60000.0, "GBP"), "$500k" -> (500000.0, "USD"); None when it gives none."""
    found = AMOUNT_RE.search(text or "")
    if found is None:
        return None
    said = found.group(0)
    number = _NUMBER_RE.search(said)
    if number is None:
        return None
    value = float(number.group(1).replace(",", "").rstrip("."))
    scale = (number.group(2) or "").lower()
    value *= _SCALE.get(scale, 1.0)
    lowered = said.lower()
    currency = next((code for mark, code in _CURRENCY.items() if mark in lowered), "")
    return value, currency


def asked_amount(requirement: str) -> str:
    """The amount of money ``requirement`` asks for ("£1m" of "budgets over £1m"); "" when it names none."""
    found = AMOUNT_RE.search(requirement or "")
    return found.group(0).strip() if found else ""


def least_amount(requirement: str) -> tuple[float, str] | None:
    """The least amount (value, currency) ``requirement`` asks for: its amount unless the job bounds it from above
    (:data:`_UPPER_RE`: "up to £50k"); None when it asks for no least amount."""
    found = AMOUNT_RE.search(requirement or "")
    if found is None or _UPPER_RE.search(requirement[:found.start()]):
        return None
    return amount_value(found.group(0))


def meets_amount(text: str, requirement: str) -> bool:
    """Whether an amount of money in ``text`` is at least the least amount ``requirement`` asks for
    (:func:`least_amount`); amounts in another currency are not compared and count. False when ``text`` gives none."""
    least = least_amount(requirement)
    amounts = [v for m in AMOUNT_RE.finditer(text or "") if (v := amount_value(m.group(0)))]
    if not amounts:
        return False
    return least is None or any(cur != least[1] or not cur or value >= least[0] for value, cur in amounts)


def amount_sentence(answer: str, requirement: str) -> str:
    """The candidate's own sentence of ``answer`` giving an amount of money that meets the one asked
    (:func:`meets_amount`) and a content word of ``requirement`` ("I own a 1.2 million pound budget across Meta…"
    for "budgets over £1m"); "" when none does."""
    wanted = content_stems(AMOUNT_RE.sub(" ", requirement or ""))
    for sentence in sentences(answer or ""):
        found = AMOUNT_RE.search(sentence)
        if (found and content_stems(sentence) & wanted and own_statement(sentence, found.start())
                and meets_amount(sentence, requirement)):
            return sentence.strip()
    return ""


def has_amount(text: str) -> bool:
    """Whether ``text`` gives an amount of money (:data:`AMOUNT_RE`)."""
    return bool(AMOUNT_RE.search(text or ""))
