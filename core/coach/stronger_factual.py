"""The stronger answer to a factual question: whether the candidate holds a licence, a registration or the right to work
(:func:`core.coach.answers_asked.credential_terms`), or when they could start (:data:`_AVAILABILITY_RE`). Its answer is a
fact and what backs it, not a story: a short outline of its own kind, "Answer:" (the yes or no, said first) then
"Detail:" (since when, its number or level, when it renews, where it has mattered), never a story's Situation, Task,
Action and Result with only a Result filled (newcomer, session 23: "Yes, I've held a full UK driving licence since
2012…" came back as "Situation: [gap] Task: [gap] Action: [gap] Result: I've held…"). The candidate's sentences are
given back whole, in the order said.
"""

from __future__ import annotations

import re

from core.coach.answers_asked import credential_terms
from core.coach.stronger_sentences import clean_sentences

# A question about when the candidate could start or may work ("What is your notice period?", "When could you start?").
_AVAILABILITY_RE = re.compile(
    r"\b(?:notice period|when (?:could|can|would) you (?:start|join|begin)|(?:are|would) you (?:be )?available to "
    r"(?:start|work)|earliest (?:start|starting) date|do you (?:have|hold) the right to work|right to work in)\b",
    re.IGNORECASE)
FACT_OUTLINE = (
    ("Answer", "[yes or no, and what you hold (or when you could start), in one sentence]"),
    ("Detail", "[what backs it: since when, its level or number, when it renews, or where it has mattered in your work]"),
)


# A question asking the pay the candidate expects ("What are your salary expectations?", "What salary are you looking
# for?"), or whether or which shifts they can work ("Are you able to work nights and weekends?", "Which shift patterns
# can you work?"): a fact, as when they could start (session 27). A question on how they work them ("How do you cope
# with night shifts?") asks no such thing.
_SALARY_RE = re.compile(
    r"\b(?:salary|pay|compensation|rate) expectations?\b|\bexpected (?:salary|pay|rate)\b|\bwhat (?:salary|pay|rate|"
    r"compensation|day rate|hourly rate)\b[^?.]{0,40}\b(?:expect\w*|looking for|asking for|want)\b|"
    r"\bwhat (?:are|would) you (?:be )?(?:expecting|looking for|asking for) (?:in terms of |as )?(?:salary|pay|"
    r"compensation|a salary)\b", re.IGNORECASE)
_SHIFTS_RE = re.compile(
    r"(?:^|[.?!]\s+|,\s*(?:and\s+)?)(?:are|can|could|would|will) you (?:be )?(?:able|willing|happy|available|free)?"
    r"(?: to| for)? ?(?:work|cover|do)\b[^?.]{0,60}\b(?:shifts?|nights?|night duty|weekends?|rotas?|on[- ]call|"
    r"early starts?|late finishes|bank holidays?)\b|\bwhich (?:shifts?|shift patterns?|hours)\b[^?.]{0,30}\b(?:can|could|"
    r"would|will) you (?:work|do|cover)\b|\bwhat (?:shifts?|shift patterns?|hours) (?:can|could|would|will|are you "
    r"able to) (?:you )?(?:work|do|cover)\b", re.IGNORECASE)
FACT_KINDS = ("credential", "availability", "salary", "shifts")  # the facts a factual question asks


def fact_kind(question: str) -> str:
    """What fact ``question`` asks (:data:`FACT_KINDS`): "credential" (whether one is held: :func:`credential_terms`, or
    which one, as the follow-up reads it: :func:`core.coach.follow_credential.asks_holding`),
    "availability" (when the candidate could start, their notice period), "salary" (the pay expected), "shifts"
    (whether or which shifts they can work); "" for none. A question asking for a story about a credential ("where did
    it last matter in your work?") without such an ask is none."""
    from core.coach.follow_credential import asks_holding  # it reads this module's neighbours

    text = question or ""
    if credential_terms(text) or asks_holding(text):  # the follow-up's own reading of a plain ask (session 28)
        return "credential"
    if _AVAILABILITY_RE.search(text):
        return "availability"
    return "salary" if _SALARY_RE.search(text) else "shifts" if _SHIFTS_RE.search(text) else ""


def asks_fact(question: str) -> bool:
    """Whether ``question`` asks a fact (:func:`fact_kind`): whether or which credential is held, when the candidate
    could start, the pay they expect, the shifts they can work; a question asking for a story about it ("where did it
    last matter in your work?") without such an ask is not one."""
    return bool(fact_kind(question))


def fact_answer(text: str) -> str:
    """The stronger answer to ``text`` given to a factual question (:func:`asks_fact`): "Answer: <its first sentence>
    Detail: <the rest>", whole and in the order said, each heading with its gap from :data:`FACT_OUTLINE` when nothing
    of theirs fills it, but for "Detail" when a figure is said already ("since 2012"). Shape: one line, as every stronger answer."""
    said = clean_sentences(text or "")
    filled = {"Answer": said[:1], "Detail": said[1:]}
    backed = any(re.search(r"\d", s) for s in said)  # "since 2012": what backs it is said, so no gap asks for it
    return " ".join(f"{label}: {' '.join(filled[label]) or gap}" for label, gap in FACT_OUTLINE
                    if filled[label] or not (label == "Detail" and backed))
