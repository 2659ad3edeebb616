"""Whether a CV written in another language than English shows a requirement in other forms of its words.

A Spanish job asks to "Impartir clases de Matemáticas en ESO" and "Ejercer la tutoría de un grupo"; the CV says
"Imparto Matemáticas… ESO" and "Tutora de un grupo". Word-for-word matching misses both: Spanish, French,
German, Italian and Portuguese inflect verbs and nouns far more than English. :func:`inflected_meets` compares
Snowball stems (``snowballstemmer``, Porter 2001: "imparto" and "impartir" are both "impart") and takes one stem
that begins the other as the same word ("tutor", "tutori"), of :data:`MIN_STEM` letters or more.

A requirement is read as its parts joined by "and"/"or" in its language ("y", "o", "et", "und"…): a part is
shown when one line of the CV holds :data:`PART_SHARE` of its content words or more (words rarer than
:data:`FUNCTION_ZIPF` in the language, wordfreq), and the requirement when at least half of its parts are.
English CVs are left to the English matcher (:func:`core.coach.evidence_cv.cv_mentions`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.language import detect_language, zipf

_SNOWBALL = {"es": "spanish", "fr": "french", "de": "german", "it": "italian", "pt": "portuguese", "ca": "catalan",
             "nl": "dutch"}
_JOINS = {"es": {"y", "e", "o", "u", "ni"}, "fr": {"et", "ou", "ni"}, "de": {"und", "oder", "sowie"},
          "it": {"e", "ed", "o", "od"}, "pt": {"e", "ou"}, "ca": {"i", "o"}, "nl": {"en", "of"}}
MIN_STEM = 4
PART_SHARE = 2 / 3
FUNCTION_ZIPF = 6.3  # "de" 7.7, "la" 7.5, "para" 6.9, "con" 6.8 in Spanish are not content words; "años" (6.1) is
SAMPLE_CHARS = 4000


@lru_cache(maxsize=8)
def _stemmer(lang: str):
    try:
        import snowballstemmer
    except ImportError:  # pragma: no cover - pinned in requirements.txt
        return None
    return snowballstemmer.stemmer(_SNOWBALL[lang])


def _words(text: str) -> list[str]:
    """Words with a letter, codes included ("b2", "c1")."""
    return re.findall(r"\w*[^\W\d_]\w*", (text or "").lower())


_NUMBER_RE = re.compile(r"(?<!\w)\d+(?!\w)")


def _stems(words: list[str], lang: str) -> list[str]:
    stemmer = _stemmer(lang)
    return [stemmer.stemWord(w) for w in words] if stemmer else words


def _same(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) >= MIN_STEM and long_.startswith(short))


def _parts(requirement: str, lang: str) -> list[list[str]]:
    """The content words of each part of ``requirement`` joined by "and"/"or" in ``lang``."""
    parts: list[list[str]] = [[]]
    for word in _words(requirement):
        if word in _JOINS[lang]:
            parts.append([])
        elif (len(word) >= 3 or not word.isalpha()) and zipf(word, lang) < FUNCTION_ZIPF:  # "b2" is a level
            parts[-1].append(word)
    return [p for p in parts if p]


def _shown(part: list[str], lines: list[tuple[list[str], int]], lang: str, least: int) -> bool:
    """Whether one line holds :data:`PART_SHARE` of ``part``'s stems, and a number of ``least`` or more when the
    requirement asks for one ("mínima de 3 años": "8 años de experiencia", never "1 año")."""
    stems = _stems(part, lang)
    return any(sum(any(_same(s, w) for w in line) for s in stems) >= PART_SHARE * len(stems) and most >= least
               for line, most in lines)


def inflected_meets(cv_text: str, requirement: str) -> bool:
    """Whether a CV in Spanish, French, German, Italian, Portuguese, Catalan or Dutch shows ``requirement`` in
    other forms of its words (module docstring); False for an English CV, or one in another language."""
    lang = detect_language((cv_text or "")[:SAMPLE_CHARS])
    if lang not in _SNOWBALL or _stemmer(lang) is None:
        return False
    parts = _parts(requirement, lang)
    if not parts:
        return False
    lines = [(_stems(_words(line), lang), max((int(n) for n in _NUMBER_RE.findall(line)), default=0))
             for line in re.split(r"[\n;•]|\.(?!\d)", cv_text) if line.strip()]
    least = min((int(n) for n in _NUMBER_RE.findall(requirement)), default=0)
    return sum(_shown(part, lines, lang, least) for part in parts) * 2 >= len(parts)
