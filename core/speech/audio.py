"""Reading the recording: WAV bytes (what ``st.audio_input`` produces) to 16 kHz mono samples.

Only the standard library's ``wave`` and numpy are used, so reading a recording never loads an
engine. Errors are :class:`AudioError` with a sentence a user can act on.
"""

from __future__ import annotations

import io
import logging
import wave
from dataclasses import dataclass

import numpy as np

from core.speech.types import AudioError

log = logging.getLogger(__name__)

TARGET_RATE = 16_000
MAX_SECONDS = 600.0  # ten minutes: far longer than any interview answer
MIN_SECONDS = 0.3


@dataclass(frozen=True)
class Audio:
    """Mono 16 kHz samples as float32 in [-1, 1], and the recording's length in seconds."""

    samples: np.ndarray
    rate: int = TARGET_RATE

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.rate

    def pcm16(self) -> bytes:
        """16-bit little-endian PCM bytes (what webrtcvad reads)."""
        return (np.clip(self.samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()


def _to_float(frames: bytes, width: int) -> np.ndarray:
    if width == 1:
        return (np.frombuffer(frames, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
    if width == 2:
        return np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0
    if width == 3:
        raw = np.frombuffer(frames, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        ints = raw[:, 0] | (raw[:, 1] << 8) | (raw[:, 2] << 16)
        ints = np.where(ints >= 1 << 23, ints - (1 << 24), ints)
        return ints.astype(np.float32) / float(1 << 23)
    if width == 4:
        return np.frombuffer(frames, dtype="<i4").astype(np.float32) / float(1 << 31)
    raise AudioError("The recording uses a sample format this app cannot read. Try recording again.")


def resample(samples: np.ndarray, rate: int, target: int = TARGET_RATE) -> np.ndarray:
    """Linear-interpolation resampling (enough for speech recognition and voice-activity detection)."""
    if rate == target or len(samples) == 0:
        return samples.astype(np.float32)
    n_out = int(round(len(samples) * target / rate))
    positions = np.linspace(0, len(samples) - 1, num=n_out)
    return np.interp(positions, np.arange(len(samples)), samples).astype(np.float32)


def _decode_other(data: bytes, wave_error: Exception) -> np.ndarray:
    """Formats the standard library's ``wave`` cannot read (WAVE_FORMAT_EXTENSIBLE, float WAV, WebM,
    Ogg, MP3): decoded to 16 kHz mono with PyAV through faster-whisper, when installed."""
    try:
        from faster_whisper.audio import decode_audio  # lazy: PyAV is heavy
    except ImportError:
        decode_audio = None
    if decode_audio is not None:
        try:
            return decode_audio(io.BytesIO(data), sampling_rate=TARGET_RATE).astype(np.float32)
        except Exception as exc:  # PyAV raises its own error types for unreadable input
            log.info("recording rejected: not decodable (%s)", type(exc).__name__)
    else:
        log.info("recording rejected: not a readable WAV file (%s)", type(wave_error).__name__)
    raise AudioError("The recording is not a WAV file this app can read. "
                     "Record again, or type your answer instead.") from wave_error


def read_wav(data: bytes) -> Audio:
    """Decode WAV bytes (or, with PyAV installed, another audio file) into 16 kHz mono :class:`Audio`.

    Raises :class:`AudioError` when the bytes are empty, not a PCM WAV file, shorter than
    ``MIN_SECONDS`` or longer than ``MAX_SECONDS``.
    """
    if not data:
        raise AudioError("The recording is empty. Record again, or type your answer instead.")
    try:
        with wave.open(io.BytesIO(data)) as wav:
            channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
            frames = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError, ValueError) as exc:
        samples = _decode_other(data, exc)
        rate = TARGET_RATE
    else:
        if rate <= 0 or channels <= 0:
            raise AudioError("The recording has no audio in it. Record again, or type your answer instead.")
        samples = _to_float(frames, width)
        if channels > 1:
            samples = samples[: len(samples) // channels * channels].reshape(-1, channels).mean(axis=1)
    duration = len(samples) / rate
    if duration < MIN_SECONDS:
        raise AudioError("The recording is too short to hold an answer. Record again, or type it instead.")
    if duration > MAX_SECONDS:
        raise AudioError(f"The recording is {duration / 60:.0f} minutes long; answers up to "
                         f"{MAX_SECONDS / 60:.0f} minutes can be transcribed. Record a shorter answer.")
    return Audio(resample(samples, rate))


def to_wav_bytes(audio: Audio) -> bytes:
    """Encode :class:`Audio` back to a 16-bit mono WAV (what the cloud engines are sent)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(audio.rate)
        wav.writeframes(audio.pcm16())
    return buffer.getvalue()
