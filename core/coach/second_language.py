"""A requirement for a second language ("a second European language", "another language", "a foreign language")
as a CV shows it: the CV lists two languages or more, each with a level ("Polish (native), English (fluent), French
(basic)", "German: B1") or on a "Languages" line; for a European one, two European languages (English among them).

The European languages are the 24 official languages of the European Union (Council Regulation No 1 of 1958, as
amended; europa.eu "Languages") and the other national languages of Europe's states; the others are widely
spoken languages CVs list. Both lists are the table ``language_names`` of ``data/requirement_words.json`` (whose
``languages`` table gives the same languages' names in the CV languages). Written by the team.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA_PATH = Path(__file__).resolve().parents[2] / "data" / "requirement_words.json"


@lru_cache(maxsize=1)
def _language_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(European languages, other languages): English names, lower case, from ``data/requirement_words.json``."""
    table = json.loads(DATA_PATH.read_text(encoding="utf-8"))["language_names"]
    return tuple(table["european"]), tuple(table["other"])


_EUROPEAN, _OTHERS = _language_names()

# "a second European language", "another language", "a foreign language", "one other EU language (desirable)"
SECOND_LANGUAGE_RE = re.compile(r"^(?:a|an|one)?\s*(?:second|another|other|additional|further|foreign)\s+"
                                r"(?:(european|eu)\s+)?(?:foreign\s+)?language(?:\s+skills?)?$", re.IGNORECASE)
_LEVEL = (r"(?:native|mother tongue|first language|bilingual|fluent|fluency|proficient|advanced|business|professional|"
          r"working|conversational|intermediate|good|basic|beginner|elementary|limited|(?-i:[ABC][12]))")
_NAMES = "|".join(_EUROPEAN + _OTHERS)
# a language with its level: "Polish (native)", "German: B1", "French – basic"
_WITH_LEVEL_RE = re.compile(rf"\b({_NAMES})\b\s*(?:\(\s*|[:–—-]\s*|,?\s+)(?:level\s+)?{_LEVEL}\b", re.IGNORECASE)
_LANGUAGES_LINE_RE = re.compile(r"(?im)^[\s#*•-]*languages?\b\s*[:|–—-]?\s*(.+)$")


def languages_shown(cv_text: str) -> set[str]:
    """The languages (lower case) a CV lists: with a level, or on a "Languages:" line."""
    text = cv_text or ""
    found = {m.group(1).lower() for m in _WITH_LEVEL_RE.finditer(text)}
    for line in _LANGUAGES_LINE_RE.findall(text):
        found |= {w.lower() for w in re.findall(rf"\b(?:{_NAMES})\b", line, re.IGNORECASE)}
    return found


def second_language_shown(cv_text: str, requirement: str) -> bool | None:
    """Whether the CV shows a requirement for a second language (:data:`SECOND_LANGUAGE_RE`): two languages or
    more listed (:func:`languages_shown`), two European ones for a European language; None for any other
    requirement."""
    m = SECOND_LANGUAGE_RE.match(re.sub(r"\s*\([^()]*\)\s*$", "", (requirement or "").strip()))
    if not m:
        return None
    shown = languages_shown(cv_text)
    if m.group(1):
        shown &= set(_EUROPEAN)
    return len(shown) >= 2
