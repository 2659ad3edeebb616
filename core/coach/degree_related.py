"""A degree in a related field, where the job accepts one: "Bachelor's degree in Accounting, Finance, or related field"
is met by a "B.A. in Economics".

The requirement reader keeps the first field of such a line ("Bachelor's degree in Accounting"), so the report's row
and History said "never probed" beside a CV with a B.A. in Economics (session 28, rc27 F5). Here the job's own line
of the requirement decides whether a related field is accepted (:func:`related_line`: "or related field", "or a
relevant discipline", "or equivalent subject"); the fields it accepts are those it lists and the fields related to them
in ``data/degree_fields.json`` (groups with their sources: the California Board of Accountancy's business-related
subjects for accounting, ISCED-F 2013's fields of education, ACM/IEEE Computing Curricula 2020). The degree's level
still counts: an associate's degree does not meet a bachelor's. A line that names its field alone accepts no other.
A rule of this project; the relations come from the sources named in the data file.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from core.coach.degrees import degree_requirement, degree_spans, shows_degree

DATA_PATH = Path(__file__).resolve().parents[2] / "data" / "degree_fields.json"

# what a job writes to accept a related field: "or related field", "or a related discipline", "or equivalent subject",
# "or other relevant degree", "or similar"
_RELATED_RE = re.compile(
    r"(?i)\b(?:or|and/or)\s+(?:an?\s+|another\s+|other\s+|any\s+)?(?:closely\s+)?(?:related|relevant|similar|equivalent|"
    r"comparable|allied|cognate)\b(?:\s+(?:field|discipline|subject|area|degree|major|qualification|quantitative field|"
    r"technical field)s?)?")
_DEGREE_OF_RE = re.compile(r"(?i)\b(?:degree|diploma|bachelor(?:['’]s)?|master(?:['’]s)?|doctorate|b\.?\s?a\.?|b\.?\s?sc?\.?|"
                           r"m\.?\s?sc?\.?)\s+(?:degree\s+)?(?:in|of)\s+(?P<fields>.+)")
_SPLIT_RE = re.compile(r"(?i)\s*(?:,|/|;|\band/or\b|\bor\b|\band\b)\s*")


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(asked fields, related fields) of each group of ``data/degree_fields.json``; () when it cannot be read."""
    try:
        data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    return tuple((frozenset(g["fields"]), frozenset(g["related"])) for g in data.get("groups", []))


def related_fields(field: str) -> set[str]:
    """The fields of study related to ``field`` (lower case, as a job names it: "accounting") by the groups that ask
    it, ``field`` itself included; ``{field}`` when no group knows it."""
    key = " ".join(field.lower().split())
    found = {key}
    for asked, related in _groups():
        if key in asked:
            found |= related
    return found


def related_line(job_description: str, requirement: str) -> str:
    """The job's line of the degree ``requirement`` (it names the requirement's degree and field words) when that line
    accepts a related field (:data:`_RELATED_RE`); "" when the requirement is no degree in a field, or its line names
    the field alone."""
    required = degree_requirement(requirement or "")
    if required is None or not required[1]:
        return ""
    field_words = [w for w in required[1] if len(w) > 2]
    for line in (job_description or "").splitlines():
        low = line.lower()
        if _RELATED_RE.search(line) and all(re.search(rf"\b{re.escape(w)}", low) for w in field_words) and (
                _DEGREE_OF_RE.search(line) or degree_requirement(line) is not None):
            return line.strip()
    return ""


def accepted_fields(job_description: str, requirement: str) -> set[str]:
    """The fields of study a degree requirement accepts when its job line allows a related field: those the line
    lists ("Accounting, Finance, or related field" -> accounting, finance) and those related to each
    (:func:`related_fields`); an empty set when it allows none."""
    line = related_line(job_description, requirement)
    if not line:
        return set()
    named = _DEGREE_OF_RE.search(line)
    listed_text = _RELATED_RE.split(named.group("fields") if named else line)[0]
    listed = {" ".join(p.lower().split()) for p in _SPLIT_RE.split(listed_text)}
    listed = {re.sub(r"^(?:a|an|the)\s+", "", p).strip(" .()") for p in listed}
    listed = {p for p in listed if p and len(p.split()) <= 4}
    listed |= {" ".join(degree_requirement(requirement)[1])}  # type: ignore[index]
    out: set[str] = set()
    for field in listed:
        out |= related_fields(field)
    return out


def _names_field(text: str, fields: set[str]) -> str:
    """The field of ``fields`` that ``text`` names first, as a whole word or phrase (a degree's abbreviation read as its
    words: "BBA" is business administration), "" when none."""
    expanded = " ".join([text, *(words for _s, _e, words in degree_spans(text))])
    found = [(m.start(), -len(field), field) for field in fields
             if (m := re.search(rf"(?i)(?<![\w-]){re.escape(field)}(?![\w-])", expanded))]
    return min(found)[2] if found else ""  # the first named, the longest there ("business administration")


def related_degree(text: str, requirement: str, job_description: str) -> str:
    """The first line or part of ``text`` (a CV, or an answer's sentences one per line) that names a degree of the
    level ``requirement`` asks, or higher, in a field the job accepts as related (:func:`accepted_fields`); "" when the
    job accepts no related field or no part shows one. Parts are a CV's items (:func:`core.coach.coverage_cv.cv_parts`)."""
    fields = accepted_fields(job_description, requirement)
    required = degree_requirement(requirement or "")
    if not fields or required is None:
        return ""
    from core.coach.coverage_cv import cv_parts  # coverage_cv calls this module: imported where it is used

    for part in cv_parts(text):  # its level or higher (an associate's degree is no bachelor's), any field
        shown, _span = shows_degree(part, (required[0], ()), lambda w: w)
        if shown and (field := _names_field(part, fields)):
            return _up_to_field(part, field)
    return ""


def _up_to_field(part: str, field: str) -> str:
    """``part`` up to the end of the field it names ("UC Berkeley — B.A. in Economics", never the dates and town
    after it); the whole part when the field is only read from an abbreviation."""
    found = re.search(rf"(?i)(?<![\w-]){re.escape(field)}(?![\w-])", part)
    return part[:found.end()].strip() if found else part

