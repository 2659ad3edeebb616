"""Try transcription engines in order; fall through on a missing, slow or failing one.

The same discipline as the model chain: each engine has its own time limit, a failure is logged
(engine and reason only, never audio or keys) and the next engine is tried. When none can run, one
:class:`SpeechUnavailable` says why in a plain sentence and offers typing instead.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.speech.audio import Audio, read_wav
from core.speech.cloud import GeminiTranscriber, OpenAITranscriber
from core.speech.local import FasterWhisperTranscriber
from core.speech.types import (
    EngineUnavailable,
    SpeechUnavailable,
    Transcriber,
    Transcript,
    TranscriptionFailed,
    TranscriptionTimeout,
)

log = logging.getLogger(__name__)

ENGINE_NAMES: tuple[str, ...] = ("local", "openai", "gemini")


@dataclass(frozen=True)
class Attempt:
    """One engine's turn: ``outcome`` is ``"ok"``, ``"unavailable"``, ``"timeout"`` or ``"failed"``."""

    engine: str
    outcome: str
    reason: str
    seconds: float


@dataclass(frozen=True)
class ChainResult:
    """A transcript and every engine's turn that led to it."""

    transcript: Transcript
    attempts: tuple[Attempt, ...]


class TranscriberChain:
    """Engines tried in order. Holds no per-call state, so one chain can serve every session."""

    def __init__(self, engines: Sequence[Transcriber]) -> None:
        self.engines = list(engines)

    @property
    def name(self) -> str:
        return " > ".join(engine.name for engine in self.engines) or "none"

    def transcribe(self, audio: bytes | Audio) -> Transcript:
        """Transcribe WAV bytes (or decoded :class:`Audio`); see :meth:`run`."""
        return self.run(audio).transcript

    def run(self, audio: bytes | Audio) -> ChainResult:
        """Transcribe, keeping each engine's turn (for a note such as "the local engine was slow").

        Raises :class:`core.speech.types.AudioError` for an unusable recording (no engine is tried) and
        :class:`SpeechUnavailable` (with ``.attempts``) when every engine is unavailable or fails.
        """
        clip = audio if isinstance(audio, Audio) else read_wav(audio)
        attempts: list[Attempt] = []
        for engine in self.engines:
            started = time.perf_counter()
            try:
                transcript = engine.transcribe(clip)
            except EngineUnavailable as exc:
                attempts.append(_failed(engine, "unavailable", exc, started))
            except TranscriptionTimeout as exc:
                attempts.append(_failed(engine, "timeout", exc, started))
            except TranscriptionFailed as exc:
                attempts.append(_failed(engine, "failed", exc, started))
            except Exception as exc:  # an engine bug must not cost the user their answer
                attempts.append(_failed(engine, "failed", TranscriptionFailed(
                    f"{engine.name} failed ({type(exc).__name__})."), started))
            else:
                seconds = time.perf_counter() - started
                attempts.append(Attempt(engine.name, "ok", "", seconds))
                log.info("transcribed %.1f s of audio with %s in %.2f s", clip.duration_s, engine.name, seconds)
                return ChainResult(transcript, tuple(attempts))
        error = SpeechUnavailable(unavailable_message(attempts))
        error.attempts = tuple(attempts)
        raise error


def _failed(engine: Transcriber, outcome: str, exc: Exception, started: float) -> Attempt:
    seconds = time.perf_counter() - started
    log.warning("speech engine %s %s after %.2f s; trying the next one", engine.name, outcome, seconds)
    return Attempt(engine.name, outcome, str(exc), seconds)


def unavailable_message(attempts: Sequence[Attempt]) -> str:
    """The one sentence shown when no engine could transcribe."""
    if not attempts:
        return ("Your answer could not be transcribed because no speech engine is set up. "
                "Type your answer instead.")
    reasons = " ".join(a.reason.rstrip(".") + "." for a in attempts)
    return f"Your answer could not be transcribed. {reasons} Type your answer instead; your recording is not kept."


def _secret(value: Any) -> str | None:
    if value is None:
        return None
    getter = getattr(value, "get_secret_value", None)
    text = getter() if getter else str(value)
    return text or None


def build_transcriber(
    *,
    order: Sequence[str] = ENGINE_NAMES,
    model_dir: str | Path | None = None,
    model_name: str = "tiny.en",
    allow_download: bool = False,
    download_root: str | Path | None = None,
    openai_api_key: Any = None,
    openai_base_url: str | None = None,
    openai_model: str = "whisper-1",
    gemini_api_key: Any = None,
    gemini_base_url: str | None = None,
    gemini_model: str = "gemini-2.5-flash",
    beam_size: int = 1,
    local_timeout_s: float = 60.0,
    cloud_timeout_s: float = 30.0,
) -> TranscriberChain:
    """A chain with the engines named in ``order`` (``"local"``, ``"openai"``, ``"gemini"``).

    Keys may be ``str`` or pydantic ``SecretStr``; a cloud engine without a key is left out (the local
    engine is always included when named, and says itself if it cannot run). Nothing heavy is loaded
    here: the local model loads on the first transcription.
    """
    engines: list[Transcriber] = []
    for name in order:
        if name == "local":
            engines.append(FasterWhisperTranscriber(
                model_dir=model_dir, model_name=model_name, allow_download=allow_download,
                download_root=download_root, beam_size=beam_size, timeout_s=local_timeout_s))
        elif name == "openai" and _secret(openai_api_key):
            engines.append(OpenAITranscriber(api_key=_secret(openai_api_key), base_url=openai_base_url,
                                             model=openai_model, timeout_s=cloud_timeout_s))
        elif name == "gemini" and _secret(gemini_api_key):
            engines.append(GeminiTranscriber(api_key=_secret(gemini_api_key), base_url=gemini_base_url,
                                             model=gemini_model, timeout_s=cloud_timeout_s))
        elif name not in ENGINE_NAMES:
            log.warning("unknown speech engine %r in the order; ignored", name)
    return TranscriberChain(engines)


def transcriber_from_settings(settings: Any, **overrides: Any) -> TranscriberChain:
    """Build the chain from the app's settings object (read with ``getattr``, so a settings class
    without the optional ``speech_*`` fields works too). ``overrides`` win over settings."""
    def get(name: str, default: Any = None) -> Any:
        return getattr(settings, name, default)

    options: dict[str, Any] = {
        "order": tuple(get("speech_engines", None) or ENGINE_NAMES),
        "model_dir": get("speech_model_dir"),
        "model_name": get("speech_model", None) or "tiny.en",
        "allow_download": bool(get("speech_allow_download", False)),
        "download_root": get("speech_download_root"),
        "beam_size": int(get("speech_beam_size", None) or 1),
        "openai_api_key": get("openai_api_key"),
        "openai_base_url": get("openai_base_url"),
        "openai_model": get("openai_transcribe_model", None) or "whisper-1",
        "gemini_api_key": get("google_api_key"),
        "gemini_base_url": get("gemini_base_url"),
        "gemini_model": get("gemini_model", None) or "gemini-2.5-flash",
        "cloud_timeout_s": float(get("request_timeout_s", 30.0) or 30.0),
    }
    options.update(overrides)
    return build_transcriber(**options)
