"""The stronger answer to an answer that opens by saying the thing was never done and gives no plan ("I haven't done
that. Capacity planning has always been done by our workforce team… The workforce team owned the forecast. I just told
them when we had holidays booked."): its sentences are no approach and no steps (re-check, session 20: they came back
under "Approach:" and "Steps:"). The stronger answer is the question's outline of gaps, led by what they said of the
closest thing they have done, given back whole and in brackets as the coach's note.
"""

from __future__ import annotations

import re

from core.analysis.text import sentences
from core.coach.stronger_sentences import clean_sentences

# A first sentence saying it was not done: "I haven't done that.", "No, I've never built one.", "I have no experience of it."
_DENIED_RE = re.compile(r"^(?:no,?\s+|honestly,?\s+)?(?:I|we)\s*(?:haven'?t|have not|'ve never|have never|never|hadn'?t|"
                        r"don'?t have|do not have|have no|'ve no)\b", re.IGNORECASE)
# A sentence saying it was not done anywhere in it ("so I've never built a forecast myself").
_NOT_DONE_RE = re.compile(r"\b(?:haven'?t|have not|hasn'?t|has not|never|didn'?t|did not|no (?:direct |real )?experience)\b",
                          re.IGNORECASE)
# A plan or a way of going about it ("I'd start by…", "I would…", "I'll…", "first I'd…"): an approach after the denial.
_PLAN_RE = re.compile(r"\b(?:I|we)(?:'d| would|'ll| will| could| can)\b|\b(?:start by|begin by|first step)\b", re.IGNORECASE)
_DENIAL_LEAD = ("[You said you have not done this, and gave no way of going about it: a stronger answer names the closest "
                "thing you have done{closest}, then how you would do it. What to cover:] ")


def denial_lead(text: str, kind: str) -> str | None:
    """The bracketed lead (:data:`_DENIAL_LEAD`) for an answer to a question about a subject (``kind`` "behavioural",
    "situational" or "technical": never laid out as a story or an approach it does not tell) whose first sentence says it was not done (:data:`_DENIED_RE`) and none of whose
    sentences gives a plan (:data:`_PLAN_RE`); ``None`` for any other answer. What they said that is not a denial is
    quoted in it whole ("you said: 'I just told them when we had holidays booked.'"), never dropped."""
    first = sentences(text or "")[:1]
    if kind not in {"behavioural", "situational", "technical"} or not first or not _DENIED_RE.match(first[0].strip()):
        return None
    said = clean_sentences(text)  # "I haven't done that." itself is no sentence of substance: left out of these
    if any(_PLAN_RE.search(s) for s in said):
        return None  # "I haven't done that. I'd start by…": an approach, laid out as one
    rest = [s for s in said if not _NOT_DONE_RE.search(s)]
    closest = f" (you said: “{' '.join(rest)}”)" if rest else ""
    return _DENIAL_LEAD.format(closest=closest)
