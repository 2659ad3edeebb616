"""Which of an answer's gaps a next step of the report may ask for (session 19): never a part of the story the answer
already has. The rc18 re-check's reports said "End each story with its result as a number … in Q2" of an answer that
ended "we have had zero double postings since 2021", and "Close with what you learned … in Q1" of the opener
("walk me through your most recent role … why this role is your next step"), which asks for no story and so for no
lesson.
"""

from __future__ import annotations

import re

from core.analysis.answer import analyse_answer, candidate_words
from core.analysis.text import sentences
from core.coach.cv_reading import measured_result
from core.coach.dimensions import RESULT_GAP
from core.coach.evidence import has_number
from core.coach.plan_opener import OPENERS_LINE_WORDS, OPENERS_LINE_WORDS_CURRENT
from core.coach.plan_text import OPENERS, OPENERS_LINE, OPENERS_LINE_CURRENT, OPENERS_RECENT

# A question that asks for no story of the candidate's own, so for no lesson or trade-off: the plan's opener, in
# any of its wordings (core.coach.plan_text OPENERS*, their slots read as any text), an introduction, and the plan's
# credential question ("…, which your CV shows. How do you keep it current …", "Where has it changed how you work …").
_SLOT_RE = re.compile(r"\\\{\w+\\\}")
_NO_STORY_RE = re.compile("|".join(
    [_SLOT_RE.sub(".*?", re.escape(t)) for t in (*OPENERS, *OPENERS_LINE, *OPENERS_LINE_CURRENT, *OPENERS_RECENT,
                                                  *OPENERS_LINE_WORDS, *OPENERS_LINE_WORDS_CURRENT)]
    + [r"\bwhich your CV shows\b", r"\bhow do you keep (?:it|them) current\b", r"\bwhat did (?:it|they) prepare you for\b",
       r"\bwhere (?:has|have) (?:it|they) changed how you work\b",
       r"\bwalk me through your (?:background|cv|resume|career)\b", r"\btell me (?:a (?:little|bit) )?about yourself\b"]),
    re.I)
_STORY_ONLY = ("What you learned or now do differently", "Why you chose that approach over the alternatives")
# A sentence that tells how things stood afterwards: "We kept our 5-star rating", "we have had zero double postings
# since 2021", "two of them were promoted": a state reached, with a figure (has_number) in the same sentence.
_OUTCOME_RE = re.compile(
    r"\b(?:kept|have had|has had|received|got|gained|became|(?:were|was) \w+ed|now|ended|finished|hit|reached|"
    r"stayed|remained|rose|fell|dropped|went)\b", re.I)
_RESULT_STEPS = (RESULT_GAP, "The result, with a number", "A number that shows the scale or the outcome")


def ends_on_a_result(answer: str) -> bool:
    """Whether the candidate's own words (``answer`` without the interviewer's lines) end on a result with a
    figure: one of the last two sentences a measured result (:func:`core.coach.cv_reading.measured_result`,
    any CV language) or a state reached with a number in it ("We kept our 5-star rating")."""
    last = sentences(candidate_words(answer or ""))[-2:]
    return any(measured_result(s) or (_OUTCOME_RE.search(s) and has_number(s)) for s in last)


def still_missing(question: str, answer: str, missing: list[str]) -> list[str]:
    """``missing`` (an answer's gaps, as the scorer lists them) without the ones a next step must not ask for: a
    result the answer ends on (:func:`ends_on_a_result`), a lesson it gives (the scorer's own lesson reading,
    :func:`core.analysis.answer.analyse_answer`), and the lesson and trade-off of a story the question never
    asked for (:data:`_NO_STORY_RE`: the opener, the credential question)."""
    out = list(missing)
    if any(m.startswith(_RESULT_STEPS) for m in out) and ends_on_a_result(answer):
        out = [m for m in out if not m.startswith(_RESULT_STEPS)]
    if _NO_STORY_RE.search(question or ""):
        out = [m for m in out if not m.startswith(_STORY_ONLY)]
    elif any(m.startswith(_STORY_ONLY[0]) for m in out) and analyse_answer(candidate_words(answer or ""), question).lessons:
        out = [m for m in out if not m.startswith(_STORY_ONLY[0])]
    return out
