"""No sentence of the candidate's dropped from a stronger answer (session 21 re-check: "The contractor had left SPDs off
the drawing, so that caught it before sign-off." was left out and "Result: [the result…]" shown; "I test with assistive
technology from the start." was left out and Situation a gap).

A sentence whose wording fits no part goes with its neighbours: under the first empty part between the part of the
sentence before it and the part of the sentence after it (outline order) that its role fills (session 22: a sentence of
no STAR cue had filled any such part), else with the neighbour whose role it has, else under the part of its role, else
with the sentence before it; just before the sentence after it when that one's part is the one taken (the answer's order
kept). Placeholders stay only for parts nothing of theirs fills. Left out still: a piece under five words (a label,
what is left of markup) and a bare claim about oneself ("I am a hard worker").
"""

from __future__ import annotations

import re
from collections.abc import Callable

# a claim about oneself with nothing told ("I am a hard worker", "I'm very organised"): filler, never a part's text
_TRAIT_RE = re.compile(r"^I(?:'m| am)\s+(?:a|an|very|really|quite|always|so|extremely)\b", re.IGNORECASE)
_MIN_WORDS = 5  # a shorter piece is a label or what was left of markup ("Summary of the sheet"), never a sentence told


def _told(sentence: str) -> bool:
    """Whether ``sentence`` tells something: five words or more, and no bare claim about oneself."""
    return len(sentence.split()) >= _MIN_WORDS and not _TRAIT_RE.match(sentence)


def _part_of(parts: dict[str, list[str]], sentence: str) -> str | None:
    return next((label for label, said in parts.items() if sentence in said), None)


def keep_all(parts: dict[str, list[str]], said: list[str], tried: list[int], linked: bool = True,
             fits: Callable[[str, str], bool] = lambda label, sentence: True,
             fills: Callable[[str, str], bool] | None = None) -> None:
    """Put each sentence ``said[i]`` for ``i`` in ``tried`` (indices into ``said`` given a part or none) that is under no
    part into ``parts``
    (label -> sentences, in the outline's order; changed in place). Nothing is placed when no sentence has a part (the
    caller then gives the outline of gaps, never an answer made only of unplaced sentences), nor when ``linked`` is False
    (nothing links the answer to its question: a sentence fitting no part is off the subject). ``fits(label, sentence)``
    False keeps a sentence from an empty part (a step of the candidate's or a present duty is no Result); ``fills(label,
    sentence)`` False too, and then the sentence goes with the heading of its neighbour (session 22: a sentence of no STAR
    cue filled the nearest empty heading, "Task: Both went straight to the operations director.")."""
    fills = fills or (lambda label, sentence: True)  # no role read: the nearest empty part, as before session 22
    left = [i for i in tried if _part_of(parts, said[i]) is None and _told(said[i])] if linked else []
    where = {i: label for i, s in enumerate(said) if i not in left and (label := _part_of(parts, s))}
    order = [label for label in parts if label != "Lesson"]
    for i in sorted(left):
        prev = next((where[j] for j in range(i - 1, -1, -1) if j in where), None)
        after = next((j for j in range(i + 1, len(said)) if j in where), None)
        nxt = where[after] if after is not None else None
        if prev is None and nxt is None:
            continue
        if prev is not None and prev not in order:  # after a lesson: with it
            label, empty = prev, []
        else:
            lo = order.index(prev) + 1 if prev is not None else 0
            hi = order.index(nxt) if nxt in order else len(order)
            empty = [label for label in order[lo:hi] if not parts[label] and fits(label, said[i]) and fills(label, said[i])]
            label = empty[0] if empty else _neighbour(said[i], prev, nxt, order, fits, fills)
        if not fits(label, said[i]):  # a result told in a plan is no step: left out, as before (session 15 tests)
            continue
        said_after = said[after] if after is not None else None
        if not empty and label == nxt and said_after in parts[label]:  # before the sentence after it, in the answer's order
            parts[label].insert(parts[label].index(said_after), said[i])
        else:
            parts[label].append(said[i])
        where[i] = label


def _neighbour(sentence: str, prev: str | None, nxt: str | None, order: list[str], fits: Callable[[str, str], bool],
               fills: Callable[[str, str], bool]) -> str | None:
    """The part a sentence that fills no empty part joins: the neighbour's (before it, then after it) whose role it has
    (``fills``), else the outline's part of its role ("We compromised: we kept the tier…" is an act, never the situation
    told before it), else the part of the sentence before it when it may go there (``fits``), else the one after it."""
    near = [label for label in (prev, nxt) if label is not None and label in order]
    return next((label for label in near if fills(label, sentence) and fits(label, sentence)), None) or next(
        (label for label in order if fills(label, sentence) and fits(label, sentence) and label not in near), None) or (prev if prev is not None and fits(prev, sentence) else nxt or prev)
