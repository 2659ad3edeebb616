"""A recorded answer, from WAV bytes to what the Interview page shows and stores.

:func:`transcribe_answer` is the one call the page makes after a recording (tests call it with a
synthesised WAV): decode, transcribe through the chain, measure delivery. The audio is not kept.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from core.speech.audio import read_wav
from core.speech.chain import TranscriberChain
from core.speech.delivery import DeliveryReport, analyse_delivery

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SpokenAnswer:
    """A transcribed answer: ``text`` to check and edit, its ``delivery`` figures, the ``engine`` that
    transcribed it (e.g. ``"local:tiny.en"``), ``seconds`` from WAV bytes to transcript and figures, and
    ``doubtful`` when the engine's own scores say the text is probably wrong (e.g. another language)."""

    text: str
    delivery: DeliveryReport
    engine: str
    seconds: float
    doubtful: bool = False

    def meta(self) -> dict[str, Any]:
        """What is stored with the sent answer (``messages.meta``): delivery figures and engine, no audio."""
        return {"input": "voice", "engine": self.engine, "delivery": self.delivery.to_dict()}

    def to_state(self) -> dict[str, Any]:
        """Plain data for session state."""
        return {"text": self.text, "engine": self.engine, "seconds": self.seconds,
                "delivery": self.delivery.to_dict(), "doubtful": self.doubtful}


def transcribe_answer(chain: TranscriberChain, wav: bytes) -> SpokenAnswer:
    """Transcribe a recorded answer and measure its delivery.

    Raises :class:`core.speech.AudioError` for an unusable recording and
    :class:`core.speech.SpeechUnavailable` when no engine could transcribe (both carry a sentence fit
    for the candidate). Logs timings and the engine only: never the audio or the transcript.
    """
    started, cpu_started = time.perf_counter(), time.process_time()
    audio = read_wav(wav)
    result = chain.run(audio)
    delivery = analyse_delivery(result.transcript, audio)
    seconds = time.perf_counter() - started
    # CPU seconds of the whole process (the engine's threads, and any other work the process does meanwhile).
    log.info("spoken answer of %.1f s transcribed by %s in %.2f s (%.2f CPU-s)", audio.duration_s,
             result.transcript.engine, seconds, time.process_time() - cpu_started)
    return SpokenAnswer(result.transcript.text.strip(), delivery, result.transcript.engine, round(seconds, 3),
                        doubtful=result.transcript.doubtful)
