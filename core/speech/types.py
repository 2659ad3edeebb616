"""What every transcription engine returns and raises.

A ``Transcript`` is plain data (text, language, duration in seconds, optional word timings) so the
page layer can keep it in session state and the delivery metrics can read it without knowing which
engine produced it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from core.speech.audio import Audio


@dataclass(frozen=True)
class Word:
    """One recognised word with its start and end, in seconds from the start of the recording."""

    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Part:
    """A stretch of the recording transcribed on its own: its ``text`` and where it lies, ``start`` to
    ``end`` in seconds from the start of the recording."""

    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Transcript:
    """A transcription result.

    ``duration_s`` is the length of the recording in seconds; ``words`` is empty when the engine gives
    no word timings (Gemini, OpenAI's gpt-4o-*-transcribe models); ``language`` is an ISO-639-1 code or
    ``None`` when the engine does not say; ``engine`` names the engine that produced it
    (e.g. ``"local:tiny.en"``, ``"openai:whisper-1"``); ``doubtful`` is true when the engine's own
    scores say the text is probably wrong (speech in another language, noise), so the page can say so;
    ``parts`` holds the stretches an engine transcribed separately (the local engine's two halves of a long
    recording, which it gives without word timings), empty otherwise.
    """

    text: str
    duration_s: float
    engine: str
    language: str | None = None
    words: tuple[Word, ...] = field(default_factory=tuple)
    doubtful: bool = False
    parts: tuple[Part, ...] = field(default_factory=tuple)

    @property
    def has_word_timings(self) -> bool:
        return bool(self.words)

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-serialisable form (for session state or the database)."""
        data = asdict(self)
        data["words"] = [asdict(w) for w in self.words]
        data["parts"] = [asdict(p) for p in self.parts]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcript:
        words = tuple(Word(**w) for w in data.get("words") or ())
        parts = tuple(Part(**p) for p in data.get("parts") or ())
        return cls(text=data["text"], duration_s=float(data["duration_s"]), engine=data["engine"],
                   language=data.get("language"), words=words, doubtful=bool(data.get("doubtful", False)),
                   parts=parts)


class SpeechError(Exception):
    """Base class. ``str(error)`` is a plain sentence fit to show a user."""


class AudioError(SpeechError, ValueError):
    """The recording itself cannot be used (empty, not WAV, too long). No engine is tried."""


class EngineUnavailable(SpeechError):
    """The engine cannot run here: its package is not installed, its model or key is absent."""


class TranscriptionFailed(SpeechError):
    """The engine ran but did not produce a transcript (HTTP error, malformed reply, crash)."""


class TranscriptionTimeout(TranscriptionFailed):
    """The engine took longer than its time limit."""


class SpeechUnavailable(SpeechError):
    """No engine in the chain could transcribe; the message says why and offers typing instead.
    ``attempts`` holds each engine's turn (``core.speech.chain.Attempt``)."""

    attempts: tuple = ()


@runtime_checkable
class Transcriber(Protocol):
    """A speech-to-text engine.

    ``name`` is a short label for logs and notes (``"local:tiny.en"``). ``transcribe`` takes the recording as
    :class:`core.speech.audio.Audio` (16 kHz mono, already checked) and returns a :class:`Transcript`, or raises :class:`EngineUnavailable`,
    :class:`TranscriptionFailed` (incl. :class:`TranscriptionTimeout`) or :class:`AudioError`.
    Implementations never log the audio or any key.
    """

    name: str

    def transcribe(self, audio: Audio) -> Transcript: ...
