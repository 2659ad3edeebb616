"""Delivery metrics: on real synthesised speech (pace, pauses, pace change) and on text (fillers)."""

from __future__ import annotations

import pytest

from core.speech import Transcript, Word, analyse_delivery, analyse_text, read_wav
from core.speech.delivery import COMFORTABLE_WPM, count_fillers, speech_spans
from core.speech.local import FasterWhisperTranscriber
from tests.speech_fixtures import ANSWERS, espeak_wav, flite_wav, join_wavs, require_tools, silence_wav


@pytest.fixture
def needs_tools_fixture() -> None:
    require_tools()


needs_tools = pytest.mark.usefixtures("needs_tools_fixture")


@pytest.fixture(scope="module")
def engine():
    return FasterWhisperTranscriber()


def spoken(engine, path):
    audio = read_wav(path.read_bytes())
    return engine.transcribe(audio), audio


# ---- text only ---------------------------------------------------------------------------------------

def test_fillers_are_counted_and_the_verb_like_is_not():
    fillers = {f.filler: f.count for f in count_fillers(
        "Um, so I like Python. It was, like, basically fine, you know. I mean, uh, we shipped it. "
        "You know the answer, and things like caching matter.")}
    assert fillers == {"um": 1, "like": 1, "basically": 1, "you know": 1, "i mean": 1, "uh": 1}


def test_a_typed_answer_gets_only_the_text_based_part():
    report = analyse_text("Um, I led the team, uh, through the migration and, like, it went well.")
    assert report.spoken is False
    assert report.word_count == 14 and report.filler_count == 3
    assert report.filler_rate == pytest.approx(100 * 3 / 14, abs=0.05)
    assert report.wpm is None and report.long_pauses is None and report.duration_s is None
    assert report.note.startswith("3 filler words") and "per 100 words" in report.note


def test_a_clean_typed_answer_has_no_fillers():
    report = analyse_text("I planned the work, tested each change and halved the errors.")
    assert report.filler_count == 0 and report.note == "No filler words."


def test_pace_and_pauses_from_word_timings():
    words = tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(["I", "led", "the", "team"]))
    late = tuple(Word(w, 5.0 + i * 0.4, 5.3 + i * 0.4) for i, w in enumerate(["and", "we", "shipped", "it"]))
    transcript = Transcript("I led the team and we shipped it", 7.0, "test", "en", words + late)
    report = analyse_delivery(transcript)
    assert report.pause_source == "word timings"
    assert len(report.long_pauses) == 1 and report.long_pauses[0].after == "team"
    assert report.long_pauses[0].seconds == pytest.approx(5.0 - 1.5)
    assert report.wpm == pytest.approx(8 / ((6.5 - 0.0) / 60), abs=0.1)
    assert "after “team”" in report.note


def test_a_transcript_without_speech_says_so():
    report = analyse_delivery(Transcript("", 3.0, "test"))
    assert report.word_count == 0 and report.note.startswith("No speech was recognised.")


def test_report_is_plain_data():
    data = analyse_text("Um, yes.").to_dict()
    assert data["filler_count"] == 1 and data["wpm_range"] == COMFORTABLE_WPM and "Tauroza" in data["wpm_source"]


# ---- real audio --------------------------------------------------------------------------------------

@needs_tools
def test_slow_speech_measures_slower_than_fast_speech(engine, tmp_path):
    slow, slow_audio = spoken(engine, espeak_wav(ANSWERS[1], tmp_path / "slow.wav", wpm=120))
    fast, fast_audio = spoken(engine, espeak_wav(ANSWERS[1], tmp_path / "fast.wav", wpm=220))
    slow_report, fast_report = analyse_delivery(slow, slow_audio), analyse_delivery(fast, fast_audio)
    assert slow_report.wpm < COMFORTABLE_WPM[1] < fast_report.wpm
    assert fast_report.wpm > 1.5 * slow_report.wpm
    assert "faster than the comfortable" in fast_report.note
    assert "faster than" not in slow_report.note


@needs_tools
def test_an_inserted_silence_is_found_from_word_timings_and_from_voice_activity(engine, tmp_path):
    path = join_wavs([espeak_wav(ANSWERS[0], tmp_path / "a.wav", wpm=150), silence_wav(3.0, tmp_path / "s.wav"),
                      espeak_wav(ANSWERS[3], tmp_path / "b.wav", wpm=150)], tmp_path / "pause.wav")
    # 31 s: the default engine would cut it in two parts without word timings (see the next test)
    transcript, audio = spoken(FasterWhisperTranscriber(word_timestamps=True), path)
    first_part = read_wav((tmp_path / "a.wav").read_bytes()).duration_s

    by_words = analyse_delivery(transcript, audio)
    assert by_words.pause_source == "word timings"
    assert len(by_words.long_pauses) == 1
    pause = by_words.long_pauses[0]
    assert 2.5 <= pause.seconds <= 3.6 and abs(pause.start - first_part) < 1.0
    assert pause.after.lower() == "months"

    no_timings = Transcript(transcript.text, transcript.duration_s, "gemini:test")  # as a cloud engine gives
    by_vad = analyse_delivery(no_timings, audio)
    assert by_vad.pause_source == "voice activity"
    assert len(by_vad.long_pauses) == 1 and 2.5 <= by_vad.long_pauses[0].seconds <= 3.6
    assert by_vad.wpm == pytest.approx(by_words.wpm, rel=0.1)


@needs_tools
def test_speeding_up_in_the_second_half_is_noted(engine, tmp_path):
    path = join_wavs([espeak_wav(ANSWERS[0], tmp_path / "a.wav", wpm=130),
                      espeak_wav(ANSWERS[3], tmp_path / "b.wav", wpm=230)], tmp_path / "speed.wav")
    report = analyse_delivery(*spoken(engine, path))
    assert report.wpm_second_half > 1.2 * report.wpm_first_half
    assert "You sped up from" in report.note and "in the second half" in report.note


@needs_tools
def test_a_long_answer_in_two_parts_gets_its_pace_per_half_and_pauses_from_voice_activity(engine, tmp_path):
    """Over 30 s the local engine transcribes two parts at once without word timings: the pace per half
    comes from each part's words over its speech, the pauses from voice-activity detection."""
    slow = [espeak_wav(text, tmp_path / f"slow{i}.wav", wpm=130) for i, text in enumerate(ANSWERS[:2])]
    fast = [espeak_wav(text, tmp_path / f"fast{i}.wav", wpm=230) for i, text in enumerate(ANSWERS[2:])]
    path = join_wavs([slow[0], silence_wav(3.0, tmp_path / "s.wav"), *slow[1:], *fast], tmp_path / "long.wav")
    transcript, audio = spoken(engine, path)
    assert audio.duration_s > 30 and len(transcript.parts) == 2 and not transcript.words
    report = analyse_delivery(transcript, audio)
    assert report.pause_source == "voice activity"
    assert len(report.long_pauses) == 1 and 2.5 <= report.long_pauses[0].seconds <= 3.6
    assert report.wpm_second_half > 1.3 * report.wpm_first_half
    assert "You sped up from" in report.note
    timed = FasterWhisperTranscriber(word_timestamps=True).transcribe(audio)  # the same with word timings
    by_words = analyse_delivery(timed, audio)
    assert report.wpm == pytest.approx(by_words.wpm, rel=0.1)
    assert report.long_pauses[0].seconds == pytest.approx(by_words.long_pauses[0].seconds, abs=0.5)


@needs_tools
def test_an_even_pace_gets_no_pace_change_note(engine, tmp_path):
    report = analyse_delivery(*spoken(engine, espeak_wav(ANSWERS[2], tmp_path / "even.wav", wpm=160)))
    assert report.wpm_first_half and report.wpm_second_half
    assert "sped up" not in report.note and "slowed down" not in report.note


@needs_tools
def test_voice_activity_finds_no_speech_in_silence(tmp_path):
    assert speech_spans(read_wav(silence_wav(2.0, tmp_path / "quiet.wav").read_bytes())) == []



@needs_tools
def test_spoken_fillers_are_heard_and_counted(engine, tmp_path):
    text = "Um, so I think, uh, the main thing was, like, we had to, um, move fast, you know."
    report = analyse_delivery(*spoken(engine, flite_wav(text, tmp_path / "fillers.wav", "slt")))
    counts = {f.filler: f.count for f in report.fillers}
    assert counts.get("um", 0) + counts.get("uh", 0) >= 2  # of the three spoken
    assert report.filler_rate >= 10 and "filler word" in report.note


def test_two_recordings_combine_into_one_set_of_figures():
    from core.speech.delivery import combine_takes

    first = {"spoken": True, "duration_s": 20.0, "speaking_s": 18.0, "pause_source": "word timings",
             "long_pauses": [{"start": 5.0, "seconds": 3.2, "after": "so"}]}
    second = {"spoken": True, "duration_s": 10.0, "speaking_s": 9.0, "pause_source": "word timings",
              "long_pauses": [{"start": 2.0, "seconds": 4.0, "after": "then"}]}
    text = " ".join(["we", "did", "the", "work"] * 20 + ["then"]) + " um, like, done"  # English: its fillers count
    both = combine_takes(first, second, text)
    assert both["duration_s"] == 30.0 and both["speaking_s"] == 27.0
    assert both["word_count"] == 84 and both["wpm"] == round(84 / (27 / 60), 1)
    assert [(p["start"], p["seconds"]) for p in both["long_pauses"]] == [(5.0, 3.2), (22.0, 4.0)]
    assert both["filler_count"] == 2 and both["wpm_first_half"] is None
    assert "4.0 s after “then”" in both["note"] and "cover both recordings" in both["note"]
    typed = {"spoken": False, "word_count": 3}
    assert combine_takes(typed, second, text) is second
