"""A vague claim given back in a stronger answer ("I was responsible for everything in the store and made sure it all
went well") is the candidate's, so it stays, but it is no evidence: a bracketed note after it says what would make it
evidence (newcomer, session 23: it was kept as the model "Evidence:" with nothing said). The note goes after the
sentence's full stop, never inside it.
"""

from __future__ import annotations

import re

# A claim of everything or of things going well, with nothing named ("responsible for everything", "made sure it all
# went well", "did whatever was needed", "took care of everything").
_CLAIM_RE = re.compile(
    r"\b(?:responsible for (?:everything|it all|all of it)|in charge of (?:everything|it all)|"
    r"made sure (?:that )?(?:it all|everything|all of it|things|all) (?:went|ran|was|were) (?:well|smoothly|fine|ok|okay|right)|"
    r"(?:it all|everything|things) went (?:well|smoothly|fine)|did (?:everything|whatever (?:was|it) (?:needed|took))|"
    r"(?:handled|took care of|looked after) everything)\b", re.IGNORECASE)
CLAIM_NOTE = "[What shows it: one thing you did there, and the number it changed.]"
# A sentence of the stronger answer outside brackets: up to its closing mark.
_SENTENCE_RE = re.compile(r"[^.!?\[\]]*(?:\[[^\]]*\][^.!?\[\]]*)*[.!?]")


def noted_claims(out: str) -> str:
    """``out`` (a stronger answer, one line) with :data:`CLAIM_NOTE` after each sentence that makes a vague claim
    (:data:`_CLAIM_RE`) and holds no figure; ``out`` unchanged when there is none."""
    def note(m: re.Match[str]) -> str:
        said = m.group(0)
        if _CLAIM_RE.search(re.sub(r"\[[^\]]*\]", "", said)) and not re.search(r"\d", said):
            return f"{said} {CLAIM_NOTE}"
        return said

    return _SENTENCE_RE.sub(note, out) if _CLAIM_RE.search(out) else out
