"""A job requirement met by a CV that says it in its field's own words (``data/field_synonyms.json``,
"requirements"): "defining success metrics" by "Defined OKRs with engineering and design", "GP and kitchen budgets"
by "Cut gross food cost from 34% to 29%", "leadership" by "Ran a brigade of 9", "cross-functional" by "shipped the
roadmap with 2 squads". A newcomer's test (session 18) found gap questions and CV tips saying "which I don't see on
your CV" of such requirements; the coach says a CV lacks something only when no line of it says it in any words.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from core.coach.inflected_words import DATA_PATH


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    """Whole-word phrases, any spacing or hyphen between words, ``{n}`` a number ("brigade of {n}": "brigade of 9")."""
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [r"\d[\d,.]*%?" if w == "{n}" else re.escape(w) for w in re.split(r"[\s-]+", phrase.strip())]
        parts.append(r"[\s-]+".join(words))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]]:
    """Per CV language, each group's (asks, shown) patterns."""
    raw = json.loads(DATA_PATH.read_text(encoding="utf-8")).get("requirements", {})
    return {lang: tuple((_pattern(g["asks"]), _pattern(g["shown"])) for g in groups) for lang, groups in raw.items()}


def field_meets(cv_text: str, requirement: str, lang: str = "") -> bool:
    """Whether ``requirement`` names a thing of a group of ``lang`` ("" for every language's: a group's words are
    its language's own) that the CV shows in any of the group's CV words; False when it names none (the caller's
    other checks decide)."""
    groups = _groups().get(lang, ()) if lang else [g for gs in _groups().values() for g in gs]
    return any(asks.search(requirement or "") and shown.search(cv_text or "") for asks, shown in groups)
