"""Words, stems, sentences, quotes and injection stripping: the text primitives of the analysis.

Deterministic, standard library only; every function takes and returns plain strings or lists.
"""

from __future__ import annotations

import re
from functools import lru_cache

_STOPWORDS_TEXT = """a an the and or but if of to in on at by for with from as is are was were be been being this that
    these those it its i me my we our us you your yours he she they them their his her what which who whom
    when where why how do does did done have has had having can could would should will shall may might must
    about into over under than then so such not no nor only own same too very just also any each every some
    more most other there here all both few many much out up down off again further once while during before
    after above below between through until because per via etc e.g i.e within across tell describe give
    example time walk through someone something things thing way ways one two make made get got let lets
    really well know use used using work worked working job role team teams"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9+#./&'-]*")
# A mark followed by a non-space ("1.8 s", "node.js", "e.g.x") does not end a sentence.
_SENTENCE_RE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+[.!?]*")
NUMBER_RE = re.compile(
    r"(?:[$£€]\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?\b"
    r"|\b\d[\d,.]*(?:\s?(?:%|percent\b|x\b|k\b|m\b|hours?\b|days?\b|weeks?\b|months?\b|minutes?\b|"
    r"people\b|patients?\b|students?\b|customers?\b|users?\b|tickets?\b|accounts?\b|engineers?\b))?"
    r"|\b(?:half|double|doubled|tripled|halved|dozen)\b)",
    re.IGNORECASE,
)
BULLET_RE = re.compile(r"^\s*(?:[-*•·▪‣◦●]|\d+[.)])\s+")


def words(text: str) -> list[str]:
    """Latin-letter word tokens for matching (stems, cues, skills): each starts with a letter, so numbers
    are left out. Not a word count: see :func:`core.words.count_words`."""
    return _WORD_RE.findall(text)


_SUFFIX_TEXT = "isations izations isation ization ising izing ised ized ises izes ise ize ations ation ments ment ings ing ies ied ers er ed es s ly"
_SUFFIXES = tuple(_SUFFIX_TEXT.split())


@lru_cache(maxsize=65536)  # pure, and called hundreds of times per answer on the same few hundred words
def stem(word: str) -> str:
    """A crude suffix stripper: enough to match "deploy", "deployed" and "deployments"."""
    w = word.lower().strip(".'-/")
    for suffix in _SUFFIXES:
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    # "disagree"/"disagreed", "resolve"/"resolved" share a stem.
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w.lower() not in STOPWORDS and len(w) > 2}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_RE.findall(text) if len(s.strip()) > 1]


def said_once(text: str) -> str:
    """``text`` with every sentence said again (same words, any case or spacing) left out; the text
    itself when nothing repeats. A padded answer ("X. X. X.") is then judged on what it says once."""
    seen: set[str] = set()
    kept: list[str] = []
    parts = sentences(text)
    for part in parts:
        key = " ".join(words(part)).lower()
        if key and key in seen:
            continue
        seen.add(key)
        kept.append(part)
    return text if len(kept) == len(parts) else " ".join(kept)


def short_quote(text: str, start: int, end: int, width: int = 7) -> str:
    """Up to ``width`` words either side of a span, trimmed to its sentence, as a quotable string."""
    boundaries = [m.end() - 1 for m in re.finditer(r"[.!?](?=\s)|\n", text[:start])]
    left = boundaries[-1] if boundaries else -1  # a decimal point ("1.8 s") is not a boundary
    right_candidates = [
        i
        for i in (text.find(".", end), text.find("\n", end), text.find("?", end), text.find("!", end))
        if i != -1
    ]
    right = min(right_candidates) if right_candidates else len(text)
    # Do not stop at a decimal point inside a number.
    while right < len(text) - 1 and text[right] == "." and text[right + 1].isdigit():
        nxt = [i for i in (text.find(".", right + 1), text.find("\n", right + 1)) if i != -1]
        right = min(nxt) if nxt else len(text)
    before = text[left + 1 : start].split()[-width:]
    after = text[end:right].split()[:width]
    snippet = " ".join([*before, text[start:end], *after]).strip(" ,;:-")
    return re.sub(r"\s+([,;:])", r"\1", snippet)


_INJECTION_RE = re.compile(
    r"(ignore|disregard|forget|override)\b[^.\n]{0,40}\b(instructions?|prompts?|rules?|rubric|above|previous)"
    r"|\b(rate|score|grade|mark)\b[^.\n]{0,30}\b(10\s*/\s*10|10 out of 10|ten out of ten|full marks|perfect|maximum|5\s*/\s*5|highest)"
    r"|\byou are now\b|\bact as\b[^.\n]{0,40}\b(evaluator|grader|system)|\bsystem prompt\b|\bnew instructions?\b"
    r"|(?<![A-Za-z] )\b(assistant|system)\s*:",  # a speaker label, not "Operating System: Linux"
    re.IGNORECASE,
)


def strip_injections(text: str) -> str:
    """Remove sentences that try to instruct the model; they are never evidence of anything."""
    if not _INJECTION_RE.search(text or ""):
        return text or ""
    kept_lines = []
    for line in (text or "").splitlines():
        if not _INJECTION_RE.search(line):
            kept_lines.append(line)
            continue
        parts = re.split(r"(?<=[.!?])\s+", line)
        kept = [p for p in parts if not _INJECTION_RE.search(p)]
        if kept:
            kept_lines.append(" ".join(kept))
    return "\n".join(kept_lines).strip()


def shingle_overlap(answer: str, source: str, size: int = 5) -> float:
    """Share of the answer's word ``size``-grams found verbatim in ``source`` (pasted-text detector)."""
    a = [w.lower().strip(".,;:'/-") for w in words(answer)]
    if len(a) < size or not source:
        return 0.0
    s = [w.lower().strip(".,;:'/-") for w in words(source)]
    source_grams = {tuple(s[i : i + size]) for i in range(len(s) - size + 1)}
    grams = [tuple(a[i : i + size]) for i in range(len(a) - size + 1)]
    return sum(g in source_grams for g in grams) / len(grams)
