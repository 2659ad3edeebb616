"""The end-of-interview report: overall score, strengths, weaknesses, next steps, CV tips and coverage.

:func:`build_report` aggregates the per-answer scores (1-10 overall, five 1-5 dimensions) into an
:class:`~core.schemas.InterviewReport`. Strengths and weaknesses are plain sentences that point to
answers ("In Q3 you…"); ``next_steps`` are the three gaps that cost the most points; the coverage
map counts a requirement as evidenced only on the candidate's own statement
(:mod:`core.coach.evidence`); CV tips are checked against the CV (numbers in words count, variants
and synonyms count). ``scope_note`` says once what the offline coach judges and what a connected
model adds; ``language_note`` says when answers were in a language the coach does not analyse.
"""

from __future__ import annotations

import logging
import re

from pydantic import ValidationError

from core.analysis.answer import candidate_words
from core.analysis.job import extract_requirements
from core.analysis.language import ANALYSED_LANGUAGES, PARTLY_READ_LANGUAGES, PARTLY_READ_WHAT, language_name
from core.analysis.text import strip_injections
from core.coach.blame import outright_excuse
from core.coach.coverage import counted_answer, coverage_item
from core.coach.coverage_agree import agreed_rows, job_language
from core.coach.coverage_credentials import (
    cv_credential_row,
    named_credential_requirements,
    registration_requirements,
)
from core.coach.coverage_cv import cv_row
from core.coach.coverage_shared import coverage_rows
from core.coach.coverage_years import cv_years_row, with_line_years
from core.coach.dimensions import PARTS_GAP
from core.coach.fit import adjusted_overall, agreed_fit, fit_note, role_fit
from core.coach.interview_language import documents_language
from core.coach.language_note import answer_language
from core.coach.phrasing import clip, quote
from core.coach.report_steps import still_missing
from core.coach.report_tips import cv_tips
from core.coach.requirement_rows import requirement_groups
from core.schemas import (
    DIMENSIONS,
    SKIPPED_ANSWER,
    AnswerScore,
    InterviewReport,
    aggregate_scores,
    questions_scored,
)
from core.words import display_title

logger = logging.getLogger(__name__)
_cv_tips = cv_tips  # the name older tests import (core.coach.report_tips)


def _parse_scores(answer_scores: list[dict]) -> list[tuple[str, str, AnswerScore | None]]:
    rows: list[tuple[str, str, AnswerScore | None]] = []
    for item in answer_scores or []:
        if not isinstance(item, dict):
            continue
        score = item.get("score")
        parsed: AnswerScore | None = None
        if isinstance(score, AnswerScore):
            parsed = score
        elif isinstance(score, dict):
            try:
                parsed = AnswerScore.model_validate(score)
            except ValidationError as exc:
                # Field locations only: the error text would repeat the answer's quotes into the log.
                fields = sorted({".".join(map(str, e["loc"])) for e in exc.errors()})
                logger.warning("report: an answer score failed validation (%s); counted as unscored", fields)
                parsed = None
        rows.append((str(item.get("question") or ""), str(item.get("answer") or ""), parsed))
    return rows


_Row = tuple[str, str, AnswerScore | None]  # (question, answer, score or None when unscored)
_Scored = tuple[str, str, AnswerScore]


def _ranked_dimensions(dims: dict[str, float]) -> list[tuple[str, float]]:
    """Dimensions by mean, best first (ties in rubric order)."""
    return sorted(dims.items(), key=lambda kv: (-kv[1], DIMENSIONS.index(kv[0])))


def _summary(role: str, rows: list[_Row], scored: list[_Scored], overall: int | None, dims: dict[str, float]) -> str:
    if not scored:
        return (
            f"No answers were scored for {role}, so there is no score to give yet. "
            "Answer a few questions to get feedback on the rubric."
        )
    ranked = _ranked_dimensions(dims)
    best_dim, best_mean = ranked[0]
    # the weakest as Home and History name it (core.progress.weakest): of tied dimensions, the first in rubric order
    worst_dim, worst_mean = min(dims.items(), key=lambda kv: (round(kv[1], 1), DIMENSIONS.index(kv[0])))
    if best_mean - worst_mean < 0.5:
        balance = "Your answers were even across the rubric."
    else:
        balance = (f"Your answers were strongest on {_PLAIN_DIMENSION[best_dim]} and weakest on "
                   f"{_PLAIN_DIMENSION[worst_dim]}.")
    return f"{role[:1].upper() + role[1:]}: {questions_scored(len(scored), len(rows))}, {overall}/10 overall. {balance}"


_PLAIN_DIMENSION = {
    "relevance": "answering the question asked",
    "structure": "structure (telling it in order)",
    "specificity": "concrete detail (examples, numbers, named tools)",
    "depth": "depth (why you did what you did, and what you learned)",
    "communication": "delivery (clear, concise, without filler)",
}


_STRENGTH_SENTENCES = {
    "structure": "In Q{n} you told it in order, so it was easy to follow{q}",
    "specificity": "In Q{n} you gave concrete detail{q}",
    "depth": "In Q{n} you explained why you did what you did{q}",
    "communication": "In Q{n} you were clear and to the point, without filler",
    "relevance": "In Q{n} you answered exactly what was asked{q}",
}


STRENGTH_FLOOR = 6  # overall /10 an answer needs before one of its dimensions is named a strength

_STRENGTH_ORDER = ("structure", "specificity", "depth", "relevance", "communication")


def _said(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _first_quote(evidence: str, answer: str) -> str:
    """The first quote of ``evidence`` that is the candidate's own words, as said (in ``answer``): a list of
    terms the coach drew from it ("aws, cache, consumes, datadog") is no quote of what they did."""
    said = _said(answer)
    # an excuse ("it was my colleague's fault, not mine") is never quoted as a strength (session 26)
    found = [q for q in re.findall(r'"([^"]{8,})"', evidence) if _said(q) and _said(q) in said and not outright_excuse(q)]
    return f": {quote(clip(found[0], 12))}" if found else ""


def _numbered(rows: list[_Row]) -> list[tuple[int, str, str, AnswerScore]]:
    return [(n, q, a, s) for n, (q, a, s) in enumerate(rows, start=1) if s is not None]


def _strengths(rows: list[_Row]) -> list[str]:
    """Plain sentences pointing to answers: up to two strong dimensions (4+/5) per answer, each
    dimension once, best answers first. Only answers scoring at least :data:`STRENGTH_FLOOR` count: a
    clear sentence inside a 4/10 answer is not something to keep doing."""
    out: list[str] = []
    used: set[str] = set()
    good = [r for r in _numbered(rows) if r[3].overall >= STRENGTH_FLOOR]
    for n, _q, answer, s in sorted(good, key=lambda r: (-r[3].overall, -sum(r[3].dimension_scores()))):  # parts break ties
        ranked = sorted(DIMENSIONS, key=lambda d: (-getattr(s, d).score, _STRENGTH_ORDER.index(d)))
        # "answered exactly what was asked" only of a full 5/5 fit: a 4 left part of the question aside
        fresh = [d for d in ranked if getattr(s, d).score >= (5 if d == "relevance" else 4) and d not in used][:2]
        for dim in fresh:
            used.add(dim)
            said = _first_quote(getattr(s, dim).evidence, answer)
            sentence = _STRENGTH_SENTENCES[dim].format(n=n, q=said)
            if dim == "communication" and re.search(r"\bfiller words?:", s.communication.evidence):
                sentence = sentence.replace(", without filler", "")  # its evidence names the fillers it had
            out.append(sentence + f" ({s.overall}/10).")
    return out


def _weaknesses(rows: list[_Row]) -> list[str]:
    """Plain sentences pointing to answers: the weakest answers and what they lacked, then skips."""
    numbered = _numbered(rows)
    out = []
    for n, q, _a, s in sorted(numbered, key=lambda r: (r[3].overall, sum(r[3].dimension_scores())))[:3]:
        if s.overall > 6:
            break
        out.append(f"In Q{n} ({quote(clip(q, 10))}) you scored {s.overall}/10; {_lacked(s.missing[0] if s.missing else 'More detail')}.")
    skipped = [n for n, (_q, a, _s) in enumerate(rows, start=1) if a.strip() == SKIPPED_ANSWER]
    left = [n for n, (_q, a, s) in enumerate(rows, start=1)
            if (s is None or not a.strip()) and a.strip() != SKIPPED_ANSWER]
    if skipped:
        out.append(f"You skipped Q{', Q'.join(map(str, skipped))}.")
    if left:  # asked, then the interview ended (End early) before an answer: not a skip
        out.append(f"The interview ended before you answered Q{', Q'.join(map(str, left))}.")
    if rows and not numbered:
        out.insert(0, "No scored answers: every question was skipped or unanswered.")
    return out


# A gap worded as advice ("Say each point once…", "Cut …"), not as something the answer lacked.
_ADVICE_RE = re.compile(r"(?:Say|Cut|Give|Tie|Answer|Lay|Close|Open|End|Use|Keep|Add|Name|Drop|Speak|Take|Commit|Get)\b")


def _lower_first(text: str) -> str:
    """``text`` with its first letter in lower case, unless its first word is an acronym ("SQL", "STAR")."""
    first = text.split(" ", 1)[0]
    return text if first.isupper() and len(first) > 1 else text[:1].lower() + text[1:]


def _lacked(gap: str) -> str:
    """What a weak answer lacked, as the end of a sentence: "it lacked a number …"; a gap worded as advice
    ("Say each point once, then move to the next step") as advice ("next time, say each point once, …"), a
    "Fewer …" gap as what it had too much of (missing2, session 14: "it lacked say each point once")."""
    if _ADVICE_RE.match(gap):
        return "next time, " + _lower_first(gap)
    if gap.startswith("Fewer "):
        return "it had too many " + gap[len("Fewer "):]
    if gap.startswith(PARTS_GAP):  # the parts it left aside, never "it lacked every part" of an answer on the question
        # (rc27 F3: beside relevance's "does what the question asks", it read as if the answer had none of it)
        return "it left part of the question aside: " + gap[len(PARTS_GAP):]
    return "it lacked " + _lower_first(gap)


_STEP_TEXT = {
    # before the shorter keys they hold ("reason", "short", "why"): missing2, session 14
    "reasoning and trade-offs": "Say why you chose what you did, and what you traded off",
    "shorter answer": "Get to the point: answer first, then only the detail that supports it",
    "what the question is about": "Answer the question asked first, even briefly, then add the detail",
    "what the question asks": "Answer the question asked first, even briefly, then add the detail",
    "every part of the question": "Take up every part of the question, one by one",
    "concepts or components": "Name the concepts or components involved",
    "tools or methods": "Name the tools or methods you used",
    "each point once": "Say each point once, then move on",
    "plain spoken": "Speak in plain sentences: no markup or stray text",
    "committed answer": "Commit to an answer: say what you would do or did, and drop the hedges",
    "what you do about it now": "Say what you do about it now",
    "something you have done that shows it": "Back your reasons with something you have done",
    "your background": "Open with your background: what you did and where",
    "scale of your work": "Give the scale of your work as a number (people, budget, volume)",  # no story's result
    "number": "End each story with its result as a number (time, money, %, people)",
    "result": "End each story with its result as a number (time, money, %, people)",
    "why this role": "Tie your reasons to this role and organisation",  # before "why": not a trade-off
    "why": "Say why you chose what you did, and what you traded off",
    "situation": "Open with one real situation: where, when and what was at stake",
    "example": "Give one real example from your own experience, not what usually happens",
    "occasion": "Give one real example from your own experience, not what usually happens",
    # the team's story told as "we" (specificity) is not the same gap as actions the answer does not lay
    # out (structure: "What you personally did, step by step"): "I, not we" only for the first
    "rather than what the team did": "Say what you did yourself: \"I\", not \"we\"",
    "personally did": "Lay out what you did, step by step, before the result",
    "learned": "Close with what you learned or now do differently",
    "filler": "Cut filler words (um, like, basically) and buzzwords",
    "buzzword": "Cut filler words (um, like, basically) and buzzwords",
    "short": "Give more detail: aim for one to two minutes per answer",
    "steps": "Lay out your approach as steps, in order",
    "reason": "Tie your reasons to this role and organisation",
    "question actually asked": "Answer the question asked first, even briefly, then add the detail",
    "about what was asked": "Answer the question asked first, even briefly, then add the detail",
    "clearer link": "Answer the question asked first, even briefly, then add the detail",
    "handful": "Answer the question asked first, even briefly, then add the detail",
}


# gaps of an answer that did not answer its question (off topic; a well-told story for another question): it lacks
# the answer itself, so it gets that one step, not its result or its follow-up's too (session 17: "An answer to
# what the question asks…: in Q3." beside "An answer to the follow-up…: in Q3.")
_NON_ANSWER_STEPS = ("question actually asked", "what the question asks")


def _as_step(item: str) -> str:
    """A gap no step text covers, as a step: "Label: detail" read as "Label (detail)", so the step's own
    ": in Q3" never follows another colon."""
    label, _, detail = item.partition(": ")
    return f"{label} ({detail})" if detail else item


def _next_steps(rows: list[_Row]) -> list[str]:
    """The three changes that would lift the score most: gaps weighted by how low their answers scored."""
    weight: dict[str, float] = {}
    where: dict[str, list[int]] = {}
    for n, q, a, s in _numbered(rows):
        items = still_missing(q, a, s.missing)  # never a result or a lesson the answer has, nor a story's of an opener
        missed = [item for item in items if any(mark in item.lower() for mark in _NON_ANSWER_STEPS)]
        items = missed or items  # a non-answer lacks the answer itself: not "its result" too
        for item in items:
            key = next((k for k in _STEP_TEXT if k in item.lower()), None)
            step = _STEP_TEXT[key] if key else _as_step(item)
            weight[step] = weight.get(step, 0) + (11 - s.overall)
            where.setdefault(step, []).append(n)
    ranked = sorted(weight, key=lambda st: -weight[st])[:3]
    return [f"{st}: in Q{', Q'.join(map(str, sorted(set(where[st]))[:4]))}." for st in ranked]


_coverage_item = coverage_item  # the report's coverage row of one requirement (core.coach.coverage)


SCOPE_NOTE = (
    "The offline coach judges how you answered: structure, concrete detail, delivery (length, filler, "
    "repetition) and which of the job's requirements your answers showed. It cannot tell whether what you "
    "said is right; a connected model (add a key under Models and keys in the sidebar) also judges the "
    "content."
)


def _language_note(rows: list[_Row], documents: str = "") -> str:
    """Answers in a language the coach does not analyse, or in another language than their question
    (:func:`core.coach.language_note.answer_language`): what was scored, in a sentence or two. ``documents``: the
    language the CV and the job share (:func:`core.coach.interview_language.documents_language`), whose answers
    the interview accepts: said so, never called answers in the wrong language."""
    pairs = [(answer_language(candidate_words(q)), answer_language(candidate_words(a)))
             for q, a, _s in rows if len(a.split()) >= 6]
    notes = []
    if documents and any(said == documents != asked for asked, said in pairs):
        name = language_name(documents)
        notes.append(f"Some answers are in {name}, the language of your CV and the job: they are accepted and were not "
                     f"marked down for their language" + (
                         f"; the offline coach reads {name}, but does not judge how well an answer takes up the terms "
                         "of a question asked in English." if documents in ANALYSED_LANGUAGES else
                         f"; the offline coach reads only part of {name} ({PARTLY_READ_WHAT}), so they were scored "
                         "mostly on length, detail and numbers, and nothing was marked missing that the coach could "
                         "not check." if documents in PARTLY_READ_LANGUAGES else
                         f"; the offline coach cannot read {name}, so they were scored on length, detail and numbers "
                         "only, and nothing was marked missing that the coach could not check."))
        pairs = [(asked, said) for asked, said in pairs if said != documents]
    other = sorted({said for _asked, said in pairs if said not in ANALYSED_LANGUAGES})
    mixed = sorted({(asked, said) for asked, said in pairs if said != asked and said in ANALYSED_LANGUAGES})
    partly = [lang for lang in other if lang in PARTLY_READ_LANGUAGES]
    other = [lang for lang in other if lang not in PARTLY_READ_LANGUAGES]
    if partly:  # French, German, Italian, Portuguese: read in part, and said so (rc28 m1/m8)
        names = ", ".join(language_name(lang) for lang in partly)
        notes.append(
            f"Some answers are in {names}, which the offline coach reads only in part ({PARTLY_READ_WHAT}), not their "
            "structure or their fit to the question: they were scored mostly on length, detail and numbers, and "
            "nothing was marked missing that the coach could not check."
        )
    if other:
        names = ", ".join(language_name(lang) for lang in other)
        notes.append(
            f"Some answers are in {names}, which the offline coach does not analyse: they were scored on length, "
            "detail and numbers only, and nothing was marked missing that the coach could not check."
        )
    for asked, said in mixed[:2]:
        notes.append(
            f"Some answers are in {language_name(said)} while the interview is in {language_name(asked)}: the offline "
            f"coach reads {language_name(said)} too, but scores {language_name(asked)} answers best, and does not judge "
            "how well such an answer takes up the question's own terms."
        )
    return " ".join(notes)


def build_report(
    answer_scores: list[dict],
    *,
    job_title: str = "",
    company: str = "",
    job_description: str = "",
    cv_text: str = "",
) -> InterviewReport:
    """Aggregate the answer scores into the report: overall, strengths, weaknesses, CV tips, coverage.

    ``answer_scores`` is a list of ``{"question", "answer", "score"}`` dicts, ``score`` an
    :class:`AnswerScore` (or its dict) or None for a skipped answer; other items are ignored.
    """
    rows = _parse_scores(answer_scores)
    scored = [(q, a, s) for q, a, s in rows if s is not None]
    overall, dims = aggregate_scores([s for _, _, s in scored])
    requirements = extract_requirements(strip_injections(job_description or ""))
    requirements += registration_requirements(strip_injections(job_description or ""), requirements)  # "GDC registration"
    requirements += named_credential_requirements(strip_injections(job_description or ""), requirements)  # "ADR"
    requirements = with_line_years(requirements, strip_injections(job_description or ""))  # "Site manager, 3 years"
    said = [candidate_words(a) for _q, a, _s in scored]  # a denial in any answer, the CV line never overrules it
    role = (display_title(job_title or "") or "this role") + (f" at {company}" if company else "")
    # the CV read beside the answers: its dates for years, its line for a credential or any requirement the
    # answers left unshown (core.coach.coverage_cv)
    coverage = agreed_rows([cv_row(cv_credential_row(cv_years_row(item, cv_text or ""), cv_text or "", job_description or ""),
                                   cv_text or "", job_description or "", said)
                            for item in coverage_rows(requirement_groups(requirements, job_description or ""), rows,
                                                      job_description or "")], job_language(job_description or ""))
    # the summary's gap is the rows' verdict (one per requirement: session 26), no off-subject reply counted
    fit = agreed_fit(role_fit(cv_text, job_description, [counted_answer(a, s) for _q, a, s in scored],
                               job_title=job_title or ""), coverage)
    overall = adjusted_overall(overall, fit)  # one point lower when the CV and answers show little of the job
    return InterviewReport(
        summary=" ".join(filter(None, (_summary(role, rows, scored, overall, dims),
                                       fit_note(fit, cv_text, job_description) if scored else ""))),
        overall=1 if overall is None else overall,  # the model-facing schema needs a number; the engine stores none
        strengths=_strengths(rows)[:5],
        weaknesses=_weaknesses(rows)[:6],
        cv_tips=cv_tips(cv_text, requirements, job_description or ""),
        coverage=coverage,
        next_steps=_next_steps(rows),
        scope_note=SCOPE_NOTE,
        language_note=_language_note(rows, documents_language(cv_text or "", job_description or "")),
    )
