"""Interview: the chat. Questions stream in; every message is saved the moment it exists."""

from __future__ import annotations

from pages.ui.navigation import legacy_folder_guard

legacy_folder_guard()  # first, before the imports below (seconds on a cold server): pages/ui/navigation.py

import logging
import time
from contextlib import closing

import streamlit as st

from core.coach.fit import start_note
from core.interview import AnswerError, InterviewClosedError
from core.schemas import questions_scored
from core.storage import MessageRow
from pages.ui import chat, drafts, render, resources, state, turn_notes, voice

logger = logging.getLogger(__name__)

# The question's messages leave the server from Streamlit's web thread, which waits for the interpreter
# lock while a background score computes: the score starts once they are out (docs/benchmarks.md, 13.8).
SCORE_DELAY_S = 0.1
# The rerun that re-enables the chat box sends the whole page again (about 60 messages); arriving
# while the browser has not yet painted the question, they are applied first and the question shows
# later. A 12 ms pause before it let the question paint first: answer → question 20-40 ms sooner in
# Chromium (docs/benchmarks.md, issue 13 point 8, fourth pass); `python -m bench --only app` counts it. A
# question written at once needs no rerun, but the rest of the page drawn right after it delays its paint
# the same way (docs/benchmarks.md, session 13): the same pause comes before it.
RERUN_PAUSE_S = 0.012
# A question's pieces that arrive within 30 ms of the last one sent go out together (render.batched): the
# offline coach's question (pieces a millisecond apart) is 2-3 messages to the browser instead of ~10, while
# a model's tokens (20-60 ms apart) still appear as they come (docs/benchmarks.md, session 9).
STREAM_FLUSH_S = 0.03

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
    state.session_not_found("interview")

state.keep_session_in_url(session_id)


def _request_finish() -> None:
    st.session_state["finish_now"] = session_id


@st.dialog("End the interview now?")
def _confirm_end() -> None:
    st.write("Your answers so far will be scored and you will get your report. "
             "Questions not reached will not count.")
    if interview.awaiting_answer and drafts.unsent(session_id, len(interview.messages)):
        st.warning("The answer in your box has not been sent, so it will not be scored. Choose Keep going "
                   "and send it first if it should count.", icon=":material/edit_note:")
    cols = st.columns(2)
    # A callback, so the request survives a full-app rerun as well as the dialog's own rerun.
    if cols[0].button("End and see feedback", type="primary", key="end_confirm", on_click=_request_finish):
        st.rerun()
    if cols[1].button("Keep going", key="end_cancel"):
        st.rerun()


# A run that writes the next question (just after an answer or a skip) sends the question before
# anything else: the heading, the chat so far and the answer bar are sent as empty containers, whose
# contents on screen stay as they are (Streamlit keeps a re-sent container's children until the run
# replaces them, and a run that ends in a rerun clears nothing), and the rerun after the question
# (or this run, after a question written at once) draws them again. Fewer messages ahead of the question
# is what makes it appear sooner (docs/benchmarks.md, issue 13 point 8, fourth pass; test_turn_display.py).
# Only while the page is on screen: a run that enters the page (from Setup, another page, or a reload)
# has nothing on screen to keep, so it draws everything before the question, as any other run does.
writing = interview.status == "in_progress" and not interview.awaiting_answer and not state.entered_page()
# The offline coach alone writes a question whole in about a millisecond: then this run draws the chat box
# (enabled), the answer bar and the rest after the question, and ends without the rerun that re-enables the
# box (which re-sent the whole page: new session, navigation, sidebar, every message). A model's question
# streams over seconds: the box is drawn disabled before it and the rerun re-enables it.
at_once = writing and resources.chains().writes_at_once()
# The last question is done (or End early was confirmed, or this tab's preparing run was cut short by a click):
# this run prepares the report. The chat box is drawn closed at once, with a sentence, so nothing typed while the
# report is worked on is taken for an answer; text that still arrives is shown back (turn_notes.show_closed_answer).
finishing = interview.status == "in_progress" and (
    st.session_state.get("finish_now") == session_id or turn_notes.preparing(session_id)
    or (not interview.awaiting_answer and engine.next_step(session_id, interview) is None))
if finishing:
    turn_notes.mark_preparing(session_id)
head = st.container(key="interview_head")


def _head() -> None:
    st.title(f":material/forum: {render.plain(interview.title)}")
    if interview.status == "completed":
        scored = sum(q.answered for q in interview.questions)  # every answered question is scored at the end
        st.success(f"This interview is finished: {questions_scored(scored, len(interview.questions))}.",
                   icon=":material/check_circle:")
        if st.button("See the feedback", type="primary", key="interview_to_feedback"):
            state.session_link("pages/feedback.py", session_id)
    elif interview.status == "abandoned":
        st.info("This interview was ended without a report.", icon=":material/stop_circle:")
    if interview.status != "in_progress":
        turn_notes.after_end(session_id, interview.messages, interview.total)


def _on_answer() -> None:
    """Store the answer before the script runs, so the page below already shows it."""
    text = st.session_state.get("answer_input")
    if text is None:
        return
    _submit(text, meta=None)


def _submit(text: str, *, meta: dict | None) -> bool:
    if turn_notes.preparing(session_id):  # sent as this tab prepares the report: after the last question
        turn_notes.keep_closed_answer(session_id, turn_notes.LATE, text)
        return False
    shown = st.session_state.get("question_shown", {}).get(session_id)  # the question this tab showed
    try:
        engine.submit_answer(resources.chains(), session_id, text, max_chars=current.max_answer_chars, meta=meta,
                             question_seq=shown)
    except InterviewClosedError as exc:  # ended in another tab: the answer is shown back whole, to copy
        turn_notes.keep_closed_answer(session_id, exc.status, text)
        return False
    except AnswerError as exc:  # shown while the question it was refused under is the last one (rc28 m5)
        st.session_state["answer_error"] = {"session": session_id, "message": str(exc),
                                            "question": interview.last_question_seq}
        if meta is None and text.strip():  # back in the chat box to edit, and kept across a refresh
            drafts.put_back(session_id, text)
            drafts.keep_typed(session_id, len(interview.messages), text)
        return False
    st.session_state.pop("answer_error", None)
    state.mark_turn_sent()  # this run writes the next question: the router draws the sidebar after it
    drafts.clear_later(session_id)  # the delete waits until the next question is drawn
    return True


def _send_draft() -> None:
    """Send the checked transcript with the recording's delivery figures (never the audio)."""
    draft = st.session_state.get(voice.DRAFT) or {}
    meta = {"input": "voice", "engine": draft.get("engine"), "delivery": draft.get("delivery")}
    if _submit(st.session_state.get(voice.DRAFT_TEXT, ""), meta=meta):
        voice.discard_draft()


def _skip() -> None:
    shown = st.session_state.get("question_shown", {}).get(session_id)  # the question this tab showed
    try:
        engine.skip(session_id, resources.chains(), question_seq=shown)
    except AnswerError as exc:  # another tab moved on: nothing skipped, nothing of this tab's lost
        st.session_state["answer_error"] = {"session": session_id, "message": str(exc),
                                            "question": interview.last_question_seq}
        return
    voice.discard_draft()
    drafts.clear(session_id)
    drafts.empty_box(session_id)  # the skipped question's unsent text is not left in the box for the next one
    st.session_state.pop("answer_error", None)
    state.mark_turn_sent()


def _intro() -> None:
    total = interview.total
    low, high = turn_notes.minutes(total, interview.settings.follow_ups)
    st.info(
        f"**{total} question{'s' if total != 1 else ''}, about {low}–{high} minutes.** "
        "Type your answer, or record it with the microphone and check the transcript before sending (the recording "
        "is not kept). "
        "Skipping a question or ending early is fine: every answer you gave is still scored.",
        icon=":material/record_voice_over:",
    )
    # The CV shows under a third of the job's requirements: said kindly here too, not only in the report.
    if note := start_note(interview.session.cv_text or "", interview.session.job_description or "",
                          interview.session.job_title or ""):
        st.caption(f":material/info: {render.plain(note)}")


def _draft_box(draft: dict) -> None:
    with st.container(border=True, key="voice_draft_box"):
        st.caption("Your spoken answer, transcribed. Check and edit it, then send it.")
        st.text_area("Transcript", key=voice.DRAFT_TEXT, height=110, label_visibility="collapsed",
                     on_change=voice.keep_draft_text)
        voice.show_delivery(draft.get("delivery"))
        cols = st.columns([1, 1, 3])
        cols[0].button("Send answer", type="primary", key="draft_send", on_click=_send_draft,
                       disabled=not interview.awaiting_answer)
        cols[1].button("Discard", key="draft_discard", on_click=voice.discard_draft)


def _answer_bar(turn: int) -> None:
    """Pinned under the chat: the transcript to check, the chat box with the microphone beside it, the
    question counter, Skip and End early (reachable however long the chat grows)."""
    st.session_state["question_shown"] = {session_id: interview.last_question_seq}
    # The sent answer's drafts go first (its question is on screen by now): then restoring finds none
    # without a query (core.storage.drafts), and the keeper below stores this question's after them.
    drafts.clear_pending(session_id)
    if interview.awaiting_answer:  # after a refresh: what was being written comes back (no read while one is asked)
        drafts.restore(session_id, turn)
    # One container always drawn above the chat box, so the box keeps its place in the page when a
    # transcript or a notice appears, and the browser keeps what was typed in it (unsent text survives).
    with st.container(key="voice_slot"):
        voice.take_recording(session_id, turn)  # a recording just made: its transcript is drawn below
        draft = voice.current_draft(session_id, turn)
        drafts.keep_voice(session_id, turn, draft)
        if draft:
            _draft_box(draft)
        voice.voice_error(session_id)
        refused = st.session_state.get("answer_error")
        # beside the box the refused text is back in; never under a later question (a follow-up drawn since)
        if refused and refused.get("session") == session_id and refused.get("question", interview.last_question_seq) \
                == interview.last_question_seq:
            st.warning(refused["message"], icon=":material/front_hand:")
    number = max(1, interview.current_number)
    # One row on a wide screen. On a phone (below 640 px) two rows: the counter beside the microphone, then
    # Skip beside End early (wrap=False keeps each pair side by side): stacked one per line, the pinned bar
    # took ~40 % of a 390 x 844 screen.
    # Centred in the row: the microphone's box is taller than a button, so the buttons and the counter sit level
    # with its middle rather than its bottom edge (rc26 cosmetic; checked in Chromium).
    left, right = st.columns([3.4, 2.6], vertical_alignment="center")
    with left:
        counter, mic = st.columns([1.6, 1.8], vertical_alignment="center", wrap=False)
    with right:
        skip, end = st.columns(2, vertical_alignment="center", wrap=False)
    counter.progress(min(1.0, (number - (1 if interview.awaiting_answer else 0)) / interview.total),
                     text=f"Question {number} of {interview.total}")
    with mic:
        voice.microphone(disabled=not interview.awaiting_answer)
    skip.button("Skip question", key="skip", disabled=not interview.awaiting_answer, on_click=_skip,
                icon=":material/skip_next:", width="stretch")
    if end.button("End early", key="end_early", icon=":material/stop_circle:", width="stretch"):
        _confirm_end()


def _chat_box() -> None:
    """The chat box, called from the page's body: Streamlit pins it under the bottom bar and keeps the
    page scrolled to the newest message (it does so only for a chat box outside any container).
    No max_chars: it would cut a long paste silently. The engine refuses it and the text goes back
    into this box to shorten (kept across a refresh), so not a word is lost. Disabled while a model writes the
    next question (the offline coach's is written before the box is drawn)."""
    drafts.set_box(session_id)
    st.chat_input("Type your answer", key="answer_input", on_submit=_on_answer,
                  disabled=not interview.awaiting_answer)


def _draw_head() -> None:
    with head:
        _head()
        if interview.status == "in_progress":
            voice.read_aloud_toggle()
            _intro()


def _draw_part(box, part: list[MessageRow]) -> None:
    with box:
        for message in part:
            chat.message(message, interview.total)


if not writing:
    _draw_head()
if interview.status == "in_progress":
    with st.bottom:
        bar = st.container(key="answer_bar")
    if finishing:
        with bar:
            turn_notes.report_wait_note()
        turn_notes.report_wait_box()
    else:
        if not writing:
            with bar:
                _answer_bar(len(interview.messages))
        if not at_once:
            _chat_box()

# The chat is drawn in containers of HISTORY_CHUNK messages. On a run that writes the next question,
# a container whose messages were all on screen is sent empty (one message instead of two or three
# per chat message) and keeps what it shows.
HISTORY_CHUNK = 4


def _history() -> tuple[list[tuple[object, list[MessageRow]]], object | None]:
    """Draw the chat; returns the containers left as they were on screen, with their messages, and the
    container of the last messages when it has room for one more (None when the next starts a new one)."""
    messages = interview.messages
    fresh_from = len(messages) - 2  # the answer just sent (and a notice before it) were not on screen
    left: list[tuple[object, list[MessageRow]]] = []
    box = None
    for start in range(0, len(messages), HISTORY_CHUNK):
        part = messages[start:start + HISTORY_CHUNK]
        box = st.container()
        if writing and start + len(part) <= fresh_from:
            left.append((box, part))
            continue
        _draw_part(box, part)
    return left, (box if len(messages) % HISTORY_CHUNK else None)


left_as_shown, last_box = _history()


def _read_question_aloud() -> None:
    asked = next((m for m in reversed(interview.messages) if m.kind in ("question", "follow_up")), None)
    voice.read_aloud(asked.content if asked else None)


if interview.status == "in_progress" and interview.awaiting_answer:
    _read_question_aloud()

if interview.status != "in_progress":
    st.stop()


def _finish() -> None:
    drafts.clear_pending(session_id)
    with st.status("Preparing your feedback…", expanded=True) as status:
        bar = st.progress(0.0)

        def progress(done: int, total: int, text: str) -> None:
            bar.progress(min(1.0, done / max(1, total)), text=text)

        try:
            engine.finish(resources.chains(), session_id, progress=progress)
        except Exception:
            turn_notes.unmark_preparing(session_id)  # not prepared: the chat box takes answers again
            raise
        status.update(label="Feedback ready", state="complete")
    turn_notes.to_feedback(session_id, engine.load(session_id), interview.total)


st.session_state.pop("finish_now", None)
if finishing:
    _finish()

if not interview.awaiting_answer:
    step = engine.next_step(session_id, interview)
    if step is None:
        _finish()
    else:
        result: dict[str, object] = {}

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

        # The question goes where the next run's history draws it (the last container, or the next one),
        # so the chat's elements keep their places and the run that draws it again changes nothing on screen.
        with last_box if last_box is not None else st.container(), st.chat_message("assistant"):
            # Written at once, the question makes its own placeholder with its first piece: one message
            # less before it. A model's stream can restart on a fallback: its placeholder is emptied then.
            slot = st if at_once else st.empty()
            waiting = step.number == 1 and step.kind == "question" and not at_once
            if waiting:  # the plan reads the whole CV first: seconds for a long one (newcomer 26)
                slot.caption(":material/hourglass_top: Preparing your first question from your CV and the job…")
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
                except Exception:  # noqa: BLE001 - logged with its cause by the engine; a sentence here
                    result["failed"] = True
            info = result.get("info")
            if waiting and info is None:
                slot.empty()  # nothing was written: the notice below says so, not a question still "preparing"
            if info is not None:
                st.caption(chat.question_label(step.kind, step.number, step.total, info.model))
                if info.fallback_notice:
                    st.caption(f":material/info: {render.plain(info.fallback_notice)}")
        if info is not None:
            time.sleep(RERUN_PAUSE_S)  # the browser paints the question before the page's messages arrive
            if not at_once or info.fallback_notice:
                st.rerun()
            interview = engine.load(session_id, owner=state.current_owner()) or interview  # the rest: this run
        else:
            # Nothing streamed: another tab of this interview asked this turn while we waited for it.
            fresh = engine.load(session_id, owner=state.current_owner())
            if fresh is not None and fresh.awaiting_answer:
                st.rerun()
            turn_notes.not_written(session_id, step.number, failed=bool(result.get("failed")))
        if writing:  # this run goes on to its end: what was left to the rerun is drawn now (a run that entered
            # the page drew it all before the question: drawn again, its keyed widgets raised, a traceback)
            for box, part in left_as_shown:
                _draw_part(box, part)
            _draw_head()
            with bar:
                _answer_bar(len(interview.messages))
        if at_once:
            _chat_box()
        if info is not None:
            _read_question_aloud()

drafts.keeper(session_id, len(interview.messages))  # the chat box's text reaches the server while typed
drafts.limit_line(session_id, len(interview.messages), current.max_answer_chars)  # how far over, before sending
drafts.box_set()  # this run reached its end: the chat box holds what put_back/empty_box asked for
engine.start_scoring(session_id, delay=SCORE_DELAY_S)  # score the last answer in the background
