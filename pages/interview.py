"""Interview: the chat. Questions stream in; every message is saved the moment it exists."""

from __future__ import annotations

import streamlit as st

from core.interview import AnswerError
from pages.ui import frame, render, resources, state

frame.legacy_folder_guard()

engine = resources.engine()
current = resources.settings()
session_id = state.active_session_id()

if not session_id:
    st.title(":material/forum: Interview")
    st.info("No interview is open. Start one, or resume one from Home.", icon=":material/forum:")
    if st.button("Start a new interview", type="primary", key="interview_new"):
        st.switch_page("pages/setup.py")
    st.stop()

interview = engine.load(session_id, owner=state.current_owner())
if interview is None:
    st.title(":material/forum: Interview")
    st.error("This interview could not be found. It may have been deleted, or the link is incomplete.", icon=":material/search:")
    if st.button("Go to Home", key="interview_home"):
        st.switch_page("pages/home.py")
    st.stop()

state.keep_session_in_url(session_id)


def _request_finish() -> None:
    st.session_state["finish_now"] = session_id


@st.dialog("End the interview now?")
def _confirm_end() -> None:
    st.write("Your answers so far will be scored and you will get your report. "
             "Questions not reached will not count.")
    cols = st.columns(2)
    # A callback, so the request survives a full-app rerun as well as the dialog's own rerun.
    if cols[0].button("End and see feedback", type="primary", key="end_confirm", on_click=_request_finish):
        st.rerun()
    if cols[1].button("Keep going", key="end_cancel"):
        st.rerun()


st.title(f":material/forum: {render.plain(interview.title)}")

if interview.status == "completed":
    st.success("This interview is finished.", icon=":material/check_circle:")
    if st.button("See the feedback", type="primary", key="interview_to_feedback"):
        state.session_link("pages/feedback.py", session_id)
elif interview.status == "abandoned":
    st.info("This interview was ended without a report.", icon=":material/stop_circle:")


def _on_answer() -> None:
    """Store the answer before the script runs, so the page below already shows it."""
    text = st.session_state.get("answer_input")
    if text is None:
        return
    try:
        engine.submit_answer(resources.chains(), session_id, text, max_chars=current.max_answer_chars)
    except AnswerError as exc:
        st.session_state["answer_error"] = {"session": session_id, "message": str(exc),
                                            "draft": text if text.strip() else ""}
    else:
        st.session_state.pop("answer_error", None)


if interview.status == "in_progress":
    # No max_chars on the widget: it would cut a long paste silently. The engine refuses it and
    # the text is shown back below, so not a word is lost. The box is disabled while the next
    # question is being written, so an answer cannot interrupt it.
    st.chat_input("Type your answer", key="answer_input", on_submit=_on_answer,
                  disabled=not interview.awaiting_answer)

    number = max(1, interview.current_number)
    progress_cols = st.columns([3, 1, 1])
    progress_cols[0].progress(min(1.0, (number - (1 if interview.awaiting_answer else 0)) / interview.total),
                              text=f"Question {number} of {interview.total}")
    if progress_cols[1].button("Skip question", key="skip", disabled=not interview.awaiting_answer):
        engine.skip(session_id)
        st.session_state.pop("answer_error", None)
        st.rerun()
    if progress_cols[2].button("End early", key="end_early"):
        _confirm_end()

for message in interview.messages:
    kind = message.kind
    if kind == "notice":
        st.caption(f":material/info: {render.plain(message.content)}")
        continue
    role = "assistant" if message.role == "interviewer" else "user"
    with st.chat_message(role):
        if kind == "skip":
            st.caption("Skipped")
        else:
            st.markdown(render.plain(message.content))
        if role == "assistant" and message.model:
            label = "Follow-up" if kind == "follow_up" else f"Question {message.question_no}"
            st.caption(f"{label} · {render.plain(message.model)}")

if interview.status != "in_progress":
    st.stop()

refused = st.session_state.get("answer_error")
if refused and refused.get("session") == session_id:
    st.warning(refused["message"], icon=":material/front_hand:")
    if refused["draft"]:
        with st.expander("Your unsent answer (copy it from here)", expanded=True):
            st.code(refused["draft"], language=None, wrap_lines=True)


def _finish() -> None:
    with st.status("Preparing your feedback…", expanded=True) as status:
        bar = st.progress(0.0)

        def progress(done: int, total: int, text: str) -> None:
            bar.progress(min(1.0, done / max(1, total)), text=text)

        engine.finish(resources.chains(), session_id, progress=progress)
        status.update(label="Feedback ready", state="complete")
    state.session_link("pages/feedback.py", session_id)


if st.session_state.pop("finish_now", None) == session_id:
    _finish()

if not interview.awaiting_answer:
    step = engine.next_step(session_id, interview)
    if step is None:
        _finish()
    else:
        result: dict[str, object] = {}
        events = engine.stream_next(resources.chains(), session_id)

        def deltas():
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
            while True:
                result.pop("restart", None)
                slot.write_stream(deltas())
                if not result.get("restart"):
                    break
                slot.empty()
            info = result.get("info")
            if info is not None:
                label = "Follow-up" if step.kind == "follow_up" else f"Question {step.number}"
                st.caption(f"{label} · {render.plain(info.model)}")
                if info.fallback_notice:
                    st.caption(f":material/info: {render.plain(info.fallback_notice)}")
        if info is not None:
            st.rerun()
        # Nothing streamed: another tab of this interview asked this turn while we waited for it.
        fresh = engine.load(session_id, owner=state.current_owner())
        if fresh is not None and fresh.awaiting_answer:
            st.rerun()

st.caption(f"Answers up to {current.max_answer_chars:,} characters. Press Enter to send; Shift+Enter for a new line.")
