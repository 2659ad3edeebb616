"""The answer being written survives a refresh or a dropped connection (kept server-side, per interview).

What reaches the server is kept in the ``drafts`` table (:mod:`core.storage.drafts`), keyed by the
session id, and put back in its box on the first run of a new browser session:

- The chat box (``st.chat_input``) sends nothing until Enter. A small script (``draft_keeper/index.html``,
  a component that draws nothing) sends its text when the typing pauses for a second, when the box
  loses focus and when the page is being left; :func:`keeper` stores it. Keystrokes typed
  less than a second before a refresh or a dropped connection may not reach the server.
- A refused answer (too long, sent to a question another tab moved past) goes back into the chat box
  (``st.chat_input`` takes a text set through the session state) and is stored the same way.
- A voice transcript being checked (a text area: its edits reach the server on blur) is stored with
  its engine and delivery figures (never audio) whenever it changes.

The same script holds a click on another page or a button made from a text box (a Setup field, the transcript being
checked) until the box has sent its text, which Streamlit does only when the box loses the focus
(:func:`hold_page_clicks`).

A draft is cleared when an answer is sent or the question skipped (a skip also empties the chat box:
:func:`empty_box`). After an answer the database
delete waits until the next question is on screen (:func:`clear_later`, :func:`clear_pending`): a draft
is only ever put back for the question it was written for, so one left a moment longer is never shown.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

import streamlit as st
from streamlit.components.v1 import declare_component

from pages.ui import resources, state, voice

logger = logging.getLogger(__name__)

ANSWER_INPUT = "answer_input"  # the chat box's key
RESTORED = "drafts_restored"  # list [session, turn]: the drafts were looked up for this question
KEPT_VOICE = "drafts_kept_voice"  # list [session, turn, text]: the voice draft last stored
KEEPER = "answer_draft_keeper"  # the component's key; its value is {"text", "n", "frame", "turn"} (n counts what this frame sent)
KEEPER_SEEN = "drafts_keeper_seen"  # dict: the keeper's value last stored
TO_CLEAR = "drafts_to_clear"  # str: the session whose drafts are deleted once its next question is drawn
IN_BOX = "drafts_in_box"  # list [session, turn, text]: the text last known to be in the chat box (limit_line)
BOX_TEXT = "drafts_box_text"  # [session, text]: what the chat box is set to on every run until one reaches its end



def _declare_keeper(attempts: int = 5) -> Any:
    """Declare the draft keeper (not st.components.v2: its state cannot be pickled, and this app enforces
    a serialisable session state); the page in draft_keeper/ reaches the chat box in the parent page.

    ``declare_component`` names the component after its caller's module through ``inspect.getmodule``,
    which is not thread-safe in CPython: while another thread (the warm-up imports,
    :func:`pages.ui.resources.warm_models`) is filling inspect's module cache, it can return None and
    Streamlit raises ``RuntimeError("module is None…")`` — the interview page then failed to load (CI,
    session 19). The router imports this module before any warm-up thread starts; should the race still
    come (a module reloaded later), the declaration is asked again a moment later, when the other thread
    has finished filling the cache. Raises the last RuntimeError after ``attempts`` tries."""
    for attempt in range(attempts):
        try:
            return declare_component("answer_draft_keeper", path=str(Path(__file__).parent / "draft_keeper"))
        except RuntimeError:
            if attempt == attempts - 1:
                raise
            logger.info("declaring the draft keeper raced another thread's imports; asking again")
            time.sleep(0.02 * (attempt + 1))


_keeper = _declare_keeper()


def restore(session_id: str, turn: int) -> None:
    """On the first run for this question in this browser session, and whenever the visitor comes back
    to the page from another one (the chat box forgets its text when its page is left), put the kept
    drafts back: the typed one in the chat box, the voice one in the transcript box. Call before the
    boxes are drawn."""
    if st.session_state.get(RESTORED) == [session_id, turn] and not state.entered_page():
        return
    st.session_state[RESTORED] = [session_id, turn]
    kept = resources.store().get_drafts(session_id)
    typed = kept.get("typed")
    if typed and typed.turn == turn:
        st.session_state[ANSWER_INPUT] = typed.content
        st.session_state[IN_BOX] = [session_id, turn, typed.content]
    spoken = kept.get("voice")
    if spoken and spoken.turn == turn and not st.session_state.get(voice.DRAFT):
        st.session_state[voice.DRAFT] = {**spoken.meta, "session": session_id, "turn": turn,
                                         "text": spoken.content}
        st.session_state[voice.DRAFT_TEXT] = spoken.content
        st.session_state[KEPT_VOICE] = [session_id, turn, spoken.content]


def keep_voice(session_id: str, turn: int, draft: dict[str, Any] | None) -> None:
    """Store the voice transcript being checked when it changed since last stored; clear it once gone."""
    text = st.session_state.get(voice.DRAFT_TEXT, "") if draft else ""
    current = [session_id, turn, text]
    last = st.session_state.get(KEPT_VOICE)
    if last == current or (not text and (not last or last[0] != session_id)):
        return
    meta = {k: v for k, v in (draft or {}).items() if k not in ("session", "turn", "text")}
    resources.store().save_draft(session_id, "voice", turn, text, meta)
    st.session_state[KEPT_VOICE] = current


def keep_typed(session_id: str, turn: int, text: str) -> None:
    """Store ``text`` as the typed draft (a refused answer, or what the keeper sent); empty clears it."""
    resources.store().save_draft(session_id, "typed", turn, text)


def put_back(session_id: str, text: str) -> None:
    """Show ``text`` in the chat box (from a callback): set on each run until one reaches its end
    (:func:`set_box`, :func:`box_set`)."""
    st.session_state[BOX_TEXT] = [session_id, text]


def empty_box(session_id: str) -> None:
    """The question was skipped (from the callback): the chat box is emptied for the next question, as it
    empties itself when an answer is sent with Enter. What the keeper sent as the click took the focus
    from the box is marked as seen, so it is not stored for the next question."""
    st.session_state[BOX_TEXT] = [session_id, ""]
    st.session_state[KEEPER_SEEN] = st.session_state.get(KEEPER)


def set_box(session_id: str) -> None:
    """Right before the chat box is drawn: give it the text :func:`put_back` or :func:`empty_box` asked for.

    Set again on every run until one reaches its end (:func:`box_set`), not only on the callback's run:
    a skip's run streams the next question and reruns, and a slow browser drew both runs' chat boxes as
    one, so the box never saw the first run's "set to empty" and kept the skipped question's text."""
    wanted = st.session_state.get(BOX_TEXT)
    if wanted and wanted[0] == session_id:
        st.session_state[ANSWER_INPUT] = wanted[1]


def box_set() -> None:
    """At the end of the Interview page's run: the chat box was drawn with its text; stop setting it."""
    st.session_state.pop(BOX_TEXT, None)


def unsent(session_id: str, turn: int) -> str:
    """The text written for this question and not sent (typed, or a transcript being checked), as far as
    it has reached the server; "" when none."""
    kept = resources.store().get_drafts(session_id)
    texts = [d.content for d in kept.values() if d.turn == turn and d.content.strip()]
    voice_text = (st.session_state.get(voice.DRAFT_TEXT) or "").strip() if st.session_state.get(voice.DRAFT) else ""
    return max([*texts, voice_text], key=len, default="")


def clear(session_id: str) -> None:
    """The answer was sent or the question skipped: no draft is left for this session."""
    resources.store().clear_drafts(session_id)
    st.session_state.pop(KEPT_VOICE, None)


def clear_later(session_id: str) -> None:
    """An answer was sent: forget the voice draft now, delete the stored drafts at :func:`clear_pending`
    (after the next question is drawn: the delete is off the path the candidate waits on)."""
    st.session_state.pop(KEPT_VOICE, None)
    st.session_state[TO_CLEAR] = session_id


def clear_pending(session_id: str) -> None:
    """Delete the drafts :func:`clear_later` left for this session, if any (once)."""
    if st.session_state.get(TO_CLEAR) == session_id:
        st.session_state.pop(TO_CLEAR, None)
        clear(session_id)


def keeper(session_id: str, turn: int) -> None:
    """Mount the script that sends the chat box's text while it is typed (draws nothing), and store
    what it sent since the last run for this question only: a text typed under question ``turn`` and
    sent as the box lost focus to Skip (or Enter) can reach the server after the next question is
    asked, on a slow browser; kept then, it came back in the next question's box."""
    sent = _keeper(key=KEEPER, default=None, turn=turn)
    if isinstance(sent, dict) and sent != st.session_state.get(KEEPER_SEEN):
        st.session_state[KEEPER_SEEN] = sent
        if isinstance(sent.get("text"), str) and sent.get("turn") == turn:
            keep_typed(session_id, turn, sent["text"])
            st.session_state[IN_BOX] = [session_id, turn, sent["text"]]
        elif isinstance(sent.get("text"), str):
            logger.debug("session %s: a draft for turn %r reached the server at turn %d; not kept",
                         session_id, sent.get("turn"), turn)


def hold_page_clicks(key: str) -> None:
    """Mount the keeper on a page with text boxes and no chat box (Setup), drawing nothing. On every page it is on,
    the keeper holds a click on another page's link or on a button made from a text box until the box has sent its
    text (it sends it only on losing the focus, to that click): sent after the page switch, the text took the visitor
    back to the page left and showed there empty; sent after a press, the press ran with the text before the edit
    (session 28). ``key`` is the component's widget key on that page."""
    _keeper(key=key, default=None, turn=None)


def limit_line(session_id: str, turn: int, max_chars: int) -> None:
    """Under the chat box: "Answers up to 8,000 characters. …", or, while the text known to be in the box (what
    the keeper last sent, or the draft put back) is longer than ``max_chars``, a warning saying by how much, before
    it is sent (session 21: a 54,000-character answer sat in the box with the plain line only). Call after
    :func:`keeper`, which reads what the keeper sent for this run. Sending it is refused with the same figures
    (``core.interview.answering``) and the text stays in the box."""
    known = st.session_state.get(IN_BOX) or []
    text = (known[2] or "").strip() if known[:2] == [session_id, turn] else ""
    refused = (st.session_state.get(state.ANSWER_ERROR) or {}).get("session") == session_id  # said above already
    if len(text) > max_chars and not refused:
        st.warning(f"The answer in the box is {len(text) - max_chars:,} characters over the {max_chars:,}-character "
                   f"limit ({len(text):,} in all): shorten it before you send it.", icon=":material/content_cut:")
        return
    st.caption(f"Answers up to {max_chars:,} characters. Press Enter to send; Shift+Enter for a new line.")
