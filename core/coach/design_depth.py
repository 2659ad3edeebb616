"""The top band of a design or technical answer: reached only with its depth.

A short list of components ("a load balancer, Redis, PostgreSQL") shows what a design is made of, not how it was
thought through. System-design interview guides ask for the constraints and scale a design is sized for, the
reasons and trade-offs behind each choice and where it breaks (donnemartin/system-design-primer, "How to approach
a system design interview question": outline use cases, constraints and assumptions; ... scale the design:
"identify and address bottlenecks"; Alex Xu, *System Design Interview*, 2020, ch. 3: the deep dive and the
wrap-up's "identify the system bottlenecks"). So an answer to a technical question (:mod:`core.coach.question_types`: "Design a…", "How does X
work") or to a situational one about building a system ("How would you design…") reaches the top band
(:data:`TOP_BAND`, 9-10/10) only when its depth dimension is at least :data:`DEEP_ENOUGH` and it gives at least
:data:`PARTS_NEEDED` of the four parts (:func:`depth_parts`). Below that, :func:`held_below_top_band` holds the
dimensions that claimed the most (structure, then specificity, relevance, communication) at 4/5 until the overall
is out of the top band, and each held line says what was missing. Standard library only.
"""

from __future__ import annotations

import re

from core.analysis.answer import AnswerEvidence
from core.coach.question_types import QuestionType
from core.schemas import DimensionScore, overall_from_dimensions

TOP_BAND = 9  # overall 9-10/10: the rubric's top band
DEEP_ENOUGH = 4  # the depth dimension (1-5) a top-band design answer shows
PARTS_NEEDED = 3  # of the four parts of depth (trade-off, reason, number, failure case)
HELD_AT = 4
_HOLD_ORDER = (1, 2, 0, 4)  # structure, specificity, relevance, communication: never depth, which says it already

# a question about building a system: "how would you design…", "architect", "scale to…"
_DESIGN_QUESTION_RE = re.compile(r"\b(?:design|architect\w*|scal(?:e|ing|able)|build (?:a|an|the) (?:\w+ )?"
                                 r"(?:system|service|api|pipeline|platform|backend))\b", re.IGNORECASE)
# what is given up for what: "instead of", "rather than", "at the cost of", "the downside", "trade-off"
TRADE_OFF_RE = re.compile(
    r"\btrade[- ]?offs?\b|\binstead of\b|\brather than\b|\bat the (?:cost|expense|price) of\b|\bthe (?:down|up)side\b|"
    r"\bin exchange for\b|\bgive up\b|\bgiving up\b|\bcompared (?:to|with)\b|\bover\b(?= [\w-]+(?: [\w-]+)? because\b)|"
    r"\b(?:cheaper|simpler|faster|slower|safer|costlier) (?:than|but)\b|\bbut (?:it|that|this) (?:costs?|means|adds|"
    r"loses|makes|needs)\b|\beventual(?:ly)? consisten\w*|\bpros? and cons?\b|\bat the price\b",
    re.IGNORECASE,
)
# how it breaks and what happens then: "where it breaks first", "a bottleneck", "if Redis goes down", "failover"
FAILURE_RE = re.compile(
    r"\b(?:break|breaks|broke|fail|fails|failed|failure|failover|fall ?back|fallback|bottlenecks?|outages?|"
    r"goes down|go down|single point of failure|overload\w*|time ?outs?|retr(?:y|ies)|degrad\w*|hot ?spots?|"
    r"thundering herd|back-?pressure|circuit breakers?|crash\w*|recover\w*|struggl\w*|slows? down|runs? out of|lose data|data loss|saturat\w*)\b",
    re.IGNORECASE,
)
_NUMBER_RE = re.compile(r"\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens?)\b", re.IGNORECASE)

# what each missing part is called in the held line, and the gap it leaves (the report's "What was missing")
_PARTS = {
    "trade-off": ("a trade-off (what you give up, and when you would choose otherwise)",
                  "The trade-off you accept, and when you would choose differently"),
    "reason": ("a reason for a choice", "Why you chose that approach over the alternatives"),
    "number": ("a number for the scale (requests a second, data size, users)",
               "A number for the scale the design is built for"),
    "failure case": ("a failure case (where it breaks first, and what happens then)",
                     "Where it breaks first, and what you would do about it"),
}


def is_design_question(question: str, qtype: QuestionType) -> bool:
    """Whether ``question`` asks for a design or technical answer: its type is technical, or it is situational
    and about building a system ("How would you design a rate limiter?")."""
    return qtype == "technical" or (qtype == "situational" and bool(_DESIGN_QUESTION_RE.search(question or "")))


def depth_parts(text: str, ev: AnswerEvidence) -> dict[str, bool]:
    """Which of the four parts of a design answer's depth ``text`` gives: ``{"trade-off", "reason", "number",
    "failure case"} -> bool``. A reason is :attr:`AnswerEvidence.reasoning` (a "because", "so that"); a number
    is a figure in digits or words ("12 a second", "a million")."""
    return {
        "trade-off": bool(TRADE_OFF_RE.search(text)),
        "reason": bool(ev.reasoning),
        "number": bool(ev.numbers or ev.spelled_numbers or _NUMBER_RE.search(text)),
        "failure case": bool(FAILURE_RE.search(text)),
    }


def held_below_top_band(dims: list, question: str, qtype: QuestionType, text: str, ev: AnswerEvidence) -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs in rubric order) with a design answer that lacks depth
    kept out of the top band: when the overall they give is :data:`TOP_BAND` or more and the depth dimension is
    under :data:`DEEP_ENOUGH` or fewer than :data:`PARTS_NEEDED` parts are given, structure, then specificity,
    relevance and communication are each held at 4/5 (their line saying what was missing) until the overall is
    under the top band; the missing parts are added to depth's gaps. Any other answer's ``dims`` are returned
    as given."""
    if not ev.analysed or ev.lang != "en" or not is_design_question(question, qtype):
        return dims
    scores = [d.score for d, _ in dims]
    if overall_from_dimensions(scores) < TOP_BAND:
        return dims
    parts = depth_parts(text, ev)
    missing = [name for name, given in parts.items() if not given]
    if scores[3] >= DEEP_ENOUGH and len(parts) - len(missing) >= PARTS_NEEDED:
        return dims
    lacking = "; ".join(_PARTS[name][0] for name in missing) or "more reasoning behind each choice"
    note = (f" Held at {HELD_AT}/5: a design or technical answer reaches {TOP_BAND}-10/10 with its depth, and this "
            f"one lists its parts more than it weighs them. Missing: {lacking}.")
    out = list(dims)
    for index in _HOLD_ORDER:
        if overall_from_dimensions([d.score for d, _ in out]) < TOP_BAND:
            break
        dim, gaps = out[index]
        if dim.score > HELD_AT:
            out[index] = (DimensionScore(score=HELD_AT, evidence=dim.evidence + note), gaps)
            note = f" Held at {HELD_AT}/5 for the same reason: the design's depth is missing."
    depth_dim, depth_gaps = out[3]
    out[3] = (depth_dim, [*depth_gaps, *(_PARTS[name][1] for name in missing if _PARTS[name][1] not in depth_gaps)])
    return out
