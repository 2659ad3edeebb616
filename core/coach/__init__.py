"""The offline coach: a deterministic interviewer and scorer with no key, no network and no weights.

Everything is seeded by the session id: the same session always gets the same plan, and
different sessions get different questions. Modules, lower first:

* :mod:`core.coach.bank`: the curated question bank (``data/question_bank.json``), its one loader;
* :mod:`core.coach.plan`: :func:`plan_questions`, the interview plan;
* :mod:`core.coach.question_types`: :func:`question_type`, what kind of question was asked;
* :mod:`core.coach.dimensions`: the five rubric dimensions, judged per question type;
* :mod:`core.coach.stronger`: the stronger answer, built from the candidate's own sentences
  (:mod:`core.coach.stronger_parts` rewords each part from its facts);
* :mod:`core.coach.score`: :func:`score_answer`, the rubric scorer, and non-answer detection;
* :mod:`core.coach.evidence`: whether an answer or the CV truly shows a job requirement;
* :mod:`core.coach.follow_up`: :func:`follow_up_reason` and :func:`follow_up_question`; :mod:`core.coach.turn`:
  :func:`next_question_text`, the interviewer's turn (the question alone: no acknowledgement is said);
* :mod:`core.coach.framing`: what a question of the coach's own is about, without its framing;
* :mod:`core.coach.fit`: how much of the job the CV and answers show, and the report's note when little;
* :mod:`core.coach.report`: :func:`build_report`, the end-of-interview report;
* :mod:`core.coach.chat_model`: :class:`OfflineCoach`, all of the above as a LangChain chat model.

The chat model (and LangChain with it) is imported on first use of ``OfflineCoach``,
``respond`` or ``MODEL_NAME``, so the plain functions stay cheap to import (``core.progress``
reads the bank without loading LangChain).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.coach.bank import load_question_bank
from core.coach.follow_up import FOLLOW_UP_REASONS, follow_up_question, follow_up_reason
from core.coach.plan import plan_questions
from core.coach.report import build_report
from core.coach.score import score_answer
from core.coach.turn import next_question_text

if TYPE_CHECKING:
    from core.coach.chat_model import MODEL_NAME, OfflineCoach, respond

__all__ = [
    "FOLLOW_UP_REASONS",
    "MODEL_NAME",
    "OfflineCoach",
    "build_report",
    "follow_up_question",
    "follow_up_reason",
    "load_question_bank",
    "next_question_text",
    "plan_questions",
    "respond",
    "score_answer",
]

_CHAT_MODEL_NAMES = {"MODEL_NAME", "OfflineCoach", "respond"}


def __getattr__(name: str) -> Any:
    if name in _CHAT_MODEL_NAMES:
        from core.coach import chat_model

        return getattr(chat_model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
