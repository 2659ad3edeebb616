"""Small wording helpers the coach's sentences share: a comparison key, clipping and quoting."""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.analysis.text import first_words


def norm_key(text: str) -> str:
    """Lower case, punctuation runs to one space: the key two questions are compared by."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def lower_first(text: str) -> str:
    """The text with its first letter lower-cased, so it can follow a lead-in ("I " stays)."""
    return text[:1].lower() + text[1:] if text[:2] != "I " else text


def clip(text: str, max_words: int) -> str:
    """The first ``max_words`` words as typed (a verbatim slice), with "…" when anything was cut."""
    return first_words(text, max_words) + ("…" if len(text.split()) > max_words else "")


def quote(text: str) -> str:
    """The text in double quotes, surrounding whitespace removed."""
    return f'"{text.strip()}"'


def quote_list(texts: Iterable[str], limit: int = 2) -> str:
    """Up to ``limit`` of ``texts`` quoted and joined by commas, each said once: a text the same as, or
    part of, another is given only in its longer form (evidence read ``"At Northwind I owned the
    payments API", "At Northwind I owned the payments API"``)."""
    kept: list[str] = []
    for text in texts:
        key = norm_key(text)
        if not key or any(key in norm_key(k) for k in kept):
            continue
        kept = [k for k in kept if norm_key(k) not in key] + [text]
    return ", ".join(quote(k) for k in kept[:limit])
