"""The model layer: every model the app talks to, in the user's order, the offline coach last.

Three chains, built once per settings (the page layer caches :func:`build_chains`):

* **next question**: streamed text. A model that fails before its first chunk hands over to the
  next one (``RunnableWithFallbacks``); one that fails mid-way is retried whole on the next
  model and the caller gets a ``restart`` event so the UI replaces the partial text.
* **answer score** and **report**: structured (``with_structured_output`` into the pydantic
  models of :mod:`core.schemas`). A reply that fails validation counts as a failure and falls
  back like a dead server.

Every provider gets a short timeout and at most one retry, decided here rather than by the SDKs
(Gemini's own default is six attempts, about 33 s, and OpenAI honours ``Retry-After`` for up to a
minute). Only transient errors (connection, 5xx) are retried; a rate limit, a rejected key, a
time-out or garbage goes straight to the next model. A provider that timed out or could not be
reached is skipped for a short cool-down, so a dead primary does not cost every call its
time-out.

Prompts live in ``prompts/``. The stable part (instructions, interview settings, job title,
company, job description, CV) comes first, then the conversation, then the task, so consecutive
calls of one interview share a long identical prefix and providers' prompt caching applies.
User text always sits inside ``<tag>`` blocks it cannot close (:mod:`core.prompting`).

Provider packages (``langchain_openai``, ``langchain_google_genai``) are imported only when a
provider is built; :func:`warm_provider_imports` imports them off the request path.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain_core.runnables import Runnable, RunnableGenerator, RunnableLambda
from pydantic import BaseModel

from core import prompting
from core.providers import OFFLINE, describe_providers, model_name, safe_url
from core.schemas import AnswerScore, InterviewReport
from core.settings import PROVIDER_LABELS, ROOT, Settings

PROMPTS_DIR = ROOT / "prompts"
COOLDOWN_S = 60.0  # a provider that timed out or was unreachable is skipped this long
RETRY_DELAY_S = 0.25
SKIPPED_ANSWER = "(skipped)"

__all__ = [
    "CallInfo",
    "InterviewContext",
    "ModelChains",
    "ModelError",
    "PromptError",
    "StreamEvent",
    "Turn",
    "build_chains",
    "build_messages",
    "check_provider",
    "describe_error",
    "describe_providers",  # re-exported from core.providers (light: no LangChain import)
    "load_prompts",
    "warm_provider_imports",
]


class PromptError(RuntimeError):
    """A prompt file is missing or does not use exactly the variables the code fills."""


class ModelError(RuntimeError):
    """Every model failed (cannot happen while the offline coach is last; kept for safety)."""


class InvalidReply(ValueError):
    """A model answered, but not with what was asked (empty text, JSON that fails the schema)."""


# ================================================================ data passed in and out


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
    """Which model produced a result, how long it took and what it cost."""

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

    kind: str
    text: str = ""
    info: CallInfo | None = None


# ================================================================ prompts

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
        "interview_settings": prompting.wrap_json(prompting.INTERVIEW_SETTINGS, settings),
        "job_title": prompting.wrap(prompting.JOB_TITLE, ctx.job_title),
        "company": prompting.wrap(prompting.COMPANY, ctx.company),
        "job_description": prompting.wrap(
            prompting.JOB_DESCRIPTION, _clip(ctx.job_description, max_chars, "job description")
        ),
        "candidate_cv": prompting.wrap(prompting.CANDIDATE_CV, _clip(ctx.cv_text, max_chars, "CV")),
    }


def _history(turns: Sequence[Turn]) -> list[BaseMessage]:
    messages: list[BaseMessage] = []
    for turn in turns:
        messages.append(AIMessage(content=turn.question))
        if turn.answer is None:
            messages.append(
                HumanMessage(content="The candidate skipped this question.\n\n"
                             + prompting.wrap(prompting.ANSWER, SKIPPED_ANSWER))
            )
        else:
            messages.append(HumanMessage(content=prompting.wrap(prompting.ANSWER, turn.answer)))
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
    if task == prompting.TASK_NEXT_QUESTION:
        shown = {k: v for k, v in (step or {}).items() if k in ("kind", "number", "total", "reason")}
        values["next_step"] = prompting.wrap_json(prompting.NEXT_STEP, shown)
    elif task == prompting.TASK_SCORE_ANSWER:
        values["question"] = prompting.wrap(prompting.QUESTION, question)
        values["answer"] = prompting.wrap(prompting.ANSWER, answer)
    elif task == prompting.TASK_REPORT:
        values["answer_scores"] = prompting.wrap_json(prompting.ANSWER_SCORES, answer_scores or [])
    else:
        raise ValueError(f"unknown task {task!r}")
    values["task"] = prompting.wrap(prompting.TASK, task)
    return load_prompts(prompts_dir)[task].format_messages(**values)


# ================================================================ errors in plain words


def _status(exc: BaseException) -> int | None:
    for attr in ("status_code", "code", "status"):
        value = getattr(exc, attr, None)
        if isinstance(value, int) and 100 <= value < 600:
            return value
    response = getattr(exc, "response", None)
    value = getattr(response, "status_code", None)
    return value if isinstance(value, int) else None


def _names(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def _chain_of(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 8:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def classify_error(exc: BaseException) -> str:
    """One of: timeout, unreachable, rate_limited, key_rejected, not_found, server_error,
    bad_request, invalid_reply, error."""
    for err in _chain_of(exc):
        names = _names(err)
        status = _status(err)
        if names & {"TimeoutException", "ReadTimeout", "ConnectTimeout", "WriteTimeout", "PoolTimeout",
                    "APITimeoutError", "TimeoutError"}:
            return "timeout"
        if status == 429 or names & {"RateLimitError"}:
            return "rate_limited"
        key_text = status == 400 and "api key" in str(err).lower()  # Gemini's answer to a bad key
        if status in (401, 403) or key_text or names & {"AuthenticationError", "PermissionDeniedError"}:
            return "key_rejected"
        if status == 404 or names & {"NotFoundError"}:
            return "not_found"
        if (status is not None and status >= 500) or names & {"InternalServerError", "ServerError"}:
            return "server_error"
        if names & {"ConnectError", "APIConnectionError", "ConnectionError", "RemoteProtocolError",
                    "ReadError", "TransportError", "NetworkError"}:
            return "unreachable"
        if names & {"ValidationError", "OutputParserException", "InvalidReply", "JSONDecodeError",
                    "LengthFinishReasonError", "ContentFilterFinishReasonError"}:
            return "invalid_reply"
        if status is not None and 400 <= status < 500:
            return "bad_request"
    return "error"


_REASONS = {
    "timeout": "took too long to answer",
    "unreachable": "could not be reached",
    "rate_limited": "is rate-limited right now",
    "key_rejected": "rejected the API key",
    "not_found": "does not know that model name",
    "server_error": "had a server error",
    "bad_request": "refused the request",
    "invalid_reply": "sent a reply that could not be used",
    "error": "failed",
}


def describe_error(exc: BaseException) -> str:
    """A short reason, safe to show and store: built from the error's kind, never its text."""
    return _REASONS[classify_error(exc)]


def _transient(exc: BaseException) -> bool:
    return classify_error(exc) in ("server_error", "unreachable")


# ================================================================ providers


@dataclass
class Provider:
    """One model in the chain; its chat model is built on first use (lazy imports)."""

    name: str
    label: str
    model_name: str
    factory: Any = field(repr=False)
    structured_method: str | None = None
    _chat: BaseChatModel | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def chat(self) -> BaseChatModel:
        if self._chat is None:
            with self._lock:
                if self._chat is None:
                    self._chat = self.factory()
        return self._chat


def _openai_timeout(settings: Settings) -> Any:
    import httpx

    return httpx.Timeout(settings.request_timeout_s, connect=min(5.0, settings.request_timeout_s))


def _make_openai(settings: Settings, *, model: str, api_key: str, base_url: str | None,
                 headers: dict[str, str] | None = None) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=model,
        api_key=api_key,
        base_url=base_url,
        timeout=_openai_timeout(settings),
        max_retries=0,  # retries are decided by this module
        stream_usage=True,
        default_headers=headers,
    )


def _make_gemini(settings: Settings) -> BaseChatModel:
    from langchain_google_genai import ChatGoogleGenerativeAI

    kwargs: dict[str, Any] = {}
    if settings.gemini_base_url:
        kwargs["base_url"] = settings.gemini_base_url
    return ChatGoogleGenerativeAI(
        model=settings.gemini_model,
        google_api_key=settings.secret("google_api_key"),
        timeout=settings.request_timeout_s,
        max_retries=1,  # one attempt: the SDK's default is six
        **kwargs,
    )


def _make_offline() -> BaseChatModel:
    from core.coach import OfflineCoach

    return OfflineCoach()


# OpenAI-compatible providers: (key field, key when none is set, base URL field, extra headers,
# structured-output method).
_OPENAI_COMPATIBLE: dict[str, tuple[str, str, str, dict[str, str] | None, str]] = {
    "openai": ("openai_api_key", "not-needed", "openai_base_url", None, "json_schema"),
    # function calling: the widest support across OpenRouter's models
    "openrouter": ("openrouter_api_key", "", "openrouter_base_url", {"X-Title": "Interview Simulator"},
                   "function_calling"),
    "local": ("local_api_key", "not-needed", "local_base_url", None, "json_schema"),
}


def make_provider(settings: Settings, name: str) -> Provider:
    """The provider ``name`` as configured in ``settings`` (its model is built on first use)."""
    label = PROVIDER_LABELS.get(name, name)
    if name == OFFLINE:
        return Provider(OFFLINE, label, model_name(settings, OFFLINE), _make_offline, None)
    if name == "gemini":
        return Provider(name, label, model_name(settings, name), lambda: _make_gemini(settings), "json_schema")
    if name not in _OPENAI_COMPATIBLE:
        raise ValueError(f"unknown provider {name!r}")
    key_field, no_key, url_field, headers, method = _OPENAI_COMPATIBLE[name]
    model = model_name(settings, name)
    return Provider(
        name, label, model,
        lambda: _make_openai(settings, model=model, api_key=settings.secret(key_field) or no_key,
                             base_url=getattr(settings, url_field), headers=headers),
        method,
    )


_PROVIDER_MODULES = {
    "gemini": ("langchain_google_genai",),
    "openai": ("httpx", "langchain_openai"),
    "openrouter": ("httpx", "langchain_openai"),
    "local": ("httpx", "langchain_openai"),
}
_warm_lock = threading.Lock()
_warmed: set[str] = set()


def warm_provider_imports(settings: Settings, *, wait: bool = False) -> threading.Thread | None:
    """Import the configured providers' packages (and the coach) in a background thread.

    The first ``import langchain_openai`` costs over a second; doing it here, when the app
    starts, keeps it off the first answer's path. Safe to call often.
    """
    modules: list[str] = ["core.coach"]
    for name in settings.configured_providers():
        modules.extend(_PROVIDER_MODULES.get(name, ()))
    with _warm_lock:
        todo = [m for m in dict.fromkeys(modules) if m not in _warmed]
        _warmed.update(todo)
    if not todo:
        return None

    def run() -> None:
        import importlib

        for module in todo:
            try:
                importlib.import_module(module)
            except Exception:  # noqa: BLE001 - the real build reports a missing package
                with _warm_lock:
                    _warmed.discard(module)

    thread = threading.Thread(target=run, name="warm-provider-imports", daemon=True)
    thread.start()
    if wait:
        thread.join()
    return thread


# ================================================================ one call's bookkeeping


@dataclass
class _Call:
    """The input of every step: the messages and a list each failing step appends to."""

    messages: list[BaseMessage]
    failures: list[tuple[str, BaseException]] = field(default_factory=list)


def _usage(message: Any) -> tuple[int | None, int | None]:
    usage = getattr(message, "usage_metadata", None) or {}
    tokens_in = usage.get("input_tokens")
    tokens_out = usage.get("output_tokens")
    return (int(tokens_in) if tokens_in is not None else None,
            int(tokens_out) if tokens_out is not None else None)


def _message_text(message: Any) -> str:
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    parts = []
    for part in content or []:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and part.get("type", "text") == "text" and isinstance(part.get("text"), str):
            parts.append(part["text"])
    return "".join(parts)


@dataclass(frozen=True)
class _Structured:
    provider: str
    parsed: BaseModel
    raw: Any


# ================================================================ the chains


class ModelChains:
    """The three chains for one settings object. Thread-safe; one instance per process."""

    def __init__(self, providers: list[Provider], settings: Settings, *, clock: Any = time.monotonic) -> None:
        if not providers or providers[-1].name != OFFLINE:
            raise ValueError("the offline coach must be the last provider")
        self.providers = providers
        self.settings = settings
        self._clock = clock
        self._cooldown: dict[str, float] = {}
        self._lock = threading.Lock()
        self._stream_steps = [self._stream_step(p) for p in providers]
        self._score_steps = [self._structured_step(p, AnswerScore) for p in providers]
        self._report_steps = [self._structured_step(p, InterviewReport) for p in providers]

    # -- which models are tried ------------------------------------------------------------

    def active_chain(self) -> list[str]:
        """Labels of the models in fallback order, e.g. ['OpenAI (gpt-4o-mini)', 'Offline coach']."""
        return [p.label if p.name == OFFLINE else f"{p.label} ({p.model_name})" for p in self.providers]

    def _healthy(self, start: int = 0) -> list[int]:
        now = self._clock()
        with self._lock:
            return [
                i for i, p in enumerate(self.providers)
                if i >= start and (p.name == OFFLINE or self._cooldown.get(p.name, 0.0) <= now)
            ]

    def _note_failures(self, failures: list[tuple[str, BaseException]]) -> None:
        now = self._clock()
        with self._lock:
            for name, exc in failures:
                if name != OFFLINE and classify_error(exc) in ("timeout", "unreachable", "rate_limited",
                                                               "key_rejected"):
                    self._cooldown[name] = now + COOLDOWN_S

    def reset_cooldowns(self) -> None:
        with self._lock:
            self._cooldown.clear()

    def _chain(self, steps: list[Runnable], indices: list[int]) -> Runnable:
        first, *rest = (steps[i] for i in indices)
        if not rest:
            return first
        return first.with_fallbacks(rest, exceptions_to_handle=(Exception,))

    def question_chain(self) -> Runnable:
        return self._chain(self._stream_steps, self._healthy())

    def score_chain(self) -> Runnable:
        return self._chain(self._score_steps, self._healthy())

    def report_chain(self) -> Runnable:
        return self._chain(self._report_steps, self._healthy())

    def _notice(self, answered_by: str, failures: list[tuple[str, BaseException]]) -> str | None:
        by_name = {p.name: p for p in self.providers}
        failed = [(n, e) for n, e in failures if n != answered_by]
        if not failed:
            skipped = self.providers[0].name != answered_by
            if skipped:
                first = self.providers[0]
                return f"{first.label} is paused after recent failures; {by_name[answered_by].label} answered."
            return None
        name, exc = failed[0]
        return f"{by_name[name].label} {describe_error(exc)}; {by_name[answered_by].label} answered instead."

    def _info(self, provider_name: str, started: float, message: Any,
              failures: list[tuple[str, BaseException]]) -> CallInfo:
        provider = next(p for p in self.providers if p.name == provider_name)
        tokens_in, tokens_out = _usage(message)
        return CallInfo(
            model=provider.model_name,
            provider=provider.label,
            latency_ms=int((time.perf_counter() - started) * 1000),
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            fallback_notice=self._notice(provider_name, failures),
            failures=tuple(f"{n}: {classify_error(e)}" for n, e in failures),
        )

    # -- steps (one per provider) -----------------------------------------------------------

    def _stream_step(self, provider: Provider) -> Runnable:
        def transform(inputs: Iterator[_Call]) -> Iterator[tuple[str, AIMessageChunk]]:
            for call in inputs:
                try:
                    for chunk in provider.chat.stream(call.messages):
                        yield provider.name, chunk
                except Exception as exc:
                    call.failures.append((provider.name, exc))
                    raise

        return RunnableGenerator(transform, name=f"question:{provider.name}")

    def _structured_step(self, provider: Provider, schema: type[BaseModel]) -> Runnable:
        retries = max(0, min(1, self.settings.max_retries))
        lock = threading.Lock()
        built: list[Runnable] = []

        def runnable() -> Runnable:
            with lock:
                if not built:
                    if provider.structured_method is None:
                        built.append(provider.chat.with_structured_output(schema, include_raw=True))
                    else:
                        built.append(provider.chat.with_structured_output(
                            schema, method=provider.structured_method, include_raw=True))
                return built[0]

        def run(call: _Call) -> _Structured:
            for attempt in range(retries + 1):
                try:
                    out = runnable().invoke(call.messages)
                    if not isinstance(out, dict):
                        raise InvalidReply("unexpected structured output")
                    if out.get("parsing_error") is not None:
                        raise InvalidReply("the reply did not match the schema") from out["parsing_error"]
                    parsed = out.get("parsed")
                    if parsed is None:
                        raise InvalidReply("the reply was empty")
                    if not isinstance(parsed, schema):
                        parsed = schema.model_validate(parsed)
                    return _Structured(provider.name, parsed, out.get("raw"))
                except Exception as exc:
                    if attempt < retries and _transient(exc):
                        time.sleep(RETRY_DELAY_S)
                        continue
                    call.failures.append((provider.name, exc))
                    raise
            raise AssertionError("unreachable")

        return RunnableLambda(run, name=f"{schema.__name__}:{provider.name}")

    # -- the three calls ----------------------------------------------------------------------

    def stream_question(self, ctx: InterviewContext, turns: Sequence[Turn],
                        step: dict[str, Any]) -> Iterator[StreamEvent]:
        """Stream the next question; ``restart`` events mean: discard the text shown so far."""
        messages = build_messages(prompting.TASK_NEXT_QUESTION, ctx, turns, step=step,
                                  max_chars=self.settings.max_context_chars)
        call = _Call(messages)
        failures = call.failures
        started = time.perf_counter()
        start = 0
        while True:
            indices = self._healthy(start)
            current: str | None = None
            shown = False
            full: AIMessageChunk | None = None
            try:
                for name, chunk in self._chain(self._stream_steps, indices).stream(call):
                    current = name
                    full = chunk if full is None else full + chunk
                    text = _message_text(chunk)
                    if text:
                        shown = True
                        yield StreamEvent("delta", text)
                if current is None or not _message_text(full).strip():
                    raise InvalidReply("the model sent an empty question")
            except Exception as exc:
                failed = current or self.providers[indices[-1]].name
                if not failures or failures[-1][1] is not exc:
                    failures.append((failed, exc))
                index = next(i for i, p in enumerate(self.providers) if p.name == failed)
                if failed == OFFLINE or index + 1 >= len(self.providers):
                    raise ModelError("No model could ask the next question.") from None
                if shown:
                    yield StreamEvent("restart")
                start = index + 1
                continue
            self._note_failures(failures)
            text = _message_text(full).strip()
            yield StreamEvent("done", text, self._info(current, started, full, failures))
            return

    def _structured_call(self, chain: Runnable, messages: list[BaseMessage]) -> tuple[_Structured, CallInfo]:
        call = _Call(messages)
        started = time.perf_counter()
        try:
            result: _Structured = chain.invoke(call)
        finally:
            self._note_failures(call.failures)
        return result, self._info(result.provider, started, result.raw, call.failures)

    def score_answer(self, ctx: InterviewContext, question: str, answer: str,
                     turns: Sequence[Turn] = ()) -> tuple[AnswerScore, CallInfo]:
        messages = build_messages(prompting.TASK_SCORE_ANSWER, ctx, turns, question=question, answer=answer,
                                  max_chars=self.settings.max_context_chars)
        result, info = self._structured_call(self.score_chain(), messages)
        assert isinstance(result.parsed, AnswerScore)
        return result.parsed, info

    def build_report(self, ctx: InterviewContext, answer_scores: list[dict[str, Any]],
                     turns: Sequence[Turn] = ()) -> tuple[InterviewReport, CallInfo]:
        messages = build_messages(prompting.TASK_REPORT, ctx, turns, answer_scores=answer_scores,
                                  max_chars=self.settings.max_context_chars)
        result, info = self._structured_call(self.report_chain(), messages)
        assert isinstance(result.parsed, InterviewReport)
        return result.parsed, info

    def context_notice(self, ctx: InterviewContext) -> str | None:
        return context_notice(ctx, self.settings.max_context_chars)


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


# ================================================================ sidebar helpers


def check_provider(settings: Settings, name: str, *, timeout_s: float | None = None) -> str:
    """Send one tiny request to ``name``; a plain sentence with the result (never a key)."""
    if name != OFFLINE and name not in settings.configured_providers():
        return f"{PROVIDER_LABELS.get(name, name)} is not configured."
    limit = min(10.0, settings.request_timeout_s) if timeout_s is None else timeout_s
    quick = settings.model_copy(update={"request_timeout_s": limit})
    provider = make_provider(quick, name)
    started = time.perf_counter()
    try:
        reply = provider.chat.invoke([HumanMessage(content="Reply with the single word: ready")])
        if not _message_text(reply).strip():
            raise InvalidReply("empty")
    except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
        kind = classify_error(exc)
        where = {
            "local": safe_url(settings.local_base_url),
            "openai": safe_url(settings.openai_base_url) or "api.openai.com",
            "openrouter": safe_url(settings.openrouter_base_url),
            "gemini": safe_url(settings.gemini_base_url) or "generativelanguage.googleapis.com",
        }.get(name, "")
        label = provider.label
        sentences = {
            "unreachable": f"{label}: cannot reach {where}. Check the address and that the server is running.",
            "timeout": f"{label}: no answer within {limit:g} s from {where}.",
            "key_rejected": f"{label}: key rejected. Check the key (it is not shown here).",
            "rate_limited": f"{label}: rate-limited right now; try again in a minute.",
            "not_found": f"{label}: the model {provider.model_name!r} was not found.",
        }
        return sentences.get(kind, f"{label} {describe_error(exc)}.")
    seconds = time.perf_counter() - started
    return f"{provider.label} ({provider.model_name}) answered in {seconds:.1f} s."
