"""A planned question whose subject an earlier answer already told in detail: the interviewer moves on.

Session 16: after a candidate described their month-end close with its figures in the first answer, the third
question was "Walk me through your month-end close…"; after a quota-forecast story, "How do you plan your quarter
to hit quota?". An interviewer who listened takes the next subject instead; only when nothing new is left does it
ask a told subject again, saying so, from a clearly new angle (:func:`deeper_angle`; session 17: "Looking back, what
would you change…" read as the same question again).

:func:`question_subject` is the subject a planned question asks about: the competency of the bank's role question
it is (``data/question_bank.json``, "month-end close", "quota"), else the job requirement a template wrote into it
(:func:`core.coach.framing.asked_requirement`), when the question says it (a scenario the bank files under
"controls" does not: its subject is the scenario's). :func:`covered_by` finds an earlier answer that told it in detail:
every content word of the subject (by Snowball stem) in a sentence with a figure or in two sentences, and the answer
itself detailed (:data:`DETAIL_WORDS` words or more with a figure in it). A behavioural bank question (a conflict, a mistake) asks for
a story of its own, so it is never skipped (a story question on a tool, method or credential of the lexicon a skill
template named, "the hardest problem you have solved with PLC", is: that story was told) (any question a story answers, :func:`core.coach.question_types.question_type`),
nor one whose subject is said of anything ("planning", "content": under :data:`MIN_WEIGHT` of rarity). A bank scenario
that never names its subject ("A driver will run out of driving time…", drivers' hours planning) is told by an answer
naming its competency or one of the bank's tags of it in two sentences (:func:`_scenario_told`). English only
(stems and figures).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from core.analysis.skills import find_skills, load_lexicon
from core.analysis.text import sentences, words
from core.coach.bank import bank_texts, load_question_bank
from core.coach.framing import asked_requirement
from core.coach.question_types import question_type
from core.coach.subject import term_stem, term_weight

MIN_WEIGHT = 1.5  # rarity (summed 6 - Zipf, core.coach.subject.term_weight) of a subject that names something
DETAIL_WORDS = 40  # an answer this long, with a figure, told its subject in detail (a one-line mention is not)
_FIGURE_RE = re.compile(r"\d")
_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "your", "my", "work", "experience",
                    "skills", "skill", "knowledge", "tasks", "duties"})  # words of any subject


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", "", re.sub(r"\s+", " ", (text or "").lower())).strip()


@lru_cache(maxsize=1)
def _role_subjects() -> tuple[tuple[str, str], ...]:
    """(normalised text, competency) of the bank's role questions."""
    return tuple((_norm(text), str(q.get("competency") or "")) for q in load_question_bank()
                 if q.get("kind") == "role" and q.get("competency") and q.get("text") for text in bank_texts(q))


def question_subject(question: str) -> str:
    """The subject ``question`` asks about (see the module docstring), or ""."""
    norm = _norm(question)
    found = next((subject for text, subject in _role_subjects() if text and text in norm), "")
    return found or asked_requirement(question)


def _words(text: str) -> list[str]:
    return [w for part in words(text.lower()) for w in part.split("-") if w and w not in _SMALL]


def _stems(text: str) -> set[str]:
    return {term_stem(w) for w in _words(text)}


def covered_by(question: str, answers: Sequence[str]) -> int | None:
    """The index in ``answers`` (earlier answers, in order) of the first that told ``question``'s subject in detail
    (see the module docstring), or None."""
    subject = question_subject(question)
    needed = _stems(subject)
    if needed and not needed <= _stems(question):  # a scenario that never says its subject: by the bank's tags of it
        return _scenario_told(question, answers)
    if not needed:
        return None
    story = question_type(question) == "behavioural" and not _named_thing(question, subject)
    if story or sum(term_weight(w) for w in _words(subject)) < MIN_WEIGHT:
        return None  # a story question asks for a story of its own; "planning", "content" are said of anything
    for index, answer in enumerate(answers):
        text = answer or ""
        if len(words(text)) < DETAIL_WORDS or not _FIGURE_RE.search(text):
            continue
        told = [s for s in sentences(text) if needed <= _stems(s) or _instance_of(s, subject)]
        if len(told) >= 2 or any(_FIGURE_RE.search(s) for s in told):  # never one passing mention without a figure
            return index
    return None


@lru_cache(maxsize=1)
def _role_tags() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(normalised text, its subject's names: the competency and the bank's tags) of the bank's role questions that
    carry tags ("drivers' hours", "tachograph" for "A driver will run out of driving time…")."""
    return tuple((_norm(text), (str(q["competency"]), *q["tags"])) for q in load_question_bank()
                 if q.get("kind") == "role" and q.get("competency") and q.get("tags") for text in bank_texts(q))


def _scenario_told(question: str, answers: Sequence[str]) -> int | None:
    """The index of the first of ``answers`` that told a bank scenario's subject in detail though the scenario never
    names it (session 22: "A driver will run out of driving time…" asked right after a reply that swapped a driver
    short of hours with tachograph checks): a detailed answer (see :func:`covered_by`) naming the subject, by its
    competency or a tag of the bank's, in two sentences or more; None for a question without tags."""
    norm = _norm(question)
    names = next((tags for text, tags in _role_tags() if text and text in norm), ())
    stems = [s for s in (_stems(n) for n in names) if s]
    if not stems or question_type(question) == "behavioural":
        return None
    for index, answer in enumerate(answers):
        text = answer or ""
        if len(words(text)) < DETAIL_WORDS or not _FIGURE_RE.search(text):
            continue
        if sum(any(s <= _stems(sentence) for s in stems) for sentence in sentences(text)) >= 2:
            return index
    return None


def _named_thing(question: str, subject: str) -> bool:
    """Whether a question's subject is a tool, method or credential a skill template named ("What was the hardest
    problem you have solved with PLC…"), not a bank question's competency: a story already told on that thing is
    the story this question asks for again (session 20: a PLC fault story, then "the hardest problem… with PLC")."""
    return not any(text and text in _norm(question) for text, _competency in _role_subjects()) and bool(
        find_skills(subject))


def _instance_of(sentence: str, subject: str) -> bool:
    """Whether a sentence names a tool of the lexicon that is an instance of the subject's skill ("I went online
    to the S7 with TIA Portal": PLC programming, ``instance_of`` of ``data/skills_lexicon.json``)."""
    kinds = {hit.name for hit in find_skills(subject)}
    instances = load_lexicon().instance_of
    return bool(kinds) and any(kinds & set(instances.get(hit.name, ())) for hit in find_skills(sentence))


def deeper_angle(question: str) -> str:
    """A subject an earlier answer covered, asked again only when nothing new is left: the question says it was told
    and asks something clearly new ("You told me about your month-end close work earlier. This time, a different
    angle: if you had to run it with half the time and people, what would you change first, and what would you
    protect?"); "" without a subject."""
    subject = question_subject(question)
    return (f"You told me about your {subject} work earlier. This time, a different angle: if you had to run it "
            "with half the time and people, what would you change first, and what would you protect?") if subject else ""
