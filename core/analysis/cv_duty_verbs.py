"""A CV line that opens with a duty verb in the present ("Mentor and assess student nurses", "Manage the ward's
rota"), read as a bullet whose marker was lost (a PDF printed by Chromium drops the list's glyphs), never as the
next job's title. The past-tense opening ("Led", "Administered") is :func:`core.analysis.cv_layout.unmarked_bullet`'s
own test; this one adds the present.

A word is a verb in the present when English writes its past by adding "-ed" or "-d" and that past is a common
word (wordfreq Zipf :data:`PAST_ZIPF` or more: "mentored", "assessed", "managed"), the verb is an English word
(:data:`ENGLISH_ZIPF`), and it is followed by a word in lower case (its object, never a preposition; or "and" and a
second verb), no date range, no course or degree named, and the line does not read as a role
(:func:`core.analysis.cv_lines.is_role`: "Design engineer at Acme") unless it names two verbs ("Mentor and assess").
"""

from __future__ import annotations

import re

from core.analysis.cv_lines import is_role
from core.analysis.language import zipf

PAST_ZIPF = 2.0
MIN_WORDS = 4  # "Manage the ward's rota" and longer; three words or fewer are too short to tell from a title
_OPENING_RE = re.compile(r"^([A-Z][a-z]{2,})\s+(?P<second>and\s+[a-z]{3,}\s+)?(?:the\s+|a\s+|an\s+|our\s+)?"
                         r"(?P<object>[a-z][\w'-]*|\d)")
# an object that is no object: a preposition or a conjunction ("Design of Multiplayer Games", "Research in the Media")
_NO_OBJECT = frozenset({"of", "in", "for", "and", "or", "to", "on", "at", "by", "from", "with", "as", "into", "so", "that",
                        "de", "du", "des", "la", "le", "les", "für", "und", "der", "die", "das", "en", "el", "di", "da"})
# a header's separators or a label ("Retail assistant • Duty manager • Iceland", "Pass time : Reading")
_HEADER_MARKS_RE = re.compile(r"[•|·]|\s:\s|^\S+(?:\s\S+)?\s?:")
# a course, a degree or a project's name is no duty ("Double degree in management", "Budget and Management for …")
_STUDY_RE = re.compile(r"\b(?:degree|diploma|course|module|master|bachelor|thesis|project|seminar)s?\b", re.I)
ENGLISH_ZIPF = 3.0  # the verb and its object are English words ("Stage de terrain", "Institut für …" are not)
_DATE_RANGE_RE = re.compile(r"(?:19|20)\d\d\s*(?:[-–—~]|to\b)")


def _past(word: str) -> str:
    low = word.lower()
    return f"{low}d" if low.endswith("e") else f"{low}ed"


def present_duty(text: str) -> bool:
    """Whether ``text`` opens with a duty verb in the present and its object (module docstring): True for "Mentor
    and assess student nurses (practice assessor)", False for "Staff Nurse, Acute Medical Unit" or "Sales
    Assistant"."""
    match = _OPENING_RE.match(text or "")
    if not match or len(text.split()) < MIN_WORDS or _DATE_RANGE_RE.search(text) or _HEADER_MARKS_RE.search(text):
        return False
    verb, obj = match.group(1).lower(), match.group("object")
    if zipf(_past(verb), "en") < PAST_ZIPF or zipf(verb, "en") < ENGLISH_ZIPF or _STUDY_RE.search(text):
        return False
    if obj in _NO_OBJECT or re.match(r"[cdjlmnst]'", obj) or (not obj.isdigit() and zipf(obj, "en") < ENGLISH_ZIPF - 1):
        return False
    # "Mentor and assess …": two verbs, no title; else the line must not read as a role ("Design engineer at Acme")
    return bool(match.group("second")) or not (is_role(text) or is_role(re.split(r"[,;(]", text, maxsplit=1)[0])
                                               or re.search(r"\s(?:at|@)\s+[A-Z]", text))
