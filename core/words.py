"""Counting words: the one definition behind every word count the app shows.

Standard library only and imported by nothing heavy, so the chat can count a reply's words without
loading the analysis package.
"""

from __future__ import annotations


def count_words(text: str) -> int:
    """How many words ``text`` has: every count the app shows of an answer (the chat's and Feedback's
    "Typed · N words" line, the communication evidence "N words in M sentences" and "one sentence runs
    N words", the same lines in the exports, words per minute) and of a CV ("Your CV is short (N words)").

    A word is a run of characters between spaces (or line breaks) holding at least one letter or digit,
    in any script. So "don't", "node.js", "CI/CD", "N+1", "e-mail", "900", "4%" and "£2m" are one word
    each, and a lone dash, bullet, "&" or emoji is none: the count a word processor gives. Scripts
    written without spaces (Chinese, Japanese) count one word per run."""
    return sum(1 for token in (text or "").split() if any(ch.isalnum() for ch in token))
