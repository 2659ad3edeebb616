"""The plan's years check: a requirement of years of a field the CV does not show, in numbers ("4+ years of emergency
nursing", :func:`core.analysis.job_years.years_asked`) or in words ("Mehrjährige Führungserfahrung im Lager",
"several years of", "plusieurs années d'expérience": :data:`core.analysis.field_years.SEVERAL_YEARS`, two at least).
Before session 20 the words never reached the check, so a job asking for several years of leadership was never asked
about it."""

from __future__ import annotations

import re

from core.analysis.field_years import field_years_met, years_field_asked
from core.analysis.job_years import years_asked
from core.coach.evidence_cv import cv_meets


def years_gap(cv: str, requirement: str) -> bool:
    """Whether ``requirement`` asks for years of a field (:func:`years_field_asked`) the CV does not show: a number of
    years when :func:`cv_meets` finds neither the field named nor the years shown; years in words when the CV's entries
    of the field (:func:`field_years_met`) cover fewer; False for any other requirement, or a field with no words."""
    if years_asked(requirement):
        return not cv_meets(cv, requirement)
    return years_field_asked(requirement) is not None and field_years_met(cv, requirement) is False


_SEVERAL_FIRST_RE = re.compile(r"^(?:Mehrjährige[nrs]?|Langjährige[nrs]?|Several|Many|Plusieurs|Varios|Diversi|Vários)\b")


def years_said(requirement: str) -> str:
    """A years requirement as it reads mid-sentence: its opening word of "several" in lower case ("Mehrjährige
    Führungserfahrung" -> "mehrjährige Führungserfahrung"; German nouns keep their capitals)."""
    return _SEVERAL_FIRST_RE.sub(lambda m: m.group(0).lower(), requirement)
