"""Voice on the Interview page: the microphone, the transcript to check before sending, delivery
figures, and questions read aloud by the browser.

The recording goes to :func:`core.speech.transcribe_answer` (the chain from
:func:`pages.ui.resources.transcriber`) and is dropped: the widget's key changes after each recording,
so its bytes leave session state. Nothing here logs audio or transcripts.
"""

from __future__ import annotations

import functools
import json
import logging
from typing import Any

import streamlit as st

from pages.ui import resources
from pages.ui.render import plain

logger = logging.getLogger(__name__)

DRAFT = "voice_draft"  # dict: {"session", "turn", "text", "engine", "seconds", "delivery"}
DRAFT_TEXT = "voice_draft_text"  # str: the editable transcript
VOICE_ERROR = "voice_error"  # dict: {"session", "message"}: why a recording could not be used
MIC_ROUND = "mic_round"  # int: bumped after each recording, so the next run shows an empty microphone
READ_ALOUD = "read_aloud"  # bool: the toggle


@functools.lru_cache(maxsize=1024)
def typed_delivery(text: str) -> dict[str, Any]:
    """A typed reply's text-only figures (``analyse_text(text).to_dict()``), worked out once per text:
    the chat draws every reply again on every run. Read it, never change it (it is shared)."""
    from core.speech.delivery import analyse_text

    return analyse_text(text).to_dict()


def delivery_line(figures: dict[str, Any]) -> str:
    """One line of figures: spoken ``"58 s · 152 words a minute (comfortable 130-170) · 2 filler words
    (1.3 per 100 words) · no long pauses"``; typed: word count and filler words only."""
    fillers = figures.get("filler_count", 0)
    filler_text = (f"{fillers} filler word{'s' if fillers != 1 else ''} ({figures.get('filler_rate', 0):.1f} "
                   "per 100 words)") if fillers else "no filler words"
    if not figures.get("spoken"):
        count = figures.get("word_count", 0)
        return f"Typed · {count} word{'' if count == 1 else 's'} · {filler_text}"
    low, high = figures.get("wpm_range") or (130, 170)
    parts = [f"Spoken · {figures.get('duration_s') or 0:.0f} s",
             f"{figures.get('wpm') or 0:.0f} words a minute (comfortable {low}–{high})", filler_text]
    pauses = figures.get("long_pauses")
    if pauses is not None:
        parts.append(f"{len(pauses)} long pause{'s' if len(pauses) != 1 else ''}" if pauses else "no long pauses")
    return " · ".join(parts)


def show_delivery(figures: dict[str, Any] | None, *, detailed: bool = False) -> None:
    """Draw a reply's delivery: the figures, and for a spoken reply the plain note (with the pace's source
    when ``detailed``)."""
    if not figures:
        return
    icon = ":material/mic:" if figures.get("spoken") else ":material/keyboard:"
    st.caption(f"{icon} {plain(delivery_line(figures))}")
    if figures.get("spoken") and figures.get("note"):
        st.caption(plain(figures["note"]))
        if detailed and figures.get("wpm_source"):
            st.caption("Comfortable pace: " + plain(figures["wpm_source"]) + ".")


NOT_ENGLISH = ("The speech engine was unsure of this transcript: it understands English only, so an answer in "
               "another language or a noisy recording comes out wrong. Check it before sending, or type your answer.")
NO_WORDS = "No words were heard in the recording. Record again closer to the microphone, or type your answer."
APPENDED = "Your new recording was added after the transcript you were checking."


def _notice(session_id: str, message: str, icon: str = ":material/mic_off:") -> None:
    st.session_state[VOICE_ERROR] = {"session": session_id, "message": message, "icon": icon}


def _transcribe(clip: Any, session_id: str, turn: int) -> None:
    from core.speech import SpeechError, transcribe_answer

    st.session_state.pop(VOICE_ERROR, None)
    try:
        with st.spinner("Transcribing your answer…"):
            spoken = transcribe_answer(resources.transcriber(), clip.getvalue())
    except SpeechError as exc:  # AudioError, SpeechUnavailable: a sentence written for the candidate
        _notice(session_id, str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - never a traceback on the page; the answer can still be typed
        logger.warning("a spoken answer could not be processed (%s)", type(exc).__name__)
        _notice(session_id, "Your recording could not be transcribed. Type your answer instead; "
                            "your recording is not kept.")
        return
    if not spoken.text:
        _notice(session_id, NO_WORDS)
        return
    previous = st.session_state.get(DRAFT) or {}
    same = previous.get("session") == session_id and previous.get("turn") == turn
    # the box's text, else (the box not drawn since a visit to another page) the draft's own copy of it
    kept = (st.session_state.get(DRAFT_TEXT, previous.get("text")) or "").strip() if same else ""
    # A second recording for the same question is added after the transcript being checked (edits kept).
    # The box is filled on the next run (``current_draft``): this run may already have drawn it.
    text = f"{kept} {spoken.text}" if kept else spoken.text
    taken = spoken.to_state()
    if kept and previous.get("delivery"):  # the figures describe the whole transcript, both recordings
        from core.speech.delivery import combine_takes

        taken["delivery"] = combine_takes(previous["delivery"], taken["delivery"], text)
    st.session_state[DRAFT] = {"session": session_id, "turn": turn, **taken, "text": text, "fresh": True}
    if spoken.doubtful:
        _notice(session_id, NOT_ENGLISH, ":material/translate:")
    elif kept:
        _notice(session_id, APPENDED, ":material/playlist_add:")


def take_recording(session_id: str, turn: int) -> None:
    """A recording finished since the last run: transcribe it into the draft now, before the draft box is
    drawn, so the transcript shows at the end of this run (no second run). The microphone then gets a new
    key, so it is drawn empty and the recording's bytes leave session state."""
    round_no = st.session_state.get(MIC_ROUND, 0)
    clip = st.session_state.get(f"mic_{round_no}")
    if clip is None:
        return
    st.session_state[MIC_ROUND] = round_no + 1
    _transcribe(clip, session_id, turn)


def microphone(*, disabled: bool) -> None:
    """The microphone control; its recording is taken by :func:`take_recording` on the next run. Drawing it
    starts loading the local speech model in the background (once per process), so the first recording
    does not wait for it."""
    resources.warm_speech()
    # The label is read to screen readers but not drawn: drawn, it made the box taller than Skip and End early
    # beside it (rc26 cosmetic); the page's intro says what the microphone does, and how the recording is used.
    st.audio_input("Answer aloud", key=f"mic_{st.session_state.get(MIC_ROUND, 0)}", disabled=disabled,
                   label_visibility="collapsed")


def discard_draft() -> None:
    st.session_state.pop(DRAFT, None)
    st.session_state.pop(DRAFT_TEXT, None)


def current_draft(session_id: str, turn: int) -> dict[str, Any] | None:
    """The transcript waiting to be sent for this question, or None (a draft for another question is dropped)."""
    draft = st.session_state.get(DRAFT)
    if not draft or draft.get("session") != session_id:
        return None
    if draft.get("turn") != turn:
        discard_draft()
        return None
    # a new transcript, or back from another page (the box's value was dropped there): into the box before it is drawn
    if draft.pop("fresh", False) or DRAFT_TEXT not in st.session_state:
        st.session_state[DRAFT_TEXT] = draft["text"]
    return draft


def keep_draft_text() -> None:
    """``on_change`` of the transcript box: the edit is kept in the draft itself, a plain dict that outlives the page
    (Streamlit drops the box's value on a run of another page; back on Interview the box was empty, session 28). Run
    before any script code, also on the run of a click on another page made right after the edit."""
    draft = st.session_state.get(DRAFT)
    if draft and DRAFT_TEXT in st.session_state:
        st.session_state[DRAFT] = {**draft, "text": st.session_state[DRAFT_TEXT]}


def voice_error(session_id: str) -> None:
    """Why the last recording could not be used, with typing offered; shown once."""
    error = st.session_state.get(VOICE_ERROR)
    if error and error.get("session") == session_id:
        st.warning(plain(error["message"]), icon=error.get("icon", ":material/mic_off:"))
        st.session_state.pop(VOICE_ERROR, None)


_SPEAK_HTML = """<div style="font-family:sans-serif;font-size:14px;display:flex;gap:8px;align-items:center">
<button id="stop" type="button" style="padding:2px 10px">Stop reading</button><span id="status"></span></div>
<script type="application/json" id="question">__DATA__</script>
<script>
(function () {
  var data = JSON.parse(document.getElementById("question").textContent);
  var status = document.getElementById("status");
  var synth = null;
  try { synth = window.parent.speechSynthesis; } catch (e) { synth = null; }
  synth = synth || window.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === "undefined") {
    status.textContent = "This browser cannot read aloud.";
    document.getElementById("stop").disabled = true;
    return;
  }
  document.getElementById("stop").onclick = function () { synth.cancel(); status.textContent = "Stopped."; };
  synth.cancel();
  var utterance = new SpeechSynthesisUtterance(data.text);
  utterance.lang = "en";
  utterance.onstart = function () { status.textContent = "Reading the question…"; };
  utterance.onend = function () { status.textContent = ""; };
  synth.speak(utterance);
})();
</script>"""


def speak_html(text: str) -> str:
    """The read-aloud snippet for ``text``. The text goes in as JSON data inside a
    ``<script type="application/json">`` (``<``, ``>`` and ``&`` escaped, so it can never close the tag),
    read with ``JSON.parse`` and handed to the browser's ``speechSynthesis``: never parsed as HTML, never sent."""
    data = json.dumps({"text": text}, ensure_ascii=False)
    data = data.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return _SPEAK_HTML.replace("__DATA__", data)


def read_aloud(question: str | None) -> None:
    """Read ``question`` aloud in the browser when the toggle is on. The snippet is the same on every run
    for the same question, so it speaks when a new question appears, not on every rerun."""
    if not question or not st.session_state.get(READ_ALOUD):
        return
    from streamlit import components

    components.v1.html(speak_html(question), height=40)


def _remember_read_aloud() -> None:
    """Kept for this browser session and in the address (``read_aloud=1``), so a reload keeps it on."""
    on = bool(st.session_state.get(READ_ALOUD))
    st.session_state["read_aloud_pref"] = on
    if on:
        st.query_params["read_aloud"] = "1"
    else:
        st.query_params.pop("read_aloud", None)


def read_aloud_toggle() -> None:
    """The Interview page's toggle: the browser reads each new question aloud (kept for this browser session
    and in the address)."""
    st.session_state.setdefault(READ_ALOUD, st.session_state.get("read_aloud_pref",
                                                                  st.query_params.get("read_aloud") == "1"))
    st.toggle("Read questions aloud", key=READ_ALOUD, on_change=_remember_read_aloud,
              help="Your browser reads each new question aloud; nothing is sent anywhere.")
