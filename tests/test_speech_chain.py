"""The transcription chain and the cloud engines, over real HTTP against loopback servers that speak
OpenAI's and Gemini's wire formats, including their failures."""

from __future__ import annotations

import logging

import pytest

from core.settings import Settings
from core.speech import (
    AudioError,
    SpeechUnavailable,
    TranscriberChain,
    Transcript,
    build_transcriber,
    read_wav,
    transcriber_from_settings,
)
from core.speech.audio import Audio, to_wav_bytes
from core.speech.cloud import GeminiTranscriber, OpenAITranscriber
from core.speech.local import FasterWhisperTranscriber
from core.speech.types import TranscriptionFailed, TranscriptionTimeout
from tests.fake_speech_servers import FakeGeminiTranscribe, FakeOpenAITranscribe
from tests.speech_fixtures import espeak_wav, require_tools

OPENAI_KEY = "sk-test-7f3a9c2e5b1d"
GEMINI_KEY = "AIza-test-4e8b2a6c0d"
FAILURES = ("500", "429", "401", "malformed", "empty", "hang")


@pytest.fixture(scope="module")
def wav() -> bytes:
    """A real one-second WAV recording (a sine tone: the cloud fakes do not listen to it)."""
    import numpy as np

    t = np.arange(16_000) / 16_000
    return to_wav_bytes(Audio((0.3 * np.sin(2 * np.pi * 220 * t)).astype("float32")))


@pytest.fixture
def openai_server():
    with FakeOpenAITranscribe(transcript="I led the team through the migration.", hang_seconds=5) as server:
        yield server


@pytest.fixture
def gemini_server():
    with FakeGeminiTranscribe(transcript="Um, I would start by asking questions.", hang_seconds=5) as server:
        yield server


def openai(server, **kw) -> OpenAITranscriber:
    return OpenAITranscriber(api_key=OPENAI_KEY, base_url=server.base_url, timeout_s=kw.pop("timeout_s", 5), **kw)


def gemini(server, **kw) -> GeminiTranscriber:
    return GeminiTranscriber(api_key=GEMINI_KEY, base_url=server.base_url, timeout_s=kw.pop("timeout_s", 5), **kw)


def test_openai_whisper_asks_for_word_timestamps_and_returns_them(openai_server, wav):
    transcript = openai(openai_server).transcribe(read_wav(wav))
    assert transcript.text == "I led the team through the migration."
    assert transcript.engine == "openai:whisper-1" and transcript.language == "en"
    assert [w.text for w in transcript.words][:3] == ["I", "led", "the"]
    assert transcript.words[-1].end <= transcript.duration_s == 4.0
    request = openai_server.requests[-1]
    assert request["path"] == "/v1/audio/transcriptions"
    assert request["headers"]["authorization"] == f"Bearer {OPENAI_KEY}"
    assert request["fields"]["model"] == ["whisper-1"]
    assert request["fields"]["response_format"] == ["verbose_json"]
    assert request["fields"]["timestamp_granularities[]"] == ["word"]
    filename, content_type, data = request["files"]["file"]
    assert (filename, content_type) == ("answer.wav", "audio/wav") and data[:4] == b"RIFF"
    assert read_wav(data).duration_s == pytest.approx(1.0, abs=0.01)


def test_openai_gpt4o_transcribe_asks_for_plain_json(openai_server, wav):
    transcript = openai(openai_server, model="gpt-4o-mini-transcribe").transcribe(read_wav(wav))
    assert transcript.text == "I led the team through the migration." and transcript.words == ()
    assert transcript.duration_s == pytest.approx(1.0, abs=0.01)
    assert openai_server.requests[-1]["fields"]["response_format"] == ["json"]
    assert "timestamp_granularities[]" not in openai_server.requests[-1]["fields"]


def test_gemini_sends_the_audio_inline_with_a_transcription_prompt(gemini_server, wav):
    transcript = gemini(gemini_server).transcribe(read_wav(wav))
    assert transcript.text == "Um, I would start by asking questions."
    assert transcript.engine == "gemini:gemini-2.5-flash" and transcript.words == ()
    request = gemini_server.requests[-1]
    assert request["path"].startswith("/v1beta/models/gemini-2.5-flash:generateContent")
    assert request["headers"]["x-goog-api-key"] == GEMINI_KEY
    mime, data = FakeGeminiTranscribe.audio_of(request)
    assert mime == "audio/wav" and read_wav(data).duration_s == pytest.approx(1.0, abs=0.01)
    assert "Transcribe" in str(request["json"]["contents"])


@pytest.mark.parametrize("mode", FAILURES)
def test_each_openai_failure_falls_through_to_gemini(mode, openai_server, gemini_server, wav, caplog):
    openai_server.mode = mode
    chain = TranscriberChain([openai(openai_server, timeout_s=1), gemini(gemini_server)])
    with caplog.at_level(logging.DEBUG):
        result = chain.run(wav)
    assert result.transcript.engine.startswith("gemini")
    assert [a.outcome for a in result.attempts] == ["timeout" if mode == "hang" else "failed", "ok"]
    assert len(openai_server.requests) == 1  # no hidden SDK retries
    assert OPENAI_KEY not in caplog.text and GEMINI_KEY not in caplog.text


@pytest.mark.parametrize("mode", FAILURES)
def test_each_gemini_failure_falls_through_to_openai(mode, openai_server, gemini_server, wav):
    gemini_server.mode = mode
    chain = TranscriberChain([gemini(gemini_server, timeout_s=1), openai(openai_server)])
    result = chain.run(wav)
    assert result.transcript.engine == "openai:whisper-1"
    assert result.attempts[0].outcome == ("timeout" if mode == "hang" else "failed")
    assert len(gemini_server.requests) == 1


def test_when_every_engine_fails_one_plain_sentence_offers_typing(tmp_path, openai_server, gemini_server, wav,
                                                                   caplog):
    openai_server.mode, gemini_server.mode = "401", "hang"
    chain = TranscriberChain([FasterWhisperTranscriber(model_dir=tmp_path), openai(openai_server),
                              gemini(gemini_server, timeout_s=0.5)])
    with caplog.at_level(logging.DEBUG), pytest.raises(SpeechUnavailable) as caught:
        chain.transcribe(wav)
    message = str(caught.value)
    assert message.startswith("Your answer could not be transcribed.")
    assert message.endswith("Type your answer instead; your recording is not kept.")
    assert "holds no Whisper model" in message and "401" in message and "within 0.5 s" in message
    assert "Traceback" not in message and OPENAI_KEY not in message and GEMINI_KEY not in message
    assert [a.outcome for a in caught.value.attempts] == ["unavailable", "failed", "timeout"]
    assert OPENAI_KEY not in caplog.text and GEMINI_KEY not in caplog.text and "RIFF" not in caplog.text


def test_an_empty_chain_says_no_engine_is_set_up(wav):
    with pytest.raises(SpeechUnavailable, match="no speech engine is set up. Type your answer instead"):
        TranscriberChain([]).transcribe(wav)


@pytest.mark.parametrize("data, words", [
    (b"", "empty"), (b"not a wav file at all", "not a WAV file"),
    (to_wav_bytes(Audio(__import__("numpy").zeros(800, dtype="float32"))), "too short"),
    (to_wav_bytes(Audio(__import__("numpy").zeros(16_000 * 660, dtype="float32"))), "11 minutes long"),
])
def test_an_unusable_recording_is_refused_before_any_engine_is_called(data, words, openai_server):
    chain = TranscriberChain([openai(openai_server)])
    with pytest.raises(AudioError, match=words):
        chain.transcribe(data)
    assert openai_server.requests == []


def test_an_engine_that_crashes_does_not_cost_the_answer(openai_server, wav):
    class Broken:
        name = "broken"

        def transcribe(self, audio):
            raise RuntimeError("bug")

    chain = TranscriberChain([Broken(), openai(openai_server)])
    result = chain.run(wav)
    assert result.transcript.engine == "openai:whisper-1"
    assert result.attempts[0].outcome == "failed" and "RuntimeError" in result.attempts[0].reason


def test_cloud_engines_without_a_key_are_left_out_and_keys_never_show():
    chain = build_transcriber(openai_api_key="", gemini_api_key=None)
    assert [e.name for e in chain.engines] == ["local:tiny.en"]
    chain = build_transcriber(order=("openai", "gemini"), openai_api_key=OPENAI_KEY, gemini_api_key=GEMINI_KEY)
    assert chain.name == "openai:whisper-1 > gemini:gemini-2.5-flash"
    assert OPENAI_KEY not in repr(chain.engines) and GEMINI_KEY not in repr(chain.engines)


def test_the_chain_is_built_from_the_apps_settings(openai_server, gemini_server, wav, tmp_path):
    settings = Settings(openai_api_key=OPENAI_KEY, openai_base_url=openai_server.base_url,
                        google_api_key=GEMINI_KEY, gemini_base_url=gemini_server.base_url)
    chain = transcriber_from_settings(settings, model_dir=tmp_path)  # an empty folder: local unavailable
    assert chain.name == "local:tiny.en > openai:whisper-1 > gemini:gemini-2.5-flash"
    transcript = chain.transcribe(wav)
    assert transcript.engine == "openai:whisper-1"
    openai_server.mode = "500"
    assert chain.transcribe(wav).engine == "gemini:gemini-2.5-flash"


def test_the_local_engine_comes_first_and_no_cloud_call_is_made(openai_server, tmp_path):
    require_tools()
    path = espeak_wav("I enjoy solving problems with other people.", tmp_path / "a.wav")
    chain = build_transcriber(openai_api_key=OPENAI_KEY, openai_base_url=openai_server.base_url)
    transcript = chain.transcribe(path.read_bytes())
    assert transcript.engine == "local:tiny.en" and "problems" in transcript.text.lower()
    assert openai_server.requests == []


def test_a_slow_local_engine_falls_through_to_the_cloud(openai_server, tmp_path):
    require_tools()
    path = espeak_wav("I enjoy solving problems with other people.", tmp_path / "a.wav")
    chain = TranscriberChain([FasterWhisperTranscriber(timeout_s=0.0), openai(openai_server)])
    result = chain.run(path.read_bytes())
    assert result.transcript.engine == "openai:whisper-1"
    assert [a.outcome for a in result.attempts] == ["timeout", "ok"]


def test_transcripts_round_trip_through_plain_data(openai_server, wav):
    transcript = openai(openai_server).transcribe(read_wav(wav))
    assert Transcript.from_dict(transcript.to_dict()) == transcript


def test_failure_types_are_distinct():
    assert issubclass(TranscriptionTimeout, TranscriptionFailed)
