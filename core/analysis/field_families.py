"""Which of a question's words an answer shows by words of the same task or skill family (session 28, task
fieldwords).

An on-topic answer is often told in the field's own words rather than the question's: SQL and a table for "a slow
database query", a lesson plan and a class for "teaching a new topic", hiring and a candidate for "recruitment".
``data/field_families.json`` (built by ``bench/build_field_families.py`` from ESCO, the European classification of
skills and occupations, CC BY 4.0) holds, for each word stem of the world of work, the stems that stand together with
it in ESCO's skills (their labels, alternative labels and descriptions): "sql" -> "databas", "queri"; "recruit" ->
"hire", "candid".

:func:`family_words` gives the question's words that the answer shows by one of those partners; the scorer counts
them as taken up (:func:`core.analysis.term_meanings.meant_words`). Only words rarer than everyday ones count on
either side (:data:`QUESTION_ZIPF`, :data:`ANSWER_ZIPF`): "data", "tool", "provide" stand beside thousands of skills
and show nothing. A rule of this project on a maintained source; English words only.
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
from pathlib import Path

from core.analysis.language import zipf
from core.analysis.lemmas import snowball
from core.analysis.text import STOPWORDS

logger = logging.getLogger(__name__)

FAMILIES_PATH = Path(__file__).resolve().parents[2] / "data" / "field_families.json"
QUESTION_ZIPF = 4.8  # a question word this frequent or more ("work", "team", "design") names no family
ANSWER_ZIPF = 4.8  # an answer word this frequent or more ("data", "help", "create", "tool") shows no family
_WORD = re.compile(r"[A-Za-z][A-Za-z+#'-]*")


@lru_cache(maxsize=1)
def families() -> dict[str, frozenset[str]]:
    """stem -> the stems of its family, both ways (empty, with a warning, when the file cannot be read)."""
    try:
        data = json.loads(FAMILIES_PATH.read_text(encoding="utf-8"))["families"]
    except (OSError, ValueError, KeyError) as exc:
        logger.warning("field families could not be read (%s); answers are read by their words only", exc)
        return {}
    out: dict[str, set[str]] = {}
    for stem_, partners in data.items():
        for p in partners:
            out.setdefault(stem_, set()).add(p)
            out.setdefault(p, set()).add(stem_)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=65536)
def field_stem(word: str) -> str:
    """A lower-case word's Snowball stem, as ``data/field_families.json`` keys them ("databases" -> "databas"); the
    word itself when the stemmer is missing."""
    stemmer = snowball()
    return stemmer.stemWord(word) if stemmer else word


def _content(text: str, max_zipf: float) -> dict[str, str]:
    """stem -> the first word written with it, for words of three letters or more, no stopword, rarer than
    ``max_zipf`` (a hyphenated word as its parts)."""
    out: dict[str, str] = {}
    for w in _WORD.findall(text or ""):
        for part in w.lower().strip("'-").split("-"):
            part = part.split("'")[0]
            if len(part) >= 3 and part not in STOPWORDS and zipf(part, "en") < max_zipf:
                out.setdefault(field_stem(part), part)
    return out


def family_links(question: str, answer: str) -> list[tuple[str, str]]:
    """(question word, answer word) pairs of one family, each question word once, in the question's order:
    "Tell me about a time you improved a slow database query" and "the SQL scanned the whole orders table" ->
    [("database", "sql")]. A question word the answer says itself is not listed (word overlap sees it). [] for
    empty text."""
    fam = families()
    if not fam or not (question or "").strip() or not (answer or "").strip():
        return []
    said = _content(answer, ANSWER_ZIPF)
    out: list[tuple[str, str]] = []
    for q_stem, q_word in _content(question, QUESTION_ZIPF).items():
        if q_stem in said:
            continue
        partner = next((w for s, w in said.items() if s in fam.get(q_stem, ())), None)
        if partner:
            out.append((q_word, partner))
    return out


def family_words(question: str, answer: str) -> list[str]:
    """The question's words that ``answer`` shows by a word of their family (:func:`family_links`), lower case."""
    return [q for q, _ in family_links(question, answer)]
