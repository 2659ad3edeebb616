"""Speech settings come from secrets/env like every other setting and reach the transcription chain."""

from __future__ import annotations

from core.settings import load_settings
from core.speech.chain import transcriber_from_settings


def test_speech_settings_from_env_and_defaults() -> None:
    default = load_settings(env={})
    assert default.speech_engines == ("local", "openai", "gemini")
    assert default.speech_allow_download is False
    assert default.speech_beam_size == 1  # greedy: same WER on the fixtures at half the CPU (docs/speech.md)
    custom = load_settings(env={"INTERVIEW_SPEECH_ENGINES": "OpenAI, local", "INTERVIEW_SPEECH_BEAM_SIZE": "5",
                                "INTERVIEW_SPEECH_ALLOW_DOWNLOAD": "true"})
    assert custom.speech_engines == ("openai", "local")
    assert custom.speech_beam_size == 5
    assert custom.speech_allow_download is True


def test_chain_follows_the_configured_order_and_skips_cloud_without_a_key() -> None:
    chain = transcriber_from_settings(load_settings(env={"INTERVIEW_SPEECH_ENGINES": "openai,local"}))
    assert [engine.name.split(":")[0] for engine in chain.engines] == ["local"]
    keyed = transcriber_from_settings(load_settings(env={"INTERVIEW_SPEECH_ENGINES": "openai,local",
                                                         "OPENAI_API_KEY": "sk-test"}))
    assert [engine.name.split(":")[0] for engine in keyed.engines] == ["openai", "local"]
