"""An example told only in vague words shows no structure of its own (issue 15, session 22).

An opener ("what did you own there, and what draws you to…?") answered "Most recently we redesigned appointment
booking. It went well and completion went up." had its example counted as "something you have done that shows it":
Structure 5/5 and 8/10, as high as a full story with its own steps and figures. An example with no act of the
candidate's own ("I rewrote…", "I ran…": "we" did it) and no number or named tool is only a claim: :func:`with_vague_example`
holds Structure at :data:`VAGUE_STRUCTURE`, saying why and quoting the vague words, and asks for the missing
act and figure. Questions whose structure is STAR are judged by their parts as before. English words only.
"""

from __future__ import annotations

import re

from core.analysis.text import sentences
from core.coach.phrasing import clip, quote
from core.schemas import DimensionScore

VAGUE_STRUCTURE = 3  # Structure (1-5) of an answer whose only example is a vague claim
_EXAMPLE_KINDS = frozenset({"motivation", "introduction", "self_assessment"})
# a past act of the candidate's own: "I redesigned", "I ran", "I set up"; feelings and background are no act
_OWN_ACT_RE = re.compile(
    r"\bI\s+(?:\w+ly\s+)?(?!(?:liked|loved|enjoyed|wanted|hoped|wished|preferred|worked|joined|started|learned|"
    r"learnt|felt|believed|thought|realised|realized|was|had|used)\b)(?:\w{3,}ed|led|ran|made|built|wrote|set up|"
    r"took|got|gave|found|cut|won|brought|taught|drove|sold|kept|chose|spent|began|put)\b", re.IGNORECASE)
GAP = "One thing you did yourself, with a number that shows what came of it"


def vague_example(ev, qtype: str, text: str) -> str:
    """The sentence of ``text`` that gives its example as a vague claim (the first that tells a result or an act
    without a figure), when the answer to a question of ``qtype`` (:data:`_EXAMPLE_KINDS`) has an example
    (:func:`core.coach.dimensions._type_parts`) but no act of the candidate's own and no number or named tool; else
    ""."""
    from core.coach.dimensions import _type_parts

    if qtype not in _EXAMPLE_KINDS or not ev.analysed or ev.lang != "en" or "example" not in _type_parts(ev, qtype):
        return ""
    if ev.numbers or ev.spelled_numbers or ev.tools or _OWN_ACT_RE.search(text or ""):
        return ""
    said = sentences(text or "")
    told = [s for s in said if re.search(r"\b(?:we|it|they)\b", s, re.IGNORECASE) and
            re.search(r"\b(?:went|worked|was|were)\b|\w{3,}ed\b", s)]
    return (told[-1] if told else "").strip()


def with_vague_example(dims: list, ev, qtype: str, text: str) -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs, rubric order) with Structure at most :data:`VAGUE_STRUCTURE`
    when the answer's only example is a vague claim (:func:`vague_example`), saying so; else as they are."""
    claim = vague_example(ev, qtype, text)
    structure, gaps = dims[1]
    if not claim or structure.score <= VAGUE_STRUCTURE:
        return dims
    shown = quote(clip(claim.rstrip(".!"), 12))
    note = (f" Counted at most {VAGUE_STRUCTURE}/5: its example ({shown}) is a claim, with no act "
            "of your own and no number.")
    held = DimensionScore(score=VAGUE_STRUCTURE, evidence=structure.evidence + note)
    return [dims[0], (held, [*gaps, GAP]), *dims[2:]]
