"""A requirement the job names as a concept ("performance optimisation", "data analysis", "continuous improvement",
"continuing professional development", "attention to detail", "contact centre"), shown by a CV that writes the
concept's own doings or measures ("bundle size cut from 1.4 MB to 480 KB", "Looker Studio dashboards", "raised pick
rate from 142 to 168 by re-slotting", "foundation course, 2024", "requisition rate under 3%", "90 calls a shift").

The words are the team's (``data/concept_terms.json``: ordinary usage in job ads and CVs, session 24 newcomer), not
a figure from research. :func:`core.coach.evidence_cv.cv_meets` reads them, so the plan's gap question and the
report's CV tip decide alike (a newcomer found "performance optimisation, which I don't see on your CV" beside a CV
that cut its LCP from 4.1 s to 1.9 s). Pure functions over text; a missing data file is a startup error.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA_PATH = Path(__file__).resolve().parents[2] / "data" / "concept_terms.json"
_NUMBER = r"[£$€]?\d[\d,.]*(?:\s?(?:%|[A-Za-z]{1,4}\b))?"  # "142", "1.4 MB", "4.1 s", "35%"
_GAP = r"(?:[\w'’.-]+\s+){0,6}?"  # "…": up to six words between


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    """Whole-word phrases, any spacing or hyphen between words; ``{n}`` a number (with its unit), ``…`` up to six
    words."""
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = []
        for word in re.split(r"[\s-]+", phrase.strip()):
            words.append(_NUMBER if word == "{n}" else _GAP if word == "…" else
                         re.escape(word).replace(r"\{n\}", _NUMBER))
        joined = ""
        for word in words:  # a gap takes its own trailing space; other words are joined by a space or hyphen
            joined += word if (not joined or joined.endswith(_GAP)) else r"[\s-]+" + word
        parts.append(joined)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def concepts() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """Each concept as (name, asks, shown): the words of a requirement naming it, the words of a CV showing it."""
    raw = json.loads(DATA_PATH.read_text(encoding="utf-8"))["concepts"]
    return tuple((c["concept"], _pattern(c["asks"]), _pattern(c["shown"])) for c in raw)


def concept_asked(requirement: str) -> list[str]:
    """The concepts ``requirement`` names ("Experience with frontend performance optimisation" ->
    ["performance optimisation"]); [] when it names none."""
    return [name for name, asks, _shown in concepts() if asks.search(requirement or "")]


def concept_shown(cv_text: str, requirement: str) -> str:
    """The CV's words that show the concept ``requirement`` names ("bundle size" for "performance optimisation",
    "Looker Studio dashboards"' "dashboards" for "data analysis"); "" when the requirement names no concept or the
    CV shows none of those it names (each concept it names must be shown: "design systems and data analysis")."""
    found = ""
    for _name, asks, shown in concepts():
        if asks.search(requirement or ""):
            if not (hit := shown.search(cv_text or "")):
                return ""
            found = found or hit.group(0)
    return found
