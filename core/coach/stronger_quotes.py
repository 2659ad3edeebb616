"""A quoted phrase in a candidate's answer is never edited inside (session 16: "triaged as 'chest pain, orange'" came back as
"'chest pain, then orange'"): where a stronger answer cuts a sentence into clauses (:func:`split_outside`) or a clause at
the end of a phrase (:func:`inside_quote`), it never does so between a quote's marks."""

from __future__ import annotations

import re

# A quoted phrase: in straight or curly double quotes, or in single quotes that open before a word and close after one
# (an apostrophe inside a word, "relatives' room", "I'd", opens none).
QUOTED_RE = re.compile(r"\"[^\"\n]{1,120}\"|“[^”\n]{1,120}”|(?<![\w'])‘[^’\n]{1,120}?’(?!\w)|(?<![\w'])'(?=\w)[^'\n]{1,120}?(?<=[\w.!?,])'(?!\w)")
_OPENS_RE = re.compile(r"^[(\[]?[\"“‘']\w")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s quoted phrases start and end (character offsets, end excluded)."""
    return [m.span() for m in QUOTED_RE.finditer(text or "")]


def split_outside(pattern: re.Pattern[str], text: str) -> list[str]:
    """``text`` split where ``pattern`` matches outside every quoted phrase (:data:`QUOTED_RE`), as ``pattern.split`` would
    (``pattern`` without groups); a match inside a quote splits nothing."""
    spans = quoted_spans(text)
    pieces, start = [], 0
    for m in pattern.finditer(text):
        if m.start() == m.end() or any(a < m.start() < b for a, b in spans):
            continue
        pieces.append(text[start:m.start()])
        start = m.end()
    pieces.append(text[start:])
    return pieces


def inside_quote(tokens: list[str], keep: int) -> bool:
    """Whether a cut after ``tokens[:keep]`` falls inside a quoted phrase of the clause (a quote opened in the kept words
    and closed after them)."""
    text = " ".join(tokens)
    cut = len(" ".join(tokens[:keep]))
    return any(a < cut < b - 1 for a, b in quoted_spans(text))
