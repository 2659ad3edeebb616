"""Prompts: the files in ``prompts/`` and the delimiters that keep user text as data.

Every piece of user text sent to a model (CV, job description, answers) is wrapped as
``<tag>\n...\n</tag>``. Text inside cannot close or open a block: any ``<tag>``/``</tag>`` of a
known tag in the text is neutralised to ``[tag]``/``[/tag]`` before wrapping. The offline coach
reads the same blocks back with :func:`extract_blocks`, so it sees exactly what a cloud model sees.

Each task prompt is: system (instructions, interview settings, job title, company, job
description, CV) · opening · the conversation · the task. The stable part comes first, so
consecutive calls of one interview share a long identical prefix and providers' prompt caching
applies. The prompt files are checked when loaded: each must use exactly the variables the code
fills (:class:`PromptError` otherwise).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder

from core.models.types import SKIPPED_ANSWER, InterviewContext, Turn

PROMPTS_DIR = Path(__file__).resolve().parent.parent.parent / "prompts"


class PromptError(RuntimeError):
    """A prompt file is missing or does not use exactly the variables the code fills."""


# Tags used in prompts. The stable prefix of a conversation uses the first six.
TASK = "task"
INTERVIEW_SETTINGS = "interview_settings"  # JSON: session_id, interview_type, seniority, question_count, style
JOB_TITLE = "job_title"
COMPANY = "company"
JOB_DESCRIPTION = "job_description"
CANDIDATE_CV = "candidate_cv"
ANSWER = "answer"  # a candidate answer inside the conversation
QUESTION = "question"  # the question being scored
NEXT_STEP = "next_step"  # JSON: kind ("question" | "follow_up"), number, total, reason (and same_as for a repeat)
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


# ---------------------------------------------------------------- prompt files

_PROMPT_FILES: dict[str, tuple[str, frozenset[str]]] = {
    "system": (
        "system.md",
        frozenset({"interview_settings", "job_title", "company", "job_description", "candidate_cv"}),
    ),
    "opening": ("opening.md", frozenset()),
    "next_question": ("next_question.md", frozenset({"task", "next_step"})),
    "score_answer": ("score_answer.md", frozenset({"task", "question", "answer"})),
    "report": ("report.md", frozenset({"task", "answer_scores"})),
}


def _read_prompt(directory: Path, key: str) -> str:
    filename, expected = _PROMPT_FILES[key]
    path = directory / filename
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise PromptError(f"The prompt file {path} cannot be read ({exc.strerror}).") from exc
    found = frozenset(ChatPromptTemplate.from_template(text).input_variables)
    if found != expected:
        raise PromptError(
            f"The prompt file {path} must use exactly the variables {sorted(expected)}; "
            f"it uses {sorted(found)}."
        )
    return text


@lru_cache(maxsize=4)
def load_prompts(directory: Path = PROMPTS_DIR) -> dict[str, ChatPromptTemplate]:
    """The three task prompts, each: system (stable) · opening · history · task. Checked at load."""
    texts = {key: _read_prompt(directory, key) for key in _PROMPT_FILES}
    prompts: dict[str, ChatPromptTemplate] = {}
    for task in ("next_question", "score_answer", "report"):
        prompts[task] = ChatPromptTemplate.from_messages(
            [
                ("system", texts["system"]),
                ("human", texts["opening"]),
                MessagesPlaceholder("history"),
                ("human", texts[task]),
            ]
        )
    return prompts


def _clip(text: str, limit: int, what: str) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rstrip() + f"\n[The {what} was cut here: it is longer than {limit:,} characters.]"


def context_notice(ctx: InterviewContext, max_chars: int) -> str | None:
    """A sentence for the user when the CV or job description is too long to send whole."""
    cut = [what for what, text in (("CV", ctx.cv_text), ("job description", ctx.job_description))
           if len(text) > max_chars]
    if not cut:
        return None
    return (f"Your {' and '.join(cut)} {'is' if len(cut) == 1 else 'are'} longer than {max_chars:,} characters; "
            "the interviewer reads the first part only.")


def _stable_values(ctx: InterviewContext, max_chars: int) -> dict[str, str]:
    settings = {
        "session_id": ctx.session_id,
        "interview_type": ctx.interview_type,
        "seniority": ctx.seniority,
        "question_count": ctx.question_count,
        "style": ctx.style,
        "focus": list(ctx.focus),
    }
    return {
        "interview_settings": wrap_json(INTERVIEW_SETTINGS, settings),
        "job_title": wrap(JOB_TITLE, ctx.job_title),
        "company": wrap(COMPANY, ctx.company),
        "job_description": wrap(
            JOB_DESCRIPTION, _clip(ctx.job_description, max_chars, "job description")
        ),
        "candidate_cv": wrap(CANDIDATE_CV, _clip(ctx.cv_text, max_chars, "CV")),
    }


def _history(turns: Sequence[Turn]) -> list[BaseMessage]:
    messages: list[BaseMessage] = []
    for turn in turns:
        messages.append(AIMessage(content=turn.question))
        if turn.answer is None:
            messages.append(
                HumanMessage(content="The candidate skipped this question.\n\n"
                             + wrap(ANSWER, SKIPPED_ANSWER))
            )
        else:
            messages.append(HumanMessage(content=wrap(ANSWER, turn.answer)))
    return messages


def build_messages(
    task: str,
    ctx: InterviewContext,
    turns: Sequence[Turn] = (),
    *,
    step: dict[str, Any] | None = None,
    question: str = "",
    answer: str = "",
    answer_scores: list[dict[str, Any]] | None = None,
    max_chars: int = 60000,
    prompts_dir: Path = PROMPTS_DIR,
) -> list[BaseMessage]:
    """The full message list for one call of ``task`` (next_question, score_answer, report)."""
    values: dict[str, Any] = {**_stable_values(ctx, max_chars), "history": _history(turns)}
    if task == TASK_NEXT_QUESTION:
        shown = {k: v for k, v in (step or {}).items() if k in ("kind", "number", "total", "reason", "same_as")}
        values["next_step"] = wrap_json(NEXT_STEP, shown)
    elif task == TASK_SCORE_ANSWER:
        values["question"] = wrap(QUESTION, question)
        values["answer"] = wrap(ANSWER, answer)
    elif task == TASK_REPORT:
        values["answer_scores"] = wrap_json(ANSWER_SCORES, answer_scores or [])
    else:
        raise ValueError(f"unknown task {task!r}")
    values["task"] = wrap(TASK, task)
    return load_prompts(prompts_dir)[task].format_messages(**values)
