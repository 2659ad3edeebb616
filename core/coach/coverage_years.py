"""A years-of-experience requirement in the answers ("3+ years of closing experience"): shown only by an own
statement of as many years ("I have closed mid-market deals for four years", "since 2019"), with the field named
in the same answer; the field without the years, or the years without the field, is a partial showing.
A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re
from datetime import date

from core.analysis.job_years import years_asked, years_shown
from core.analysis.text import sentences, short_quote
from core.coach.evidence import answer_evidence, own_statement
from core.coach.phrasing import quote

_YEARS_WORD_RE = re.compile(r"\b(?:years?|yrs?)\b|\b(?:19|20)\d{2}\b", re.IGNORECASE)


def years_stated(answer: str, years: int) -> str:
    """The quote of the first sentence of ``answer`` in which the candidate states at least ``years`` years
    (in digits or words: "four years"; or date ranges covering them: :func:`core.analysis.job_years.years_shown`),
    as their own and not negated (:func:`core.coach.evidence.own_statement`); "" when none does."""
    for sentence in sentences(answer or ""):
        found = _YEARS_WORD_RE.search(sentence)
        if found and years_shown(sentence, date.today().year) >= years and own_statement(sentence, found.start()):
            return short_quote(sentence, found.start(), found.end(), width=8)
    return ""


def years_evidence(answer: str, requirement: str) -> tuple[str, str] | None:
    """("evidenced" | "", quote) of one answer for a years requirement: evidenced when the answer states the years
    and names the field (any field for "5 years experience"); None when ``requirement`` asks for no years."""
    asked = years_asked(requirement)
    if asked is None:
        return None
    years, field = asked
    stated = years_stated(answer, years)
    if stated and (not field or answer_evidence(answer, field)[0] == "evidenced"):
        return "evidenced", stated
    return "", ""


def years_partial(answers: list[str], requirement: str) -> str:
    """The coverage note for a years requirement the answers show in part: the years without the field, or the
    field without the years; "" when they show neither (or ``requirement`` asks for no years)."""
    asked = years_asked(requirement)
    if asked is None:
        return ""
    years, field = asked
    for answer in answers:
        if field and (stated := years_stated(answer, years)):
            return f"{quote(stated)} gives the years, but not the field asked: {field}."
    for answer in answers:
        if field and (shown := answer_evidence(answer, field))[0] == "evidenced":
            return f"{quote(shown[1])} shows {field}, but not the {years}+ years asked."
    return ""
