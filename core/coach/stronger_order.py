"""A sentence of the candidate's that points back to the one before it stays after it in a stronger answer (newcomer,
session 22: "Task: The registration mattered there because…" came before the story of the enquiry that "there" refers
to, which went under Action). Only a sentence filed under an earlier heading than the one it points to is moved: to its
antecedent's heading, just after it; the answer's words are never changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A sentence pointing back: it opens on a word standing for what was just told ("That…", "This…", "It…"), or it names
# a place or time already told ("…mattered there because…", "at that point", "in that case"); never "There was a…".
_POINTS_BACK_RE = re.compile(r"^(?:that|this|these|those|it)\b(?! (?:is|was) (?:when|why|how)\b)|"
                             r"(?<=\w )(?<!stop )(?<!stopped )(?<!from )(?<!get )(?<!got )(?<!out )there\b"
                             r"(?!\s+(?:is|was|were|are|has|had|have|'s)\b)|"
                             r"\b(?:at that point|at that time|that day|in that case|on that case|that one)\b", re.IGNORECASE)


def points_back(sentence: str) -> bool:
    """Whether ``sentence`` refers to what the sentence before it told (see :data:`_POINTS_BACK_RE`)."""
    return bool(_POINTS_BACK_RE.search(sentence.strip()))


def _part_of(parts: dict[str, list[str]], sentence: str) -> str | None:
    return next((label for label, said in parts.items() if sentence in said), None)


def keep_after_antecedent(parts: dict[str, list[str]], said: list[str],
                          fits: Callable[[str, str], bool] = lambda label, sentence: False) -> None:
    """Move each sentence of ``said`` (the answer's sentences, in order) that points back (:func:`points_back`) and sits
    under a heading of ``parts`` (label -> sentences, in the outline's order; changed in place) before the heading of the
    sentence before it, to just after that sentence: under the first heading from that one on whose role it has
    (``fits(label, sentence)``: "It came up to 5.1 and she was more alert." after a step is the Result), else under that
    one. A lesson stays where it is."""
    order = list(parts)
    for i in range(1, len(said)):
        here, there = _part_of(parts, said[i]), _part_of(parts, said[i - 1])
        if (not here or not there or "Lesson" in (here, there) or order.index(here) >= order.index(there)
                or not points_back(said[i])):
            continue
        parts[here].remove(said[i])
        later = next((label for label in order[order.index(there) + 1:] if label != "Lesson" and fits(label, said[i])), None)
        if later is not None:
            parts[later].insert(0, said[i])
        else:
            parts[there].insert(parts[there].index(said[i - 1]) + 1, said[i])
