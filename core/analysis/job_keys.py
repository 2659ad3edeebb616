"""Telling near-duplicate job requirements apart (:func:`requirement_key`): "owning the hotel's P&L" and
"owning the P&L" are one requirement. A rule of this project, not a figure from research."""

from __future__ import annotations

import re

from core.analysis.skills_forms import abbreviates

_FILLER_RE = re.compile(r"\b(?:(?:the|our|your|its|their)\s+[\w&-]+['’]s|the|a|an|our|your|its|their|this)(?=\s|$)",
                        re.IGNORECASE)


def requirement_key(requirement: str) -> str:
    """The words that make a requirement what it is, for telling near-duplicates apart: lower case, without
    articles, possessive determiners or a determined possessive noun ("owning the hotel's P&L" and "owning the
    P&L" -> "owning p&l"); a bare possessive stays ("Bachelor's degree" is no "Master's degree")."""
    key = " ".join(_FILLER_RE.sub(" ", _without_spelled_acronym(requirement).lower()).split())
    return _HOLD_RE.sub("", key)


# "Hold Qualified Teacher Status" is "Qualified Teacher Status (QTS)": a credential's verb of holding is no part of it
# (session 18 newcomer: two coverage rows for one line).
_HOLD_RE = re.compile(r"^(?:hold|holds|holding|have|has|having|possess|possession of)\s+(?=\S)")


def _without_spelled_acronym(requirement: str) -> str:
    """The requirement without a bracketed acronym of the words just before it: "Qualified Teacher Status (QTS)"
    is "Qualified Teacher Status" (a job that writes both has one requirement); other brackets stay."""
    return re.sub(r"([^()]*?)\s*\(([A-Za-z]{2,6})\)",
                  lambda m: m.group(1) if abbreviates(m.group(1), m.group(2)) else m.group(0), requirement)
