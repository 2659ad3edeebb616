"""Voice on the Interview page (issue 18) and the page points of issue 17 (intro, bottom bar, captions).

AppTest sets ``st.audio_input``'s value to a WAV synthesised at test time with flite (a real
recording's format, 16 kHz mono): the page runs the real local engine on it, shows the transcript in
an editable box with the delivery figures, and stores the edited answer with those figures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.interview import InterviewEngine
from core.settings import load_settings
from core.speech import transcribe_answer, transcriber_from_settings
from core.words import count_words
from pages.ui.voice import delivery_line, speak_html
from tests.app_start import start_interview
from tests.speech_fixtures import ANSWERS, espeak_wav, flite_wav, missing_tools, silence_wav

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
needs_tools = pytest.mark.skipif(bool(missing_tools()), reason=f"needs Debian packages {missing_tools()}")


@pytest.fixture(scope="module")
def spoken_wav(tmp_path_factory) -> bytes:
    return flite_wav(ANSWERS[0], tmp_path_factory.mktemp("voice") / "answer.wav").read_bytes()




def _captions(at: AppTest) -> list[str]:
    return [c.value.replace("\\", "") for c in at.caption]


def test_intro_counter_and_controls_below_the_chat(db_path, fresh_app_cache):
    at, _sid = start_interview(count=3)
    intro = [i.value for i in at.info if "questions" in i.value]
    assert len(intro) == 1
    assert "3 questions, about 5–10 minutes" in intro[0]  # 2-3 min a question, up to one more with follow-ups
    assert "Skipping a question or ending early is fine" in intro[0]
    assert "Question 1 of 3 · Offline coach" in _captions(at)
    # The chat box, the microphone, the counter, Skip and End early are in the bottom container, which
    # stays on screen however long the chat grows (not in the main flow above the messages).
    main_keys = {getattr(w, "key", None) for w in at.main}
    for key in ("skip", "end_early", "answer_input", "mic_0"):
        assert key not in main_keys
    assert at.button(key="skip") and at.button(key="end_early") and at.chat_input(key="answer_input")
    assert at.get("audio_input")[0].label == "Answer aloud"
    assert [p.proto.text for p in at.get("progress")] == ["Question 1 of 3"]


def test_typed_answers_show_the_text_based_delivery_only(db_path, fresh_app_cache, store):
    at, sid = start_interview()
    at.chat_input(key="answer_input").set_value("Um, I basically, like, rebuilt the billing system, you know.").run()
    assert not at.exception, at.exception
    line = next(c for c in _captions(at) if c.startswith(":material/keyboard:"))
    assert "Typed · 10 words · 4 filler words" in line
    assert "words a minute" not in line
    answer = next(m for m in store.list_messages(sid) if m.kind == "answer")
    assert answer.meta is None  # nothing to store for a typed answer: its figures come from the text
    at.chat_input(key="answer_input").set_value("I rebuilt the billing system and halved the errors.").run()
    lines = [c for c in _captions(at) if c.startswith(":material/keyboard:")]
    assert len(lines) == 1  # a typed answer without filler words gets no delivery line in the chat


@needs_tools
def test_a_recorded_answer_is_transcribed_checked_edited_and_sent(db_path, fresh_app_cache, store, spoken_wav):
    at, sid = start_interview()
    at.get("audio_input")[0].set_value(("answer.wav", spoken_wav, "audio/wav")).run()
    assert not at.exception, at.exception
    draft = at.text_area(key="voice_draft_text")
    words = re.findall(r"[a-z]+", draft.value.lower())
    assert {"billing", "system", "errors", "months"} <= set(words), draft.value
    assert not [m for m in store.list_messages(sid) if m.kind == "answer"]  # nothing sent yet
    figures = next(c for c in _captions(at) if c.startswith(":material/mic:"))
    assert re.search(r"Spoken · \d+ s · \d+ words a minute \(comfortable 130–170\)", figures), figures
    assert any("words a minute" in c and c.startswith("You spoke at") for c in _captions(at))
    assert at.get("audio_input")[0].key == "mic_1"  # a fresh microphone: the recording is not kept

    draft.set_value(draft.value + " Edited by hand.").run()
    at.button(key="draft_send").click().run()
    assert not at.exception, at.exception
    answer = next(m for m in store.list_messages(sid) if m.kind == "answer")
    assert answer.content.endswith("Edited by hand.")
    meta = answer.meta
    assert meta["input"] == "voice" and meta["engine"] == "local:tiny.en"
    delivery = meta["delivery"]
    assert delivery["spoken"] and 100 < delivery["wpm"] < 260 and delivery["duration_s"] > 5
    assert "audio" not in json.dumps(meta).lower().replace("audio_", "")
    assert not [t for t in at.text_area if t.key == "voice_draft_text"]  # the draft is gone once sent
    # The answer shows its delivery in the chat, and the interview went on.
    assert any(c.startswith(":material/mic:") and "words a minute" in c for c in _captions(at))
    assert len([m for m in store.list_messages(sid) if m.kind in ("question", "follow_up")]) == 2

    # The Feedback report shows the delivery per question, with the pace range's source.
    at.button(key="end_early").click().run()
    at.button(key="end_confirm").click().run()
    at.switch_page("pages/feedback.py").run()
    assert not at.exception, at.exception
    card = next(e for e in at.main.expander if e.label.startswith("Q1 · "))
    texts = [c.value.replace("\\", "") for c in card.caption]
    assert any("words a minute (comfortable 130–170)" in t for t in texts)
    assert any(t.startswith("Comfortable pace: about 150 words a minute") for t in texts)


@needs_tools
def test_no_engine_can_run_says_why_and_typing_still_works(db_path, fresh_app_cache, store, spoken_wav, tmp_path,
                                                          monkeypatch):
    monkeypatch.setenv("INTERVIEW_SPEECH_MODEL_DIR", str(tmp_path / "no-model-here"))
    (tmp_path / "no-model-here").mkdir()
    at, sid = start_interview()
    at.get("audio_input")[0].set_value(("answer.wav", spoken_wav, "audio/wav")).run()
    assert not at.exception, at.exception
    warning = " ".join(w.value for w in at.warning).replace("\\", "")
    assert "could not be transcribed" in warning and "Type your answer instead" in warning
    assert not [t for t in at.text_area if t.key == "voice_draft_text"]
    at.chat_input(key="answer_input").set_value("I rebuilt the billing system and halved the errors.").run()
    assert [m.content for m in store.list_messages(sid) if m.kind == "answer"] == [
        "I rebuilt the billing system and halved the errors."]


def test_a_file_that_is_not_audio_gets_a_sentence(db_path, fresh_app_cache, store):
    at, sid = start_interview()
    at.get("audio_input")[0].set_value(("answer.wav", b"RIFF not really a wave file", "audio/wav")).run()
    assert not at.exception, at.exception
    assert any("Record again, or type your answer instead" in w.value.replace("\\", "") for w in at.warning)
    assert at.chat_input(key="answer_input")


def _warnings(at: AppTest) -> str:
    return " ".join(w.value for w in at.warning).replace("\\", "")


@needs_tools
def test_a_silent_or_very_short_recording_gets_one_sentence_and_the_typed_way_stays(db_path, fresh_app_cache,
                                                                                     store, tmp_path):
    at, sid = start_interview()
    silent = silence_wav(3.0, tmp_path / "silent.wav").read_bytes()
    at.get("audio_input")[0].set_value(("silent.wav", silent, "audio/wav")).run()
    assert not at.exception, at.exception
    assert _warnings(at) == "No words were heard in the recording. Record again closer to the microphone, or type your answer."
    assert not [t for t in at.text_area if t.key == "voice_draft_text"]
    blip = silence_wav(0.2, tmp_path / "blip.wav").read_bytes()
    at.get("audio_input")[0].set_value(("blip.wav", blip, "audio/wav")).run()
    assert "The recording is too short to hold an answer" in _warnings(at)
    at.chat_input(key="answer_input").set_value("Typed after all.").run()
    assert [m.content for m in store.list_messages(sid) if m.kind == "answer"] == ["Typed after all."]


@needs_tools
def test_an_answer_in_another_language_is_kept_to_check_with_a_warning(db_path, fresh_app_cache, tmp_path):
    at, _sid = start_interview()
    # Whisper's mean log-probability for this clip is about -1.7, well under the -1.0 doubt threshold (an earlier
    # sentence scored -1.03 to -1.13 from run to run and once passed as English in the full suite)
    spanish = espeak_wav("Coordiné a doce personas del almacén, reorganizamos los turnos de noche y los pedidos erróneos "
                         "bajaron un treinta por ciento en seis meses.", tmp_path / "es.wav", voice="es").read_bytes()
    at.get("audio_input")[0].set_value(("es.wav", spanish, "audio/wav")).run()
    assert not at.exception, at.exception
    assert "it understands English only" in _warnings(at) and "type your answer" in _warnings(at)
    assert at.text_area(key="voice_draft_text").value  # whatever was heard is there to correct, not thrown away


@needs_tools
def test_a_second_recording_is_added_after_the_edited_transcript(db_path, fresh_app_cache, spoken_wav, tmp_path):
    at, _sid = start_interview()
    at.get("audio_input")[0].set_value(("answer.wav", spoken_wav, "audio/wav")).run()
    first = at.session_state["voice_draft"]["delivery"]
    at.text_area(key="voice_draft_text").set_value("My own words first.").run()
    more = flite_wav("And I would do it again.", tmp_path / "more.wav").read_bytes()
    at.get("audio_input")[0].set_value(("more.wav", more, "audio/wav")).run()
    assert not at.exception, at.exception
    text = at.text_area(key="voice_draft_text").value
    assert text.startswith("My own words first. ") and "again" in text.lower(), text
    assert "added after the transcript you were checking" in _warnings(at)
    # The figures describe the whole transcript: both recordings' time, the words now in the box.
    both = at.session_state["voice_draft"]["delivery"]
    assert both["duration_s"] > first["duration_s"] + 1 and both["word_count"] == count_words(text)
    assert "cover both recordings" in both["note"]
    assert any(f"Spoken · {both['duration_s']:.0f} s" in c.value for c in at.caption)


@needs_tools
def test_the_page_function_on_a_wav(spoken_wav):
    """What the page calls after a recording, outside Streamlit: transcript, figures, timing, no audio kept."""
    spoken = transcribe_answer(transcriber_from_settings(load_settings(secrets={}, overrides={})), spoken_wav)
    assert "billing" in spoken.text.lower() and spoken.engine == "local:tiny.en"
    meta = spoken.meta()
    assert set(meta) == {"input", "engine", "delivery"} and meta["delivery"]["word_count"] > 30
    json.dumps(meta)  # storable as it is
    assert delivery_line(meta["delivery"]).startswith("Spoken · ")


def test_read_aloud_is_off_by_default_and_reads_the_question_as_data(db_path, fresh_app_cache):
    at, _sid = start_interview()
    toggle = at.toggle(key="read_aloud")
    assert toggle.value is False
    assert not at.get("iframe")
    toggle.set_value(True).run()
    assert not at.exception, at.exception
    frames = at.get("iframe")
    assert len(frames) == 1
    assert "speechSynthesis" in frames[0].proto.srcdoc and "Stop reading" in frames[0].proto.srcdoc


def test_read_aloud_stays_on_after_a_reload(db_path, fresh_app_cache):
    at, sid = start_interview()
    at.toggle(key="read_aloud").set_value(True).run()
    assert at.query_params.get("read_aloud") in ("1", ["1"])
    reloaded = AppTest.from_file(APP, default_timeout=60)  # a reload: a new browser session, the same address
    reloaded.query_params.update(session=sid, read_aloud="1")
    reloaded.switch_page("pages/interview.py").run()
    assert not reloaded.exception, reloaded.exception
    assert reloaded.toggle(key="read_aloud").value is True and len(reloaded.get("iframe")) == 1
    reloaded.toggle(key="read_aloud").set_value(False).run()
    assert "read_aloud" not in reloaded.query_params


def test_the_spoken_question_is_json_data_never_html():
    hostile = 'Why? </script><script>window.__pwned=1</script><img src=x onerror=alert(1)> & "quotes"'
    html = speak_html(hostile)
    assert "</script><script>window.__pwned" not in html and "<img" not in html
    data = re.search(r'<script type="application/json" id="question">(.*?)</script>', html, re.S).group(1)
    assert json.loads(data) == {"text": hostile}  # the browser's JSON.parse gets the text back exactly
    assert html.count("</script>") == 2


def test_engine_stores_meta_with_the_answer(store):
    engine = InterviewEngine(store)
    sid = engine.create(job_title="Analyst", company="", job_description="", cv_text="", question_count=2,
                        follow_ups=False)
    store.add_message(sid, "interviewer", "Q one?", kind="question", question_no=1, model="offline-coach")

    class NoChains:  # submit_answer schedules scoring; it is not what this test is about
        def score_answer(self, *a, **k):
            raise RuntimeError("not scored in this test")

    other = engine.create(job_title="Typed only", company="", job_description="", cv_text="", question_count=1)
    store.add_message(other, "interviewer", "Q?", kind="question", question_no=1, model="offline-coach")
    engine.submit_answer(NoChains(), other, "A typed answer.")
    meta = {"input": "voice", "engine": "local:tiny.en", "delivery": {"spoken": True, "wpm": 150.0,
                                                                       "filler_rate": 1.5}}
    engine.submit_answer(NoChains(), sid, "An answer.", meta=meta)
    stored = next(m for m in store.list_messages(sid) if m.kind == "answer")
    assert stored.meta == meta
    assert engine.load(sid).questions[0].answer_meta == meta
    trend = store.delivery_over_time()  # spoken answers only: the typed-only session is left out
    assert [(r.session_id, r.wpm, r.filler_rate, r.answers) for r in trend] == [(sid, 150.0, 1.5, 1)]


def test_history_charts_pace_and_filler_rate_of_spoken_answers(db_path, fresh_app_cache, store):
    engine = InterviewEngine(store)
    for wpm, rate in ((190.0, 4.0), (150.0, 1.0)):
        sid = engine.create(job_title="Analyst", company="", job_description="", cv_text="", question_count=1)
        store.add_message(sid, "interviewer", "Q?", kind="question", question_no=1, model="offline-coach")
        store.add_message(sid, "candidate", "An answer.", kind="answer", question_no=1,
                          meta={"input": "voice", "delivery": {"spoken": True, "wpm": wpm, "filler_rate": rate}})
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("pages/history.py").run()
    assert not at.exception, at.exception
    assert any("How you spoke across sessions" in m.value for m in at.markdown)
    spec = json.loads(next(c for c in at.get("vega_lite_chart") if "Words a minute" in c.proto.spec).proto.spec)
    titles = json.dumps(spec)
    assert "Words a minute (comfortable 130-170)" in titles and "Filler words per 100 words" in titles


@needs_tools
def test_an_edited_transcript_survives_a_visit_to_another_page(db_path, fresh_app_cache, spoken_wav):
    """Session 28: the transcript being checked, edited, then History and back: the box came back empty (Streamlit
    drops a widget's value on a run of another page). The edit is kept by the box's on_change, and a second recording
    after the trip is added after it."""
    at, _sid = start_interview()
    at.get("audio_input")[0].set_value(("answer.wav", spoken_wav, "audio/wav")).run()
    draft = at.text_area(key="voice_draft_text")
    edited = draft.value + " Edited by hand."
    draft.set_value(edited).run()
    for page in ("pages/history.py", "pages/home.py"):
        at.switch_page(page).run()
        assert not at.exception, at.exception
        at.switch_page("pages/interview.py").run()
        assert not at.exception, at.exception
        assert at.text_area(key="voice_draft_text").value == edited, page
    at.get("audio_input")[0].set_value(("again.wav", spoken_wav, "audio/wav")).run()
    assert at.text_area(key="voice_draft_text").value.startswith(edited + " ")
