"""The three chains: every configured model in the user's order, the offline coach last.

* **next question**: streamed text. A model that fails before its first chunk hands over to the
  next one (``RunnableWithFallbacks``); one that fails mid-way is asked again whole on the next
  model and the caller gets a ``restart`` event so the UI replaces the partial text. Reasoning
  blocks (``<think>…</think>``) are held back and dropped (:mod:`core.models.replies`).
* **answer score** and **report**: structured (pydantic models of :mod:`core.schemas`). A reply
  that fails validation counts as a failure and falls back like a dead server; JSON inside a
  Markdown fence or after a reasoning block is used.

Every provider gets a short timeout and at most one retry (``with_retry``, for a 5xx or a dropped
connection only), decided here rather than by the SDKs (Gemini's own default is six attempts,
about 33 s; OpenAI honours ``Retry-After`` for up to a minute). Fallbacks handle
:class:`~core.models.errors.ProviderFailure` only: transport, HTTP status, time-out and
validation errors. Anything else (a programming error) propagates. A provider that timed out,
could not be reached, was rate-limited or refused the key is skipped for a short cool-down.
Each failure is logged with its cause (keys scrubbed).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessageChunk, BaseMessage, HumanMessage
from langchain_core.runnables import Runnable, RunnableGenerator, RunnableLambda
from pydantic import BaseModel, ValidationError

from core.models import errors, prompts, registry
from core.models.errors import InvalidReply, ModelError, ProviderFailure, TransientFailure
from core.models.providers import Provider, make_provider, structured_runnable
from core.models.registry import OFFLINE
from core.models.replies import (
    ReasoningFilter,
    UsageTally,
    after_orphan_close,
    message_text,
    parse_structured,
)
from core.models.types import CallInfo, InterviewContext, StreamEvent, Turn
from core.schemas import AnswerScore, InterviewReport
from core.settings import Settings

logger = logging.getLogger(__name__)

COOLDOWN_S = 60.0  # a provider that timed out or was unreachable is skipped this long
RETRY_DELAY_S = 0.25


@dataclass
class _Call:
    """The input of every step: the messages and a list each failing step appends to."""

    messages: list[BaseMessage]
    failures: list[tuple[str, ProviderFailure]] = field(default_factory=list)


@dataclass(frozen=True)
class _Structured:
    provider: str
    parsed: BaseModel
    raw: Any


@dataclass
class _Attempt:
    """One pass over the question chain: who is streaming, what was shown, usage so far."""

    current: str | None = None
    shown: bool = False
    text: str = ""
    filter: ReasoningFilter = field(default_factory=ReasoningFilter)
    tally: UsageTally = field(default_factory=UsageTally)


def parse_reply(out: Any, schema: type[BaseModel]) -> tuple[BaseModel, Any]:
    """(validated ``schema`` instance, raw message) from a reply message or from
    ``with_structured_output(include_raw=True)``.

    When no parser ran or the SDK's parser gave up, the raw text is read without reasoning blocks
    and Markdown fences. Raises :class:`InvalidReply` (its cause: the validation error).
    """
    if isinstance(out, BaseMessage):
        out = {"raw": out, "parsed": None, "parsing_error": None}  # the app parses the text itself
    if not isinstance(out, dict):
        raise InvalidReply("unexpected structured output")
    raw, parsed = out.get("raw"), out.get("parsed")
    if parsed is None or out.get("parsing_error") is not None:
        text = message_text(raw) if raw is not None else ""
        if not text.strip():
            raise InvalidReply("the reply was empty") from out.get("parsing_error")
        try:
            parsed = parse_structured(text, schema)
        except ValidationError as exc:
            raise InvalidReply("the reply did not match the schema") from exc
    if not isinstance(parsed, schema):
        try:
            parsed = schema.model_validate(parsed)
        except ValidationError as exc:
            raise InvalidReply("the reply did not match the schema") from exc
    return parsed, raw


class ModelChains:
    """The three chains for one settings object. Thread-safe; one instance per process."""

    def __init__(self, providers: list[Provider], settings: Settings, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if not providers or providers[-1].name != OFFLINE:
            raise ValueError("the offline coach must be the last provider")
        self.providers = providers
        self.settings = settings
        self._clock = clock
        self._cooldown: dict[str, float] = {}
        self._lock = threading.Lock()
        self._secrets = settings.secrets()
        self._stream_steps = [self._stream_step(p) for p in providers]
        self._score_steps = [self._structured_step(p, AnswerScore) for p in providers]
        self._report_steps = [self._structured_step(p, InterviewReport) for p in providers]

    # -- which models are tried ------------------------------------------------------------

    def writes_at_once(self) -> bool:
        """Whether the next question is written whole at once: the offline coach is the only model (it
        composes the question in about a millisecond; a cloud model's tokens arrive over seconds, and a
        failed one falls back with a notice)."""
        return len(self.providers) == 1

    def active_chain(self) -> list[str]:
        """Labels of the models in fallback order, e.g. ['OpenAI (gpt-4o-mini)', 'Offline coach']."""
        return [p.label if p.name == OFFLINE else f"{p.label} ({p.model_name})" for p in self.providers]

    def _healthy(self, start: int = 0) -> list[int]:
        now = self._clock()
        with self._lock:
            return [i for i, p in enumerate(self.providers)
                    if i >= start and (p.name == OFFLINE or self._cooldown.get(p.name, 0.0) <= now)]

    def _note_failures(self, failures: list[tuple[str, ProviderFailure]]) -> None:
        now = self._clock()
        with self._lock:
            for name, exc in failures:
                if name != OFFLINE and exc.kind in errors.COOL_DOWN:
                    self._cooldown[name] = now + COOLDOWN_S

    def reset_cooldowns(self) -> None:
        with self._lock:
            self._cooldown.clear()

    def _chain(self, steps: list[Runnable], indices: list[int]) -> Runnable:
        first, *rest = (steps[i] for i in indices)
        if not rest:
            return first
        return first.with_fallbacks(rest, exceptions_to_handle=(ProviderFailure,))

    def question_chain(self) -> Runnable:
        return self._chain(self._stream_steps, self._healthy())

    def score_chain(self) -> Runnable:
        return self._chain(self._score_steps, self._healthy())

    def report_chain(self) -> Runnable:
        return self._chain(self._report_steps, self._healthy())

    def _provider(self, name: str) -> Provider:
        return next(p for p in self.providers if p.name == name)

    def _notice(self, answered_by: str, failures: list[tuple[str, ProviderFailure]]) -> str | None:
        failed = [(n, e) for n, e in failures if n != answered_by]
        answered = self._provider(answered_by).label
        if failed:
            name, exc = failed[0]
            return f"{self._provider(name).label} {errors.describe_error(exc)}; {answered} answered instead."
        if self.providers[0].name != answered_by:
            return f"{self.providers[0].label} is paused after recent failures; {answered} answered."
        return None

    def _info(self, provider_name: str, started: float, tokens: tuple[int | None, int | None],
              failures: list[tuple[str, ProviderFailure]]) -> CallInfo:
        provider = self._provider(provider_name)
        if failures and any(n != provider_name for n, _ in failures):
            logger.info("fallback: %s answered after %s", provider.label,
                        ", ".join(f"{self._provider(n).label} ({e.kind})" for n, e in failures))
        return CallInfo(
            model=provider.model_name, provider=provider.label,
            latency_ms=int((time.perf_counter() - started) * 1000),
            tokens_in=tokens[0], tokens_out=tokens[1],
            fallback_notice=self._notice(provider_name, failures),
            failures=tuple(f"{n}: {e.kind}" for n, e in failures),
        )

    def _failed(self, provider: Provider, call: _Call, exc: BaseException, task: str) -> ProviderFailure:
        """Record and log a provider error; re-raises ``exc`` itself when it is not one."""
        failure = errors.failure(provider.name, exc)
        call.failures.append((provider.name, failure))
        logger.warning("%s failed (%s) on %s: %s", provider.label, failure.kind, task,
                       errors.log_cause(failure, self._secrets))
        return failure

    # -- steps (one per provider) -----------------------------------------------------------

    def _stream_step(self, provider: Provider) -> Runnable:
        def transform(inputs: Iterator[_Call]) -> Iterator[tuple[str, AIMessageChunk]]:
            for call in inputs:
                try:
                    for chunk in provider.stream(call.messages):
                        yield provider.name, chunk
                except Exception as exc:
                    raise self._failed(provider, call, exc, "a question") from exc

        return RunnableGenerator(transform, name=f"question:{provider.name}")

    def _structured_step(self, provider: Provider, schema: type[BaseModel]) -> Runnable:
        lock = threading.Lock()
        built: list[Runnable] = []

        def runnable() -> Runnable:
            with lock:
                if not built:
                    built.append(structured_runnable(provider, schema))
                return built[0]

        def run(call: _Call) -> _Structured:
            try:
                parsed, raw = parse_reply(runnable().invoke(call.messages), schema)
            except Exception as exc:
                raise self._failed(provider, call, exc, schema.__name__) from exc
            return _Structured(provider.name, parsed, raw)

        step: Runnable = RunnableLambda(run, name=f"{schema.__name__}:{provider.name}")
        retries = max(0, min(1, self.settings.max_retries))
        if retries and provider.name != OFFLINE:
            step = step.with_retry(
                retry_if_exception_type=(TransientFailure,), stop_after_attempt=retries + 1,
                exponential_jitter_params={"initial": RETRY_DELAY_S, "max": RETRY_DELAY_S, "jitter": 0},
            )
        return step

    # -- the three calls ----------------------------------------------------------------------

    def _stream_once(self, call: _Call, indices: list[int], attempt: _Attempt) -> Iterator[StreamEvent]:
        for name, chunk in self._chain(self._stream_steps, indices).stream(call):
            if attempt.current != name:
                attempt.current = name
                attempt.tally = UsageTally(self._provider(name).stream_usage)
            attempt.tally.add(chunk)
            visible = attempt.filter.feed(message_text(chunk))
            if visible:
                attempt.shown, attempt.text = True, attempt.text + visible
                yield StreamEvent("delta", visible)
        rest = attempt.filter.finish()
        if rest:
            attempt.shown, attempt.text = True, attempt.text + rest
            yield StreamEvent("delta", rest)
        answer = after_orphan_close(attempt.text)
        if answer is not None:  # the reasoning came without its opening tag: replace it by the answer
            attempt.text = answer
            yield StreamEvent("restart")
            yield StreamEvent("delta", answer)
        if attempt.current is None or not attempt.text.strip():
            provider = self._provider(attempt.current or self.providers[indices[0]].name)
            raise self._failed(provider, call, InvalidReply("the model sent an empty question"), "a question")

    def stream_question(self, ctx: InterviewContext, turns: Sequence[Turn],
                        step: dict[str, Any]) -> Iterator[StreamEvent]:
        """Stream the next question; ``restart`` events mean: discard the text shown so far."""
        messages = prompts.build_messages(prompts.TASK_NEXT_QUESTION, ctx, turns, step=step,
                                          max_chars=self.settings.max_context_chars)
        call = _Call(messages)
        started = time.perf_counter()
        start = 0
        while True:
            indices = self._healthy(start)
            attempt = _Attempt()
            try:
                yield from self._stream_once(call, indices, attempt)
            except ProviderFailure:
                failed = call.failures[-1][0]  # the last model tried
                index = next(i for i, p in enumerate(self.providers) if p.name == failed)
                if failed == OFFLINE or index + 1 >= len(self.providers):
                    raise ModelError("No model could ask the next question.") from None
                if attempt.shown:
                    yield StreamEvent("restart")
                start = index + 1
                continue
            self._note_failures(call.failures)
            text = attempt.text.strip()
            assert attempt.current is not None
            tokens = attempt.tally.result(text)
            yield StreamEvent("done", text, self._info(attempt.current, started, tokens, call.failures))
            return

    def _structured_call(self, chain: Runnable, messages: list[BaseMessage]) -> tuple[_Structured, CallInfo]:
        call = _Call(messages)
        started = time.perf_counter()
        try:
            result: _Structured = chain.invoke(call)
        except ProviderFailure:
            raise ModelError("No model could answer.") from None
        finally:
            self._note_failures(call.failures)
        tally = UsageTally()
        tally.add(result.raw)
        return result, self._info(result.provider, started, tally.result(""), call.failures)

    def score_answer(self, ctx: InterviewContext, question: str, answer: str,
                     turns: Sequence[Turn] = ()) -> tuple[AnswerScore, CallInfo]:
        messages = prompts.build_messages(prompts.TASK_SCORE_ANSWER, ctx, turns, question=question,
                                          answer=answer, max_chars=self.settings.max_context_chars)
        result, info = self._structured_call(self.score_chain(), messages)
        assert isinstance(result.parsed, AnswerScore)
        return result.parsed, info

    def build_report(self, ctx: InterviewContext, answer_scores: list[dict[str, Any]],
                     turns: Sequence[Turn] = ()) -> tuple[InterviewReport, CallInfo]:
        messages = prompts.build_messages(prompts.TASK_REPORT, ctx, turns, answer_scores=answer_scores,
                                          max_chars=self.settings.max_context_chars)
        result, info = self._structured_call(self.report_chain(), messages)
        assert isinstance(result.parsed, InterviewReport)
        return result.parsed, info

    def context_notice(self, ctx: InterviewContext) -> str | None:
        return prompts.context_notice(ctx, self.settings.max_context_chars)


def build_chains(settings: Settings, offline_model: BaseChatModel | None = None) -> ModelChains:
    """The chains for ``settings``: configured providers in the user's order, the coach last.

    ``offline_model`` replaces the offline coach (tests only).
    """
    providers = [make_provider(settings, name) for name in settings.configured_providers()]
    offline = make_provider(settings, OFFLINE)
    if offline_model is not None:
        offline.factory = lambda: offline_model
    providers.append(offline)
    return ModelChains(providers, settings)


# ---------------------------------------------------------------- the sidebar's "Test connection"


def check_provider(settings: Settings, name: str, *, timeout_s: float | None = None) -> str:
    """Stream one tiny request from ``name``, as the interview does; a plain sentence (never a key).

    The request goes through the same path as a question (streaming, ``stream_options`` and its
    one retry without it, reasoning blocks dropped), so "answered" means questions will work.
    """
    if name != OFFLINE and name not in settings.configured_providers():
        return f"{registry.label(name)} is not configured."
    limit = min(10.0, settings.request_timeout_s) if timeout_s is None else timeout_s
    provider = make_provider(settings.model_copy(update={"request_timeout_s": limit}), name)
    started = time.perf_counter()
    try:
        reply = ReasoningFilter()
        text = "".join(reply.feed(message_text(chunk))
                       for chunk in provider.stream([HumanMessage(content="Reply with the single word: ready")]))
        if not (text + reply.finish()).strip():
            raise InvalidReply("empty")
    except Exception as exc:
        failure = errors.failure(name, exc)  # a programming error propagates
        logger.warning("test connection: %s failed (%s): %s", provider.label, failure.kind,
                       errors.log_cause(failure, settings.secrets()))
        return _check_sentence(settings, provider, failure.kind, limit)
    return f"{provider.label} ({provider.model_name}) answered in {time.perf_counter() - started:.1f} s."


def _check_sentence(settings: Settings, provider: Provider, kind: str, limit: float) -> str:
    where = registry.where(settings, provider.name) if provider.name != OFFLINE else ""
    label = provider.label
    # An address the visitor set (a local server, or a cloud provider's base URL) may be wrong; a cloud provider's own
    # default address is not theirs to check: the network between is (nc26: "Check the address" with none typed).
    field = registry.spec(provider.name).url_setting if provider.name != OFFLINE else ""
    url = getattr(settings, field, None) if field else None
    typed = bool(url) and url != type(settings).model_fields[field].default  # OpenRouter's own URL is a default
    unreachable = ("Check the address and that the server is running." if typed else
                   "Check this computer's internet connection, and any proxy or firewall in the way.")
    sentences = {
        "unreachable": f"{label}: cannot reach {where}. {unreachable}",
        "timeout": f"{label}: no answer within {limit:g} s from {where}.",
        "key_rejected": f"{label}: key rejected. Check the key (it is not shown here).",
        "rate_limited": f"{label}: rate-limited right now; try again in a minute.",
        "not_found": f"{label}: the model {provider.model_name!r} was not found.",
    }
    return sentences.get(kind, f"{label} {errors.reason(kind)}.")
