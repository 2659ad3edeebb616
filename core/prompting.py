"""Delimiters that keep user text (CV, job description, answers) as data, never instructions.

Every piece of user text sent to a model is wrapped as ``<tag>\n...\n</tag>``. Text inside
cannot close or open a block: any ``<tag>``/``</tag>`` of a known tag that appears in the text
is neutralised to ``[tag]``/``[/tag]`` before wrapping. The offline coach reads the same blocks
back with :func:`extract_blocks`, so it sees exactly what a cloud model sees.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Tags used in prompts. The stable prefix of a conversation uses the first six.
TASK = "task"
INTERVIEW_SETTINGS = "interview_settings"  # JSON: session_id, interview_type, seniority, question_count, style
JOB_TITLE = "job_title"
COMPANY = "company"
JOB_DESCRIPTION = "job_description"
CANDIDATE_CV = "candidate_cv"
ANSWER = "answer"  # a candidate answer inside the conversation
QUESTION = "question"  # the question being scored
NEXT_STEP = "next_step"  # JSON: kind ("question" | "follow_up"), number, total, follow_up_reason
ANSWER_SCORES = "answer_scores"  # JSON list for the report

TAGS: tuple[str, ...] = (
    TASK,
    INTERVIEW_SETTINGS,
    JOB_TITLE,
    COMPANY,
    JOB_DESCRIPTION,
    CANDIDATE_CV,
    ANSWER,
    QUESTION,
    NEXT_STEP,
    ANSWER_SCORES,
)

# Task names carried in the <task> block.
TASK_NEXT_QUESTION = "next_question"
TASK_SCORE_ANSWER = "score_answer"
TASK_REPORT = "report"

_TAG_RE = re.compile(r"<\s*(/?)\s*(" + "|".join(TAGS) + r")\s*>", re.IGNORECASE)


def neutralise(text: str) -> str:
    """Turn any known delimiter inside user text into an inert bracket form."""
    return _TAG_RE.sub(lambda m: f"[{m.group(1)}{m.group(2).lower()}]", text)


def wrap(tag: str, text: str) -> str:
    """Wrap user text in a block it cannot close."""
    if tag not in TAGS:
        raise ValueError(f"unknown tag {tag!r}")
    return f"<{tag}>\n{neutralise(text or '')}\n</{tag}>"


def wrap_json(tag: str, value: Any) -> str:
    return wrap(tag, json.dumps(value, ensure_ascii=False, sort_keys=True))


_BLOCK_RE = re.compile(r"<(" + "|".join(TAGS) + r")>\n(.*?)\n</\1>", re.DOTALL)


def extract_blocks(text: str) -> dict[str, list[str]]:
    """All blocks in ``text`` by tag, in order of appearance."""
    found: dict[str, list[str]] = {}
    for match in _BLOCK_RE.finditer(text or ""):
        found.setdefault(match.group(1), []).append(match.group(2))
    return found


def extract_json(text: str, tag: str) -> Any | None:
    """The JSON value of the last ``tag`` block in ``text``, or None."""
    blocks = extract_blocks(text).get(tag)
    if not blocks:
        return None
    try:
        return json.loads(blocks[-1])
    except json.JSONDecodeError:
        return None
