"""A spoken answer in real Chromium (issue 18, point 5): the fake capture device plays a WAV synthesised
at test time with flite; the candidate records through the microphone control, sees the transcript to
check, the delivery figures, sends it, and sees the next question."""

from __future__ import annotations

import re
import time
import wave
from pathlib import Path

import pytest

from tests.e2e.driver import (
    CHROMIUM,
    CHROMIUM_ARGS,
    QUESTION_SHOWN,
    VIEWPORT,
    chat_count,
    screenshot,
    start_sample_interview,
    wait_for_idle,
)
from tests.speech_fixtures import ANSWERS, flite_wav, join_wavs, missing_tools, silence_wav

pytestmark = pytest.mark.skipif(bool(missing_tools()), reason=f"needs Debian packages {missing_tools()}")


def _seconds(path: Path) -> float:
    with wave.open(str(path)) as wav:
        return wav.getnframes() / wav.getframerate()


@pytest.fixture
def answer_wav(tmp_path: Path) -> Path:
    spoken = flite_wav(ANSWERS[0], tmp_path / "spoken.wav")
    # Silence after the answer: the fake device loops the file, and the recording stops inside the gap.
    return join_wavs([spoken, silence_wav(3.0, tmp_path / "gap.wav")], tmp_path / "answer.wav")


@pytest.fixture
def mic_page(browser, answer_wav: Path):
    """A second Chromium from the session's Playwright (one sync Playwright per process), whose fake
    capture device plays ``answer_wav``."""
    args = [*CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={answer_wav}"]
    mic_browser = browser.browser_type.launch(executable_path=CHROMIUM, args=args, headless=True)
    context = mic_browser.new_context(viewport=VIEWPORT, permissions=["microphone"])
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    mic_browser.close()


def test_answer_a_question_out_loud(streamlit_server, mic_page, answer_wav):
    page = mic_page
    start_sample_interview(page, streamlit_server.url)
    typed = page.get_by_test_id("stChatInputTextArea")
    typed.fill("Half a typed answer, not sent")  # typed first, then the candidate chose to speak
    recorder = page.get_by_test_id("stAudioInput")
    recorder.get_by_role("button", name="Record").click()
    recorder.get_by_role("button", name="Stop recording").wait_for()
    time.sleep(_seconds(answer_wav) - 1.5)  # the whole answer, stopping in the silence after it
    recorder.get_by_role("button", name="Stop recording").click()

    # The transcript, in a box to check and edit, with the delivery figures; nothing sent yet.
    draft = page.locator(".st-key-voice_draft_box")
    draft.wait_for(timeout=90_000)
    wait_for_idle(page)  # the box is drawn line by line: read it once the run is over
    box = draft.get_by_role("textbox")
    transcript = box.input_value().lower()
    assert {"billing", "system", "errors"} <= set(re.findall(r"[a-z]+", transcript)), transcript
    figures = draft.inner_text()
    assert re.search(r"Spoken · \d+ s · \d+ words a minute \(comfortable 130–170\)", figures), figures
    assert "You spoke at" in figures
    assert typed.input_value() == "Half a typed answer, not sent"  # the typed text was not lost
    screenshot(page, "voice-draft")

    box.fill(box.input_value() + " That is my answer.")
    before = chat_count(page)
    draft.get_by_role("button", name="Send answer").click()
    page.wait_for_function(QUESTION_SHOWN, arg=before, timeout=60_000)
    wait_for_idle(page)
    messages = page.get_by_test_id("stChatMessage")
    sent = messages.nth(before).inner_text()
    assert "That is my answer." in sent and "words a minute" in sent  # the answer with its delivery
    assert re.search(r"(Question 2 of \d+|Follow-up to question 1 of \d+) · Offline coach",
                     messages.last.inner_text())
    page.locator(".st-key-voice_draft_box").wait_for(state="detached", timeout=15_000)  # the sent draft is gone
    screenshot(page, "voice-sent")
