"""Relevance of an answer in the CV's and job's own language, read by what the coach can read of its question there.

An answer in the language the CV and the job share (:mod:`core.coach.interview_language`) to the coach's English
question was scored 3/5 on relevance whatever it said (session 19): "its fit to the English question's own terms is
not judged". :func:`with_across` reads it by :func:`core.analysis.question_across.across` instead: an answer that
takes up the question's terms as said in its language counts as on topic (4, 5 with substance, as an English answer
that picks up the question's terms: :func:`core.coach.dimensions.relevance`); one that takes up none of what can be
read there is about another subject (:data:`UNTOUCHED_RELEVANCE`, its other content dimensions capped as an English
answer's off its question, and the follow-up reply after it weighed as after any answer that did not answer:
:mod:`core.interview.weighing`). A question with nothing readable keeps the
score as it was. A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re

from core.analysis.answer import AnswerEvidence, candidate_words
from core.analysis.language import language_name
from core.analysis.question_across import Across, across
from core.analysis.would_do import plans_across
from core.coach.framing import question_content
from core.coach.rubric_parts import substance
from core.coach.topic import OFF_QUESTION_CAP, with_relevance_capped
from core.schemas import DimensionScore

UNTOUCHED_RELEVANCE = 2  # 1-5: takes up none of what can be read of the question (core.interview.weighing reads <= 2)
NOT_JUDGED = 3  # 1-5: what an answer's fit counts at most when the coach reads too little of it to judge (session 19's flat 3)
ON_TOPIC = 4  # 1-5: takes up the question's terms; one more with substance (3 or more: core.coach.rubric_parts)
_NOT_JUDGED = "its fit to the English question's own terms is not judged."
GAP = "An answer to the question actually asked"
LINK_GAP = "A clearer link between your answer and what the question asks"  # as core.coach.dimensions
_QUOTED_RE = re.compile(r"[\"“][^\"“”]{3,}?[\"”]")  # a double-quoted span (the coach quotes with "…")


def read_across(question: str, answer: str, lang: str) -> Across:
    """What of ``question`` (the coach's English question) ``answer`` in ``lang`` takes up: its subject and the CV or
    job lines it quotes read there (:func:`core.analysis.question_across.across`); the scorer's reading
    (:func:`with_across`) and the chat's (:func:`off_question_across`), so the two agree."""
    main_about = question_content(candidate_words(question), subject=True)
    return across(f"{main_about}\n{' '.join(_QUOTED_RE.findall(question))}", answer, lang)


def off_question_across(question: str, answer: str, lang: str) -> bool:
    """Whether ``answer`` in ``lang`` takes up none of what the coach reads of ``question`` there and is no plan for
    its situation: what :func:`with_across` holds at :data:`UNTOUCHED_RELEVANCE` ("it seems to answer another
    question"), and what the chat asks again, as after an English answer about something else (session 21: "Das
    habe ich schon gemacht, Schichtplanung und so." to a Staplerschein question was asked "Could you say a bit
    more?" and scored 2/10 off its question)."""
    return read_across(question, answer, lang).untouched and not plans_across(question, answer, lang)


def with_across(dims: list, seen: Across, ev: AnswerEvidence, question: str = "") -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs, rubric order, as :func:`core.coach.score.score_answer` built
    them for an accepted answer in ``ev.lang``) with relevance read by ``seen``: raised to :data:`ON_TOPIC` (+1 with
    substance) when the answer takes up the question's terms; when it takes up none of what is readable, held at
    :data:`UNTOUCHED_RELEVANCE` with structure, specificity and depth at most
    :data:`core.coach.topic.OFF_QUESTION_CAP`, as an English answer off its question
    (:func:`core.coach.topic.apply`); each saying which terms. As they were when nothing of the question is
    readable in that language, or too little of it to say (:attr:`core.analysis.question_across.Across.untouched`)."""
    (rel, gaps), rest = dims[0], dims[1:]
    if not (seen.taken or seen.untouched):
        return dims
    name = language_name(ev.lang)
    said = f"its fit is read by the question's terms as said in {name}."
    evidence = rel.evidence.replace(_NOT_JUDGED, said) if _NOT_JUDGED in rel.evidence else rel.evidence
    if seen.taken:
        score = max(rel.score, min(5, ON_TOPIC + (substance(ev) >= 3)))
        evidence += f" It takes up what the question asks about ({', '.join(seen.taken[:3])})."
        return [(DimensionScore(score=score, evidence=evidence), [g for g in gaps if not g.startswith("A clearer link")]), *rest]
    terms = ", ".join(seen.readable[:3])
    if not seen.untouched or plans_across(question, ev.text, ev.lang):
        # too little read to call it off its question, or a plan for the question's situation ("Zuerst würde ich…"):
        # not judged further, and the job's words alone do not make it fit (session 21: "Tengo mucha experiencia con
        # Excel" to a late-invoices question was 5/5 on "the job's terms")
        if rel.score <= NOT_JUDGED:
            return dims
        evidence += (f" It names none of what the question asks about that the coach reads in {name} ({terms}), "
                     f"so its fit counts at most {NOT_JUDGED}/5.")
        return [(DimensionScore(score=NOT_JUDGED, evidence=evidence), list(dict.fromkeys([*gaps, LINK_GAP]))), *rest]
    evidence += (f" It takes up none of what the question asks about that the coach reads in {name} "
                 f"({terms}): it seems to answer another question.")
    held = (DimensionScore(score=min(rel.score, UNTOUCHED_RELEVANCE), evidence=evidence), list(dict.fromkeys([GAP, *gaps])))
    return with_relevance_capped(dims, held, OFF_QUESTION_CAP, "what it shows is not about what the question asked")
