"""An answer mostly made of its own sentences said again: how much repeats, and what that caps (split out of
:mod:`core.coach.score`, session 21; no behaviour change)."""

from __future__ import annotations

from core.analysis.text import words
from core.schemas import DimensionScore

__all__ = ["MOSTLY_REPEATED", "REPEATED_CAP", "REPEATED_STRUCTURE_CAP", "_mostly_repeated", "repeated_share"]

MOSTLY_REPEATED = 0.5  # share of an answer's words that are its own sentences said again: mostly padding
REPEATED_CAP = 3  # relevance and specificity of a mostly repeated answer: it takes the question up once, and no better
REPEATED_STRUCTURE_CAP = 2  # its structure: the same points over and over are no order of steps


def repeated_share(said: str, once: str) -> float:
    """The share (0-1) of the words of ``said`` left out of ``once`` (:func:`core.analysis.text.said_once`):
    how much of the answer is its own sentences said again."""
    total = len(words(said))
    return round(1 - len(words(once)) / total, 3) if total else 0.0


def _mostly_repeated(dims: list, share: float) -> list:
    """An answer mostly made of its own text said again (:data:`MOSTLY_REPEATED`): the first copy is
    credited, the rest is not, and saying the same thing many times answers the question no better
    (relevance at most :data:`REPEATED_CAP`), is no order of steps or parts (structure at most
    :data:`REPEATED_STRUCTURE_CAP`, its "Found ..." claim replaced) and no more specific (specificity at
    most :data:`REPEATED_CAP`). Communication already says how much repeats."""
    why = f"{round(share * 100)}% of the answer repeats its own sentences"
    rel, structure_ = dims[0][0], dims[1][0]
    if rel.score > REPEATED_CAP:
        rel = DimensionScore(score=REPEATED_CAP, evidence=rel.evidence + f" Counted at most {REPEATED_CAP}/5: {why}, "
                             "which adds nothing to how it answers the question.")
    if structure_.score > REPEATED_STRUCTURE_CAP:
        structure_ = DimensionScore(score=REPEATED_STRUCTURE_CAP, evidence=(
            f"{why}: the same points said over and over are no order of steps or parts. Counted at most "
            f"{REPEATED_STRUCTURE_CAP}/5."))
    spec = dims[2][0]
    if spec.score > REPEATED_CAP:  # the same figures and terms said again and again count once, not as detail
        spec = DimensionScore(score=REPEATED_CAP, evidence=spec.evidence + f" Counted at most {REPEATED_CAP}/5: {why}; "
                              "the same details said again are no more specific.")
    gap = "Say each point once, then move to the next step"
    return [(rel, dims[0][1]), (structure_, [gap, *dims[1][1]]), (spec, dims[2][1]), *dims[3:]]
