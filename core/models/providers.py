"""Provider factories and the lazily built chat model of each provider.

A factory takes the settings and the provider's :class:`~core.models.registry.ProviderSpec` and
returns a LangChain chat model with a short timeout and the SDK's own retries off (retries are
decided by :mod:`core.models.chains`). Provider packages are imported only when a provider is
built; :func:`warm_provider_imports` imports them off the request path.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from core.models import errors
from core.models.registry import OFFLINE, OFFLINE_LABEL, OFFLINE_MODEL, ProviderSpec, model_name, spec

if TYPE_CHECKING:  # pragma: no cover
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import AIMessageChunk, BaseMessage
    from langchain_core.runnables import Runnable
    from pydantic import BaseModel

    from core.settings import Settings

logger = logging.getLogger(__name__)


# ---------------------------------------------------------------- factories (one per wire format)


def make_openai_compatible(settings: Settings, provider: ProviderSpec) -> BaseChatModel:
    """OpenAI's chat-completions API: OpenAI itself, OpenRouter, and local servers (Ollama, vLLM, ...)."""
    import httpx
    from langchain_openai import ChatOpenAI

    timeout = settings.request_timeout_s
    return ChatOpenAI(
        model=model_name(settings, provider.name),
        api_key=settings.secret(provider.key_setting) or provider.key_when_none,
        base_url=getattr(settings, provider.url_setting),
        timeout=httpx.Timeout(timeout, connect=min(5.0, timeout)),
        max_retries=0,  # retries are decided by core.models.chains
        stream_usage=True,
        default_headers=dict(provider.headers) or None,
    )


def make_gemini(settings: Settings, provider: ProviderSpec) -> BaseChatModel:
    """The Gemini Developer API through langchain-google-genai (one attempt: the SDK's default is six)."""
    from langchain_google_genai import ChatGoogleGenerativeAI

    kwargs: dict[str, Any] = {}
    if getattr(settings, provider.url_setting):
        kwargs["base_url"] = getattr(settings, provider.url_setting)
    return ChatGoogleGenerativeAI(
        model=model_name(settings, provider.name),
        google_api_key=settings.secret(provider.key_setting),
        timeout=settings.request_timeout_s,
        max_retries=1,
        **kwargs,
    )


def make_offline() -> BaseChatModel:
    from core.coach import OfflineCoach

    return OfflineCoach()


def _factory(path: str) -> Callable[[Settings, ProviderSpec], BaseChatModel]:
    module, _, function = path.partition(":")
    return getattr(importlib.import_module(module), function)


# ---------------------------------------------------------------- one provider in a chain


@dataclass
class Provider:
    """One model in the chain; its chat model is built on first use (lazy imports).

    ``stream_options_ok`` turns False, for the life of this provider, once its endpoint refused
    ``stream_options`` (HTTP 400): later streams are sent without it.
    """

    name: str
    label: str
    model_name: str
    factory: Callable[[], BaseChatModel] = field(repr=False)
    structured_method: str | None = None
    stream_usage: Literal["last", "sum"] = "last"
    stream_options_ok: bool = True
    _chat: BaseChatModel | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def chat(self) -> BaseChatModel:
        if self._chat is None:
            with self._lock:
                if self._chat is None:
                    self._chat = self.factory()
        return self._chat

    def stream(self, messages: list[BaseMessage]) -> Iterator[AIMessageChunk]:
        """Stream a reply; an endpoint that refuses ``stream_options`` is asked once more without it."""
        kwargs = {} if self.stream_options_ok else {"stream_usage": False}
        try:
            yield from self.chat.stream(messages, **kwargs)
        except Exception as exc:
            if not (self.stream_options_ok and errors.refuses_stream_options(exc)):
                raise
            self.stream_options_ok = False
            logger.warning("%s refused stream_options (HTTP 400); streaming without it from now on", self.label)
            yield from self.chat.stream(messages, stream_usage=False)


def make_provider(settings: Settings, name: str) -> Provider:
    """The provider ``name`` as configured in ``settings`` (its model is built on first use)."""
    if name == OFFLINE:
        return Provider(OFFLINE, OFFLINE_LABEL, OFFLINE_MODEL, make_offline, None)
    try:
        provider = spec(name)
    except KeyError:
        raise ValueError(f"unknown provider {name!r}") from None
    return Provider(
        name, provider.label, model_name(settings, name),
        lambda: _factory(provider.factory)(settings, provider),
        provider.structured_method, provider.stream_usage,
    )


# ---------------------------------------------------------------- warm-up

_warm_lock = threading.Lock()
_warmed: set[str] = set()


def warm_provider_imports(settings: Settings, *, wait: bool = False) -> threading.Thread | None:
    """Import the configured providers' packages, the chains and the coach in a background thread.

    The first ``import langchain_openai`` costs over a second; doing it here, when the app
    starts, keeps it off the first answer's path. Safe to call often.
    """
    modules: list[str] = ["core.coach.chat_model", "core.models.chains"]
    for name in settings.configured_providers():
        modules.extend(spec(name).modules)
    with _warm_lock:
        todo = [m for m in dict.fromkeys(modules) if m not in _warmed]
        _warmed.update(todo)
    if not todo:
        return None

    def run() -> None:
        for module in todo:
            try:
                importlib.import_module(module)
            except ImportError as exc:  # the real build reports the missing package to the user
                logger.warning("warm-up could not import %s: %s", module, exc)
                with _warm_lock:
                    _warmed.discard(module)

    thread = threading.Thread(target=run, name="warm-provider-imports", daemon=True)
    thread.start()
    if wait:
        thread.join()
    return thread


# ---------------------------------------------------------------- structured output


def structured_runnable(provider: Provider, schema: type[BaseModel]) -> Runnable:
    """``provider``'s chat model asked for ``schema``.

    Returns a runnable whose output is either the raw reply message (OpenAI-compatible servers
    with ``json_schema``: the schema is sent as a strict ``response_format``, as the SDK would
    build it, and the app parses the text itself with
    :func:`core.models.replies.parse_structured`, so a fenced or reasoning-prefixed reply is still
    used; the SDK's own parser would raise and lose the text) or, for other methods and
    providers, ``with_structured_output(include_raw=True)``'s ``{"raw", "parsed", "parsing_error"}``.
    """
    chat = provider.chat
    if provider.structured_method is None:
        return chat.with_structured_output(schema, include_raw=True)
    openai_chat = sys.modules.get("langchain_openai")
    if provider.structured_method == "json_schema" and openai_chat and isinstance(chat, openai_chat.ChatOpenAI):
        from langchain_core.utils.function_calling import convert_to_openai_function

        function = convert_to_openai_function(schema, strict=True)
        return chat.bind(response_format={"type": "json_schema", "json_schema": {
            "name": function["name"], "description": function.get("description", ""),
            "schema": function["parameters"], "strict": True}})
    return chat.with_structured_output(schema, method=provider.structured_method, include_raw=True)
