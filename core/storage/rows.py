"""Typed rows returned by :class:`core.storage.InterviewStore`: frozen dataclasses, not loose dicts.

Each class mirrors the columns of one query (see :mod:`core.storage.migrations` for the tables)
with its JSON columns decoded, and is built by ``from_row(values)`` where ``values`` is one result
row as DuckDB returns it (a tuple in field order: :func:`field_names` gives the order the query must
select; the store checks it). Positional building keeps 10,000 rows about as cheap as dicts. Times are naive UTC ``datetime`` values as DuckDB returns them.
Decoded JSON keeps what was stored: a NULL column stays ``None`` unless the field says otherwise.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

from core.schemas import DIMENSIONS

logger = logging.getLogger(__name__)

__all__ = ["DeliveryPoint", "MessageRow", "ReportRow", "ScorePoint", "ScoreRow", "SessionRow", "SessionSummary", "field_names"]


@cache
def field_names(cls: type) -> tuple[str, ...]:
    """The dataclass's field names in order: the columns its ``from_row`` expects, in that order."""
    return tuple(f.name for f in fields(cls))


def loads(value: Any) -> Any:
    """A JSON column decoded; text that is not JSON (or a non-string) comes back unchanged."""
    if value is None or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        logger.warning("a stored JSON column could not be decoded; kept as text")
        return value


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One ``sessions`` row; ``settings`` is the decoded JSON object ({} when NULL)."""

    id: str
    created_at: datetime
    updated_at: datetime
    job_title: str
    company: str
    job_description: str
    cv_text: str
    cv_filename: str | None
    settings: dict[str, Any]
    status: str
    model: str | None
    overall_score: float | None
    completed_at: datetime | None
    owner: str | None

    COLUMNS = (
        "id, created_at, updated_at, job_title, company, job_description, cv_text, cv_filename, "
        "settings, status, model, overall_score, completed_at, owner"
    )

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> SessionRow:
        values = list(row)
        values[8] = loads(values[8]) or {}  # settings
        return cls(*values)


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """A row of :meth:`InterviewStore.list_sessions`: a session without its long texts, with its answer count."""

    id: str
    created_at: datetime
    updated_at: datetime  # the later of the session's and its last message's time
    job_title: str
    company: str
    interview_type: str | None
    model: str | None
    overall_score: float | None
    status: str
    completed_at: datetime | None
    answers: int

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> SessionSummary:
        return cls(*row)


@dataclass(frozen=True, slots=True)
class ScorePoint:
    """A row of :meth:`InterviewStore.scores_over_time`: a scored session with its per-dimension means (1-5)."""

    id: str
    created_at: datetime
    completed_at: datetime | None
    job_title: str
    company: str
    model: str | None
    overall_score: float
    interview_type: str | None
    relevance: float | None
    structure: float | None
    specificity: float | None
    depth: float | None
    communication: float | None
    answers: int | None  # first-attempt answers scored; None when none were
    # md5 of the CV's first line (the candidate's name) and its file name: a trend compares the sessions on one CV
    cv_key: str | None = None
    cv_filename: str | None = None  # the CV's file name (None: pasted), to say which CV a trend compares

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> ScorePoint:
        return cls(*row)


@dataclass(frozen=True, slots=True)
class MessageRow:
    """One ``messages`` row of a session, in ``seq`` order (1-based)."""

    seq: int
    role: str  # "interviewer", "candidate" or "system"
    content: str
    kind: str | None  # "question", "follow_up", "answer", "skip" or "notice"
    question_no: int | None
    created_at: datetime
    model: str | None
    latency_ms: int | None
    tokens_in: int | None
    tokens_out: int | None
    meta: dict[str, Any] | None = None  # e.g. a spoken answer's {"input", "engine", "delivery"} (migration 6)

    COLUMNS = "seq, role, content, kind, question_no, created_at, model, latency_ms, tokens_in, tokens_out, meta"

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> MessageRow:
        values = list(row)
        values[10] = loads(values[10])  # meta
        return cls(*values)


@dataclass(frozen=True, slots=True)
class DeliveryPoint:
    """A row of :meth:`InterviewStore.delivery_over_time`: a session's spoken answers on average, with
    ``wpm`` in words per minute and ``filler_rate`` in filler words per 100 words."""

    session_id: str
    created_at: datetime
    role: str
    wpm: float | None
    filler_rate: float | None
    answers: int

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> DeliveryPoint:
        return cls(*row)


@dataclass(frozen=True, slots=True)
class ScoreRow:
    """One ``answer_scores`` row; ``score`` is the answer's score rebuilt as an ``AnswerScore`` dict.

    Dimension columns are 1-5, ``overall`` 0-10; ``evidence`` maps dimension to quote ({} when NULL),
    ``missing`` is a list of strings ([] when NULL).
    """

    session_id: str
    question_no: int
    question: str
    answer: str
    relevance: int | None
    structure: int | None
    specificity: int | None
    depth: int | None
    communication: int | None
    overall: int | None
    evidence: dict[str, str]
    missing: list[str]
    stronger_answer: str | None
    model: str | None
    created_at: datetime
    attempt: int
    score: dict[str, Any]

    COLUMNS = (
        "session_id, question_no, question, answer, relevance, structure, specificity, depth, communication, "
        "overall, evidence, missing, stronger_answer, model, created_at, attempt"
    )

    @classmethod
    def from_row(cls, values: Sequence[Any]) -> ScoreRow:
        """``values``: the columns of :attr:`COLUMNS` (every field but ``score``, which is built here)."""
        row = dict(zip(field_names(cls)[:-1], values, strict=True))
        evidence = loads(row["evidence"]) or {}
        missing = loads(row["missing"]) or []
        score = {
            **{d: {"score": row[d], "evidence": evidence.get(d, "")} for d in DIMENSIONS},
            "missing": missing,
            "stronger_answer": row["stronger_answer"] or "",
            "overall": row["overall"],
        }
        return cls(**{**row, "evidence": evidence, "missing": missing, "score": score})


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One ``reports`` row with its JSON columns decoded (each stays None when stored NULL).

    ``overall`` is 1-10, None when no answer was scored (migration 6); ``dimension_scores`` maps dimension to mean score (1-5); ``coverage`` is a
    list of ``{"requirement", "status", "evidence"}`` dicts.
    """

    session_id: str
    overall: int | None
    dimension_scores: dict[str, float] | None
    summary: str | None
    strengths: list[str] | None
    weaknesses: list[str] | None
    cv_tips: list[str] | None
    coverage: list[dict[str, Any]] | None
    model: str | None
    created_at: datetime
    next_steps: list[str] | None = None
    scope_note: str | None = None
    language_note: str | None = None

    COLUMNS = ("session_id, overall, dimension_scores, summary, strengths, weaknesses, cv_tips, coverage, model, "
               "created_at, next_steps, scope_note, language_note")

    @classmethod
    def from_row(cls, values: Sequence[Any]) -> ReportRow:
        row = dict(zip(field_names(cls), values, strict=True))
        decoded = {k: loads(row[k]) for k in ("dimension_scores", "strengths", "weaknesses", "cv_tips", "coverage",
                                              "next_steps")}
        return cls(**{**row, **decoded})


_Row = TypeVar("_Row", MessageRow, ReportRow, ScorePoint, ScoreRow, SessionRow, SessionSummary, DeliveryPoint)


def read_rows(cur: Any, cls: type[_Row]) -> list[_Row]:
    """The result as ``cls`` rows, built from DuckDB's tuples; the query must select the fields in order."""
    names = tuple(d[0] for d in cur.description or [])
    expected = field_names(cls)[:-1] if cls is ScoreRow else field_names(cls)  # ScoreRow builds ``score``
    if names != expected:
        raise RuntimeError(f"{cls.__name__} expects columns {expected}, the query selected {names}")
    return [cls.from_row(row) for row in cur.fetchall()]
