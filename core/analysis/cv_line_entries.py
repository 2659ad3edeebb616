"""CV one-line entries: a job written as one sentence-like line ("2 years as Front-End Captain at Synthesio from
2014 to today", "Engineer at Acme (2019 - 2021)") and several employers named on one line ("Lead Developer
at Chaucer, Omnifone, Centrica (2005-2013)"). Used by :mod:`core.analysis.cv`."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_entries import DEPARTMENT_RE
from core.analysis.cv_lines import DATE_RE, is_place, is_role, natural_case

logger = logging.getLogger(__name__)

_ROLE_AT_RE = re.compile(
    r"^(?:\d+\s+(?:years?|months?)\s+(?:as\s+)?)?(?P<role>[^,;]{2,60}?)\s+(?:at|@)\s+(?P<employer>[^,;()]{2,80}?)"
    r"\s*(?:,\s*[^,;()]+?)?\s+(?:from|since|\()\s*(?:[A-Za-z]+\.?\s+)?(?:19|20)\d\d",
    re.IGNORECASE,
)


def role_at_employer(line: str) -> tuple[str, str]:
    """(role, employer) of a one-line entry "[2 years as] Front-End Captain at Synthesio from 2014 to
    today" or "Engineer at Acme (2019 - 2021)"; ("", "") for any other line."""
    m = _ROLE_AT_RE.match(line)
    if not m or is_place(m.group("employer")) or not (is_role(m.group("role")) or re.match(r"\d+\s+\w+\s+as\s", line)):
        return "", ""
    return natural_case(m.group("role").strip()), natural_case(m.group("employer").strip(" -–"))


def many_employers(line: str) -> list[str]:
    """The employers of a "<roles> at A, B, C, D (years)" line; [] for any other line."""
    many = re.search(r"\bat\s+([^()]+?)(?:\s*\(|$)", line)
    names = [n.strip(" .") for n in many.group(1).split(",")] if many else []
    if len(names) >= 3 and all(n[:1].isupper() and len(n.split()) <= 4 for n in names) and DATE_RE.search(line):
        if any(is_place(n) or DEPARTMENT_RE.search(n) for n in names):
            return []  # "Engineer at Microsoft, Azure Storage Team, Redmond (2019-2022)": one employer, its team and town
        return [natural_case(n) for n in names]
    return []
