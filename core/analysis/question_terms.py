"""A question's terms as a person says them: "working under pressure", "customer complaints about late deliveries",
"keeping quality high", never the single words a list of what an answer leaves aside was made of ("pressure, quality,
lot": session 17). English only, as the terms' weights are.

:func:`question_phrases` reads the question's noun phrases by a small chunker (no parser is installed: the venv has
wordfreq and snowballstemmer, no spaCy or NLTK): runs of its content words (not a stopword, not the wording of asking,
rarer than :data:`EVERYDAY_ZIPF`), joined across a preposition and its article ("complaints about late deliveries"), and
led by the verb before such a preposition ("working under pressure"). Words of quantity ("a lot of", "a bit of") say
how much, not what about, and are no part of any term. :func:`as_asked` tells a list of the question's words by the
terms that hold them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from core.analysis.language import zipf
from core.analysis.text import STOPWORDS

EVERYDAY_ZIPF = 6.0  # as the coach's subject: a word this frequent ("time", "make") says nothing of a subject
MAX_WORDS = 6  # a term joined across a preposition up to this many words; longer, it is a clause, not a term
_QUANTITY_RE = re.compile(r"\b(?:a (?:lot|bit|couple|number|few|great deal|little) of|lots of|loads of|plenty of|kind of|"
                          r"sort of)\s+", re.IGNORECASE)
_LINKS = frozenset(["of", "under", "about", "with", "for", "in", "on", "from", "to", "into", "across", "during", "without"])
_ARTICLES = frozenset(["a", "an", "the", "your", "their", "its", "our", "my", "this", "that", "these", "those"])
# The wording of asking ("How do you handle…", "Tell me about…", "Describe…"): never the verb a term opens on.
_ASKING = frozenset(["handle", "handled", "handling", "deal", "dealt", "dealing", "cope", "tell", "describe", "explain",
                     "give", "walk", "talk", "share", "think", "would", "could", "should", "did", "does", "had", "have",
                     "approach", "go", "get", "make", "made", "take"])
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
# Words that say when, how much or whether, never what about ("still deliver quality", "directly whether").
_NO_TERM = frozenset(["still", "yet", "just", "even", "also", "already", "really", "very", "directly", "whether", "ever",
                      "always", "often", "usually", "actually", "quite", "rather", "instead", "there", "here"])
# A verb a term may open on before its preposition even where it is a stopword ("working under pressure").
_LEAD_VERB_RE = re.compile(r"\w{3,}ing|work|stay|keep|stick|perform", re.IGNORECASE)


def _content(word: str) -> bool:
    from core.analysis.answer import (
        QUESTION_FRAMING,  # imported here: core.analysis.answer imports this module's users
    )

    low = word.lower()
    return (len(low) > 2 and low not in STOPWORDS and low not in QUESTION_FRAMING and low not in _ASKING
            and low not in _NO_TERM and "'" not in low and zipf(low, "en") < EVERYDAY_ZIPF)


def _shown(word: str, start: int, text: str) -> str:
    """A word as a term shows it: in lower case when the question capitalised it only to open a sentence."""
    opens = not text[:start].strip() or text[:start].rstrip()[-1:] in ".?!:"
    return word.lower() if opens and word[1:].islower() else word


@lru_cache(maxsize=512)
def question_phrases(question: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The question's terms as said, each with its words in lower case: "How do you handle working under a lot of pressure
    while keeping quality high?" -> ("working under pressure", {"working", "under", "pressure"}), ("keeping quality high",
    …). Never raises."""
    text = _QUANTITY_RE.sub("", question or "")
    found = list(_WORD_RE.finditer(text))
    low = [m.group(0).lower() for m in found]
    out: list[tuple[str, frozenset[str]]] = []
    i = 0
    while i < len(found):
        start = i
        if not _content(low[i]):
            lead = low[i] not in _ASKING and low[i] not in _NO_TERM and bool(_LEAD_VERB_RE.fullmatch(low[i]))
            if not (lead and _joins(low, i + 1)):
                i += 1
                continue
            i = _joins(low, i + 1)  # "working [under] pressure": the verb with what it works under
        end = i + 1
        while end < len(found):  # a run of content words is never cut; a join across a preposition only within MAX_WORDS
            if _content(low[end]):
                end += 1
            elif (nxt := _joins(low, end)) and nxt - start < MAX_WORDS:
                end = nxt + 1
            else:
                break
        out.append((" ".join(_shown(m.group(0), m.start(), text) for m in found[start:end]), frozenset(low[start:end])))
        i = end
    return tuple(out)


def _joins(low: list[str], i: int) -> int:
    """Where the content word after a preposition at ``i`` (and its article) sits, or 0 when none follows."""
    if i >= len(low) or low[i] not in _LINKS:
        return 0
    j = i + 1
    while j < len(low) and low[j] in _ARTICLES:
        j += 1
    return j if j < len(low) and _content(low[j]) else 0


def as_asked(question: str, said: Iterable[str]) -> list[str]:
    """The question's words ``said`` (lower case, as a list of what an answer leaves aside holds them) told by the terms
    of :func:`question_phrases` that hold them, in the order given, each once ("pressure", "quality" -> "working under
    pressure", "keeping quality high"); a word no term holds stays as it is, unless the question says it only as a
    quantity ("lot" of "a lot of")."""
    phrases = question_phrases(question or "")
    quantity = {w.lower() for m in _QUANTITY_RE.finditer(question or "") for w in m.group(0).split()}
    out: list[str] = []
    for word in said:
        held = next((p for p, words in phrases if word.lower() in words), None)
        told = held or (None if word.lower() in quantity else word)
        if told and told not in out:
            out.append(told)
    return out
