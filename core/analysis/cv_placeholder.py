"""Template filler in CVs: the placeholder Latin of CV templates ("Lorem ipsum dolor sit amet..."), so
that no filler is read as a skill or an entry. Used through :mod:`core.analysis.cv_lines`."""

from __future__ import annotations

import re

# Placeholder Latin of CV templates ("Lorem ipsum dolor sit amet..."): the usual lipsum vocabulary.
_LOREM_WORDS = frozenset(
    ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna", "magnam", "aliqua", "aliquam", "enim", "ad", "minim", "veniam", "quis", "nostrud", "exercitation", "ullamco", "laboris", "nisi", "aliquip", "ex", "ea", "commodo", "consequat", "duis", "aute", "irure", "in", "reprehenderit", "voluptate", "velit", "esse", "cillum", "eu", "fugiat", "nulla", "pariatur", "excepteur", "sint", "occaecat", "cupidatat", "non", "proident", "sunt", "culpa", "qui", "officia", "deserunt", "mollit", "anim", "id", "est", "laborum", "quaerat", "voluptatem", "aeque", "doleamus", "animo", "cum", "corpore", "dolemus", "fieri", "tamen", "permagna", "accessio", "potest", "si", "aliquod", "aeternum", "infinitum", "impendere", "malum", "placerat", "egestas", "erat", "imperdiet", "euismod", "mollis", "porttitor", "diam", "faucibus", "vitae", "aliquet", "nec", "risus", "nullam", "felis", "eget", "nunc", "lobortis", "mattis", "vestibulum", "pellentesque", "tincidunt", "integer", "curabitur", "maecenas", "phasellus", "donec", "vivamus", "praesent", "fusce", "mauris", "morbi", "suspendisse", "etiam", "quisque", "sapien", "ligula", "lectus", "libero", "massa", "metus", "nibh", "nisl", "odio", "orci", "purus", "quam", "sagittis", "semper", "tellus", "tortor", "turpis", "urna", "varius", "viverra", "volutpat", "vel", "leo", "ac", "at", "a"]
)


def is_placeholder(text: str) -> bool:
    """Whether a line or item is template filler: "Lorem ipsum..." or mostly lipsum words."""
    tokens = re.findall(r"[A-Za-z]+", text.lower())
    if not tokens:
        return False
    if "lorem" in tokens and "ipsum" in tokens:
        return True
    return sum(t in _LOREM_WORDS for t in tokens) >= max(1, 0.6 * len(tokens)) and any(
        t in _LOREM_WORDS and len(t) > 3 for t in tokens)


def strip_placeholder(text: str) -> str:
    """The line before its filler: "Customer Service Lorem ipsum dolor..." -> "Customer Service"; "" for
    a line of filler."""
    cut = re.split(r"(?i)\blorem ipsum\b", text, maxsplit=1)[0].strip(" ,;:-–")
    return "" if is_placeholder(cut) else cut
