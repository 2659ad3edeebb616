"""The end-of-interview report: overall score, strengths, weaknesses, CV tips and the coverage map.

:func:`build_report` aggregates the per-answer scores (1-10 overall, five 1-5 dimensions) into an
:class:`~core.schemas.InterviewReport`, quoting the questions and answers it draws on.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from pydantic import ValidationError

from core.analysis.cv import WEAK_VERB_RE, extract_cv_facts
from core.analysis.job import extract_requirements, mentions
from core.analysis.text import strip_injections
from core.coach.phrasing import clip, quote
from core.schemas import (
    DIMENSION_LABELS,
    DIMENSIONS,
    AnswerScore,
    CoverageItem,
    InterviewReport,
    aggregate_scores,
)

logger = logging.getLogger(__name__)


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


def _cv_tips(cv_text: str, requirements: list[str]) -> list[str]:
    cv = strip_injections(cv_text or "")
    if not cv.strip():
        return ["No CV was provided: add one to get questions and tips tailored to your experience."]
    facts = extract_cv_facts(cv)
    tips: list[str] = []
    absent = [r for r in requirements if not mentions(cv, r)[0]]
    if absent:
        tips.append(
            f"The job asks for {', '.join(absent[:5])}, which your CV does not mention. If you have this "
            "experience, add a bullet that shows where you used it and with what result."
        )
    no_numbers = [b for b in facts["bullets"] if not re.search(r"\d|%|£|\$|€", b)]
    if facts["bullets"] and no_numbers:
        tips.append(
            f"{len(no_numbers)} of {len(facts['bullets'])} CV bullets have no number, e.g. "
            f"{quote(clip(no_numbers[0], 14))}. Add the scale or the outcome (people, time, money, %)."
        )
    weak = [m for m in (WEAK_VERB_RE.search(line) for line in cv.splitlines()) if m]
    if weak:
        phrases = list(dict.fromkeys(m.group(0).lower() for m in weak))[:3]
        tips.append(
            "Replace weak openings such as "
            + ", ".join(quote(p) for p in phrases)
            + ' with what you did and achieved ("Led", "Built", "Cut … by 20%").'
        )
    wc = facts["word_count"]
    if wc < 200:
        tips.append(
            f"Your CV is short ({wc} words): add your main roles with two or three achievement bullets each."
        )
    elif wc > 1100:
        tips.append(
            f"Your CV is long ({wc} words): trim it to about two pages, keeping what matters for this job."
        )
    if not facts["achievements"]:
        tips.append(
            "No bullet combines an action with a measured result; rewrite your top bullets as action + result + number."
        )
    return tips or [
        "Your CV already names the job's key skills with measured results; keep the strongest bullets first."
    ]


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
    worst_dim, worst_mean = ranked[-1]
    return (
        f"You answered {len(scored)} of {len(rows)} questions for {role}, scoring {overall}/10 overall. "
        f"Your strongest dimension was {DIMENSION_LABELS[best_dim]} ({best_mean:.1f}/5) and the one to "
        f"work on is {DIMENSION_LABELS[worst_dim]} ({worst_mean:.1f}/5)."
    )


def _strengths(scored: list[_Scored], dims: dict[str, float]) -> list[str]:
    """Dimensions averaging 3.5/5 or more, each with its best example, then the strongest answer."""
    if not scored:
        return []
    ranked = _ranked_dimensions(dims)
    strengths = []
    for dim, mean in ranked:
        if mean < 3.5:
            break
        q, _a, s = max(scored, key=lambda row: getattr(row[2], dim).score)
        strengths.append(
            f"{DIMENSION_LABELS[dim]} averaged {mean:.1f}/5; for example, on {quote(clip(q, 12))}: "
            f"{getattr(s, dim).evidence}"
        )
    best_q, _, best_s = max(scored, key=lambda row: row[2].overall)
    if best_s.overall >= 6:
        strengths.append(f"Your strongest answer was to {quote(clip(best_q, 14))} ({best_s.overall}/10).")
    if not strengths:
        best_dim, best_mean = ranked[0]
        strengths.append(
            f"No dimension averaged 3.5/5 or more yet; your best was {DIMENSION_LABELS[best_dim]} at {best_mean:.1f}/5."
        )
    return strengths


def _weaknesses(rows: list[_Row], scored: list[_Scored], dims: dict[str, float]) -> list[str]:
    """Dimensions averaging under 3/5 with their most common gap, the weakest answer, and skips."""
    skipped = sum(1 for _, a, s in rows if s is None or not a.strip())
    if not scored:
        weaknesses = ["No scored answers: every question was skipped or unanswered."] if rows else []
    else:
        weaknesses = []
        for dim, mean in reversed(_ranked_dimensions(dims)):
            if mean >= 3:
                break
            gaps = Counter(item for _, _, s in scored for item in s.missing)
            example = next((item for item, _ in gaps.most_common() if _missing_dim(item) == dim), None)
            weaknesses.append(
                f"{DIMENSION_LABELS[dim]} averaged {mean:.1f}/5"
                + (f"; the most common gap: {example.lower()}." if example else ".")
            )
        worst_q, _, worst_s = min(scored, key=lambda row: row[2].overall)
        if worst_s.overall <= 5:
            gap = worst_s.missing[0].lower() if worst_s.missing else "more detail"
            weaknesses.append(f"Weakest answer: {quote(clip(worst_q, 14))} ({worst_s.overall}/10); it lacked {gap}.")
    if skipped:
        weaknesses.append(f"{skipped} question(s) were skipped or left unanswered.")
    return weaknesses


def _coverage_item(req: str, rows: list[_Row]) -> CoverageItem:
    """Evidenced (a good, specific answer shows it), weak (mentioned or asked about) or not probed."""
    status, evidence = "not probed", ""
    for q, a, s in rows:
        if not a.strip():
            continue
        hit, quoted = mentions(strip_injections(a), req)
        if hit:
            if s is not None and s.overall >= 6 and s.specificity.score >= 3:
                return CoverageItem(requirement=req, status="evidenced", evidence=quote(quoted))
            if status == "not probed":
                status, evidence = "weak", quote(quoted)
        elif status == "not probed" and mentions(q, req)[0]:
            status, evidence = "weak", f"Asked about in {quote(clip(q, 10))}, but the answer did not show it."
    return CoverageItem(requirement=req, status=status, evidence=evidence)


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
    role = (job_title or "this role") + (f" at {company}" if company else "")
    return InterviewReport(
        summary=_summary(role, rows, scored, overall, dims),
        overall=1 if overall is None else overall,  # the model-facing schema needs a number; the engine stores none
        strengths=_strengths(scored, dims)[:5],
        weaknesses=_weaknesses(rows, scored, dims)[:6],
        cv_tips=_cv_tips(cv_text, requirements),
        coverage=[_coverage_item(req, rows) for req in requirements],
    )


def _missing_dim(item: str) -> str:
    low = item.lower()
    if "number" in low or "named" in low or "yourself" in low:
        return "specificity"
    if "situation" in low or "result" in low or "step by step" in low:
        return "structure"
    if "why" in low or "learned" in low:
        return "depth"
    if "filler" in low or "shorter" in low or "very short" in low:
        return "communication"
    return "relevance"
