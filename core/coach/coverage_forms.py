"""A requirement shown by one of the alternatives it names, or by what qualifies a generic head.

"banqueting or events" is shown by "doing banqueting for up to 300 guests"; "exercise or education classes" asks for
classes of either kind, so "I set up a knee osteoarthritis class" shows it (the parts share the head "classes"); "agency
labour" is shown by the agency named in the candidate's own act ("about half from two agencies": labour, staff, an
environment or a sector says only that it is work). Session 24 re-check: all three were "not probed" beside answers
saying them. A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re

# heads that say only that the requirement is work of its kind: the word before them is what it asks
_BARE_HEADS = frozenset(("labour", "labor", "staff", "workers", "workforce", "environment", "environments", "setting",
                         "settings", "sector", "industry"))
# heads too broad to stand for a list of alternatives alone ("Python or Java development" is no "development")
_BROAD_HEADS = frozenset(("development", "experience", "skills", "skill", "work", "knowledge", "role", "roles", "systems",
                          "system", "tools", "tool", "software", "qualification", "qualifications", "certificate",
                          "certification", "licence", "license", "degree", "management", "environment", "setting"))
_PART_RE = re.compile(r"[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*){0,2}")


def alternative_parts(requirement: str) -> list[str]:
    """The alternatives of a requirement of the form "X or Y" (each one to three words), the head of a last part of
    several words given to a one-word first part: "exercise or education classes" -> ["exercise classes", "education
    classes"]; [] for any other requirement."""
    parts = [p.strip() for p in re.split(r"\s+or\s+", (requirement or "").strip(), flags=re.IGNORECASE)]
    if len(parts) != 2 or not all(_PART_RE.fullmatch(p) for p in parts):
        return []
    first, last = parts
    if " " not in first and " " in last:
        first = f"{first} {last.split()[-1]}"
    return [first, last]


def shared_head(parts: list[str]) -> str:
    """The head noun every part ends in ("classes"), when it is no broad head (:data:`_BROAD_HEADS`); else ""."""
    if not parts or not all(" " in p for p in parts) or len({p.split()[-1].lower() for p in parts}) != 1:
        return ""
    head = parts[0].split()[-1].lower()
    return "" if head in _BROAD_HEADS else head


def bare_head_part(requirement: str) -> str:
    """What a requirement of two words with a bare head asks ("agency labour" -> "agency"); "" for any other."""
    found = re.fullmatch(r"\s*([A-Za-z][\w-]+)\s+([A-Za-z]+)\s*", requirement or "")
    return found.group(1) if found and found.group(2).lower() in _BARE_HEADS else ""


def form_evidence(answer: str, requirement: str, evidence) -> str:
    """The quote by which ``answer`` shows ``requirement`` through one of its alternatives, their shared head or the
    word before a bare head (see the module docstring), read by ``evidence`` ((answer, requirement) -> (status,
    quote), :func:`core.coach.evidence.answer_evidence`); "" when none does."""
    parts = alternative_parts(requirement)
    named = [*parts, shared_head(parts)] if parts else [bare_head_part(requirement)]
    for part in filter(None, named):
        status, quoted = evidence(answer, part)
        if status == "evidenced":
            return quoted
    return ""
