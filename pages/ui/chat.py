"""The Interview page's chat: the messages so far, drawn in chunks, and the next question streamed in.

Only drawing: what to ask and when is the page's and the engine's (``pages/interview.py``,
:class:`core.interview.InterviewEngine`).
"""

from __future__ import annotations

import logging
from contextlib import closing
from typing import Any

import streamlit as st

from core.interview import InterviewEngine, InterviewState, NextStep
from core.models.registry import model_label
from core.storage import MessageRow
from pages.ui import render, resources, voice

logger = logging.getLogger(__name__)

# The chat is drawn in containers of HISTORY_CHUNK messages. On a run that writes the next question, a
# container whose messages were all on screen is sent empty (one message instead of two or three per chat
# message) and keeps what it shows (Streamlit keeps a re-sent container's children until the run replaces
# them, and a run that ends in a rerun clears nothing).
HISTORY_CHUNK = 4
# A question's pieces that arrive within 30 ms of the last one sent go out together (render.batched): the
# offline coach's question (pieces a millisecond apart) is 2-3 messages to the browser instead of ~10, while
# a model's tokens (20-60 ms apart) still appear as they come (docs/benchmarks.md, session 9).
STREAM_FLUSH_S = 0.03


def caption(message: MessageRow, total: int) -> str:
    """"Question 2 of 8 · Offline coach" / "Follow-up to question 2 of 8 · GPT-4o Mini" (Markdown-safe)."""
    if message.kind == "follow_up":
        label = f"Follow-up to question {message.question_no} of {total}"
    else:
        label = f"Question {message.question_no} of {total}"
    return f"{label} · {render.plain(model_label(message.model))}"


def message(row: MessageRow, total: int) -> None:
    """One stored message: a notice as a caption, a question or an answer as a chat bubble."""
    kind = row.kind
    if kind == "notice":
        st.caption(f":material/info: {render.plain(row.content)}")
        return
    role = "assistant" if row.role == "interviewer" else "user"
    with st.chat_message(role):
        if kind == "skip":
            st.caption("Skipped")
            return
        st.markdown(render.plain(row.content))
        if role == "assistant" and row.model:
            st.caption(caption(row, total))
        elif kind == "answer":
            figures = (row.meta or {}).get("delivery") or voice.typed_delivery(row.content)
            if figures.get("spoken") or figures.get("filler_count"):  # a clean typed answer needs no line
                voice.show_delivery(figures)


def draw_part(box: Any, part: list[MessageRow], total: int) -> None:
    with box:
        for row in part:
            message(row, total)


def history(interview: InterviewState, *, writing: bool) -> list[tuple[Any, list[MessageRow]]]:
    """Draw the chat; returns the containers left as they were on screen (``writing``), with their messages."""
    messages = interview.messages
    fresh_from = len(messages) - 2  # the answer just sent (and a notice before it) were not on screen
    left: list[tuple[Any, list[MessageRow]]] = []
    for start in range(0, len(messages), HISTORY_CHUNK):
        part = messages[start:start + HISTORY_CHUNK]
        box = st.container()
        if writing and start + len(part) <= fresh_from:
            left.append((box, part))
            continue
        draw_part(box, part, interview.total)
    return left


def stream_question(engine: InterviewEngine, session_id: str, step: NextStep) -> dict[str, Any]:
    """Stream ``step``'s question into a new chat bubble, with its caption once stored.

    Returns ``{"info": ...}`` (the model layer's ``done`` info) when the question was written and stored;
    ``{"failed": True}`` when the model layer raised (logged with its cause by the engine); ``{}`` when
    nothing streamed (another tab of this interview asked this turn while this one waited for it).
    """
    result: dict[str, Any] = {}

    def deltas(events):
        for event in events:
            if event.kind == "delta":
                yield render.plain(event.text)
            elif event.kind == "restart":
                result["restart"] = True
                return
            elif event.kind == "done":
                result["info"] = event.info
                return

    with st.chat_message("assistant"):
        slot = st.empty()
        # closing(): a run stopped mid-question (the browser left or reloaded) closes the generator at
        # once, which lets the session's writer lock go; left to the garbage collector, the next visit
        # found the turn taken and waited behind it (issue: a long CV left the interview stuck).
        with closing(engine.stream_next(resources.chains(), session_id)) as events:
            try:
                while True:
                    result.pop("restart", None)
                    slot.write_stream(render.batched(deltas(events), STREAM_FLUSH_S))
                    if not result.get("restart"):
                        break
                    slot.empty()
            except Exception:  # noqa: BLE001 - logged with its cause by the engine; a sentence on the page
                result["failed"] = True
        info = result.get("info")
        if info is not None:
            label = (f"Follow-up to question {step.number} of {step.total}" if step.kind == "follow_up"
                     else f"Question {step.number} of {step.total}")
            st.caption(f"{label} · {render.plain(model_label(info.model))}")
            if info.fallback_notice:
                st.caption(f":material/info: {render.plain(info.fallback_notice)}")
    return result
