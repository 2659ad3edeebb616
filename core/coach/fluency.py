"""A language's fluency as a job asks for it ("Fluent English", "English (fluent)") and as a CV or an answer
shows it (CEFR C1/C2, native, bilingual, fluent). Moved out of :mod:`core.coach.evidence`."""

from __future__ import annotations

import re

# A requirement for fluency in a language ("Fluent English", "English (fluent)", "native-level German").
_FLUENCY_WORDS = r"(?:fluen(?:t|cy)|native(?:[- ]level)?|bilingual|proficien(?:t|cy)|business[- ]level|mother tongue)"
FLUENCY_REQ_RE = re.compile(rf"^(?:{_FLUENCY_WORDS})\s+(?:in\s+)?([A-Z][a-z]+)$|^([A-Z][a-z]+)\s*\(?(?:{_FLUENCY_WORDS})\)?$",
                             re.IGNORECASE)
# Fluency on a CV or in an answer: CEFR C1 or C2 (Council of Europe, Common European Framework of Reference
# for Languages, 2001: C1 "effective operational proficiency", C2 "mastery"), native, bilingual or fluent.
_LEVEL_WORDS = rf"(?:(?-i:C[12])\b|{_FLUENCY_WORDS}|full professional)"


def language_fluency(text: str, requirement: str) -> tuple[bool, tuple[int, int]]:
    """Whether ``text`` shows the fluency in a language a ``requirement`` such as "Fluent English" asks
    for: the language with a CEFR level C1/C2, "native", "bilingual" or "fluent" right after it
    ("English (C1)", "English: C2", "English - native") or that word right before it ("Native English
    speaker", "Bilingual English and Spanish"); with the span. B2 or lower is not fluency; fluency in
    another language is not in this one. False for a requirement that is not a language's fluency."""
    req = FLUENCY_REQ_RE.match(requirement.strip())
    if not req:
        return False, (-1, -1)
    lang = re.escape(req.group(1) or req.group(2))
    after = rf"\b{lang}\b\s*[(:,–—-]?\s*{_LEVEL_WORDS}"
    before = rf"\b{_FLUENCY_WORDS}\s+(?:in\s+)?(?:[A-Z][a-z]+\s*(?:and|&|/|,)\s*)?{lang}\b"
    found = re.search(f"{after}|{before}", text, re.IGNORECASE)
    return (True, found.span()) if found else (False, (-1, -1))
