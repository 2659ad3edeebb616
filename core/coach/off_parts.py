"""An answer judged about something else shows none of its parts as its question's (issue 15, session 22).

The browser showed Structure quoting an off-topic answer's opening as the question's situation ("Found situation:
"Once at Rapid Parcels we had a hard Christmas"") beside a relevance of 1/5 saying it answers another question: the
lines of one answer contradicted each other. :func:`parts_not_counted` keeps the structure score (already held down
for the answer being elsewhere) and says, instead of quoting its parts, that none of them counts for this question.
"""

from __future__ import annotations

from core.schemas import DimensionScore

OFF_PARTS = "The answer is about something else, so none of what it tells counts"  # how its structure line opens
OFF_RELEVANCE = 2  # a relevance (1-5) this low, from an answer judged about something else, is the off-topic grade

_PARTS = {"behavioural": "situation, task, action or result", "situational": "steps or reasoning",
          "technical": "concepts or reasoning"}


def parts_not_counted(dims: list, qtype: str, *, elsewhere: bool) -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs, rubric order) with structure's quoted parts replaced by a
    sentence saying none counts for this question, when the answer is judged about something else (``elsewhere``:
    about another subject, another question, or none of the question's subject) and its relevance is
    :data:`OFF_RELEVANCE` or less; else ``dims`` as they are. The score is kept."""
    rel, (structure, gaps) = dims[0][0], dims[1]
    if not elsewhere or rel.score > OFF_RELEVANCE or not structure.evidence.startswith("Found"):
        return dims
    parts = _PARTS.get(qtype, "parts")
    note = structure.evidence.split(" Counted", 1)[1] if " Counted" in structure.evidence else ""
    said = (f"{OFF_PARTS} as this question's {parts}."
            + (f" Counted{note}" if note else ""))
    return [dims[0], (DimensionScore(score=structure.score, evidence=said), gaps), *dims[2:]]
