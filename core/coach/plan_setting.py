"""The setting a job is done in (an emergency department, an intensive care unit, a patient's own home; a primary
school; a warehouse), read from its title and description, and whether a bank question fits it.

A bank question may list the ``settings`` it fits and the ``not_settings`` it never fits (``data/job_settings.json``):
the emergency department's "Three patients arrive together…" is asked neither of an ICU nurse nor of a 1:1 home
intensive-care nurse, where nobody arrives together (session 27). The names are those of the table's families; a
question with neither list fits every setting. A rule of this project, not a figure from research.
"""

from __future__ import annotations

import json
import logging
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

JOB_SETTINGS_PATH = Path(__file__).resolve().parents[2] / "data" / "job_settings.json"


@lru_cache(maxsize=1)
def settings_by_family() -> dict[str, dict[str, dict[str, Any]]]:
    """The table of ``data/job_settings.json``: family -> setting name -> its spec (``words``, optional
    ``when_unread``). An unreadable file gives ``{}`` (logged): every question then fits every job."""
    try:
        raw = json.loads(JOB_SETTINGS_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        logger.exception("could not read the job settings %s", JOB_SETTINGS_PATH)
        return {}
    return {k: v for k, v in raw.items() if not k.startswith("_") and isinstance(v, dict)}


@lru_cache(maxsize=1)
def _owner() -> dict[str, str]:
    """Setting name -> its family."""
    return {name: family for family, table in settings_by_family().items() for name in table}


@cache
def _words_re(family: str, name: str) -> re.Pattern[str]:
    phrases = settings_by_family()[family][name]["words"]
    parts = [re.escape(p.rstrip("*")) + (r"[\w-]*" if p.endswith("*") else "") for p in phrases if p.strip("* ")]
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![\w])", re.I)


def job_settings(job_title: str, job_description: str) -> frozenset[str]:
    """The settings (names of ``data/job_settings.json``, of any family) a job is done in: each its title names, and
    each its description names twice or more or names most often (a description naming one setting once reads it;
    "patients transferred from the emergency department" once in an ICU ad with five ICU mentions does not). Both
    arguments are free text (either may be empty); nothing here can fail on odd input."""
    title, text = job_title or "", job_description or ""
    read: set[str] = set()
    for family, table in settings_by_family().items():
        counts = {name: len(_words_re(family, name).findall(text)) for name in table}
        top = max(counts.values(), default=0)
        for name in table:
            if _words_re(family, name).search(title) or counts[name] >= 2 or (top and counts[name] == top):
                read.add(name)
    return frozenset(read)


def settings_fit(question: dict[str, Any], settings: frozenset[str]) -> bool:
    """Whether a bank question fits a job read as ``settings`` (:func:`job_settings`): none of its ``not_settings``
    is among them, and, when it lists ``settings``, one of those is, or the job reads none of that family's settings
    and one of the question's is marked ``when_unread`` (an emergency department's triage for a nurse's job that
    names no setting, as before the table; an ICU's ventilated patient never)."""
    if set(question.get("not_settings") or ()) & settings:
        return False
    own = question.get("settings") or ()
    if not own or set(own) & settings:
        return True
    table = settings_by_family()
    for name in own:
        family = _owner().get(name)
        if family and not set(table[family]) & settings and table[family][name].get("when_unread"):
            return True
    return False


def setting_match(question: dict[str, Any], settings: frozenset[str]) -> bool:
    """Whether a bank question lists one of the job's own ``settings`` (the plan asks it before a question of every
    setting: an ICU ad gets the ICU's questions)."""
    return bool(set(question.get("settings") or ()) & settings)
