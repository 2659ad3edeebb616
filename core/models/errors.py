"""Provider errors, classified by their SDK types and told in plain words.

:func:`classify_error` sorts an exception into one kind (timeout, unreachable, rate_limited,
key_rejected, not_found, server_error, bad_request, invalid_reply) with ``isinstance`` on the
types the SDKs raise: ``openai.APIStatusError``/``APITimeoutError``/``APIConnectionError``,
``httpx.TimeoutException``/``TransportError``, ``google.genai.errors.APIError``, LangChain's
``ModelError`` family and ``OutputParserException``, pydantic's ``ValidationError``. Anything
else (a ``TypeError`` in a factory or parser, say) is **not** a provider error: it gets ``None``
and propagates, so a programming error fails a test instead of becoming "the next model answered".

The step of each provider turns a classified error into :class:`ProviderFailure` (its cause kept
as ``__cause__``); the chains' fallbacks and retries handle that type only.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from typing import Literal

ErrorKind = Literal["timeout", "unreachable", "rate_limited", "key_rejected", "not_found", "server_error",
                    "bad_request", "invalid_reply", "error"]

TRANSIENT: frozenset[str] = frozenset({"server_error", "unreachable"})  # worth one retry on the same model
COOL_DOWN: frozenset[str] = frozenset({"timeout", "unreachable", "rate_limited", "key_rejected"})


class InvalidReply(ValueError):
    """A model answered, but not with what was asked (empty text, JSON that fails the schema)."""


class ModelError(RuntimeError):
    """Every model failed (cannot happen while the offline coach is last; kept for safety)."""


class ProviderFailure(Exception):
    """A provider failed in a way the next model can make up for; ``__cause__`` is the SDK error."""

    def __init__(self, provider: str, kind: ErrorKind) -> None:
        super().__init__(f"{provider}: {kind}")
        self.provider = provider
        self.kind = kind


class TransientFailure(ProviderFailure):
    """A :class:`ProviderFailure` worth one more attempt on the same model (5xx, dropped connection)."""


def _types() -> dict[str, tuple[type[BaseException], ...]]:
    """The SDK exception types by kind; optional SDKs count only once imported (lazy imports)."""
    import httpx
    from langchain_core import exceptions as lc
    from pydantic import ValidationError

    timeout: list[type[BaseException]] = [httpx.TimeoutException, lc.ModelTimeoutError, TimeoutError]
    unreachable: list[type[BaseException]] = [httpx.TransportError, lc.ModelConnectionError, ConnectionError]
    invalid: list[type[BaseException]] = [ValidationError, lc.OutputParserException, InvalidReply,
                                          json.JSONDecodeError, lc.ModelRefusalError]
    family: list[type[BaseException]] = [httpx.HTTPError, lc.LangChainException]
    openai = sys.modules.get("openai")
    if openai is not None:
        timeout.append(openai.APITimeoutError)
        unreachable.append(openai.APIConnectionError)
        invalid += [openai.APIResponseValidationError, openai.LengthFinishReasonError,
                    openai.ContentFilterFinishReasonError]
        family.append(openai.OpenAIError)
    genai = sys.modules.get("google.genai.errors")
    if genai is not None:
        invalid.append(genai.UnknownApiResponseError)
        family.append(genai.APIError)
    lc_genai = sys.modules.get("langchain_google_genai._common")
    if lc_genai is not None:
        family.append(lc_genai.GoogleGenerativeAIError)
    return {"timeout": tuple(timeout), "unreachable": tuple(unreachable), "invalid_reply": tuple(invalid),
            "family": tuple(family + timeout + unreachable + invalid)}


def _status(err: BaseException) -> int | None:
    """The HTTP status an SDK error carries (openai, google-genai, httpx), else None."""
    import httpx

    openai = sys.modules.get("openai")
    if openai is not None and isinstance(err, openai.APIStatusError):
        return int(err.status_code)
    genai = sys.modules.get("google.genai.errors")
    if genai is not None and isinstance(err, genai.APIError):
        return int(err.code)
    if isinstance(err, httpx.HTTPStatusError):
        return err.response.status_code
    return None


def _bad_key(err: BaseException, status: int | None) -> bool:
    """Gemini answers a bad key with 400 INVALID_ARGUMENT, reason API_KEY_INVALID."""
    genai = sys.modules.get("google.genai.errors")
    if status != 400 or genai is None or not isinstance(err, genai.APIError):
        return False
    return "API_KEY_INVALID" in json.dumps(err.details, default=str) or "api key not valid" in str(err).lower()


_BY_STATUS: tuple[tuple[range, ErrorKind], ...] = (
    (range(429, 430), "rate_limited"), (range(401, 402), "key_rejected"), (range(403, 404), "key_rejected"),
    (range(404, 405), "not_found"), (range(500, 600), "server_error"), (range(400, 500), "bad_request"),
)


def _lc_kind(err: BaseException) -> ErrorKind | None:
    from langchain_core import exceptions as lc

    pairs: tuple[tuple[type[BaseException], ErrorKind], ...] = (
        (lc.ModelRateLimitError, "rate_limited"), (lc.ModelAuthenticationError, "key_rejected"),
        (lc.ModelPermissionDeniedError, "key_rejected"), (lc.ModelNotFoundError, "not_found"),
        (lc.ModelAPIError, "server_error"), (lc.ModelInvalidRequestError, "bad_request"),
    )
    return next((kind for cls, kind in pairs if isinstance(err, cls)), None)


def _kind(err: BaseException, types: dict[str, tuple[type[BaseException], ...]]) -> ErrorKind | None:
    for kind in ("timeout", "unreachable", "invalid_reply"):
        if isinstance(err, types[kind]):
            return kind  # type: ignore[return-value]
    status = _status(err)
    if _bad_key(err, status):
        return "key_rejected"
    if status is not None:
        return next((kind for codes, kind in _BY_STATUS if status in codes), None)
    return None


def classify_error(exc: BaseException) -> ErrorKind | None:
    """The kind of a provider error, or None when ``exc`` is not one (a programming error).

    Kinds: timeout, unreachable, rate_limited, key_rejected, not_found, server_error,
    bad_request, invalid_reply, and error (an SDK's own error with nothing more specific).

    Wrappers (LangChain's Google errors re-raise the SDK's ``from`` it) are looked through along
    ``__cause__``; the first specific kind found wins.
    """
    types = _types()
    if not isinstance(exc, types["family"]):
        return None
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 8:
        chain.append(current)
        current = current.__cause__
    for err in chain:  # the SDK's own error is the most specific
        kind = _kind(err, types)
        if kind is not None:
            return kind
    for err in chain:  # else LangChain's classification of it
        kind = _lc_kind(err)
        if kind is not None:
            return kind
    return "error"  # an SDK's own error with nothing more specific (a stream's error event, say)


def failure(provider: str, exc: BaseException) -> ProviderFailure:
    """``exc`` as a :class:`ProviderFailure` of ``provider``; re-raises ``exc`` if it is not one."""
    if isinstance(exc, ProviderFailure):
        return exc
    kind = classify_error(exc)
    if kind is None:
        raise exc
    wrapped = (TransientFailure if kind in TRANSIENT else ProviderFailure)(provider, kind)
    wrapped.__cause__ = exc
    return wrapped


def refuses_stream_options(exc: BaseException) -> bool:
    """An HTTP 400 "Unrecognized request argument supplied: stream_options" (older Azure, gateways)."""
    cause = exc.__cause__ if isinstance(exc, ProviderFailure) else exc
    openai = sys.modules.get("openai")
    return (openai is not None and isinstance(cause, openai.BadRequestError)
            and "stream_options" in str(cause.message))


_REASONS: dict[str, str] = {
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


def reason(kind: str | None) -> str:
    """The words for an error kind, e.g. "rejected the API key"."""
    return _REASONS.get(kind or "", "failed")


def describe_error(exc: BaseException) -> str:
    """A short reason, safe to show and store: built from the error's kind, never its text."""
    return reason(exc.kind if isinstance(exc, ProviderFailure) else classify_error(exc))


_KEY_LIKE = re.compile(r"\b(?:sk|rk|pk|AIza)[-_A-Za-z0-9]{8,}")


def log_cause(exc: BaseException, secrets: Iterable[str] = ()) -> str:
    """``Type: message`` of the SDK error behind ``exc``, for a log line: keys removed, 300 chars."""
    cause = exc.__cause__ if isinstance(exc, ProviderFailure) and exc.__cause__ else exc
    text = f"{type(cause).__name__}: {cause}"
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return _KEY_LIKE.sub("***", text)[:300]
