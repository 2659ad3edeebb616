"""A field's doing words and measures: the work that is the field even where its name is not written ("building
pipelines" is data engineering, "paid social" performance marketing, "cut average handling time" a contact centre's
KPI, "Gestión de reclamaciones" customer service). The words are the team's (``data/field_synonyms.json``,
"requirements", from ordinary usage in job ads and CVs; sessions 18 and 20 newcomers), not a figure from research.

* :func:`field_groups`: per CV language, each group's (asks, shown) patterns.
* :func:`alternatives`: the fields a field of choices names ("growth or performance marketing" -> "growth
  marketing", "performance marketing").
* :func:`work_named`: the words of a text that do a field's work or name one of its measures.

Pure functions over text; nothing here raises on odd input (a missing data file is a startup error).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA_PATH = Path(__file__).resolve().parents[2] / "data" / "field_synonyms.json"
# "growth or performance marketing", "CRM/lifecycle marketing": choices of a qualifier before one head noun
_CHOICES_RE = re.compile(r"^(?P<first>[\w&+-]+)\s*(?:\bor\b|/)\s*(?P<second>[\w&+-]+)\s+(?P<head>[\w&+-]+)$",
                         re.IGNORECASE)
_OR_SPLIT_RE = re.compile(r"\s+(?:or|oder|ou|o|/)\s+", re.IGNORECASE)  # "im Einkauf oder in der …" (session 25)


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """Whole-word phrases, any spacing or hyphen between words, ``{n}`` a number ("brigade of {n}": "brigade of 9")."""
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [r"\d[\d,.]*%?" if w == "{n}" else re.escape(w) for w in re.split(r"[\s-]+", phrase.strip())]
        parts.append(r"[\s-]+".join(words))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def field_groups() -> dict[str, tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]]:
    """Per CV language ("en", "es", …), each group's (asks, shown) patterns: the words of a requirement, the words
    a CV or an answer uses for the same thing."""
    raw = json.loads(DATA_PATH.read_text(encoding="utf-8")).get("requirements", {})
    return {lang: tuple((phrase_pattern(g["asks"]), phrase_pattern(g["shown"])) for g in groups)
            for lang, groups in raw.items()}


def alternatives(field: str) -> list[str]:
    """The fields a field of choices names: "growth or performance marketing" -> ["growth marketing", "performance
    marketing"], "CRM/lifecycle marketing" -> ["CRM marketing", "lifecycle marketing"]; ``[field]`` for any other
    field (its spaces normalised)."""
    field = " ".join((field or "").split())
    if found := _CHOICES_RE.match(field):
        head = found.group("head")
        return [f"{found.group('first')} {head}", f"{found.group('second')} {head}"]
    # whole titles or fields joined by "or": "Head Chef or Sous Chef" (session 21: the CV's Sous Chef years counted
    # for neither while the field was read as one title)
    parts = [p.strip() for p in _OR_SPLIT_RE.split(field)]
    if len(parts) > 1 and all(0 < len(p.split()) <= 4 for p in parts):
        return parts
    return [field]


def work_spans(text: str, field: str) -> list[tuple[int, int]]:
    """(start, end) of each place in ``text`` doing ``field``'s work or naming one of its measures
    (:func:`work_named`), in text order; [] when none."""
    spans = {(m.start(), m.end()) for choice in alternatives(field) for groups in field_groups().values()
             for asks, shown in groups if asks.search(choice) for m in shown.finditer(text or "")}
    return sorted(spans)


def work_named(text: str, field: str) -> str:
    """The words of ``text`` that do ``field``'s work or name one of its measures (:func:`field_groups`:
    "pipelines" for "data engineering", "average handling time" for "contact centre KPIs", "Klaviyo" for "lifecycle
    marketing"); "" when none does or no group asks for the field."""
    for choice in alternatives(field):
        for groups in field_groups().values():
            for asks, shown in groups:
                if asks.search(choice) and (found := shown.search(text or "")):
                    return found.group(0)
    return ""
