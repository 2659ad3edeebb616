"""The offline coach as a LangChain chat model: no key, no network, no weights.

:class:`OfflineCoach` reads the same ``<tag>`` blocks the model layer sends every provider
(``core/models/prompts.py``) and answers the three tasks (next question, score an answer, report) with
the coach's functions, including streaming and ``with_structured_output``. It is the last fallback
of every chain, so it never raises on odd input. :func:`respond` is its reply text for a prompt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable, RunnableLambda, RunnableMap, RunnablePassthrough
from pydantic import BaseModel

from core.analysis.bounds import bounded
from core.coach.report import build_report
from core.coach.score import score_answer
from core.coach.turn import next_question_text
from core.models.prompts import (
    ANSWER,
    ANSWER_SCORES,
    CANDIDATE_CV,
    COMPANY,
    INTERVIEW_SETTINGS,
    JOB_DESCRIPTION,
    JOB_TITLE,
    NEXT_STEP,
    QUESTION,
    TASK,
    TASK_NEXT_QUESTION,
    TASK_REPORT,
    TASK_SCORE_ANSWER,
    extract_blocks,
    extract_json,
)
from core.schemas import AnswerScore, InterviewReport

MODEL_NAME = "offline-coach"


def _message_text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    parts = []
    for part in content:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
    return "\n".join(parts)


def _first(blocks: dict[str, list[str]], tag: str) -> str:
    values = blocks.get(tag)
    return values[0] if values else ""


def _score_reply(blocks: dict[str, list[str]]) -> str:
    score = score_answer(
        (blocks.get(QUESTION) or [""])[-1],
        (blocks.get(ANSWER) or [""])[-1],
        job_description=_first(blocks, JOB_DESCRIPTION),
        cv_text=_first(blocks, CANDIDATE_CV),
    )
    return score.model_dump_json()


def _report_reply(blocks: dict[str, list[str]], joined: str) -> str:
    data = extract_json(joined, ANSWER_SCORES)
    report = build_report(
        data if isinstance(data, list) else [],
        job_title=_first(blocks, JOB_TITLE),
        company=_first(blocks, COMPANY),
        job_description=_first(blocks, JOB_DESCRIPTION),
        cv_text=_first(blocks, CANDIDATE_CV),
    )
    return report.model_dump_json()


def _next_question_reply(messages: Sequence[BaseMessage], blocks: dict[str, list[str]], joined: str) -> str:
    """The interviewer's turn: questions asked so far are the AI messages, answers the human ones."""
    settings = extract_json(joined, INTERVIEW_SETTINGS)
    step = extract_json(joined, NEXT_STEP)
    asked = [_message_text(m) for m in messages if isinstance(m, AIMessage)]
    answers = [
        a
        for m in messages
        if isinstance(m, HumanMessage)
        for a in extract_blocks(_message_text(m)).get(ANSWER, [])
    ]
    return next_question_text(
        settings if isinstance(settings, dict) else {},
        job_title=_first(blocks, JOB_TITLE),
        company=_first(blocks, COMPANY),
        job_description=_first(blocks, JOB_DESCRIPTION),
        cv_text=_first(blocks, CANDIDATE_CV),
        asked=asked,
        last_answer=answers[-1] if answers else None,
        answers=answers,
        step=step if isinstance(step, dict) else {"kind": "question", "number": len(asked) + 1},
    )


def respond(messages: Sequence[BaseMessage], schema_name: str | None = None) -> str:
    """The offline coach's reply text for a prompt (JSON for the two structured tasks).

    The task comes from ``schema_name`` (set by ``with_structured_output``) or the prompt's last
    ``<task>`` block; an unknown task gets a one-line greeting, never an error.
    """
    joined = "\n".join(_message_text(m) for m in messages)
    blocks = extract_blocks(joined)
    for tag in (CANDIDATE_CV, JOB_DESCRIPTION):  # cut before any reading (core.analysis.bounds)
        if blocks.get(tag):
            blocks[tag] = [bounded(text) for text in blocks[tag]]
    task = (blocks.get(TASK) or [""])[-1].strip()
    if schema_name == "AnswerScore" or (schema_name is None and task == TASK_SCORE_ANSWER):
        return _score_reply(blocks)
    if schema_name == "InterviewReport" or (schema_name is None and task == TASK_REPORT):
        return _report_reply(blocks, joined)
    if task == TASK_NEXT_QUESTION:
        return _next_question_reply(messages, blocks, joined)
    return (
        "The offline coach is ready. It runs interviews, scores answers and writes reports without a network."
    )


def _tokens(text: str) -> int:
    return max(1, round(len(text.split()) * 1.3))


class OfflineCoach(BaseChatModel):
    """A deterministic chat model serving the three chains of the model layer without a network."""

    model_name: str = MODEL_NAME

    @property
    def _llm_type(self) -> str:
        return "offline-coach"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name}

    def _reply(self, messages: list[BaseMessage], kwargs: dict[str, Any]) -> tuple[str, dict[str, int]]:
        text = respond(messages, kwargs.get("offline_schema"))
        tokens_in = sum(_tokens(_message_text(m)) for m in messages)
        tokens_out = _tokens(text)
        return text, {
            "input_tokens": tokens_in,
            "output_tokens": tokens_out,
            "total_tokens": tokens_in + tokens_out,
        }

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text, usage = self._reply(messages, kwargs)
        message = AIMessage(
            content=text, usage_metadata=usage, response_metadata={"model_name": self.model_name}
        )
        return ChatResult(
            generations=[ChatGeneration(message=message)], llm_output={"model_name": self.model_name}
        )

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        text, usage = self._reply(messages, kwargs)
        pieces = re.findall(r"\S+\s*", text) or [text]
        groups = ["".join(pieces[i : i + 3]) for i in range(0, len(pieces), 3)]
        for i, piece in enumerate(groups):
            last = i == len(groups) - 1
            chunk = AIMessageChunk(
                content=piece,
                usage_metadata=usage if last else None,
                response_metadata={"model_name": self.model_name} if last else {},
            )
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=ChatGenerationChunk(message=chunk))
            yield ChatGenerationChunk(message=chunk)

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> Runnable:
        raise NotImplementedError("The offline coach does not call tools.")

    def with_structured_output(
        self, schema: dict | type, *, include_raw: bool = False, **kwargs: Any
    ) -> Runnable:
        """Runs the deterministic scorer or report builder and returns a validated ``schema``."""
        if isinstance(schema, type) and issubclass(schema, BaseModel):
            name = schema.__name__
            if not (issubclass(schema, AnswerScore) or issubclass(schema, InterviewReport)):
                names = ("AnswerScore", "InterviewReport")
                name = next((n for n in names if n in {c.__name__ for c in schema.__mro__}), name)

            def parse(message: AIMessage) -> BaseModel:
                return schema.model_validate_json(_message_text(message))

        elif isinstance(schema, dict):
            name = str(schema.get("title") or schema.get("name") or "")

            def parse(message: AIMessage) -> BaseModel | dict:
                return json.loads(_message_text(message))

        else:
            raise ValueError(
                "The offline coach needs a pydantic model or a JSON schema for structured output."
            )
        if name not in {"AnswerScore", "InterviewReport"}:
            raise ValueError(
                f"The offline coach can only produce AnswerScore or InterviewReport, not {name or schema!r}."
            )
        bound = self.bind(offline_schema=name)
        parser = RunnableLambda(parse, name=f"Parse{name}")
        if not include_raw:
            return bound | parser
        return (
            bound
            | RunnableMap(raw=RunnablePassthrough(), parsed=parser)
            | RunnableLambda(lambda d: {**d, "parsing_error": None})
        )
