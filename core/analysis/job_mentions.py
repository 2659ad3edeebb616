"""Whether a text mentions a job requirement, with a quote around the mention (:func:`mentions`): by the
skills lexicon, by an acronym or its expansion, by the requirement's content stems, and, for a
years-of-experience requirement, by its field and the years shown."""

from __future__ import annotations

import re
from datetime import date

from core.analysis.answer_terms import acronym_requirement, acronym_written
from core.analysis.field_years import entry_of_field, field_entries, field_years
from core.analysis.job_context import product_hits
from core.analysis.job_prose import acronyms_in, expansion_of
from core.analysis.job_years import years_asked, years_shown
from core.analysis.levels import unclashed_parts
from core.analysis.skills import find_skills, whole_tool
from core.analysis.text import content_stems, short_quote, stem


def _acronym_alone(requirement: str) -> list[str]:
    """The acronym of a requirement that is an acronym with its expansion or an "(or equivalent)" and nothing
    else ("Qualified Teacher Status (QTS)", "QTS (or an equivalent qualification)"); [] for one that says more
    ("Active California RN license": the acronym alone does not meet it)."""
    found = acronyms_in(requirement)
    if len(found) != 1:
        return []
    rest = re.sub(rf"\b{found[0]}\b|{expansion_of(found[0])}|\bor (?:an? |its )?(?:equivalent|comparable)\b|"
                  r"\b(?:qualification|registration|status)\b", " ", requirement, flags=re.IGNORECASE)
    return [] if content_stems(rest) else found


def _mentions_years(text: str, requirement: str, asked: tuple[int, str]) -> tuple[bool, str]:
    """A years-of-experience requirement: ``text`` names its field and shows as many years (stated, or
    covered by its date ranges: :func:`core.analysis.job_years.years_shown`), or its entries of the field cover as
    many (:func:`core.analysis.field_years.field_years`: "Office Manager, …, 2019 - Present"); the quote is the
    mention, or that entry's first line."""
    years, field = asked
    named, quote = mentions(text, field) if field else (True, "")
    if named and years_shown(text, date.today().year) >= years:
        return True, quote
    # the years of the field's own entries: "Office Manager, …, 2019 - Present" for "3+ years office management"
    if field and field_years(text, field, date.today().year) >= years:
        entry = next((body for body, _s, _e in field_entries(text, date.today().year) if entry_of_field(body, field)), "")
        return True, (entry.splitlines() or [""])[0][:120]
    return False, ""


def mentions(text: str, requirement: str) -> tuple[bool, str]:
    """Whether ``text`` mentions the requirement, with a quote around the mention; a years-of-experience
    requirement ("4+ years of emergency nursing experience") needs its field named and the years shown; a
    numbered one ("KS2 curriculum") is not named by a line or sentence that gives its head only another
    number ("Key Stage 1": :func:`core.analysis.levels.level_clash`)."""
    if asked := years_asked(requirement):
        return _mentions_years(text, requirement, asked)
    parts = unclashed_parts(text, requirement)
    if len(parts) != 1 or parts[0][1] != (text or ""):
        return next((found for _offset, part in parts if (found := _mentions(part, requirement))[0]), (False, ""))
    return _mentions(text, requirement)


def _mentions(text: str, requirement: str) -> tuple[bool, str]:
    # the requirement's own lexicon name too: "live-chat" is the skill "Live chat", as "live chat" is
    own = {requirement.lower()} | {h.name.lower() for h in product_hits(requirement)  # "Oracle OPERA PMS": the product
                                   if h.surface.lower() == requirement.strip().lower()}
    for hit in find_skills(text):
        if hit.name.lower() in own:
            return True, short_quote(text, hit.start, hit.end)
    if whole_tool(requirement):  # "Power BI": never by "Power Query", its shared word
        return False, ""
    if acronym_requirement(requirement):  # "SEND" in capitals, never the verb "send"
        written, (start, end) = acronym_written(text, requirement)
        spelled = expansion_of(requirement.strip()) and re.search(rf"\b(?:{expansion_of(requirement.strip())})\b", text, re.I)
        if spelled and not written:
            start, end = spelled.span()
        return (True, short_quote(text, start, end)) if written or spelled else (False, "")
    for acronym in _acronym_alone(requirement):  # "Qualified Teacher Status (QTS)": the acronym or its expansion
        written, (start, end) = acronym_written(text, acronym)
        spelled = re.search(rf"\b(?:{expansion_of(acronym)})\b", text, re.IGNORECASE)
        if written or spelled:
            start, end = (start, end) if written else spelled.span()
            return True, short_quote(text, start, end)
    found = _stems_named(text, requirement)
    if found is None and "-" in requirement + text:  # "live-chat" and "live chat", "on-call" and "on call"
        found = _stems_named(_HYPHEN_RE.sub(" ", text), _HYPHEN_RE.sub(" ", requirement))
    return (True, short_quote(text, *found)) if found else (False, "")


_HYPHEN_RE = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")  # a hyphen inside a word; same length as the space for it


def _stems_named(text: str, requirement: str) -> tuple[int, int] | None:
    """The span of the first word of ``text`` whose stem is one of the requirement's content stems, when
    enough of them are there (one of one, else 60% and at least two); None otherwise."""
    req_stems = content_stems(requirement)
    if not req_stems:
        return None
    text_words = list(re.finditer(r"[A-Za-z][A-Za-z0-9+#-]*", text))
    matched = [m for m in text_words if stem(m.group(0)) in req_stems]
    needed = 1 if len(req_stems) == 1 else max(2, round(len(req_stems) * 0.6))
    if len({stem(m.group(0)) for m in matched}) >= needed:
        return matched[0].span()
    return None
