"""Which question of an interview asked about a job requirement, for the report's coverage row of it
(:func:`core.coach.coverage.coverage_item`): the question the plan built to probe it (a bank question of its competency,
read in English for a job in another language, or of the competency with its head word), one naming it in its own
words, else one asking about its topic. A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re

from core.analysis.cv_translated import english_readings
from core.analysis.text import content_stems
from core.coach.coverage_topic import topic_itself
from core.coach.plan_probes import (
    GENERIC_STEMS,
    bank_competency,
    probes_by_competency,
    probes_by_plan,
    probes_by_topic,
)
from core.coach.question_names import asking_text, names_requirement
from core.coach.subject import term_stem
from core.coach.topic import probes
from core.schemas import AnswerScore


def probed_in_translation(question: str, requirement: str) -> bool:
    """Whether ``question``, a bank question the plan asked in English, probes ``requirement``, a line of a job in
    another language, read in English (:func:`core.analysis.cv_translated.english_readings`): the plan's test
    (:func:`core.coach.plan_probes.probes_by_plan`) on the reading, or the bank competency and the reading sharing
    a word of what they are about ("process improvement" for "continuous improvement": session 19, "Participer à
    l'amélioration continue des processus" was "not probed" beside "Tell me about a process you improved")."""
    readings = english_readings(requirement)
    if not readings:
        return False
    own = content_stems(bank_competency(question)) - GENERIC_STEMS
    return any(probes_by_plan(question, r) or own & content_stems(r) for r in readings)


# heads too broad to tie a competency to a requirement alone: "root cause analysis" never asks "data analysis"
_BROAD_HEADS = frozenset(term_stem(w) for w in ("analysis", "planning", "development", "design", "support", "control",
                                                "communication", "service", "skills", "work", "systems", "reporting",
                                                # a review of code, of incidents, of performance (session 24)
                                                "review", "reviews"))


def shares_competency(question: str, requirement: str) -> bool:
    """Whether ``question``, a bank question, was built to probe a competency with the head word of ``requirement``
    ("process improvement" of "Tell me about a process you improved" for "continuous improvement": session 21, the row
    named a root-cause question instead); a broad head (:data:`_BROAD_HEADS`) never ties them."""
    def head(text: str) -> str:  # the last word of what it is about: "improvement" of "process improvement"
        # a prefixed word is one word: "de-escalation" is no "escalation" (session 23: de-escalation was "asked about"
        # in "Tell me about a time you escalated an issue to engineering…")
        kept = [w for w in re.findall(r"[A-Za-z]{2,}(?:-[A-Za-z]{3,})*", text)
                if len(w) > 2 and content_stems(w.replace("-", " ")) - GENERIC_STEMS]
        return term_stem(kept[-1].lower()) if kept else ""

    asked = head(bank_competency(question))
    return bool(asked) and asked not in _BROAD_HEADS and asked == head(requirement)


def asking_questions(req: str, rows: list[tuple[str, str, AnswerScore | None]]) -> tuple[list[str], list[str]]:
    """(the questions that asked ``req`` by name, those that asked about its topic), each in interview order. By name:
    first the questions the plan built to probe it (:func:`core.coach.plan_probes.probes_by_competency`,
    :func:`probed_in_translation`, :func:`shares_competency`: "Which licence or registration do you hold…" for "Current
    NMC registration"), then those naming it, a form or a known synonym (:func:`core.coach.question_names.names_requirement`:
    "live chat" for "live-chat") where they ask, never in a greeting nor the role's title, then bank questions of a
    competency sharing only its topic (:func:`core.coach.plan_probes.probes_by_topic`) when it is that topic as a whole
    (:func:`core.coach.coverage_topic.topic_itself`: never a tool or a practice inside it, "Salesforce"). By topic: those asking about
    its topic ("A pupil keeps disrupting…"), for a requirement that is a topic itself, never an opener's "Forklift".
    ``rows``: (question, answer, score or None)."""
    by_name = ([q for q, _a, _s in rows if probes_by_competency(q, req) or probed_in_translation(q, req)
                or shares_competency(q, req)]
               + [q for q, _a, _s in rows if names_requirement(q, req)]
               # a bank question sharing only a broad topic with it comes after one naming it (session 24: "patient
               # care" was named for "recording clinical notes", which a gap question asked by name), and asks about
               # it only when it is that topic as a whole (session 28: "How do you plan your quarter to hit quota?"
               # shares the sales-pipeline topic with "Salesforce", a tool inside it, but never asked about it)
               + [q for q, _a, _s in rows if probes_by_topic(q, req) and topic_itself(req)])
    by_topic = [q for q, _a, _s in rows if topic_itself(req) and probes(asking_text(q), req)]
    return by_name, by_topic
