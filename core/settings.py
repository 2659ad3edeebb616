"""One typed settings object, read from Streamlit secrets, then the environment, then defaults.

``core`` never imports streamlit: the page layer passes ``st.secrets`` (any mapping) in.
Keys are ``SecretStr`` so that ``repr``/``str`` of the settings never shows them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, SecretStr

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB_PATH = str(ROOT / "data" / "interviews.duckdb")

PROVIDER_NAMES: tuple[str, ...] = ("gemini", "openai", "openrouter", "local")
PROVIDER_LABELS: dict[str, str] = {
    "gemini": "Gemini",
    "openai": "OpenAI",
    "openrouter": "OpenRouter",
    "local": "Local server",
    "offline": "Offline coach",
}


class Settings(BaseModel):
    """Everything configurable. Frozen, so it can key a cache of chains."""

    model_config = ConfigDict(frozen=True)

    db_path: str = DEFAULT_DB_PATH
    motherduck_token: SecretStr | None = None

    # Provider order: the offline coach is appended last by the model layer, always.
    provider_order: tuple[str, ...] = PROVIDER_NAMES
    google_api_key: SecretStr | None = None
    gemini_model: str = "gemini-2.5-flash"
    gemini_base_url: str | None = None
    openai_api_key: SecretStr | None = None
    openai_model: str = "gpt-4o-mini"
    openai_base_url: str | None = None
    openrouter_api_key: SecretStr | None = None
    openrouter_model: str = "openai/gpt-4o-mini"
    openrouter_base_url: str = "https://openrouter.ai/api/v1"
    local_base_url: str | None = None
    local_model: str = "llama3.1"
    local_api_key: SecretStr | None = None

    request_timeout_s: float = 30.0
    max_retries: int = 1

    max_upload_mb: float = 10.0
    max_pdf_pages: int = 40
    max_answer_chars: int = 8000
    max_context_chars: int = 60000

    auth_enabled: bool = False

    def secret(self, name: str) -> str | None:
        value = getattr(self, name)
        return value.get_secret_value() if value else None

    def configured_providers(self) -> list[str]:
        """Providers, in the user's order, that have what they need to be called."""
        ready = {
            "gemini": bool(self.google_api_key),
            "openai": bool(self.openai_api_key or self.openai_base_url),
            "openrouter": bool(self.openrouter_api_key),
            "local": bool(self.local_base_url),
        }
        return [name for name in self.provider_order if ready.get(name)]


# (settings field, names looked up in secrets/env, in order)
_SOURCES: dict[str, tuple[str, ...]] = {
    "db_path": ("INTERVIEW_DB",),
    "motherduck_token": ("MOTHERDUCK_TOKEN", "motherduck_token"),
    "provider_order": ("INTERVIEW_PROVIDERS",),
    "google_api_key": ("GOOGLE_API_KEY", "GEMINI_API_KEY"),
    "gemini_model": ("GEMINI_MODEL",),
    "gemini_base_url": ("GEMINI_BASE_URL",),
    "openai_api_key": ("OPENAI_API_KEY",),
    "openai_model": ("OPENAI_MODEL",),
    "openai_base_url": ("OPENAI_BASE_URL",),
    "openrouter_api_key": ("OPENROUTER_API_KEY",),
    "openrouter_model": ("OPENROUTER_MODEL",),
    "openrouter_base_url": ("OPENROUTER_BASE_URL",),
    "local_base_url": ("LOCAL_LLM_BASE_URL", "OLLAMA_BASE_URL"),
    "local_model": ("LOCAL_LLM_MODEL",),
    "local_api_key": ("LOCAL_LLM_API_KEY",),
    "request_timeout_s": ("INTERVIEW_TIMEOUT_S",),
    "max_retries": ("INTERVIEW_MAX_RETRIES",),
    "max_upload_mb": ("INTERVIEW_MAX_UPLOAD_MB",),
    "max_pdf_pages": ("INTERVIEW_MAX_PDF_PAGES",),
    "max_answer_chars": ("INTERVIEW_MAX_ANSWER_CHARS",),
}


def _lookup(sources: list[Mapping[str, Any]], names: tuple[str, ...]) -> Any:
    for source in sources:
        for name in names:
            for key in (name, name.lower()):
                value = source.get(key) if hasattr(source, "get") else None
                if value not in (None, ""):
                    return value
    return None


def load_settings(
    secrets: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Build settings: ``overrides`` (sidebar, this browser session) > secrets > env > defaults."""
    env = os.environ if env is None else env
    sources: list[Mapping[str, Any]] = []
    if secrets:
        sources.append(secrets)
    sources.append(env)
    values: dict[str, Any] = {}
    for field, names in _SOURCES.items():
        value = _lookup(sources, names)
        if value is not None:
            values[field] = value
    if "provider_order" in values and isinstance(values["provider_order"], str):
        values["provider_order"] = tuple(p.strip().lower() for p in values["provider_order"].split(",") if p.strip())
    elif "provider_order" in values:
        values["provider_order"] = tuple(values["provider_order"])
    if secrets and "auth" in secrets:
        values["auth_enabled"] = True
    for key, value in (overrides or {}).items():
        if value not in (None, ""):
            values[key] = value
    return Settings(**values)
