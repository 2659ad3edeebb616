"""Signals of answer quality that research on rated interviews found to matter.

Naim, Tanveer, Gildea and Hoque, "Automated Analysis and Prediction of Job Interview Performance"
(IEEE Transactions on Affective Computing, 2018) rated 138 mock interviews and found, among the
lexical and prosodic features, that higher-rated candidates said more words and more *unique*
words, used fewer filler words ("um", "uh", "like") and spoke more fluently. Structured-interview
rubrics add concrete detail (numbers, named tools, specific terms) over generalities. So:

* :attr:`Signals.informative`: unique content words, not counting filler, buzzwords or words the
  answer repeats (padding adds none; more words only help when they carry information);
* :attr:`Signals.rare`: unique words that are uncommon in the language (wordfreq Zipf frequency
  below :data:`RARE_ZIPF`) or acronyms: the specific vocabulary of a field;
* :attr:`Signals.filler_rate` and :attr:`Signals.buzz_rate` per 100 words, and
  :attr:`Signals.repetition`, the share of word trigrams that occur more than once;
* numbers, including numbers written as words ("two junior engineers", "six hours").

Everything here works in any language wordfreq covers: function words are told apart by their
frequency, not an English list. Filler and buzzword lists are English and Spanish.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from core.analysis.language import family_zipf, word_family, zipf
from core.analysis.text import STOPWORDS, sentence_pieces
from core.words import filler_regex, filler_words  # one filler list and count (as core.speech.delivery)

RARE_ZIPF = 4.3  # "database" 4.6, "deploy" 3.9, "multimeter" 2.2: below this a word is field vocabulary
FUNCTION_ZIPF = 5.6  # "the" 7.7, "which" 6.4, "because" 6.0: at or above this a word carries grammar

_TOKEN_RE = re.compile(r"[^\W\d_][\w'’+#-]*", re.UNICODE)

BUZZ_RE = re.compile(
    r"\b(?:synerg\w*|leverag(?:e|ed|ing)|cross-functional (?:stakeholders|teams|alignment)|data-driven|"
    r"results?-(?:oriented|driven)|best practices?|move[sd]? the needle|end-to-end ownership|growth mindset|"
    r"strategic alignment|value-?add(?:ed)?|scalable solutions|team player|proactive|continuous improvement|"
    r"impactful|deliverables|key performance indicators|customer-centric|holistic(?: approach)?|"
    r"thought leadership|passionate(?! about (?!excellence))(?: about excellence)?|game-?changer|paradigm shift|go-getter|self-starter|"
    r"detail-oriented|hard-?working|world-class|cutting-edge|circle back|deep dive|low-hanging fruit|win-win|"
    r"think outside the box|out-of-the-box|dynamic environment|fast-paced environment|wear many hats)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half|double|doubled|tripled|halved|"
    r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|cien|mil|mitad"
)
# Ordinals ("2nd") and compounds ("double-checking", "half-day") are not figures.
NUMBER_ANY_RE = re.compile(rf"\d[\d,.]*(?!\d|st\b|nd\b|rd\b|th\b)\s?%?|\b(?:{_NUMBER_WORDS})\b(?!-)", re.IGNORECASE)
# "lazy" of a person, not the programming term ("lazy-loaded the calendar widget", "lazy loading", "lazy evaluation":
# session 24 newcomer, a frontend answer was "speaks badly of others (lazy)")
DISPARAGING_RE = re.compile(
    r"\b(?:stupid|idiots?|idiotic|screwed up|dumb|useless|incompetent|"
    r"lazy(?![- ]?(?:load|evaluat|initiali[sz]|import|fetch|render|compil|bind|instantiat|propert|val|seq|list))|"
    r"hate[sd]?|angry|sucked|"
    r"terrible people|their fault|not my fault|whatever they)\b",
    re.IGNORECASE,
)
# Words of a feeling, not a judgement: "a patient's daughter came to the dispensary angry" tells a scene, "I hate
# paperwork" a dislike. They speak badly of others only in a sentence about the candidate's own colleagues or employer
# ("my manager was always angry", "I hated my old boss") (session 22 newcomer: an angry relative was "speaks badly").
_FEELING_RE = re.compile(r"hate[sd]?|angry", re.IGNORECASE)
_WORKPLACE_PEOPLE_RE = re.compile(
    r"\b(?:manager|managers|boss|bosses|colleagues?|co-?workers?|supervisors?|employers?|management|director|"
    r"directors|team ?lead(?:er)?s?|company|firm|head of department|old job|last job|previous job)\b", re.IGNORECASE)


def disparaging_words(text: str) -> list[str]:
    """The words of ``text`` that speak badly of others (:data:`DISPARAGING_RE`), lower-cased, each once; a word of a
    feeling (:data:`_FEELING_RE`) only in a sentence that names the candidate's colleagues or employer."""
    found: list[str] = []
    for sentence in sentence_pieces(text or ""):
        for m in DISPARAGING_RE.finditer(sentence):
            if _FEELING_RE.fullmatch(m.group(0)) and not _WORKPLACE_PEOPLE_RE.search(sentence):
                continue
            found.append(m.group(0).lower())
    return list(dict.fromkeys(found))


def tokens(text: str) -> list[str]:
    """Word tokens in any script, lower-cased, digits excluded."""
    return [t.lower().strip("'’-") for t in _TOKEN_RE.findall(text or "")]


@dataclass
class Signals:
    """Language-neutral measures of one answer (counts are of unique words unless stated)."""

    lang: str
    word_count: int
    informative: int
    rare: list[str]
    numbers: list[str]
    filler_count: int
    buzz_count: int
    repetition: float
    disparaging: list[str]
    sentence_count: int
    longest_sentence: int
    noise: int = 0  # control characters, markup, stray runs of another script: not speech
    points: int = 0  # distinct clauses that each carry two or more informative words (see count_points)

    @property
    def filler_rate(self) -> float:
        return self.filler_count / max(self.word_count, 1) * 100

    @property
    def buzz_rate(self) -> float:
        return self.buzz_count / max(self.word_count, 1) * 100


def _is_function_word(token: str, lang: str) -> bool:
    if lang == "en" and token in STOPWORDS:
        return True
    return zipf(token, lang) >= FUNCTION_ZIPF


def _repetition(toks: list[str]) -> float:
    grams = [tuple(toks[i : i + 3]) for i in range(len(toks) - 2)]
    if len(grams) < 6:
        return 0.0
    counts = Counter(grams)
    return sum(n for n in counts.values() if n > 1) / len(grams)


@lru_cache(maxsize=256)  # pure; compute_signals asks it three times for the same answer
def _padding_spans(text: str) -> str:
    """``text`` without filler, buzzwords, and sentences that are buzzword runs (two or more buzzwords
    and no number): what is left is what the answer actually says."""
    kept = []
    fillers = filler_regex(text)
    for sentence in sentence_pieces(text):
        if len(BUZZ_RE.findall(sentence)) >= 2 and not re.search(r"\d", sentence):
            continue
        kept.append(BUZZ_RE.sub(" ", fillers.sub(" ", sentence) if fillers else sentence))
    return " ".join(kept)


_MARKUP_RE = re.compile(r"</?[A-Za-z][^>]{0,80}>|\]\([a-z]+:|\x1b\[")


# Scripts written together in one language: Japanese mixes kanji, hiragana and katakana; Korean writes some hanja.
_SCRIPT_GROUP = {"CJK": "CJK", "HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK", "HANGUL": "CJK"}


# Control characters of ASCII text (category Cc) but the line breaks and tab; ASCII has no format character (Cf).
_ASCII_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def noise_count(text: str) -> int:
    """Characters and markup no spoken answer has: control and format characters, HTML tags, link
    syntax, and letters of a second script inside an answer mostly in another one.

    ASCII text (most answers) is counted with two regular expressions: its letters are all Latin, so it
    has no second script, and its only control characters are ``\\x00``-``\\x1f`` and ``\\x7f`` (the same
    count as the character-by-character reading below, in a tenth of the time: the follow-up decision
    counts it while the candidate waits for the next question)."""
    if text.isascii():
        return len(_ASCII_CONTROL_RE.findall(text)) + len(_MARKUP_RE.findall(text))
    count = sum(1 for ch in text if unicodedata.category(ch) in {"Cc", "Cf"} and ch not in "\n\r\t")
    count += len(_MARKUP_RE.findall(text))
    scripts = Counter(_SCRIPT_GROUP.get(name, name) for name in
                      (unicodedata.name(ch, "?").split(" ")[0] for ch in text if ch.isalpha()))
    if scripts:
        main, main_count = scripts.most_common(1)[0]
        # Latin names, tools and acronyms are written so in every script ("在Brightcart时", "SQL"): never stray
        stray = sum(n for script, n in scripts.items() if script != main and script != "LATIN")
        count += stray >= 3 and stray < main_count
    return count


_CLAUSE_RE = re.compile(
    r"[.;:!?\n]+|,\s*|\s+(?:and|but|so|while|then|because|instead|however|whereas|which|or|y|pero|porque|"
    r"mientras|luego|aunque)\s+",
    re.IGNORECASE,
)


def count_points(text: str, lang: str) -> int:
    """Distinct points an answer makes: clauses (split at punctuation and at connectives such as "and",
    "because", "instead") that each carry two or more informative words, counted once per distinct
    set of words. Filler and buzzword runs are removed first, so padding adds no points. The number
    of distinct ideas, not the number of words, is what a rubric's "complete answer" counts."""
    seen: set[frozenset[str]] = set()
    for clause in _CLAUSE_RE.split(_padding_spans(text)):
        toks = frozenset(t for t in tokens(clause) if len(t) > 2 and not _is_function_word(t, lang))
        if len(toks) >= 2:
            seen.add(toks)
    return len(seen)


def compute_signals(text: str, lang: str, sentence_lengths: list[int]) -> Signals:
    """The signals of ``text`` in language ``lang`` (ISO code); ``sentence_lengths`` in words."""
    toks = tokens(text)
    informative_toks = [t for t in tokens(_padding_spans(text)) if len(t) > 2 and not _is_function_word(t, lang)]
    seen = Counter(informative_toks)
    # Outside English a word is rare by its family, once per family ("despliegue", "despliegues"):
    # ordinary verb forms ("revisé", "escuché") are rare as forms (core.analysis.language.family_zipf).
    families: dict[str, str] = {}
    for t in seen:
        if family_zipf(t, lang) < RARE_ZIPF:
            families.setdefault(word_family(t, lang), t)
    rare = sorted(
        set(families.values())
        | {a.lower() for a in re.findall(r"\b[A-Z]{2,6}s?\b", _padding_spans(text)) if a.lower() not in {"i", "ok"}}
    )
    numbers = list(dict.fromkeys(m.group(0).strip().lower() for m in NUMBER_ANY_RE.finditer(text)))
    return Signals(
        lang=lang,
        word_count=len(toks),
        informative=len(seen),
        rare=rare,
        numbers=numbers,
        filler_count=len(filler_words(text)),
        buzz_count=len(BUZZ_RE.findall(text)),
        repetition=round(_repetition(toks), 3),
        disparaging=disparaging_words(text),
        sentence_count=len(sentence_lengths),
        longest_sentence=max(sentence_lengths, default=0),
        noise=noise_count(text),
        points=count_points(text, lang),
    )
