"""A job's or a CV's words in another language, read as the words they stand for before they are compared
(:mod:`core.coach.inflected`):

- a German compound whose shared part is left out after a hyphen, written whole: "Lohn- und Gehaltsabrechnung" is
  "Lohnabrechnung und Gehaltsabrechnung", "Lohnsteuer- und Sozialversicherungsrecht" is "Lohnsteuerrecht und
  Sozialversicherungsrecht". The shared part is the longest tail of the last word that is a German word of its own
  (wordfreq Zipf :data:`TAIL_ZIPF` or more: "abrechnung" 3.7, "recht" 5.6; never "versicherungsrecht" 2.3);
- a field's words for one thing read as one (``data/field_synonyms.json``: "Lohnabrechnung" as
  "Entgeltabrechnung", "Mitarbeitende" as "Beschäftigte").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from core.analysis.language import zipf

DATA_PATH = Path(__file__).resolve().parents[2] / "data" / "field_synonyms.json"
TAIL_ZIPF = 3.0
MIN_TAIL = 4  # letters of a shared part ("recht" 5); never "ung"
_ELIDED_RE = re.compile(r"\b([^\W\d_]{2,})-,?\s+((?:[^\W\d_]{2,}-,?\s+)*)(und|oder|sowie|bzw\.)\s+([^\W\d_]{6,})\b")


@lru_cache(maxsize=1)
def _groups() -> dict[str, dict[str, str]]:
    """Per language, each word of a group -> the group's first word (module docstring)."""
    raw = json.loads(DATA_PATH.read_text(encoding="utf-8"))["groups"]
    return {lang: {word: group[0] for group in groups for word in group} for lang, groups in raw.items()}


def _tail(word: str) -> str:
    """The shared part of a German compound (module docstring): "Gehaltsabrechnung" -> "abrechnung"; "" when no
    tail of it is a word of its own."""
    low = word.lower()
    for start in range(2, len(low) - MIN_TAIL + 1):
        if zipf(low[start:], "de") >= TAIL_ZIPF:
            return word[start:]
    return ""


def whole_compounds(text: str, lang: str) -> str:
    """``text`` with each German compound left open after a hyphen written whole (module docstring); other
    languages' text as it is."""
    if lang != "de":
        return text

    def whole(match: re.Match[str]) -> str:
        tail = _tail(match.group(4))
        if not tail:
            return match.group(0)
        heads = [match.group(1), *re.findall(r"([^\W\d_]{2,})-", match.group(2))]
        return " ".join(f"{h}{tail.lower()}" for h in heads) + f" {match.group(3)} {match.group(4)}"

    return _ELIDED_RE.sub(whole, text)


def field_word(word: str, lang: str) -> str:
    """``word`` (lower case) as its field group's first word in ``lang`` (``data/field_synonyms.json``), else as
    it is: "lohnabrechnung" -> "entgeltabrechnung" in German."""
    return _groups().get(lang, {}).get(word, word)
