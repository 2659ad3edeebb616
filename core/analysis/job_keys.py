"""Telling near-duplicate job requirements apart (:func:`requirement_key`): "owning the hotel's P&L" and
"owning the P&L" are one requirement. A rule of this project, not a figure from research."""

from __future__ import annotations

import re

_FILLER_RE = re.compile(r"\b(?:(?:the|our|your|its|their)\s+[\w&-]+['’]s|the|a|an|our|your|its|their|this)(?=\s|$)",
                        re.IGNORECASE)


def requirement_key(requirement: str) -> str:
    """The words that make a requirement what it is, for telling near-duplicates apart: lower case, without
    articles, possessive determiners or a determined possessive noun ("owning the hotel's P&L" and "owning the
    P&L" -> "owning p&l"); a bare possessive stays ("Bachelor's degree" is no "Master's degree")."""
    return " ".join(_FILLER_RE.sub(" ", requirement.lower()).split())
