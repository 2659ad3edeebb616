"""A vague claim given back in a stronger answer ("I was responsible for everything in the store and made sure it all
went well") is no evidence: a model answer never gives it as a part's content (newcomer, session 23: it was kept as the
model "Evidence:"; re-check 23: still there with a note after it). It is left out of its part when the part says
something more, and a part made only of such claims becomes :data:`CLAIM_NOTE`, what would make it evidence.
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
    """``out`` (one part of a stronger answer, "Label: …", or a whole answer) without its sentences that make a vague
    claim (:data:`_CLAIM_RE`) and hold no figure; a part left with nothing of the candidate's but brackets is
    ``"Label: "`` + :data:`CLAIM_NOTE`; ``out`` unchanged when it makes no such claim."""
    label, sep, body = out.partition(": ")
    if not sep or " " in label.strip() and len(label.split()) > 3:
        label, sep, body = "", "", out
    if not _CLAIM_RE.search(body):
        return out

    def drop(m: re.Match[str]) -> str:
        said = m.group(0)
        return "" if _CLAIM_RE.search(re.sub(r"\[[^\]]*\]", "", said)) and not re.search(r"\d", said) else said

    kept = " ".join(_SENTENCE_RE.sub(drop, body).split())
    if kept == " ".join(body.split()):
        return out
    if not re.sub(r"\[[^\]]*\]", "", kept).strip(" .…"):
        kept = CLAIM_NOTE
    return f"{label}{sep}{kept}"
