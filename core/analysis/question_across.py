"""What an answer in another language than its question takes up of that question, as far as the coach can read it.

The offline coach asks in English; in an interview whose CV and job share another language the candidate may answer
in it (:mod:`core.coach.interview_language`). Such an answer's words cannot be matched to the question's as written,
so its relevance was flat at 3/5 (session 19): a strong answer was held down and a reply about another subject
(shift planning, to a question on keeping a forklift licence current) was not told apart. :func:`across` reads the
question in the answer's language by three kinds of term:

* the question's own words in that language (a CV or job term it quotes: "Staplerschein", "amélioration
  continue"), stemmed by the language's Snowball stemmer (``snowballstemmer``), a German or Dutch compound holding
  one counting ("Beschwerde" in "Beschwerdemanagement", "Stapler" in "Staplerschein");
* a named skill or tool of the lexicon ("Zendesk", "SAP"), which reads the same in every language;
* an English word of the question that ``data/question_words.json`` (written by the team) or
  ``data/requirement_words.json`` reads in that language ("bottleneck": "Engpass", "goulot", "cuello de botella"),
  or that the answer says as it is ("Dashboard").

A question with none of these is not read (its fit to the answer is not judged: say less over wrong). Pure
functions over text; data tables loaded once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import snowballstemmer

from core.analysis.cv_lang import fold
from core.analysis.language import zipf
from core.analysis.skills import find_skills
from core.analysis.text import STOPWORDS

DATA_PATH = Path(__file__).resolve().parents[2] / "data" / "question_words.json"
REQUIREMENT_WORDS = Path(__file__).resolve().parents[2] / "data" / "requirement_words.json"
FOREIGN_ZIPF = 1.5  # a question word rarer than this in English is no English word (as core.coach.foreign_terms)
FUNCTION_ZIPF = 5.6  # a word this frequent in the answer's language carries grammar, not a subject (core.analysis.signals)
COMPOUND_PART = 5  # letters of a stem found at a compound's start or end (as core.analysis.answer_across)
LOAN_ZIPF = 5.0  # an English question word rarer than this, said as it is in the answer, is taken up ("Dashboard")
MIN_READ = 2  # translated terms of a question an answer must miss, none taken, to be read as off it
_STEMMERS = {"de": "german", "fr": "french", "es": "spanish", "it": "italian", "pt": "portuguese", "nl": "dutch"}
_COMPOUNDING = frozenset({"de", "nl"})
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_QUOTED_RE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")  # a CV or job line the question quotes


@dataclass(frozen=True)
class Across:
    """What of a question an answer in another language takes up: ``taken`` (the terms, as the question says them),
    ``readable`` (every term the coach can read of the question in that language), ``own`` (whether some readable
    term is the question's own word in that language or a named skill, not only a translation)."""

    taken: tuple[str, ...] = ()
    readable: tuple[str, ...] = ()
    own: bool = False

    @property
    def judged(self) -> bool:
        """Whether anything of the question can be read in the answer's language."""
        return bool(self.readable)

    @property
    def untouched(self) -> bool:
        """Firmly readable, and the answer takes up none of it: the question's own word in that language or a named
        tool (``own``), or :data:`MIN_READ` translated terms or more; one translated term alone ("urgent") may be
        answered in other words ("bis wann", "Frist"), so an answer that misses it is not called off its question."""
        return self.judged and not self.taken and (self.own or len(self.readable) >= MIN_READ)


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[tuple[str, ...], dict[str, tuple[str, ...]]], ...]:
    """(English beginnings, {language: beginnings}) for every entry of both tables."""
    own = json.loads(DATA_PATH.read_text(encoding="utf-8"))["words"]
    out = [(tuple(e["en"]), {k: tuple(v) for k, v in e.items() if k != "en"}) for e in own]
    terms = json.loads(REQUIREMENT_WORDS.read_text(encoding="utf-8"))["terms"]
    out += [((key,), {"any": tuple(wordings)}) for key, wordings in terms.items()]
    return tuple(out)


@lru_cache(maxsize=8)
def _stemmer(lang: str):
    return snowballstemmer.stemmer(_STEMMERS[lang]) if lang in _STEMMERS else None


def _stems(text: str, lang: str) -> set[str]:
    stemmer = _stemmer(lang)
    toks = [fold(w).strip("'’-") for w in _WORD_RE.findall(text or "")]
    toks = [t for t in toks if len(t) >= 3 and zipf(t, lang) < FUNCTION_ZIPF]
    return set(stemmer.stemWords(toks)) if stemmer else set(toks)


def _meets(stem: str, answer_stems: set[str], lang: str) -> bool:
    if stem in answer_stems:
        return True
    if lang not in _COMPOUNDING:
        return False
    for other in answer_stems:
        short, long_ = sorted((stem, other), key=len)
        if len(short) >= COMPOUND_PART and (long_.startswith(short) or long_.endswith(short)):
            return True
    return False


def _said(folded: str, beginning: str, lang: str) -> bool:
    """Whether ``beginning`` starts a word of ``folded`` (or, in a compounding language, sits inside one)."""
    inside = lang in _COMPOUNDING and len(beginning) >= COMPOUND_PART
    return re.search((r"" if inside else r"(?<![a-z0-9])") + re.escape(beginning), folded) is not None


def _own_terms(question: str, lang: str) -> dict[str, str]:
    """The question's words in ``lang`` (not English, not an acronym) and every word of what it quotes (a CV line:
    "“Einführung von SAP EWM als Key User”" gives "Key" and "User" too), function words left out:
    {stem: word as written}."""
    out: dict[str, str] = {}
    stemmer = _stemmer(lang)
    quoted = {w for span in _QUOTED_RE.findall(question or "") for w in _WORD_RE.findall(span)}
    for word in _WORD_RE.findall(question or ""):
        bare = word.strip("'’-")
        low = fold(bare)
        english = zipf(bare.lower(), "en") >= FOREIGN_ZIPF and word not in quoted
        if len(bare) < 3 or bare.isupper() or english or zipf(low, lang) >= FUNCTION_ZIPF or low in STOPWORDS:
            continue
        out[stemmer.stemWord(low) if stemmer else low] = bare
    return out


def across(question: str, answer: str, lang: str) -> Across:
    """What ``answer``, in ``lang`` (ISO 639-1, not English), takes up of ``question`` (English, or what it is about:
    :func:`core.coach.framing.question_content`), as far as the coach reads it (see the module docstring). An empty
    :class:`Across` for English or a language without a stemmer."""
    if lang == "en" or lang not in _STEMMERS or not (answer or "").strip():
        return Across()
    answer_stems = _stems(answer, lang)
    folded_answer, folded_question = fold(answer), fold(question or "")
    readable: dict[str, bool] = {}
    own_words = _own_terms(question, lang)
    for stem, word in own_words.items():
        readable[word] = _meets(stem, answer_stems, lang)
    for hit in find_skills(question or ""):
        readable[hit.surface] = readable.get(hit.surface, False) or _said(folded_answer, fold(hit.surface), lang)
    for english, wordings in _tables():
        named = next((e for e in english if _said(folded_question, e, "en")), None)
        if named is None:
            continue
        said = wordings.get(lang, ()) + wordings.get("any", ())
        readable[named] = readable.get(named, False) or any(_said(folded_answer, w, lang) for w in said)
    for word in set(_WORD_RE.findall(folded_question)):  # an English word said as it is: "Dashboard", "Feedback"
        if len(word) >= 5 and FOREIGN_ZIPF <= zipf(word, "en") < LOAN_ZIPF and _said(folded_answer, word, "en"):
            readable[word] = True
    taken = tuple(t for t, hit in readable.items() if hit)
    own = bool(own_words) or any(not hit.surface.islower() for hit in find_skills(question or ""))  # "SAP", not "metrics"
    return Across(taken=taken, readable=tuple(readable), own=own)
