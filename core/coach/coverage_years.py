"""A years-of-experience requirement in the answers ("3+ years of closing experience"): shown only by an own
statement of as many years ("I have closed mid-market deals for four years", "since 2019"), with the field named
in the same answer; the field without the years, or the years without the field, is a partial showing.
A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re
from datetime import date

from core.analysis.field_work import work_named, work_spans
from core.analysis.field_years import DOERS, field_entries, field_years, field_years_met, years_field_asked
from core.analysis.job_years import RANGE_RE, years_asked, years_shown
from core.analysis.text import sentences, short_quote
from core.coach.evidence import answer_evidence, own_statement
from core.coach.phrasing import quote
from core.schemas import CoverageItem

_YEARS_WORD_RE = re.compile(r"\b(?:years?|yrs?)\b|\b(?:19|20)\d{2}\b", re.IGNORECASE)


_NOT_QUALIFIERS = frozenset({"experience", "professional", "commercial", "relevant", "proven", "of", "in", "and", "the",
                             "hands-on", "industry", "software"})


def field_by_doer(answer: str, field: str) -> str:
    """The quote of the candidate's own sentence naming the one who does ``field``'s work with one of its qualifiers
    ("I've been a backend engineer" for "backend software development":
    :data:`core.analysis.field_years.DOERS`); "" when none does."""
    words = field.lower().split()
    doers = next((DOERS[w] for w in reversed(words) if w in DOERS), "")
    qualifiers = [w for w in words if w not in DOERS and w not in _NOT_QUALIFIERS and len(w) > 1]
    if not doers or not qualifiers:
        return ""
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, qualifiers))})\b(?:\s+[\w-]+){{0,2}}?\s+(?:{doers})s?\b", re.I)
    for sentence in sentences(answer or ""):
        if (found := pattern.search(sentence)) and own_statement(sentence, found.start()):
            return clause_quote(sentence, found.start(), found.end())
    return ""


def clause_quote(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` holding ``sentence[start:end]``, cut at a comma, semicolon, colon or dash, so a
    quote never ends on the next clause's first word ("…for about ten years, first"); a clause of more than 20
    words is quoted around the match (:func:`core.analysis.text.short_quote`)."""
    bounds = [0] + [m.end() for m in re.finditer(r"[,;:–—]\s|\s[-–—]\s", sentence)] + [len(sentence)]
    begin = max(b for b in bounds if b <= start)
    stop = min((b for b in bounds if b >= end), default=len(sentence))
    clause = sentence[begin:stop].strip().rstrip(",;:-–— ").strip()
    return clause if len(clause.split()) <= 20 else short_quote(sentence, start, end, width=8)


def years_stated(answer: str, years: int) -> str:
    """The quote of the first sentence of ``answer`` in which the candidate states at least ``years`` years
    (in digits or words: "four years"; or date ranges covering them: :func:`core.analysis.job_years.years_shown`),
    as their own and not negated (:func:`core.coach.evidence.own_statement`); "" when none does."""
    for sentence in sentences(answer or ""):
        found = _YEARS_WORD_RE.search(sentence)
        if found and years_shown(sentence, date.today().year) >= years and own_statement(sentence, found.start()):
            return clause_quote(sentence, found.start(), found.end())
    return ""


# years counted from the candidate's qualification: "2 years' post-qualifying experience", "PQE", "post-registration"
POST_QUALIFYING_RE = re.compile(r"(?i)\bpost[- ]?(?:qualifying|qualification|qualified|registration|licensure)\b|\bPQE\b")
# what ties an answer's years to the qualification: "I qualified in 2019", "five years as a registered nurse"
_QUALIFIED_RE = re.compile(r"(?i)\b(?:qualif\w*|registered|registration|licensed|since I (?:qualified|registered))\b")
_QUALIFIED_IN_RE = re.compile(r"(?i)\b(?:qualified|registered)\s+(?:as an? [\w ]{2,30}?\s+)?in\s+((?:19|20)\d{2})\b"
                              r"(?=.*\b(?:since|ever since|have been|I've been|I have been)\b)")


def _post_qualifying_stated(answer: str, years: int) -> str:
    """The quote of the candidate's sentence giving ``years`` or more since qualifying ("I qualified in 2019 and have
    been a social worker since then", "six years as a registered nurse"); "" when none ties the years to it."""
    for sentence in sentences(answer or ""):
        if not _QUALIFIED_RE.search(sentence) or not own_statement(sentence, _QUALIFIED_RE.search(sentence).start()):
            continue
        since = _QUALIFIED_IN_RE.search(sentence)
        if since and date.today().year - int(since.group(1)) >= years:
            return clause_quote(sentence, since.start(), since.end())
        if (found := _YEARS_WORD_RE.search(sentence)) and years_shown(sentence, date.today().year) >= years:
            return clause_quote(sentence, found.start(), found.end())
    return ""


def years_evidence(answer: str, requirement: str) -> tuple[str, str] | None:
    """("evidenced" | "", quote) of one answer for a years requirement: evidenced when the answer states the years
    and names the field (any field for "5 years experience"); None when ``requirement`` asks for no years."""
    asked = years_asked(requirement)
    if asked is None:
        return None
    years, field = asked
    if not field and POST_QUALIFYING_RE.search(requirement):  # years since qualifying, never any years of work
        return ("evidenced", shown) if (shown := _post_qualifying_stated(answer, years)) else ("", "")
    stated = years_stated(answer, years)
    if stated and (not field or answer_evidence(answer, field)[0] == "evidenced" or field_by_doer(answer, field)
                   or work_named(stated, field)):  # "six years building pipelines": its work in the years' clause
        return "evidenced", stated
    return "", ""


def work_evidence(answer: str, requirement: str) -> str:
    """The quote of the candidate's own sentence doing ``requirement``'s work or naming one of its measures
    (:func:`core.analysis.field_work.work_named`: "I cut average handling time from 8 to 6 minutes" for "contact
    centre KPIs", "we ran geo holdout tests" for "experimentation"); "" when none does."""
    for sentence in sentences(answer or ""):
        for start, end in work_spans(sentence, requirement):
            if own_statement(sentence, start):  # "… my Year 13 group: I set weekly past papers…, and 64% got A* to B"
                return sentence.strip() if len(sentence.split()) <= 25 else short_quote(sentence, start, end, width=10)
    return ""


def years_partial(answers: list[str], requirement: str) -> str:
    """The coverage note for a years requirement the answers show in part: the years without the field, or the
    field without the years; "" when they show neither (or ``requirement`` asks for no years)."""
    asked = years_asked(requirement)
    if asked is None:
        return ""
    years, field = asked
    if any((years_evidence(answer, requirement) or ("", ""))[0] for answer in answers):
        return ""  # shown whole: "six years building pipelines" (the field's work, :func:`years_evidence`)
    for answer in answers:
        if not field and POST_QUALIFYING_RE.search(requirement) and (stated := years_stated(answer, years)):
            return f"{quote(stated)} gives the years, but not as years since qualifying."
        if field and (stated := years_stated(answer, years)):
            return f"{quote(stated)} gives the years, but not the field asked: {field}."
    for answer in answers:
        if field and (shown := answer_evidence(answer, field))[0] == "evidenced":
            return f"{quote(shown[1])} shows {field}, but not the {years}+ years asked."
    return ""


_LIST_LINE_RE = re.compile(r"^\s*(?:[-–—•*·▪]\s*)?(?P<line>.+?)\s*$")
MAX_LINE_WORDS = 10  # a list line of a field and its years: "Site manager, 3 years"; a longer line is prose


def with_line_years(requirements: list[str], job_description: str) -> list[str]:
    """``requirements`` with the years their own list line gives restored: the job's line "Site manager, 3 years" read
    as the requirement "Site manager" becomes "Site manager, 3 years" (:func:`core.analysis.job_years.years_asked`
    reads its years and field), so the row is judged by the years the CV's dates show (session 26 re-check: "site
    manager — weak" beside a CV of five years as one). A requirement that already asks for years, or whose line asks
    none or is longer than :data:`MAX_LINE_WORDS` words, is kept as it is."""
    lines = [m.group("line") for ln in (job_description or "").splitlines() if (m := _LIST_LINE_RE.match(ln))]
    out = []
    for req in requirements:
        low = req.lower().strip()
        line = next((ln for ln in lines if years_asked(req) is None and len(ln.split()) <= MAX_LINE_WORDS
                     and ln.lower().startswith(low) and (asked := years_asked(ln)) and asked[1].lower() == low), "")
        out.append(line.rstrip(".") if line else req)
    return out


_QUALIFICATION_LINE_RE = re.compile(r"(?i)\b(?:bsc|msc|ba|ma|mpharm|llb|bachelor|master(?:'?s| of)|degree|diploma|"
                                    r"pgce|phd|registered|registration|qualified|qualification)\b")
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def post_qualifying_years(cv_text: str, this_year: int) -> tuple[int, str]:
    """(years of work since the candidate qualified, the qualification's line): the latest year a CV line of a degree,
    a diploma or a registration gives ("MA Social Work, University of Leeds, 2017 - 2019" -> 2019; a course still
    running, "2024 - present", is none), and the years the CV's dated work entries cover from then
    (:func:`core.analysis.field_years.field_entries`); (0, "") when the CV dates no qualification. The latest
    qualification is taken, so a later course can only lower the count."""
    qualified, line = 0, ""
    for raw in (cv_text or "").splitlines():
        if not _QUALIFICATION_LINE_RE.search(raw) or RANGE_RE.search(raw) and not RANGE_RE.search(raw).group(2).isdigit():
            continue
        if (years := [int(y) for y in _YEAR_RE.findall(raw)]) and max(years) <= this_year and max(years) > qualified:
            qualified, line = max(years), raw.strip(" -–—•*·\t")
    if not qualified:
        return 0, ""
    covered: set[int] = set()
    for _text, start, end in field_entries(cv_text, this_year):
        covered.update(range(max(start, qualified), end))
    return len(covered), line


_FIELD_SHORT_RE = re.compile(r"^(?P<shown>.+ shows .+), but not the (?P<years>\d+)\+ years asked\.$", re.DOTALL)


def cv_years_row(item: CoverageItem, cv_text: str, this_year: int | None = None) -> CoverageItem:
    """``item``, a coverage row whose answers show the field of a years requirement but not its years
    (:func:`years_partial`), evidenced when the CV's dated entries of that field give the years asked
    (:func:`core.analysis.field_years.field_years_met`: "Sous Chef, May 2021 – Present" for "at least 3 years as
    Head Chef or Sous Chef"); any other row unchanged. Session 21: the row said "not the 3+ years asked" beside a CV
    dating four years of the title. A weak or unprobed row no answer showed the field of is evidenced too when the CV's
    dated roles of that field give the years ("Your CV shows 7 years of “data analyst” roles (4+ asked)…"); a row
    mentioned but not shown (a negation, a wish) is left as it is. ``this_year`` defaults to today's."""
    found = _FIELD_SHORT_RE.match(item.evidence or "")
    if item.status == "evidenced" or not cv_text.strip() or (found is None and item.evidence.startswith("Mentioned")):
        return item
    if (asked := years_asked(item.requirement)) and not asked[1] and POST_QUALIFYING_RE.search(item.requirement):
        shown, line = post_qualifying_years(cv_text, this_year or date.today().year)
        if shown < asked[0]:
            return item
        return item.model_copy(update={"status": "evidenced", "evidence": (
            f"Your CV shows {shown} years of work since your qualification ({quote(line)}; {asked[0]}+ asked), by the "
            "dates of its entries.")})
    if not field_years_met(cv_text, item.requirement, this_year):
        return item
    if found is None:  # no answer showed the field: the CV's dated roles of it meet it (session 23: "4+ years' experience
        # as a data analyst — weak" beside a CV of data analyst roles since 2019)
        asked = years_field_asked(item.requirement)
        if asked is None:
            return item
        shown = field_years(cv_text, asked[1], this_year or date.today().year)
        return item.model_copy(update={"status": "evidenced", "evidence": (
            f"Your CV shows {shown} years of “{asked[1]}” roles ({asked[0]}+ asked), by the dates of its entries.")})
    return item.model_copy(update={
        "status": "evidenced",
        "evidence": f"{found.group('shown')}, and your CV's dates give the {found.group('years')}+ years asked."})
