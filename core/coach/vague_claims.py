"""An answer made only of claims of responsibility shows nothing the question asks for (issue 15, session 22, judge22b).

"I led the site at Lovell. I was responsible for everything and made sure the job went well." scored 6/10 with
Relevance 5/5 and Communication 5/5 "Concise" (newcomer nc22), as high as a full story with its own steps and figures.
Saying one was in charge ("responsible for everything", "in charge of it all", "made sure it went well", "it was a
success") is a claim an interviewer cannot check: with no act told, no number and no named tool, and nearly every
sentence such a claim, :func:`vague_claims` finds it and :func:`with_vague_claims` holds it at 3-4/10 — relevance
:data:`CLAIM_RELEVANCE` (it names the subject, shows nothing of it), structure :data:`CLAIM_STRUCTURE`, specificity
and depth 1, communication at most 4 and never "concise" (brief is not concise when it says nothing).

A rule of this project, not a figure from research; English words only.
"""

from __future__ import annotations

import re

from core.analysis.text import sentences
from core.coach.phrasing import clip, quote
from core.schemas import DimensionScore

CLAIM_RELEVANCE = 3  # relevance (1-5) at most of an answer made of claims only
CLAIM_STRUCTURE = 2  # structure (1-5) at most
CLAIM_COMMUNICATION = 4  # communication (1-5) at most: brief, but it says nothing to follow
MAX_WORDS = 45  # a longer answer tells something more; it is judged by its parts as before
# a claim of responsibility or of things going well, with nothing checkable in it
_CLAIM_RE = re.compile(
    r"\b(?:responsible for (?:everything|it all|all of it|the lot|the whole (?:thing|job|site|project))|in charge of "
    r"(?:everything|it all|all of it|the whole (?:thing|job|site|project))|(?:handled|managed|did|looked after|ran|"
    r"oversaw|sorted) (?:everything|it all|all of it|everyone|the lot)|made sure (?:that )?(?:the job|it|it all|"
    r"everything|things|the (?:project|site|team|shifts?|work|day))\b[^.]{0,25}\b(?:went|ran|got|was|were)\b|"
    r"(?:it|everything|things|the (?:project|job|site|event))(?: all)? (?:went|ran) (?:well|smoothly|fine|to plan)|"
    r"(?:it|the (?:project|event|job)) was a (?:success|great success)|(?:I|we) (?:led|managed|ran) the \w+(?: (?:at|in) (?:the )?"
    r"[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,3})?\s*(?:[.,]|$)|(?:I|we) organised the \w+(?: last year)?\s*[.,])",
    re.IGNORECASE)
# a cliché about oneself is a claim too (session 24: "I'm a hard worker and a team player. I'm looking for a new
# challenge."): it says what one is, shows nothing
_CLICHE_RE = re.compile(
    r"\b(?:hard[- ]?work(?:er|ing)|team player|people person|quick learner|fast learner|self[- ]starter|go[- ]getter|"
    r"perfectionist|good communicator|(?:work|thrive) (?:well )?under pressure|passionate about|"
    r"(?:looking|ready) for (?:a )?(?:new|fresh) challenges?|new challenges?|"
    r"(?:worked|been) in \w+(?: \w+)? for (?:a (?:few|couple of) years|a while|some time|years))\b",
    re.IGNORECASE)


def vague_claims(ev, text: str, question: str = "") -> list[str]:
    """The claims of ``text`` (see the module docstring) when the whole answer is made of them: English, under
    :data:`MAX_WORDS` words, no number, spelled number or named tool (but those ``question`` names), and every
    sentence but at most one a claim; else []."""
    # a tool or field the question itself names ("payroll" of "the payroll officer role") shows nothing of one's own
    tools = [t for t in ev.tools if str(t).lower() not in (question or "").lower()]
    if not ev.analysed or ev.lang != "en" or ev.numbers or ev.spelled_numbers or tools:
        return []
    if len((text or "").split()) > MAX_WORDS:
        return []
    said = [s.strip() for s in sentences(text or "") if s.strip()]
    claims = [s for s in said if _CLAIM_RE.search(s) or _CLICHE_RE.search(s)]
    return claims if len(claims) >= 2 and len(said) - len(claims) <= 1 else []


def with_vague_claims(dims: list, ev, text: str, question: str = "") -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs, rubric order) held as the module docstring says when the
    answer is made of claims only (:func:`vague_claims`), each dimension saying why; else as they are."""
    claims = vague_claims(ev, text, question)
    if not claims:
        return dims
    shown = quote(clip(claims[-1].rstrip(".!"), 12))
    why = f"it claims ({shown}) but tells no act of your own, no number and nothing anyone could check"
    caps = (CLAIM_RELEVANCE, CLAIM_STRUCTURE, 1, 1, CLAIM_COMMUNICATION)
    out = []
    for (dim, gaps), cap in zip(dims, caps, strict=True):
        evidence = dim.evidence.replace(" Concise: no filler, hedging or vague words.", "")
        if dim.score > cap:
            dim = DimensionScore(score=cap, evidence=evidence + f" Counted at most {cap}/5: {why}.")
        elif evidence != dim.evidence:
            dim = DimensionScore(score=dim.score, evidence=evidence)
        out.append((dim, gaps))
    gap = "One thing you did yourself, step by step, with a number that shows what came of it"
    rel, gaps = out[0]
    return [(rel, [*gaps, gap] if gap not in gaps else gaps), *out[1:]]
