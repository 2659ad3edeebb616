"""The curated question bank (``data/question_bank.json``): its one loader, and the curated model
answers written for a few of its questions (``data/model_answers.json``).

Each question is a dict with ``text``, ``kind`` ("behavioral" or "role"), ``competency``,
``families`` (role families, or "general") and ``seniority`` (the levels it suits); optionally ``tags``
(job terms a role question fits) and ``grounds`` (:func:`grounded`).
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

QUESTION_BANK_PATH = Path(__file__).resolve().parents[2] / "data" / "question_bank.json"


@lru_cache(maxsize=1)
def load_question_bank() -> tuple[dict[str, Any], ...]:
    """The curated questions of ``data/question_bank.json``, read once per process.

    Raises ``OSError`` or ``ValueError`` (bad JSON) when the file cannot be read; the bank ships
    with the app, so that is a broken install, not user input.
    """
    try:
        raw = json.loads(QUESTION_BANK_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        logger.exception("could not read the question bank %s", QUESTION_BANK_PATH)
        raise
    return tuple(raw["questions"])


@lru_cache(maxsize=256)
def _grounds_re(grounds: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(g) for g in grounds) + ")", re.IGNORECASE)


def grounded(question: dict[str, Any], *texts: str) -> bool:
    """Whether a bank question may be asked (or its competency expected) for a job: True when it has no
    ``grounds``, or one of them (a word beginning, any case: "budget", "financ", "p&l") stands in one of
    ``texts`` (the job description and the CV). "Your budget is cut by 10%" needs a job or CV that speaks
    of budgets, costs or finance; "cost per order" alone does not ("costs", "cost control" do)."""
    grounds = tuple(g for g in question.get("grounds") or () if g.strip())
    if not grounds:
        return True
    pattern = _grounds_re(grounds)
    return any(pattern.search(text or "") for text in texts)


MODEL_ANSWERS_PATH = QUESTION_BANK_PATH.with_name("model_answers.json")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", "", re.sub(r"\s+", " ", (text or "").lower())).strip()


@lru_cache(maxsize=1)
def load_model_answers() -> dict[str, str]:
    """The curated model answers of ``data/model_answers.json``: bank question id -> answer text.

    An unreadable file gives ``{}`` (logged): a model answer is an extra, never needed to score.
    """
    try:
        raw = json.loads(MODEL_ANSWERS_PATH.read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in raw["answers"].items()}
    except (OSError, ValueError, KeyError, AttributeError):
        logger.exception("could not read the model answers %s", MODEL_ANSWERS_PATH)
        return {}


def model_answer(question: str) -> str | None:
    """The curated model answer for a bank question found in ``question`` (the bank's text may follow
    a lead-in such as "Thanks."), or None when the question is not a bank question or has none."""
    answers = load_model_answers()
    norm = _norm(question)
    for q in load_question_bank():
        text = _norm(q.get("text", ""))
        if text and text in norm and q.get("id") in answers:
            return answers[q["id"]]
    return None
