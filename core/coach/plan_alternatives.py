"""A credential requirement of alternatives, met by any one of them: "AAT qualified (Level 3 minimum) or studying
towards ACCA/ACA" is met by a CV with the AAT, so the plan asks no gap in the ACCA and says the credential the CV
holds (session 23 re-check: "This role asks for an ACCA or ACA qualification…, and I don't see one on your CV" to an
AAT-qualified accounts assistant). Pure regular expressions over the job's line; a rule of this project."""

from __future__ import annotations

import re

from core.analysis.licences import licences_named
from core.coach.evidence_cv import cv_meets

# the words that part alternatives on one line, never inside a bracket: "X or studying towards Y", "Either X or Y"
_OR_RE = re.compile(r"\s*,?\s+or\s+(?![^()]*\))", re.I)
_EITHER_RE = re.compile(r"^\W*either\s+", re.I)
# a way of meeting it that is no credential held: "or equivalent", "or similar", "or willing to work towards it"
_NO_CREDENTIAL_RE = re.compile(r"^(?:an?\s+)?(?:equivalent|similar|comparable|willing\b|working towards?\b|"
                               r"be willing\b|part[- ]?qualified\b|above\b|higher\b)", re.I)


def alternatives(line: str) -> list[str]:
    """The alternatives a job line offers ("AAT qualified (Level 3 minimum) or studying towards ACCA/ACA" -> two),
    [] when it offers one thing only."""
    parts = [p.strip(" .;:") for p in _OR_RE.split(_EITHER_RE.sub("", line or "")) if p.strip(" .;:")]
    return parts if len(parts) >= 2 else []


def held_alternative(cv: str, line: str, jd: str = "", skip: re.Pattern[str] | None = None) -> str:
    """The alternative of ``line`` (:func:`alternatives`) the CV holds, none that ``skip`` finds (the credential
    already judged missing): a register or qualification of data/licences.json it names, when the CV names it; one
    naming none, when the CV meets its words (:func:`core.coach.evidence_cv.cv_meets`); "" when none is held."""
    for alt in alternatives(line):
        if (skip and skip.search(alt)) or _NO_CREDENTIAL_RE.match(alt):
            continue
        bodies = licences_named(alt)
        if (bodies and any(b.pattern.search(cv or "") for b in bodies)) or (not bodies and cv_meets(cv, alt, jd)):
            return alt
    return ""


# the head noun a list of credentials shares, written once after the last ("A CILEx or conveyancing qualification")
_HEAD_RE = re.compile(r"\b(qualifications?|degrees?|certificates?|certifications?|diplomas?|licen[cs]es?|"
                      r"registrations?|memberships?|accreditations?|awards?)\b", re.I)


def whole_alternative(alt: str, line: str) -> str:
    """``alt``, one alternative of ``line`` (:func:`alternatives`), named whole: the head noun the alternatives share,
    written once after the last, added to one that has none ("A CILEx" of "A CILEx or conveyancing qualification" ->
    "A CILEx qualification"; session 25: "The role would welcome a CILEx"); ``alt`` as it is otherwise."""
    parts = alternatives(line)
    if not parts or alt not in parts or alt == parts[-1] or _HEAD_RE.search(alt):
        return alt
    head = _HEAD_RE.search(parts[-1])  # "payroll qualification is desirable": its head, whatever follows
    return f"{alt} {head.group(1).lower()}" if head and len(alt.split()) <= 3 else alt
