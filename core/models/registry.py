"""One entry per model provider: everything the app needs to know about it, in one place.

Settings (their fields and environment names), the sidebar (key or URL inputs, the model panel),
setup's contact-hiding default (cloud or local) and the chains all read :data:`PROVIDERS`.
Adding a provider is one :class:`ProviderSpec` here plus its factory in
:mod:`core.models.providers`.

This module imports no LangChain or provider SDK: every page draws the sidebar from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:  # pragma: no cover
    from core.settings import Settings

OFFLINE = "offline"
OFFLINE_LABEL = "Offline coach"
OFFLINE_MODEL = "offline-coach"  # core.coach.MODEL_NAME, kept equal by a test


@dataclass(frozen=True)
class ProviderSpec:
    """What the app knows about one provider.

    ``key_setting``/``url_setting``/``model_setting`` are :class:`core.settings.Settings` fields,
    created from this spec; ``*_env`` are the names looked up in Streamlit secrets and the
    environment (the SDK's own names first). ``ready`` says what makes the provider callable.
    ``factory`` is ``"module:function"``, imported only when the provider is built.
    ``stream_usage`` is how usage arrives in a stream: ``"last"`` (OpenAI protocol: the final
    chunk with usage wins; proxies that repeat the cumulative figure on every chunk are not
    multiplied) or ``"sum"`` (the SDK hands out per-chunk deltas, as langchain-google-genai does).
    """

    name: str
    label: str
    key_setting: str
    key_env: tuple[str, ...]
    model_setting: str
    model_env: tuple[str, ...]
    default_model: str
    url_setting: str
    url_env: tuple[str, ...]
    package: str
    modules: tuple[str, ...]
    structured_method: str
    cloud: bool
    factory: str
    ready: Literal["key", "url", "key_or_url"] = "key"
    default_url: str | None = None
    default_host: str = ""  # shown when no base URL is set
    key_when_none: str = ""  # sent when no key is set (local servers ignore it)
    headers: tuple[tuple[str, str], ...] = ()
    stream_usage: Literal["last", "sum"] = "last"
    sidebar_input: Literal["key", "url"] = "key"
    url_hint: str = ""


PROVIDERS: tuple[ProviderSpec, ...] = (
    ProviderSpec(
        name="gemini", label="Gemini",
        key_setting="google_api_key", key_env=("GOOGLE_API_KEY", "GEMINI_API_KEY"),
        model_setting="gemini_model", model_env=("GEMINI_MODEL",), default_model="gemini-2.5-flash",
        url_setting="gemini_base_url", url_env=("GEMINI_BASE_URL",),
        package="langchain-google-genai", modules=("langchain_google_genai",),
        structured_method="json_schema", cloud=True, factory="core.models.providers:make_gemini",
        default_host="generativelanguage.googleapis.com", stream_usage="sum",
    ),
    ProviderSpec(
        name="openai", label="OpenAI",
        key_setting="openai_api_key", key_env=("OPENAI_API_KEY",),
        model_setting="openai_model", model_env=("OPENAI_MODEL",), default_model="gpt-4o-mini",
        url_setting="openai_base_url", url_env=("OPENAI_BASE_URL",),
        package="langchain-openai", modules=("httpx", "langchain_openai"),
        structured_method="json_schema", cloud=True, factory="core.models.providers:make_openai_compatible",
        ready="key_or_url", default_host="api.openai.com", key_when_none="not-needed",
    ),
    ProviderSpec(
        name="openrouter", label="OpenRouter",
        key_setting="openrouter_api_key", key_env=("OPENROUTER_API_KEY",),
        model_setting="openrouter_model", model_env=("OPENROUTER_MODEL",), default_model="openai/gpt-4o-mini",
        url_setting="openrouter_base_url", url_env=("OPENROUTER_BASE_URL",),
        default_url="https://openrouter.ai/api/v1",
        package="langchain-openai", modules=("httpx", "langchain_openai"),
        # function calling: the widest support across OpenRouter's models
        structured_method="function_calling", cloud=True,
        factory="core.models.providers:make_openai_compatible",
        headers=(("X-Title", "Interview Simulator"),),
    ),
    ProviderSpec(
        name="local", label="Local server",
        key_setting="local_api_key", key_env=("LOCAL_LLM_API_KEY",),
        model_setting="local_model", model_env=("LOCAL_LLM_MODEL",), default_model="llama3.1",
        url_setting="local_base_url", url_env=("LOCAL_LLM_BASE_URL", "OLLAMA_BASE_URL"),
        package="langchain-openai", modules=("httpx", "langchain_openai"),
        structured_method="json_schema", cloud=False, factory="core.models.providers:make_openai_compatible",
        ready="url", key_when_none="not-needed", sidebar_input="url",
        url_hint="Local server URL (Ollama, LM Studio, vLLM)",
    ),
)

PROVIDER_NAMES: tuple[str, ...] = tuple(p.name for p in PROVIDERS)
PROVIDER_LABELS: dict[str, str] = {**{p.name: p.label for p in PROVIDERS}, OFFLINE: OFFLINE_LABEL}
_BY_NAME = {p.name: p for p in PROVIDERS}


def spec(name: str) -> ProviderSpec:
    """The spec of provider ``name``; ``KeyError`` for an unknown name (the offline coach has none)."""
    return _BY_NAME[name]


def label(name: str) -> str:
    return PROVIDER_LABELS.get(name, name)


_UPPER_WORDS = {"gpt": "GPT", "ai": "AI", "llm": "LLM"}


def model_label(model: str | None) -> str:
    """A stored model id as people name it: ``"offline-coach"`` -> ``"Offline coach"``,
    ``"gemini-2.5-flash"`` -> ``"Gemini 2.5 Flash"``, ``"gpt-4o-mini"`` -> ``"GPT-4o Mini"``,
    ``"meta-llama/llama-3.1-8b"`` -> ``"Llama 3.1 8b"`` (a routed id loses its vendor prefix)."""
    if not model:
        return "unknown model"
    if model == OFFLINE_MODEL:
        return OFFLINE_LABEL
    name = model.rsplit("/", 1)[-1].replace(":", "-")
    words = [w for w in name.replace("_", "-").split("-") if w]
    if words and words[0].lower() == "gpt" and len(words) > 1:
        words = ["GPT-" + words[1], *words[2:]]
    out = [_UPPER_WORDS.get(w.lower(), w[:1].upper() + w[1:]) for w in words]
    return " ".join(out) or model


def uses_cloud(names: list[str] | tuple[str, ...]) -> bool:
    """Whether any of ``names`` sends text to a cloud provider (setup hides contacts by default then)."""
    return any(name in _BY_NAME and _BY_NAME[name].cloud for name in names)


def is_ready(provider: ProviderSpec, settings: Settings) -> bool:
    """Whether ``settings`` hold what ``provider`` needs to be called."""
    has_key = bool(getattr(settings, provider.key_setting))
    has_url = bool(getattr(settings, provider.url_setting))
    return {"key": has_key, "url": has_url, "key_or_url": has_key or has_url}[provider.ready]


def safe_url(url: str | None) -> str:
    """A base URL without user info, query or fragment (never a key)."""
    if not url:
        return ""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def model_name(settings: Settings, name: str) -> str:
    """The model a provider is configured to use."""
    if name == OFFLINE:
        return OFFLINE_MODEL
    return str(getattr(settings, spec(name).model_setting))


def where(settings: Settings, name: str) -> str:
    """The server a provider talks to, safe to show (no user info, query or key)."""
    provider = spec(name)
    return safe_url(getattr(settings, provider.url_setting)) or provider.default_host


def describe_providers(settings: Settings) -> list[dict[str, Any]]:
    """Every provider the app knows, configured or not, for the sidebar (never a key).

    Each row: name, label, configured, model, detail (a sentence or a URL) and ``input``: what
    the sidebar asks for, ``{"kind": "key"|"url", "setting": field, "label": text}``.
    """
    configured = set(settings.configured_providers())
    order = [n for n in settings.provider_order if n in _BY_NAME]
    order += [n for n in PROVIDER_NAMES if n not in order]
    rows = []
    for name in order:
        provider = _BY_NAME[name]
        url = getattr(settings, provider.url_setting)
        if provider.sidebar_input == "url":
            detail = safe_url(url) or "Set the URL of an OpenAI-compatible server."
            ask = {"kind": "url", "setting": provider.url_setting, "label": provider.url_hint}
        else:
            detail = safe_url(url) if url and url != provider.default_url else (
                "Key set." if name in configured else "No key.")
            ask = {"kind": "key", "setting": provider.key_setting, "label": f"{provider.label} API key"}
        rows.append({"name": name, "label": provider.label, "configured": name in configured,
                     "model": model_name(settings, name), "detail": detail, "input": ask})
    rows.append({"name": OFFLINE, "label": OFFLINE_LABEL, "configured": True, "model": OFFLINE_MODEL,
                 "detail": "Built in: no key, no network.", "input": None})
    return rows
