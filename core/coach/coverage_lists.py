"""A coverage quote never ends inside a list of acts: "I mapped every close task, moved accruals" stopped at the "and"
of "accruals and prepayments", the second item of three (session 21 newcomer and re-check). The quote runs on to the
list's end when its sentence is short enough, else stops after the last whole item before the cut. Nor does it start
inside one: "reviews and Section 42 safeguarding enquiries" began at the second item of "I own their Care Act
assessments, reviews and Section 42 safeguarding enquiries" (session 23 re-check); it starts at the candidate who
does the whole list (:func:`list_start`). A rule of this project."""

from __future__ import annotations

import re

from core.analysis.text import sentences

WHOLE_WORDS = 40  # a sentence this long or shorter is quoted on to its end


def whole_list(quoted: str, answer: str) -> str:
    """``quoted`` (a slice of one sentence of ``answer``) ended after a whole list item: run on to the sentence's end
    when the sentence goes on with the list (", …" or "and …") and has at most :data:`WHOLE_WORDS` words, else cut back
    to the quote's last comma; ``quoted`` itself when it ends no list early."""
    if "," not in quoted:
        return quoted
    for sentence in sentences(answer or ""):
        at = sentence.find(quoted)
        if at < 0:
            continue
        rest = sentence[at + len(quoted):]
        if not re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)[a-z]", rest):
            return quoted  # it ends its clause or the sentence
        if len(sentence[at:].split()) <= WHOLE_WORDS:
            return sentence[at:].rstrip(" .!?;")
        return quoted[:quoted.rindex(",")].rstrip()
    return quoted


START_WORDS = 15  # words at most a quote's start is moved back to the candidate who does its list
CLAUSE_WORDS = 8  # ... or to the candidate whose clause it was cut inside
_SUBJECT_RE = re.compile(r"\b(?:I|we|We)\b")


def list_start(quoted: str, answer: str) -> str:
    """``quoted`` (a slice of one sentence of ``answer``) started at the candidate ("I", "we") who does the list it
    begins inside: when the sentence before it ends with a list's comma ("…assessments, ") and that list's own clause
    names the candidate within :data:`START_WORDS` words, or when it begins in lower case inside a clause whose
    candidate is within :data:`CLAUSE_WORDS` words before it; ``quoted`` itself otherwise."""
    if _SUBJECT_RE.match(quoted):
        return quoted
    for sentence in sentences(answer or ""):
        at = sentence.find(quoted)
        listed = at > 0 and bool(re.search(r",\s*$", sentence[:at]))
        # or cut inside the candidate's own clause: "for a speech therapy assessment and used…" of "I asked the SENCo
        # for a speech therapy assessment and used…" (session 23)
        if at <= 0 or not (listed or quoted[:1].islower()):
            continue
        before = sentence[:at]
        subjects = list(_SUBJECT_RE.finditer(before))
        if not subjects:
            return quoted
        start = subjects[-1].start()
        words, breaks = (START_WORDS, r"[;:]") if listed else (CLAUSE_WORDS, r"[,;:]")
        if len(before[start:].split()) > words or re.search(breaks, before[start:]):
            return quoted
        return sentence[start:at] + quoted
    return quoted
