"""Values passed into and out of the model layer (plain, frozen, serialisable)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from core.schemas import SKIPPED_ANSWER  # noqa: F401 - the one definition, re-exported for the model layer


@dataclass(frozen=True)
class InterviewContext:
    """What every call of one interview shares: the stable prefix of the prompt."""

    session_id: str
    job_title: str
    company: str
    job_description: str
    cv_text: str
    interview_type: str = "mixed"
    seniority: str = "mid"
    question_count: int = 8
    style: str = "neutral"
    focus: tuple[str, ...] = ()


@dataclass(frozen=True)
class Turn:
    """One exchange: the interviewer's question (or follow-up) and the reply; None = skipped."""

    question: str
    answer: str | None


@dataclass(frozen=True)
class CallInfo:
    """Which model produced a result, how long it took (ms) and what it cost (tokens).

    ``fallback_notice`` is a sentence for the user when another model than the first answered;
    ``failures`` lists ``"provider: kind"`` for every failed attempt (kinds of
    :func:`core.models.errors.classify_error`), never an error's text.
    """

    model: str
    provider: str
    latency_ms: int
    tokens_in: int | None = None
    tokens_out: int | None = None
    fallback_notice: str | None = None
    failures: tuple[str, ...] = ()


@dataclass(frozen=True)
class StreamEvent:
    """``delta`` (more text), ``restart`` (drop the partial text) or ``done`` (text + info)."""

    kind: Literal["delta", "restart", "done"]
    text: str = ""
    info: CallInfo | None = None
