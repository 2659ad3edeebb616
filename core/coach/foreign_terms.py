"""A job's or CV's own words in another language put into an English question: quoted whole, as written ("The role
asks for “planen Personal und Schichten”…"), never lower-cased word by word into English ("planen personal und
Schichten": German capitalises its nouns; session 19 newcomer). A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from core.analysis.language import detect_language, zipf
from core.analysis.skills import find_skills

FOREIGN_ZIPF = 1.5  # a word rarer than this in English is no English word (as core.coach.evidence_cv reads it)
_SAMPLE_CHARS = 3000
_QUOTES = "“”\"'‘’"


@lru_cache(maxsize=64)
def _language(text: str) -> str:
    return detect_language(text[:_SAMPLE_CHARS])


def _foreign_words(term: str) -> bool:
    """Whether ``term`` has a word of four letters or more, not an acronym, that is no English word (wordfreq)."""
    words = [w for w in re.findall(r"[^\W\d_][^\W\d_'-]{3,}", term) if not w.isupper() and not re.search(r"[A-Z]", w[1:])]
    return any(zipf(w.lower(), "en") < FOREIGN_ZIPF for w in words)


def in_other_language(term: str, texts: Iterable[str]) -> bool:
    """Whether ``term`` is written in one of ``texts`` (the job, the CV) that is in another language than English,
    and has a word that is no English word; a lexicon skill's name ("SAP EWM", "KPIs") is none."""
    bare = term.strip().strip(_QUOTES).strip()
    if not bare or not _foreign_words(bare):
        return False
    if (hits := find_skills(bare)) and hits[0].surface.lower() == bare.lower():
        return False
    return any(bare.lower() in (text or "").lower() and _language(text or "") != "en" for text in texts)


_NAME_WORDS = 4  # a name of nouns is short; a requirement's sentence of the ad is quoted (session 25)


def foreign_quoted(term: str, texts: Iterable[str], quoted: bool = True) -> str:
    """``term`` as the document writes it when it is in another language (:func:`in_other_language`): in quotation
    marks, unless all its words but linking ones are capitalised nouns ("Arbeits- und Tarifrecht", as written) or
    ``quoted`` is False (a credential's name: "CACES R489 catégorie 3"); else
    "" (an English term reads as :func:`core.coach.casing.natural_case` says)."""
    texts = tuple(texts)
    if not in_other_language(term, texts):
        return ""
    bare = term.strip().strip(_QUOTES).strip()
    for text in texts:  # the document's own casing ("planen Personal und Schichten")
        if (at := (text or "").lower().find(bare.lower())) >= 0:
            bare = text[at: at + len(bare)]
            break
    words = [w for w in re.findall(r"[^\W\d_][\w-]*", bare) if w.lower() not in _LINK_WORDS]
    named = words and len(words) <= _NAME_WORDS and not re.search(r"\d", bare)  # "Mindestens 3 Jahre …": no name
    if not quoted or named and all(w[:1].isupper() for w in words):
        return bare  # a name of capitalised nouns ("Arbeits- und Tarifrecht"): as written, unquoted
    return f"“{bare}”"


# words that link a noun phrase's nouns in the CV languages ("Arbeits- und Tarifrecht", "Kenntnisse im Lager")
_LINK_WORDS = frozenset(re.findall(r"\S+", "und oder im in der die das des dem den von vom zum zur für mit bei et ou de du "
                                              "la le les y o e del di della delle dei en van het"))


_COMPOUNDING = frozenset({"de", "nl"})  # languages that write a noun's qualifiers into one word with it


def compound_named(cv_text: str, example: str) -> bool:
    """Whether a CV in German or Dutch names the one-word ``example`` (six letters or more) as the head of a
    compound: "Kommissionierfehlerquote" names "Fehlerquote", "Zweischichtbetrieb" "Schichtbetrieb"; False for a CV
    in another language, or an example of several words."""
    word = example.strip().lower()
    if len(word) < 6 or " " in word or _language(cv_text or "") not in _COMPOUNDING:
        return False
    return re.search(rf"\w{{2,}}{re.escape(word)}\b", cv_text or "", re.IGNORECASE) is not None
