"""Years of a field in a CV, read from its entries: "3+ years office management experience" is met by "Office Manager,
Brook & Wade, 2019 - Present", "Mehrjährige Führungserfahrung im Lager" by "Schichtleiter Lager, 04/2019 – heute" with
"Führung eines Teams von 24 Lagermitarbeitern" under it (session 19: both CVs were told they did not mention it).

An entry is a line with a date range (:func:`core.analysis.job_years.years_shown` reads it: "2019 - Present",
"04/2019 – heute") with the title line above it when the range stands alone, and the bullets under it up to the next
entry, a blank line or a heading. The field is in an entry when each of its words is there in some form (a stem of
four letters or more that starts a word: "Führung" in "Führungserfahrung", "Lager" in "Lagermitarbeitern"), or its
doer is ("office management" by "Office Manager": :data:`core.coach.coverage_years._DOERS`). The years of the
entries that hold the field are counted together, overlaps once. "Several years" ("mehrjährig", "plusieurs années")
asks for :data:`SEVERAL_YEARS`. A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re
from datetime import date

from core.analysis.job_years import years_asked, years_shown
from core.coach.coverage_years import _DOERS

SEVERAL_YEARS = 2  # "mehrjährige Erfahrung", "several years": at least two (a rule of this project)

# "Several years of" in the six languages, and the words of experience a field is named with.
_SEVERAL_RE = re.compile(r"\b(?:mehrjährige[nrs]?|langjährige[nrs]?|several years?(?: of)?|many years?(?: of)?|"
                         r"plusieurs années(?: d['’])?|varios años(?: de)?|diversi anni(?: di)?|vários anos(?: de)?|"
                         r"meerjarige)\b", re.IGNORECASE)
_EXPERIENCE_WORDS = frozenset({"experience", "erfahrung", "berufserfahrung", "expérience", "experiencia", "esperienza",
                               "experiência", "ervaring", "professional", "proven", "relevant", "in", "im", "of", "de",
                               "di", "d", "the", "a", "an", "and", "und", "et", "y", "e", "with", "als", "as", "en",
                               "dans", "la", "le", "der", "die", "das", "bei"})
# an education entry's dates are no years of work: "BSc Nursing, 2016 – 2019", "Ausbildung zur Fachkraft…, 2010 – 2013"
_EDUCATION_RE = re.compile(r"\b(?:ausbildung|studium|university|universit[äa]t|universidad|universit[ée]|universit[àa]|"
                           r"college|school|schule|bsc|msc|ba|ma|bachelor|master|degree|diploma|phd|mba|apprenticeship|"
                           r"lehre|formation|licence|laurea|grado)\b", re.IGNORECASE)
_HEADING_RE = re.compile(r"^[^\w]*[A-ZÄÖÜ][\wäöüß&/ ]{0,40}$")  # "Ausbildung", "EDUCATION", "Kenntnisse und Zertifikate"


def _field_words(field: str) -> list[str]:
    """The words of ``field`` that say what it is: "Führungserfahrung im Lager" -> ["führung", "lager"] (a compound's
    trailing "-erfahrung" and its linking "s" dropped)."""
    out = []
    for word in re.findall(r"[^\W\d_]+", field.lower()):
        word = re.sub(r"s?(?:berufs)?erfahrung$", "", word) if len(word) > 12 else word
        if word and word not in _EXPERIENCE_WORDS and len(word) > 2:
            out.append(word)
    return out


def _bare_date(line: str) -> bool:
    """Whether a dated line is its range alone ("04/2019 – heute"), its title on the line above."""
    return len(re.findall(r"[^\W\d_]{3,}", line)) <= 2


def _entries(cv_text: str) -> list[tuple[str, str]]:
    """(dates, text) of each dated entry of the CV: the line holding its date range, and its title and bullets."""
    lines = [line.strip() for line in (cv_text or "").splitlines()]
    today = date.today().year
    dated = [i for i, line in enumerate(lines) if years_shown(line, today)
             and not re.search(r"\b(?:years?|jahren?)\b", line, re.IGNORECASE)]  # "7 years in A&E" is no entry's dates
    starts = [i - 1 if i > 0 and lines[i - 1] and _bare_date(lines[i]) else i for i in dated]
    out = []
    for n, (i, start) in enumerate(zip(dated, starts, strict=True)):
        body = lines[start:i + 1]
        for line in lines[i + 1:starts[n + 1] if n + 1 < len(starts) else len(lines)]:
            if not line or (_HEADING_RE.match(line) and not line.startswith(("-", "•", "*"))):
                break
            body.append(line)
        out.append((lines[i], "\n".join(body)))
    return out


def _named(word: str, low: str) -> bool:
    """Whether lower-case ``low`` names ``word`` in some form: its stem (all but its last three letters, four at
    least) starting a word or a compound's part ("führ" in "Führung", "lager" in "Lagermitarbeitern")."""
    if len(word) < 4:
        return bool(re.search(rf"\b{re.escape(word)}\b", low))
    return bool(re.search(rf"(?<![^\W\d_]){re.escape(word[:max(4, len(word) - 3)])}", low))


def _holds(text: str, words: list[str], field: str) -> bool:
    """Whether an entry's ``text`` names each of ``words`` in some form, or the doer of ``field`` ("Office Manager"
    for "office management")."""
    low = text.lower()
    if all(_named(w, low) for w in words):
        return True
    doers = next((_DOERS[w] for w in reversed(field.lower().split()) if w in _DOERS), "")
    qualifiers = [w for w in words if w not in _DOERS]
    return bool(doers and qualifiers) and bool(
        re.search(rf"\b(?:{'|'.join(map(re.escape, qualifiers))})\b(?:\s+[\w-]+){{0,2}}?\s+(?:{doers})s?\b", low))


def field_years_met(cv_text: str, requirement: str) -> bool | None:
    """Whether the CV's dated entries that hold ``requirement``'s field cover the years it asks for (module
    docstring); None when it asks for no years or names no field."""
    asked = years_asked(requirement)
    if asked is None and (several := _SEVERAL_RE.search(requirement or "")):
        asked = (SEVERAL_YEARS, requirement[several.end():].strip())
    if asked is None or not asked[1]:
        return None
    years, field = asked
    words = _field_words(field)
    if not words:
        return None
    held = [dates for dates, text in _entries(cv_text)
            if not _EDUCATION_RE.search(text.splitlines()[0]) and _holds(text, words, field)]
    return bool(held) and years_shown("\n".join(held), date.today().year) >= years
