"""What the sidebar shows about providers, without importing LangChain or any provider SDK.

The model layer (:mod:`core.llm`) costs about a second to import; every page draws the sidebar,
so what it needs (names, labels, model names, a URL safe to show) lives here.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

from core.settings import PROVIDER_LABELS, Settings

OFFLINE = "offline"
OFFLINE_MODEL = "offline-coach"  # core.coach.MODEL_NAME, kept equal by a test


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
    return {
        "gemini": settings.gemini_model,
        "openai": settings.openai_model,
        "openrouter": settings.openrouter_model,
        "local": settings.local_model,
        OFFLINE: OFFLINE_MODEL,
    }[name]


def describe_providers(settings: Settings) -> list[dict[str, Any]]:
    """Every provider the app knows, configured or not, for the sidebar (never a key)."""
    configured = set(settings.configured_providers())
    order = [n for n in settings.provider_order if n in ("gemini", "openai", "openrouter", "local")]
    order += [n for n in ("gemini", "openai", "openrouter", "local") if n not in order]
    rows = []
    for name in order:
        if name == "local":
            detail = safe_url(settings.local_base_url) or "Set the URL of an OpenAI-compatible server."
        elif name == "openai" and settings.openai_base_url:
            detail = safe_url(settings.openai_base_url)
        elif name == "gemini" and settings.gemini_base_url:
            detail = safe_url(settings.gemini_base_url)
        else:
            detail = "Key set." if name in configured else "No key."
        rows.append({"name": name, "label": PROVIDER_LABELS.get(name, name), "configured": name in configured,
                     "model": model_name(settings, name), "detail": detail})
    rows.append({"name": OFFLINE, "label": PROVIDER_LABELS[OFFLINE], "configured": True,
                 "model": OFFLINE_MODEL, "detail": "Built in: no key, no network."})
    return rows
