"""Small wording helpers the coach's sentences share: a comparison key, clipping and quoting."""

from __future__ import annotations

import re


def norm_key(text: str) -> str:
    """Lower case, punctuation runs to one space: the key two questions are compared by."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def lower_first(text: str) -> str:
    """The text with its first letter lower-cased, so it can follow a lead-in ("I " stays)."""
    return text[:1].lower() + text[1:] if text[:2] != "I " else text


def clip(text: str, max_words: int) -> str:
    """The first ``max_words`` words, with "…" when anything was cut."""
    parts = text.split()
    return " ".join(parts[:max_words]) + ("…" if len(parts) > max_words else "")


def quote(text: str) -> str:
    """The text in double quotes, surrounding whitespace removed."""
    return f'"{text.strip()}"'
