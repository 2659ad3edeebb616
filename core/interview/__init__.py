"""The interview: its state machine (:mod:`.state`) and the engine that drives it (:mod:`.engine`)."""

from core.interview.engine import AnswerError, InterviewClosedError, InterviewEngine
from core.interview.state import (
    INTERVIEW_TYPES,
    SENIORITIES,
    STYLES,
    InterviewSettings,
    InterviewState,
    MessageKind,
    NextStep,
    QuestionRecord,
    build_state,
    decide_next_step,
)

__all__ = [
    "INTERVIEW_TYPES", "SENIORITIES", "STYLES", "AnswerError", "InterviewClosedError", "InterviewEngine", "InterviewSettings",
    "InterviewState", "MessageKind", "NextStep", "QuestionRecord", "build_state", "decide_next_step",
]
