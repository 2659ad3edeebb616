"""Whether the CV writes the very thing a requirement asks experience or knowledge of, in any form of its words:
"Erfahrung in der Schichtleitung" by "Schichtleitungen im Nachtdienst", "Kenntnisse im Wundmanagement" by "…des
Wundmanagements", "experience in wound dressings" by "each wound dressing". The plan then asks about it as shown
("which your CV shows"), never as "related work" (session 23 re-check: a German CV with "Schichtleitung" on two lines
was asked for "the piece of that work that comes closest"). Words are compared by the Snowball stems of their
dictionary forms (simplemma, then snowballstemmer: Porter 2001), in the job's language; a rule of this project."""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.language import detect_language
from core.analysis.lemmas import lemma, snowball

# the words before the thing: "Erfahrung in der", "Kenntnisse im", "experience of", "expérience en", "experiencia en"
_LEAD_RE = re.compile(
    r"^\W*(?:(?:\w+\s+){0,3}?)(?:(?:berufs)?erfahrung(?:en)?|kenntnisse?n?|experience|knowledge|understanding|"
    r"expérience|connaissances?|experiencia|conocimientos?|esperienza|conoscenz[ae]|experiência|conhecimentos?)\s+"
    r"(?:in|im|mit|bei|von|zur|zum|der|des|of|with|en|de|du|des|dans|con|nel|nella|di|em|com|na|no|da|do)\b\s*",
    re.IGNORECASE)
# words that name nothing on their own: articles, prepositions, "and"/"or", in the six languages
_FUNCTION = frozenset(
    ["der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "im", "in", "mit", "und", "oder", "von", "zur", "zum", "für", "bei", "auf", "the", "a", "an", "of", "in", "and", "or", "with", "for", "to", "on", "at", "de", "la", "le", "les", "du", "des", "et", "ou", "en", "dans", "y", "o", "el", "los", "las", "con", "un", "una", "e", "a", "o", "da", "do", "na", "no", "em", "com", "di", "il", "lo", "gli", "nel", "nella"])
_SNOWBALL = {"en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian", "pt": "portuguese"}
MAX_GAP = 0  # content words between two of the thing's words in one clause of the CV (function words aside)


@lru_cache(maxsize=16)
def _language(jd: str) -> str:
    lang = detect_language((jd or "")[:4000])
    return lang if lang in _SNOWBALL else "en"


def _stemmer(lang: str):
    return snowball(_SNOWBALL[lang])


@lru_cache(maxsize=8192)
def _key(word: str, lang: str) -> str:
    return _stemmer(lang).stemWord(lemma(word, lang))


def _keys(text: str, lang: str) -> list[str]:
    return [_key(w, lang) for w in re.findall(r"[^\W\d_]+", (text or "").lower())]


def asks_experience_of(requirement: str) -> bool:
    """Whether ``requirement`` asks experience or knowledge of a thing it names ("Erfahrung mit der Erstellung von
    Dienstplänen", "Knowledge of wound care")."""
    return bool(_LEAD_RE.match(requirement or ""))


def thing_written(cv: str, requirement: str, jd: str = "") -> bool:
    """Whether one line of ``cv`` writes the thing ``requirement`` asks experience or knowledge of (its words after
    "Erfahrung in der", "experience of"…, the function words aside), each word in any form, in order, at most
    :data:`MAX_GAP` words apart, within one clause; ``jd`` gives the language (:func:`core.analysis.language.detect_language`)."""
    lang = _language(jd or requirement)
    thing = [w for w in re.findall(r"[^\W\d_]+", _LEAD_RE.sub("", requirement or "").lower()) if w not in _FUNCTION]
    if not thing or (len(thing) == 1 and len(thing[0]) < 5):
        return False
    want = [_key(w, lang) for w in thing]
    for line in re.split(r"[\n;,.:]", cv or ""):
        words = [k for w, k in zip(re.findall(r"[^\W\d_]+", line.lower()), _keys(line, lang), strict=True)
                 if w not in _FUNCTION]
        for start in (i for i, k in enumerate(words) if k == want[0]):
            at, ok = start, True
            for k in want[1:]:
                nxt = next((j for j in range(at + 1, min(len(words), at + 2 + MAX_GAP)) if words[j] == k), None)
                if nxt is None:
                    ok = False
                    break
                at = nxt
            if ok:
                return True
    return False


RARE_ZIPF = 3.3  # wordfreq's Zipf scale: under it a word is a trade's own term ("leasehold" 2.5, "probate" 3.2)


def field_written(cv: str, requirement: str, jd: str = "") -> bool:
    """Whether ``cv`` writes the trade term that qualifies what ``requirement`` asks of ("leasehold" of "Knowledge of
    leasehold transactions" in "residential freehold and leasehold files"): a word before the requirement's last,
    rare in English (wordfreq's Zipf frequency under :data:`RARE_ZIPF`), in any form on the CV. A common one ("data"
    of "data analysis" in "data entry") shows nothing. English words only (the Zipf table's language)."""
    from wordfreq import zipf_frequency  # here: a second's load on first use, only for a plan

    lang = _language(jd or requirement)
    thing = [w for w in re.findall(r"[^\W\d_]+", _LEAD_RE.sub("", requirement or "").lower()) if w not in _FUNCTION]
    rare = {_key(w, lang) for w in thing[:-1] if len(w) >= 5 and zipf_frequency(w, "en") < RARE_ZIPF}
    return lang == "en" and bool(rare) and bool(rare & set(_keys(cv or "", lang)))
