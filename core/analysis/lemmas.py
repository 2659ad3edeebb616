"""Dictionary forms of words ("wrote", "written" -> "write"; "taught" -> "teach"; "led" -> "lead"), so a
requirement's word is met by its other forms, the irregular ones included, which Snowball stems leave apart.

``simplemma`` (MIT, pure Python, dictionaries for 50+ languages; Barbaresi 2023, "Simplemma: a simple
multilingual lemmatizer for Python") does the work; its English dictionary loads on first use (about a
second) and stays loaded. Without the package a word is its own lemma, and only stems relate forms.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _lemmatize() -> Any:
    try:
        from simplemma import lemmatize
    except ImportError:  # pragma: no cover - an install without it
        logger.warning("lemmas: simplemma is not installed; irregular word forms are not related")
        return None
    return lemmatize


@lru_cache(maxsize=8192)
def lemma(word: str, lang: str = "en") -> str:
    """The dictionary form of one word, lower case ("Wrote" -> "write", "reports" -> "report"); a word the
    dictionary does not know, a name in capitals ("AWS") or any word when simplemma is missing: the word
    itself, lower case. ``lang``: an ISO 639-1 code simplemma knows."""
    low = word.lower()
    lemmatize = _lemmatize()
    if lemmatize is None or not low.isalpha() or (len(word) > 1 and word.isupper()):
        return low
    try:
        return str(lemmatize(low, lang=lang)).lower()
    except ValueError:  # a language simplemma does not know
        return low


_INFINITIVES = {"es": ("ar", "er", "ir"), "pt": ("ar", "er", "ir", "or"), "it": ("are", "ere", "ire", "rre"),
                "fr": ("er", "ir", "re")}


def verb_form(word: str, lang: str) -> bool:
    """Whether ``word`` is a conjugated verb in Spanish, Portuguese, Italian or French: its lemma (:func:`lemma`) is
    another word ending as an infinitive does ("atiende" -> "atender", "résolvaient" -> "résoudre"), and the word is
    not that lemma in the plural ("curriculares" -> "curricular" is an adjective). False in any other language and
    for an infinitive itself, which may name a thing."""
    endings = _INFINITIVES.get(lang)
    low = word.lower()
    if not endings:
        return False
    base = lemma(low, lang)
    return base != low and base.endswith(endings) and low not in {base + "s", base + "es", base + "x"}


@lru_cache(maxsize=8192)
def is_lemma(word: str, lang: str) -> bool:
    """Whether simplemma's dictionary of ``lang`` (ISO 639-1) knows ``word`` (lower case) as a word of its own;
    False when simplemma is missing or does not know the language."""
    try:
        from simplemma import is_known
        return bool(is_known(word, lang))
    except (ImportError, ValueError):
        return False


@lru_cache(maxsize=16)
def snowball(language: str = "english") -> Any:
    """The Snowball stemmer (``snowballstemmer``, Porter 2001) of a language by its Snowball name ("english",
    "german", "spanish"…): one per process, its ``stemWord`` gives a word's stem; None when the package is missing
    (callers then stem more crudely or not at all)."""
    try:
        import snowballstemmer
    except ImportError:  # pragma: no cover - pinned in requirements.txt
        logger.warning("lemmas: snowballstemmer is not installed; stems are cruder")
        return None
    return snowballstemmer.stemmer(language)
