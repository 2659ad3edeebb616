"""A job title's field when its head word is also a software or design word (``data/title_fields.json``):
"Multi-Skilled Maintenance Engineer", "Property Developer", "Landscape Architect", "Interior Designer" name
another field than "engineer", "developer", "architect" or "designer" alone, and the role family (the offline
coach's questions, History's chart) follows that field, never software's or UX design's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TITLE_FIELDS_PATH = Path(__file__).resolve().parents[2] / "data" / "title_fields.json"


@dataclass(frozen=True)
class TitleFields:
    """The head words (lower case) and, per family, the qualifier words that put a head in that field."""

    heads: frozenset[str]
    head_re: re.Pattern[str]  # a head word, whole
    qualifiers: tuple[tuple[str, re.Pattern[str]], ...]  # (family, a qualifier of it, whole words)
    before_head_re: re.Pattern[str]  # a qualifier right before a head ("maintenance engineer")


def _words(items: list[str] | frozenset[str]) -> str:
    alternation = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(items, key=len, reverse=True))
    return rf"(?<![a-z])(?:{alternation})(?![a-z])"


@lru_cache(maxsize=1)
def title_fields() -> TitleFields:
    """``data/title_fields.json`` compiled once."""
    raw = json.loads(TITLE_FIELDS_PATH.read_text(encoding="utf-8"))
    heads = frozenset(raw["heads"])
    qualifiers = tuple((family, re.compile(_words(words))) for family, words in raw["families"].items())
    every = [w for words in raw["families"].values() for w in words]
    before = re.compile(rf"{_words(every)}[\s-]+{_words(heads)}")
    return TitleFields(heads, re.compile(_words(heads)), qualifiers, before)


def other_field(own_title: str) -> tuple[str, str] | None:
    """(family, matched qualifier) when a title's own part (lower case: "multi-skilled maintenance engineer")
    ends in a head word of ``data/title_fields.json`` with a qualifier of another field before it; None when
    it has no such head or no such qualifier. The caller keeps the head's own family when the title names
    another word of it ("software maintenance engineer")."""
    fields = title_fields()
    heads = list(fields.head_re.finditer(own_title))
    if not heads:
        return None
    before = own_title[: heads[-1].start()]
    found = [(m.start(), family, m.group(0)) for family, regex in fields.qualifiers for m in regex.finditer(before)]
    if not found:
        return None
    _start, family, word = max(found, key=lambda f: (f[0] + len(f[2]), len(f[2])))  # the one nearest the head
    return family, word


def is_head(word: str) -> bool:
    """Whether a family keyword is one of the head words a qualifier can put in another field."""
    return word in title_fields().heads


def without_other_field_heads(text: str) -> str:
    """``text`` (lower case) with each head word a qualifier of another field stands right before blanked
    ("our maintenance engineers" no longer says "engineer" for the software family)."""
    return title_fields().before_head_re.sub(lambda m: " " * len(m.group(0)), text)
