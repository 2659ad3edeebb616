"""Speech: transcription engines behind one interface, and delivery metrics.

Light to import: engines load their SDKs and models on first use. Never imports streamlit.

    chain = transcriber_from_settings(settings)
    transcript = chain.transcribe(wav_bytes)          # Transcript, or SpeechUnavailable / AudioError
    delivery = analyse_delivery(transcript, audio)    # DeliveryReport
"""

from core.speech.answer import SpokenAnswer, transcribe_answer
from core.speech.audio import Audio, read_wav
from core.speech.chain import (
    Attempt,
    ChainResult,
    TranscriberChain,
    build_transcriber,
    transcriber_from_settings,
)
from core.speech.delivery import DeliveryReport, FillerCount, analyse_delivery, analyse_text
from core.speech.types import (
    AudioError,
    EngineUnavailable,
    Part,
    SpeechError,
    SpeechUnavailable,
    Transcriber,
    Transcript,
    TranscriptionFailed,
    TranscriptionTimeout,
    Word,
)

__all__ = [
    "Attempt", "Audio", "SpokenAnswer", "ChainResult", "AudioError", "DeliveryReport", "EngineUnavailable", "FillerCount", "Part", "SpeechError",
    "SpeechUnavailable", "Transcriber", "TranscriberChain", "Transcript", "TranscriptionFailed",
    "TranscriptionTimeout", "Word", "analyse_delivery", "analyse_text", "build_transcriber", "read_wav",
    "transcribe_answer", "transcriber_from_settings",
]
