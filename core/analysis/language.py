"""Which language an answer is written in, and word frequencies in that language.

Two well-kept libraries do the work a regex cannot:

* ``langdetect`` (a port of Google's language-detection, profiles for 55 languages shipped in the
  wheel, no download): :func:`detect_language`. Seeded, so the same text always gets the same
  answer. Short texts (under :data:`MIN_WORDS` words) are not classified: detection on a handful of
  words is unreliable, and they are treated as English.
* ``wordfreq`` (word frequencies from many corpora, data shipped in the wheel):
  :func:`zipf`, a word's Zipf frequency (log10 of occurrences per billion words; "the" is about
  7.7, "database" about 4.6, "idempotent" about 1.8). Used to tell function words from content
  words in any language it covers, and rare, specific vocabulary from everyday words.

``snowballstemmer`` (the Snowball stemmers, Porter 2001) groups a word's forms for
:func:`family_zipf`: a language with many forms per word spreads a word's frequency over them, so an
ordinary Spanish verb form ("revisé" 3.0, "ofrecí" 3.1) is rarer as a form than English "database"
(4.6); its family ("revis-": revisar, revisé, revisamos…) is not (4.8).

All three are imported on first use (each takes about a second to load its data) and never at start-up.
If either is missing, the functions fall back to English and to "frequent" respectively, and log
once.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from core.words import CJK_CHAR

logger = logging.getLogger(__name__)

ANALYSED_LANGUAGES: dict[str, str] = {"en": "English", "es": "Spanish"}
# read in part by the offline coach: a skip, "I don't know" and "I have never done that" (core.analysis.cues_non_answer),
# words of work and results with their figures (core.analysis.cues_work, core.analysis.results.other_language_result),
# a wish or a negation (core.coach.wishes) and STAR labels; never a story's structure or its fit to the question
# (re-check rc28, m1/m8: the README said "the six languages the coach reads" of languages it reads only in part)
PARTLY_READ_LANGUAGES: dict[str, str] = {"fr": "French", "de": "German", "it": "Italian", "pt": "Portuguese"}
PARTLY_READ_WHAT = 'a skip, "I don\'t know", figures and results'  # what the coach reads of them, as said to the candidate
MIN_WORDS = 6

# Everyday English function words: "the", "and", "I"... An English answer of 8+ words has well over
# a tenth of them (this sentence: 5 of 24); a Spanish or German one has almost none.
ENGLISH_FUNCTION_WORDS = frozenset(
    ["the", "a", "an", "and", "or", "but", "i", "we", "you", "it", "is", "was", "were", "to", "of", "in", "on", "at",
     "for", "with", "my", "our", "that", "this", "have", "had", "would", "do", "did", "not", "be", "as", "by", "from",
     "so", "then", "when", "what", "which", "they", "he", "she"]
)
ENGLISH_SHARE = 0.12

_LANGUAGE_NAMES = {
    "de": "German", "fr": "French", "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "pl": "Polish",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "tr": "Turkish", "ru": "Russian",
    "uk": "Ukrainian", "ar": "Arabic", "zh-cn": "Chinese", "zh-tw": "Chinese", "ja": "Japanese",
    "ko": "Korean", "hi": "Hindi", "ro": "Romanian", "cs": "Czech", "el": "Greek", "hu": "Hungarian",
    "id": "Indonesian", "vi": "Vietnamese", "ca": "Catalan",
}


def known_language_names() -> frozenset[str]:
    """The English names of the languages this module can name ("German", "Spanish", ...)."""
    return frozenset([*ANALYSED_LANGUAGES.values(), *_LANGUAGE_NAMES.values()])


def language_name(code: str) -> str:
    """A readable name for a language code ("de" -> "German"); "another language" for a code this
    module cannot name ("so", "sw", ""): a raw ISO code never reaches the user."""
    return ANALYSED_LANGUAGES.get(code) or _LANGUAGE_NAMES.get(code) or "another language"


def is_gibberish(text: str) -> bool:
    """Whether ``text`` is one or two characters repeated with no real word ("x x x x", "xxxx",
    "abababab"): no language can be told from it, and it holds no answer. A word of two or more
    letters that English uses (Zipf 3 or more: "no no no") is a real word."""
    letters = [c.lower() for c in text or "" if c.isalpha()]
    if len(letters) < 3 or len(set(letters)) > 2:
        return False
    return not any(len(t) >= 2 and zipf(t, "en") >= 3 for t in re.findall(r"[^\W\d_]+", text.lower()))


def probably_english(text: str) -> bool:
    """Whether ``text`` is English without asking the language detector: at least :data:`ENGLISH_SHARE`
    of its words are English function words (:data:`ENGLISH_FUNCTION_WORDS`). Cheap (one regular expression; the
    detector takes 5-15 ms an answer and about a second to load), so it is asked first."""
    tokens = re.findall(r"[^\W\d_]+", text.lower())
    return bool(tokens) and sum(t in ENGLISH_FUNCTION_WORDS for t in tokens) / len(tokens) >= ENGLISH_SHARE


@lru_cache(maxsize=1)
def _detector():
    try:
        from langdetect import DetectorFactory, detect_langs
    except ImportError:  # pragma: no cover - pinned in requirements.txt
        logger.warning("langdetect is not installed; every answer is treated as English")
        return None
    DetectorFactory.seed = 0
    return detect_langs


@lru_cache(maxsize=512)
def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language ("en", "es", "de", …); "en" when unsure.

    Unsure means: fewer than :data:`MIN_WORDS` words, no letters, gibberish (:func:`is_gibberish`), the
    detector unavailable or failing, or its best guess below 0.7 probability. A text that is
    :func:`probably_english` is English without the detector. A short text (under :data:`SHORT_TEXT` words)
    guessed as another language stays English when its words are more frequent in English than in
    that language (wordfreq): langdetect's character n-grams call "Why did you leave your last job?"
    French and "Tell me about a deal you lost." Catalan.
    """
    if spaced_words(text) < MIN_WORDS or probably_english(text) or is_gibberish(text):
        return "en"
    detect = _detector()
    if detect is None:
        return "en"
    try:
        best = detect(text)[0]
    except Exception:  # noqa: BLE001 - langdetect raises its own exception on letterless text
        return "en"
    if best.prob < 0.7:
        return "en"
    if best.lang != "en" and len(text.split()) < SHORT_TEXT and _mean_zipf(text, "en") > _mean_zipf(text, best.lang):
        return "en"
    return best.lang


SHORT_TEXT = 30


def likely_languages(text: str, among: frozenset[str] | set[str], *, floor: float = 0.25) -> list[str]:
    """The languages of ``among`` (ISO 639-1 codes) that ``text`` may be in when :func:`detect_language` is unsure
    between them: each guessed at ``floor`` or more, together at 0.7 or more ("Uso Canva cada semana para las fichas
    de mis alumnos": Spanish 0.57, Portuguese 0.43). The one sure language when it is one of them; [] otherwise,
    and for English, short (:data:`MIN_WORDS`) or gibberish text. A rule of this project, not a figure from research."""
    sure = detect_language(text)
    if sure in among:
        return [sure]
    detect = _detector()
    if detect is None or spaced_words(text) < MIN_WORDS or probably_english(text) or is_gibberish(text):
        return []
    try:
        guesses = [g for g in detect(text) if g.lang in among and g.prob >= floor]
    except Exception:  # noqa: BLE001 - langdetect raises its own exception on letterless text
        return []
    if sum(g.prob for g in guesses) < 0.7 or any(_mean_zipf(text, "en") > _mean_zipf(text, g.lang) for g in guesses):
        return []
    return [g.lang for g in guesses]


def mostly_cjk(text: str) -> bool:
    """Whether at least half of ``text``'s letters are Chinese characters or Japanese kana (scripts
    written without spaces between words)."""
    if (text or "").isascii():  # no Chinese character or kana: at least one letter makes it not mostly CJK
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(bool(CJK_CHAR.match(c)) for c in letters) >= len(letters) / 2


def spaced_words(text: str) -> int:
    """About how many words ``text`` has for telling a language or a non-answer: runs of word characters,
    plus one word per two Chinese characters or kana (the mean length of a Chinese word is about 1.5-2
    characters), which run their words together."""
    return len(re.findall(r"\w+", text or "")) + len(CJK_CHAR.findall(text or "")) // 2


def _mean_zipf(text: str, lang: str) -> float:
    toks = re.findall(r"[^\W\d_]+", text.lower())
    return sum(zipf(t, lang) for t in toks) / max(len(toks), 1)


@lru_cache(maxsize=1)
def _zipf_function():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - pinned in requirements.txt
        logger.warning("wordfreq is not installed; vocabulary signals are off")
        return None
    return zipf_frequency


@lru_cache(maxsize=20000)
def zipf(word: str, lang: str = "en") -> float:
    """Zipf frequency of ``word`` in ``lang`` (0 for unseen words; 8 is the most frequent)."""
    fn = _zipf_function()
    if fn is None:
        return 8.0
    code = lang.split("-")[0]
    if code in _NO_TOKENIZER:
        return 0.0
    try:
        return float(fn(word, code))
    except LookupError:
        return float(fn(word, "en"))
    except ImportError as exc:  # Japanese/Korean need MeCab, Chinese jieba: optional extras of wordfreq
        _NO_TOKENIZER.add(code)
        logger.info("wordfreq cannot split %s text here (%s); its words count as unseen", code, exc)
        return 0.0


_NO_TOKENIZER: set[str] = set()  # languages whose tokenizer wordfreq could not import


def warm_up() -> bool:
    """Load both libraries' data now (about a second), e.g. from a background thread at start-up,
    so the first scored answer does not wait for it. True when both are available."""
    return detect_language("This sentence warms up the language detector once.") == "en" and zipf("the") > 7


# ISO code -> Snowball stemmer name, for the languages langdetect names that Snowball covers.
_SNOWBALL = {"es": "spanish", "fr": "french", "de": "german", "it": "italian", "pt": "portuguese", "nl": "dutch",
             "sv": "swedish", "da": "danish", "no": "norwegian", "fi": "finnish", "ru": "russian", "hu": "hungarian",
             "ro": "romanian", "tr": "turkish", "ca": "catalan", "el": "greek", "id": "indonesian"}


@lru_cache(maxsize=8)
def _family_index(lang: str):
    """(stemmer, sorted words, their frequencies) of ``lang``, or None when unavailable (about 1 s)."""
    try:
        import snowballstemmer
        from wordfreq import get_frequency_dict
    except ImportError:  # pragma: no cover - pinned in requirements.txt
        logger.warning("snowballstemmer or wordfreq is not installed; word forms are measured alone")
        return None
    freqs = get_frequency_dict(lang.split("-")[0])
    if not freqs:
        return None
    return snowballstemmer.stemmer(_SNOWBALL[lang]), sorted(freqs), freqs


@lru_cache(maxsize=20000)
def family_zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word``'s family in ``lang``: the summed frequency of the words sharing its
    Snowball stem. English, and languages without a Snowball stemmer, give :func:`zipf` of the word
    itself (English has few forms per word, and its rarity cut-offs were set on forms)."""
    if lang == "en" or lang not in _SNOWBALL:
        return zipf(word, lang)
    index = _family_index(lang)
    if index is None:
        return zipf(word, lang)
    stemmer, ordered, freqs = index
    root = stemmer.stemWord(word)
    if not root:
        return zipf(word, lang)
    import bisect
    import math

    total = 0.0
    for candidate in ordered[bisect.bisect_left(ordered, root):]:
        if not candidate.startswith(root):
            break
        if stemmer.stemWord(candidate) == root:
            total += freqs[candidate]
    return max(zipf(word, lang), round(math.log10(total * 1e9), 2) if total > 0 else 0.0)


def word_family(word: str, lang: str) -> str:
    """``word``'s Snowball stem in ``lang`` (itself in English or without a stemmer)."""
    index = _family_index(lang) if lang != "en" and lang in _SNOWBALL else None
    return index[0].stemWord(word) if index else word
