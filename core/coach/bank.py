"""The curated question bank (``data/question_bank.json``): its one loader.

Each question is a dict with ``text``, ``kind`` ("behavioral" or "role"), ``competency``,
``families`` (role families, or "general") and ``seniority`` (the levels it suits).
"""

from __future__ import annotations

import json
import logging
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
