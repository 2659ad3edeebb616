"""An answer that is mostly hedging (split from :mod:`core.coach.score` along its seam, session 24, no behaviour change).

:func:`mostly_unsure` tells it; :func:`unsure_scores` counts each dimension at :data:`UNSURE_CAP` at most, saying why.
"""

from __future__ import annotations

from core.analysis.answer import AnswerEvidence
from core.coach.phrasing import quote
from core.schemas import DimensionScore

UNSURE_CAP = 2  # every dimension of an answer that is mostly hedging (2-3/10 overall)
UNSURE_SHARE = 0.5  # share of unsure sentences that, with "I don't know", makes an answer mostly hedging


def mostly_unsure(ev: AnswerEvidence) -> bool:
    """An answer that is mostly hedging: half its sentences or more are unsure ("maybe", "I guess",
    "usually": :data:`core.analysis.cues.UNSURE`, :data:`core.analysis.cues.HEDGE`) and it says it
    does not know ("I don't know", "I'm not sure what…"), or three in four are unsure; and it gives no
    number and names no tool, the concrete detail a committed answer would carry. (An answer that opens
    with "I don't know" and says little else is a non-answer: :func:`non_answer_kind`.)"""
    if not ev.analysed or ev.sentence_count < 2 or ev.numbers or ev.spelled_numbers or ev.tools:
        return False
    return ev.unsure_share >= (UNSURE_SHARE if ev.dont_know else 0.75)


def unsure_scores(dims: list, ev: AnswerEvidence) -> list:
    """An answer that is mostly hedging (:func:`mostly_unsure`): each dimension counts at most
    :data:`UNSURE_CAP`, saying why; the words it shares with the question are no answer to it."""
    said = f" ({quote(ev.dont_know[0])})" if ev.dont_know else ""
    why = (f"{round(ev.unsure_share * 100)}% of its sentences hedge or say the candidate is unsure{said}, so it "
           "commits to no answer")
    out = []
    for i, (dim, gaps) in enumerate(dims):
        if dim.score > UNSURE_CAP:
            note = f" Counted at most {UNSURE_CAP}/5: {why}." if i == 0 else f" Counted at most {UNSURE_CAP}/5: mostly hedging."
            dim = DimensionScore(score=UNSURE_CAP, evidence=dim.evidence + note)
        out.append((dim, gaps))
    gap = "A committed answer: say what you would do or did, and drop the hedges"
    return [(out[0][0], [gap, *out[0][1]]), *out[1:]]
