"""Groups of job titles inside a role family (``data/role_groups.json``): a head chef's job is the
operations family's by its keywords, but its own group, "hospitality", for History's charts and for the
offline coach's role questions (kitchen questions, not a warehouse's). One reading for both, so the
interview asked and the chart it lands in agree.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from core.analysis.gender_marks import without_gender_mark

ROLE_GROUPS_PATH = Path(__file__).resolve().parents[2] / "data" / "role_groups.json"


@lru_cache(maxsize=1)
def _role_groups() -> tuple[tuple[str, frozenset[str], re.Pattern[str], re.Pattern[str] | None,
                                  re.Pattern[str] | None], ...]:
    """(group, the families it is drawn from, its title words, the titles that are not it, the words that keep
    a title out of it) of ``data/role_groups.json``."""
    def words(items: list[str]) -> re.Pattern[str]:
        alternation = "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))
        return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])")

    data = json.loads(ROLE_GROUPS_PATH.read_text(encoding="utf-8"))
    return tuple((name, frozenset(spec["families"]), words(spec["titles"]),
                  words(spec["not_titles"]) if spec.get("not_titles") else None,
                  words(spec["never_with"]) if spec.get("never_with") else None)
                 for name, spec in data.items() if not name.startswith("_"))


def role_group(job_title: str, family: str) -> str:
    """The group of ``data/role_groups.json`` a job title of role family ``family`` falls in ("Head Chef",
    "Cuisinier", "Hotel Night Manager" of the operations family: ``"hospitality"``), or "" when none:
    a title (lower case, gender mark dropped) naming one of a group's ``titles`` and none of its
    ``not_titles`` ("Chef de projet" is no chef) and no word of its ``never_with`` ("Kitchen Designer",
    "Field Service Engineer - Catering Equipment"), in one of its ``families``."""
    title = without_gender_mark(job_title or "").lower()
    for name, families, titles, not_titles, never_with in _role_groups():
        if never_with and never_with.search(title):
            continue
        if family in families and titles.search(not_titles.sub(" ", title) if not_titles else title):
            return name
    return ""


@lru_cache(maxsize=1)
def _group_cores() -> dict[str, tuple[str, ...]]:
    data = json.loads(ROLE_GROUPS_PATH.read_text(encoding="utf-8"))
    return {name: tuple(spec.get("core") or ()) for name, spec in data.items() if not name.startswith("_")}


def group_core(group: str) -> tuple[str, ...]:
    """The competencies a hiring manager of a group of ``data/role_groups.json`` probes first, most important first
    (its ``core``: "sales targets", "shrinkage" for retail), as :data:`core.coach.plan_text.CORE_COMPETENCIES` gives a
    family's; ``()`` for a group that gives none or a name that is no group."""
    return _group_cores().get(group, ())
