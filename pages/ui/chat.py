"""The Interview page's chat: one stored message drawn as a chat bubble, or a notice as a line."""

from __future__ import annotations

import streamlit as st

from core.models.registry import model_label
from core.storage import MessageRow
from pages.ui import render, voice


def question_label(kind: str | None, number: int | None, total: int, model: str | None) -> str:
    """The line under a question, e.g. ``Follow-up to question 2 of 8 · Offline coach`` (plain text)."""
    label = f"Follow-up to question {number} of {total}" if kind == "follow_up" else f"Question {number} of {total}"
    return f"{label} · {render.plain(model_label(model))}"


def message(message: MessageRow, total: int) -> None:
    """Draw one stored message of an interview of ``total`` questions."""
    kind = message.kind
    if kind == "notice":
        st.caption(f":material/info: {render.plain(message.content)}")
        return
    role = "assistant" if message.role == "interviewer" else "user"
    if kind == "skip":
        _skip(message)
        return
    with st.chat_message(role):
        st.markdown(render.plain(message.content))
        if role == "assistant" and message.model:
            st.caption(question_label(kind, message.question_no, total, message.model))
        elif kind == "answer":
            figures = (message.meta or {}).get("delivery") or voice.typed_delivery(message.content)
            if figures.get("spoken") or figures.get("filler_count"):  # a clean typed answer needs no line
                voice.show_delivery(figures)


def _skip(message: MessageRow) -> None:
    """A skip: "Skipped" (the Skip button); a skip typed in the chat box shows the words typed, and the
    interviewer's short line back ("Fine, let's skip that one.": core.interview.answering)."""
    meta = message.meta or {}
    with st.chat_message("user"):
        if meta.get("typed"):
            st.markdown(render.plain(str(meta["typed"])))
        st.caption("Skipped")
    if meta.get("said"):
        with st.chat_message("assistant"):
            st.markdown(render.plain(str(meta["said"])))
