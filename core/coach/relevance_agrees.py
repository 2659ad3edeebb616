"""The relevance evidence agreeing with its score: a 4 or 5 never rests on a sentence saying the answer shares only
everyday words with the question (re-check, session 26: "Relevance 5/5 — The answer shares only everyday words with the
question (whether); does what the question asks…"). Later steps of the scorer (what the answer shows in its own words,
:func:`core.coach.meaning.relevance_by_meaning`) may lift a score the first reading held at 3: the clause that held it
goes with the lift."""

from __future__ import annotations

import re

from core.schemas import DimensionScore

TOP_RELEVANCE = 4  # a relevance this high (1-5) says the answer is on the question
_CHANCE_RE = re.compile(r"shares only everyday words with the question \([^)]*\)(?:; |\.)?")


def relevance_agrees(dim: DimensionScore) -> DimensionScore:
    """``dim`` (the relevance score, 1-5, and its evidence) with no clause calling the shared words chance when the
    score is :data:`TOP_RELEVANCE` or more; unchanged otherwise. "The answer shares only everyday words… (x); does what
    the question asks: …" -> "The answer does what the question asks: …"."""
    if dim.score < TOP_RELEVANCE or not _CHANCE_RE.search(dim.evidence):
        return dim
    text = _CHANCE_RE.sub("", dim.evidence, count=1).replace("The answer  ", "The answer ")
    text = re.sub(r"^The answer\s*(?:\.|$)", "The answer takes up what the question asks.", text)
    return DimensionScore(score=dim.score, evidence=re.sub(r"\s{2,}", " ", text).strip())
