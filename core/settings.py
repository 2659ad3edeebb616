"""One typed settings object, read from Streamlit secrets, then the environment, then defaults.

``core`` never imports streamlit: the page layer passes ``st.secrets`` (any mapping) in.
Keys are ``SecretStr`` so that ``repr``/``str`` of the settings never shows them.

The provider fields (key, model, base URL of each) and their environment names come from the
provider registry (:mod:`core.models.registry`), so a new provider needs no change here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, SecretStr, create_model

from core.models.registry import PROVIDER_LABELS, PROVIDER_NAMES, PROVIDERS, is_ready

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB_PATH = str(ROOT / "data" / "interviews.duckdb")

__all__ = ["DEFAULT_DB_PATH", "PROVIDER_LABELS", "PROVIDER_NAMES", "ROOT", "Settings", "load_settings"]


class _Settings(BaseModel):
    """Everything configurable. Frozen, so it can key a cache of chains.

    Besides the fields below, each provider of the registry adds three: its key (``SecretStr``),
    its model name and its base URL, e.g. ``openai_api_key``, ``openai_model``, ``openai_base_url``.
    """

    model_config = ConfigDict(frozen=True)

    db_path: str = DEFAULT_DB_PATH
    motherduck_token: SecretStr | None = None

    # Provider order: the offline coach is appended last by the model layer, always.
    provider_order: tuple[str, ...] = PROVIDER_NAMES

    request_timeout_s: float = 30.0
    max_retries: int = 1

    max_upload_mb: float = 10.0
    max_pdf_pages: int = 40
    max_answer_chars: int = 8000
    max_context_chars: int = 60000

    auth_enabled: bool = False

    # Speech (core/speech): engines tried in order; "local" is faster-whisper with the packaged model.
    speech_engines: tuple[str, ...] = ("local", "openai", "gemini")
    speech_model: str = "tiny.en"
    speech_model_dir: str | None = None
    speech_allow_download: bool = False
    speech_download_root: str | None = None
    speech_beam_size: int = 1
    openai_transcribe_model: str = "whisper-1"

    def secret(self, name: str) -> str | None:
        value = getattr(self, name)
        return value.get_secret_value() if value else None

    def configured_providers(self) -> list[str]:
        """Providers, in the user's order, that have what they need to be called."""
        ready = {p.name for p in PROVIDERS if is_ready(p, self)}
        return [name for name in self.provider_order if name in ready]

    def secrets(self) -> list[str]:
        """Every key value set (to scrub them from anything logged)."""
        return [v for p in PROVIDERS if (v := self.secret(p.key_setting))]


def _provider_fields() -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for provider in PROVIDERS:
        fields[provider.key_setting] = (SecretStr | None, None)
        fields[provider.model_setting] = (str, provider.default_model)
        fields[provider.url_setting] = (str | None, provider.default_url)
    return fields


Settings = create_model("Settings", __base__=_Settings, __module__=__name__, **_provider_fields())
Settings.__doc__ = _Settings.__doc__

# (settings field, names looked up in secrets/env, in order)
_SOURCES: dict[str, tuple[str, ...]] = {
    "db_path": ("INTERVIEW_DB",),
    "motherduck_token": ("MOTHERDUCK_TOKEN", "motherduck_token"),
    "provider_order": ("INTERVIEW_PROVIDERS",),
    **{p.key_setting: p.key_env for p in PROVIDERS},
    **{p.model_setting: p.model_env for p in PROVIDERS},
    **{p.url_setting: p.url_env for p in PROVIDERS},
    "request_timeout_s": ("INTERVIEW_TIMEOUT_S",),
    "max_retries": ("INTERVIEW_MAX_RETRIES",),
    "max_upload_mb": ("INTERVIEW_MAX_UPLOAD_MB",),
    "max_pdf_pages": ("INTERVIEW_MAX_PDF_PAGES",),
    "max_answer_chars": ("INTERVIEW_MAX_ANSWER_CHARS",),
    "speech_engines": ("INTERVIEW_SPEECH_ENGINES",),
    "speech_model": ("INTERVIEW_SPEECH_MODEL",),
    "speech_model_dir": ("INTERVIEW_SPEECH_MODEL_DIR",),
    "speech_allow_download": ("INTERVIEW_SPEECH_ALLOW_DOWNLOAD",),
    "speech_download_root": ("INTERVIEW_SPEECH_DOWNLOAD_ROOT",),
    "speech_beam_size": ("INTERVIEW_SPEECH_BEAM_SIZE",),
    "openai_transcribe_model": ("OPENAI_TRANSCRIBE_MODEL",),
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
    if isinstance(values.get("speech_engines"), str):
        values["speech_engines"] = tuple(e.strip().lower() for e in values["speech_engines"].split(",") if e.strip())
    if secrets and "auth" in secrets:
        values["auth_enabled"] = True
    for key, value in (overrides or {}).items():
        if value not in (None, ""):
            values[key] = value
    return Settings(**values)
