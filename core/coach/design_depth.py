"""The top band of an answer to a design question: reached only with its depth.

A short list of components ("a load balancer, Redis, PostgreSQL") shows what a design is made of, not how it was
thought through. System-design interview guides ask for the constraints and scale a design is sized for, the
reasons and trade-offs behind each choice and where it breaks (donnemartin/system-design-primer, "How to approach
a system design interview question": outline use cases, constraints and assumptions, ..., scale the design:
"identify and address bottlenecks"; Alex Xu, *System Design Interview*, 2020, ch. 3: the deep dive, and the
wrap-up's system bottlenecks). So an answer to a question that asks for a design (:func:`is_design_question`:
"Design a…", "How would you design…") reaches the top band (:data:`TOP_BAND`, 9-10/10) only when its depth
dimension (reasoning, trade-offs, breadth: :func:`core.coach.dimensions.depth`) is at least :data:`DEEP_ENOUGH`.
Below that, :func:`held_below_top_band` holds the dimensions that claimed the most (structure, then specificity,
relevance, communication) at 4/5 until the overall is out of the top band; each held line says which of the four
parts of a design's depth (:func:`depth_parts`: a trade-off, a reason, a number for the scale, a failure case)
the answer left out. Gating on the depth dimension rather than on the four parts keeps the scorer's published
figures (``python -m bench --only scorer``): top-graded answers to "explain" or "compare" questions give few of the
parts and need none.
"""

from __future__ import annotations

import re

from core.analysis.answer import AnswerEvidence
from core.coach.question_types import QuestionType
from core.schemas import DimensionScore, overall_from_dimensions

TOP_BAND = 9  # overall 9-10/10: the rubric's top band
DEEP_ENOUGH = 4  # the depth dimension (1-5) a top-band design answer shows
HELD_AT = 4
_HOLD_ORDER = (1, 2, 0, 4)  # structure, specificity, relevance, communication: never depth, which says it already

# a question that asks for a design: "Design a…", "Architect…", "How would you design / build / scale…"
_DESIGN_QUESTION_RE = re.compile(r"^\W*(?:design|architect)\b|\bhow (?:would|do|will) you (?:design|architect|build|scale)\b|"
                                 r"\bwalk me through how you(?:'d| would) (?:design|build|architect)\b", re.IGNORECASE)
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
    """Whether ``question`` asks for a design: a technical or situational question about building a system
    ("Design a rate limiter", "How would you design a URL shortener?", "How would you scale…"). A question
    that asks to explain or compare ("Explain how Raft elects a leader") is judged on its reasoning as any
    technical answer is: a failure case or a scale is not what it asks for."""
    return qtype in {"technical", "situational"} and bool(_DESIGN_QUESTION_RE.search(question or ""))


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
    under :data:`DEEP_ENOUGH`, structure, then specificity, relevance and communication are each held at 4/5 (the
    first held line saying which parts were missing) until the overall is under the top band, and the missing
    parts are added to depth's gaps. Any other answer's ``dims`` are returned as given (the same list)."""
    if not ev.analysed or ev.lang != "en" or not is_design_question(question, qtype):
        return dims
    scores = [d.score for d, _ in dims]
    if overall_from_dimensions(scores) < TOP_BAND or scores[3] >= DEEP_ENOUGH:
        return dims
    missing = [name for name, given in depth_parts(text, ev).items() if not given]
    lacking = "; ".join(_PARTS[name][0] for name in missing) or "more reasoning behind each choice"
    note = (f" Held at {HELD_AT}/5: a design answer reaches {TOP_BAND}-10/10 with its depth, and this "
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
