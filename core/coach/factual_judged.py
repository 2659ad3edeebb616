"""A factual question answered plainly: judged as a fact said first and backed, never as a story (issue 15, session 24).

A question asking whether the candidate holds a licence, a registration or the right to work, or when they could start
(:func:`core.coach.stronger_factual.asks_fact`), is typed as a story question by its opening ("Do you hold it?" has no
other cue), so a plain "Yes, I've held a full UK driving licence since 2012, with no points…" was asked for "The
situation: where and when this happened" and "What you personally did, step by step", and its structure read "Missing:
situation, task, action" (newcomer nc23, re-check rc23). :func:`judged_as_fact` judges its structure on what a factual
answer has, the fact said in its first sentence and what backs it (since when, its level or number, when it renews:
:data:`core.coach.stronger_factual.FACT_OUTLINE`, the stronger answer's own outline), and leaves out the gaps of a
story (situation, steps, result, lesson) and of length. A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re

from core.analysis.answer import AnswerEvidence
from core.coach.phrasing import clip, quote
from core.coach.stronger_factual import FACT_OUTLINE, asks_fact
from core.schemas import DimensionScore

# gaps of a story or of a long answer, which a fact does not have (core.coach.dimensions' wording)
_STORY_GAPS = ("The situation:", "What you personally did", "The result, with a number", "What you learned",
               "Why you chose that approach", "One real example", "What you did, step by step",
               "A number that shows the scale or the outcome", "More detail: the answer is very short")
_BACKED_RE = re.compile(r"\d|\b(?:since|until|renew\w*|valid|expir\w*|(?:level|class|grade) \w+|(?:one|two|three|four|"
                        r"five|six|eight|ten|twelve) (?:weeks?|months?|years?|days?))\b", re.IGNORECASE)
# the fact a factual question asks, said: a yes or no, or when (a span of time, a date, "straight away")
_FACT_SAID_RE = re.compile(
    r"^\s*(?:yes|yeah|no|not yet)\b|\b(?:i (?:do )?(?:hold|have)|i've (?:held|had|got)|i (?:passed|renewed|gained))\b|"
    r"\b(?:\d+|one|two|three|four|five|six|eight|ten|twelve) (?:weeks?|months?|days?)\b|\b(?:immediately|straight away|"
    r"right away|at once)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"\bthe (?:first|start|beginning|end) of (?:the |next )?\w+", re.IGNORECASE)
FACT_RELEVANCE = 4  # 1-5: the fact a factual question asks, said plainly (one more with what backs it)
# the outline's own gap, which names "what backs it" already: "What backs it: what backs it: since when…" said the
# phrase twice in every line that quotes it (rc26 N5: the report's weaknesses, "What was missing", the export)
FACT_GAP = FACT_OUTLINE[1][1].strip("[]")[:1].upper() + FACT_OUTLINE[1][1].strip("[]")[1:]


def judged_as_fact(dims: list, question: str, ev: AnswerEvidence) -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs, rubric order, of an English answer judged on its question) with
    structure read as a fact's when ``question`` asks a fact (:func:`core.coach.stronger_factual.asks_fact`) and is not
    asked as a story: 4 for the fact said in the first sentence, 5 when what backs it is said too (a date, a number, a
    level, "since", "until", "renews"), 3 when neither reads plainly; the gaps of a story and of length dropped from
    every dimension. Other ``dims`` come back as they are."""
    if not asks_fact(question) or not ev.analysed or ev.lang != "en":
        return dims
    said = [s for s in re.split(r"(?<=[.!?])\s+", ev.text.strip()) if s]
    if not said:
        return dims
    backed = next((clip(s[m.start():], 5) for s in said if (m := _BACKED_RE.search(s))), "")
    score = 3 + bool(said) + bool(backed)
    text = f"A factual question: the answer says it first ({quote(clip(said[0], 10))})"
    text += f" and backs it ({quote(backed)})." if backed else ", without what backs it."
    text += " (STAR is not expected for this kind of question.)"
    gaps = [] if backed else [FACT_GAP]
    rel, rel_gaps = dims[0]
    if rel.score < FACT_RELEVANCE and (fact := _FACT_SAID_RE.search(said[0])):  # "It's one month." answers it
        rel = DimensionScore(score=FACT_RELEVANCE + bool(backed), evidence=(
            f"The answer says the fact the question asks, first ({quote(clip(said[0][fact.start():], 8))})."))
        rel_gaps = [g for g in rel_gaps if not g.startswith("A clearer link")]
    out = [(rel, _without_story_gaps(rel_gaps)), (DimensionScore(score=score, evidence=text), gaps)]
    return out + [(dim, _without_story_gaps(g)) for dim, g in dims[2:]]


def _without_story_gaps(gaps: list[str]) -> list[str]:
    return [g for g in gaps if not g.startswith(_STORY_GAPS)]
