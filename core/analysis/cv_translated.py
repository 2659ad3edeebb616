"""A job requirement shown by a CV in its own language: "almacén" for warehouse, "Inglés (B2)" for English.

The words are the table ``data/requirement_words.json`` (common requirement words in Spanish, German, French,
Italian and Portuguese, as word beginnings without accents; each language's name in these languages). A CV in
another language than English (:func:`core.analysis.language.detect_language`) shows a requirement whose words are
a key of the table by any of its wordings; any CV shows a requirement that only names languages ("English and
Spanish") when it names each of them, in any of these languages.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from core.analysis.cv_lang import fold
from core.analysis.job_years import years_asked, years_shown
from core.analysis.language import detect_language
from core.words import singular

DATA_PATH = Path(__file__).resolve().parents[2] / "data" / "requirement_words.json"
_SAMPLE_CHARS = 4000
# words a requirement may add round its subject: "warehouse experience", "a forklift licence"
_GENERIC_RE = re.compile(r"\b(?:experience|experienced|skills?|knowledge|work|background|licen[cs]e|certificate|"
                         r"operations?|an?|the|of|in|with|good|strong|proven)\b")
_LANGUAGE_LIST_RE = re.compile(r"^(?:[a-z]+)(?:\s*(?:,|/|&|\band\b|\bor\b|\band/or\b)\s*[a-z]+)*$")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    raw = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    return ({k: tuple(v) for k, v in raw["terms"].items()}, {k: tuple(v) for k, v in raw["languages"].items()})


def _singular(text: str) -> str:
    """Each word of ``text`` in the singular (:func:`core.words.singular`)."""
    return " ".join(singular(w) for w in text.split())


@lru_cache(maxsize=64)
def _cv_reading(cv_text: str) -> tuple[str, str]:
    """(the CV's language, ISO 639-1; the CV folded: lower case, no accents)."""
    return detect_language(cv_text[:_SAMPLE_CHARS]) if cv_text.strip() else "en", fold(cv_text)


def _written(folded: str, wording: str) -> bool:
    return bool(re.search(rf"(?<![a-z]){re.escape(wording)}", folded))


def language_names(language: str) -> tuple[str, ...]:
    """A language's names in the CV languages, without accents ("english" -> ("ingles", "englisch", "anglais",
    ...)); () for a language the table does not name."""
    return _table()[1].get(language.lower(), ())


def languages_only(requirement: str) -> list[str]:
    """The languages (English names, lower case) a requirement that names only languages names ("English and
    Spanish" -> ["english", "spanish"]); [] for any other requirement."""
    names = _table()[1]
    req = fold(requirement or "")
    if not req or not _LANGUAGE_LIST_RE.match(req):
        return []
    asked = [w for w in re.findall(r"[a-z]+", req) if w not in {"and", "or"}]
    return asked if asked and all(w in names for w in asked) else []


def languages_listed(cv_text: str, requirement: str) -> bool:
    """Whether ``requirement`` only names languages ("English and Spanish", "German or French") and the CV
    names each of them (any one for "or") in English or in its own language ("Español (nativo), Inglés (B2)")."""
    names = _table()[1]
    req = fold(requirement or "")
    asked = languages_only(requirement)
    if not asked:
        return False
    folded = _cv_reading(cv_text or "")[1]
    shown = [_written(folded, w) or any(_written(folded, n) for n in names[w]) for w in asked]
    return any(shown) if re.search(r"\bor\b", req) else all(shown)


def translated_meets(cv_text: str, requirement: str) -> bool:
    """Whether a CV written in another language than English shows ``requirement`` in its own words
    (:data:`DATA_PATH`'s ``terms``: "carretilla elevadora" for forklift), or any CV lists the languages a
    requirement names (:func:`languages_listed`). False for an English CV and for words not in the table."""
    if languages_listed(cv_text, requirement):
        return True
    lang, folded = _cv_reading(cv_text or "")
    if lang == "en":
        return False
    terms, _names = _table()
    if asked := years_asked(requirement):  # "2+ years in a warehouse": the field in its words, and the years
        years, field = asked
        if not field or years_shown(cv_text, date.today().year) < years:  # "2019 – Actualidad", "6 ans d'expérience"
            return False
        requirement = field
    key = _singular(" ".join(_GENERIC_RE.sub(" ", fold(requirement)).split()))
    return any(_written(folded, wording) for wording in terms.get(key, ()))


def english_readings(requirement: str) -> list[str]:
    """The table's English requirement words (:data:`DATA_PATH`'s ``terms`` keys) that ``requirement``, a job's line
    in another language, is written in: "Participer à l'amélioration continue des processus" -> ["continuous
    improvement"]; [] when it names none (an English line names its own words, read as they are)."""
    folded = fold(requirement or "")
    terms, _names = _table()
    return [key for key, wordings in terms.items() if key not in folded
            and any(_written(folded, wording) for wording in wordings)]
