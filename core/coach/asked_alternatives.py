"""Tools a question asks about as alternatives: naming one of them names them all.

Session 20 (newcomer): "The role asks for Health and safety qualification (IOSH Managing Safely or NEBOSH)…"
answered "I did IOSH Managing Safely in 2024… rewrote the MHE risk assessments…" was called about something else
(1/10): the answer never named "Health and safety" nor "NEBOSH". A requirement lists alternatives ("X or Y") and
gives instances of its head in parentheses ("a qualification (X or Y)"): one of a group named is the group named.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.analysis.skills import find_skills

# a head and its parenthesis ("Health and safety qualification (IOSH Managing Safely or NEBOSH)")
_PAREN_RE = re.compile(r"((?:[\w&'-]+ ){0,6}[\w&'-]+)\s*\(([^()]{1,120})\)")
# one alternative joined to the next by "or" ("CIEH Level 3 or HACCP", "Xero or Sage")
_OR_RE = re.compile(r"((?:[\w&'-]+ ){0,3}[\w&'-]+),? or ((?:[\w&'-]+ ){0,3}[\w&'-]+)", re.IGNORECASE)


def _named_in(text: str) -> set[str]:
    return {h.name for h in find_skills(text)}


def alternative_groups(question: str) -> list[set[str]]:
    """The groups of lexicon skills ``question`` lists as alternatives: a head with the skills in its parentheses,
    and the two sides of an "or"; each group has two skills or more."""
    groups = [_named_in(m.group(1)) | _named_in(m.group(2)) for m in _PAREN_RE.finditer(question or "")]
    groups += [_named_in(m.group(1)) | _named_in(m.group(2)) for m in _OR_RE.finditer(question or "")]
    return [g for g in groups if len(g) >= 2]


def unnamed_tools(question: str, asked: list[str], named: Callable[[str], bool]) -> list[str]:
    """``asked`` (tools of ``question``) less those ``named`` (a check on the answer) and those of a group of
    alternatives (:func:`alternative_groups`) one of which is named, in order."""
    missing = [t for t in asked if not named(t)]
    covered = set().union(*[g for g in alternative_groups(question) if any(t not in missing for t in g if t in asked)
                            or any(named(t) for t in g if t not in asked)])
    return [t for t in missing if t not in covered]
