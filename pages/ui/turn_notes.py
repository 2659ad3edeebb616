"""Notes the Interview page shows about a turn that did not go as asked: an answer sent to an interview
that another tab finished, or sent after the last question while the report was being prepared (shown back
whole, to copy: nothing typed is lost), and a question that was not written; the chat box closed while the
report is prepared; what the interviewer said after the last answer, shown before the feedback; and how long an
interview takes, said before its first question."""

from __future__ import annotations

import logging

import streamlit as st

from pages.ui import render, state

logger = logging.getLogger(__name__)

CLOSED_ANSWER = "closed_answer"  # dict {"session", "status", "text"}: an answer the ended interview refused
PREPARING = "preparing_report"  # the session id whose report this browser session started preparing
LATE = "late"  # CLOSED_ANSWER's status for text sent after the last question, as the report was prepared
REPORT_WAIT = "Your report is on its way: the interview is over, so nothing more needs sending."


def mark_preparing(session_id: str) -> None:
    """This tab prepares ``session_id``'s report from now on (its last question is done, or End early was
    confirmed): text sent from its chat box is no longer an answer (:func:`preparing`)."""
    st.session_state[PREPARING] = session_id


def preparing(session_id: str) -> bool:
    """Whether this tab started preparing ``session_id``'s report (:func:`mark_preparing`)."""
    return st.session_state.get(PREPARING) == session_id


def unmark_preparing(session_id: str) -> None:
    """The report could not be prepared (an error): the chat box takes answers again."""
    if preparing(session_id):
        del st.session_state[PREPARING]


def report_wait_box() -> None:
    """The chat box while the report is prepared: closed, its placeholder saying the report is on its way (the
    same key as the answer box, so it takes that box's place on the page)."""
    st.chat_input(REPORT_WAIT, key="answer_input", disabled=True)


def report_wait_note() -> None:
    """The answer bar while the report is prepared: one sentence in place of the counter, Skip and End early."""
    st.info(REPORT_WAIT, icon=":material/hourglass_top:")


def keep_closed_answer(session_id: str, status: str, text: str) -> None:
    """From the answer callback: the interview ended (in another tab: ``status`` "completed" or "abandoned") or
    its last question was done and its report being prepared (``status`` :data:`LATE` or "finishing") before
    ``text`` was sent; keep it to show back on this page and on Feedback (:func:`show_closed_answer`)."""
    if text.strip():
        st.session_state[CLOSED_ANSWER] = {"session": session_id, "status": status, "text": text}


def closed_sentence(status: str | None) -> str:
    """Why an answer sent from this tab was not added, by the interview's ``status`` then: "completed" or "abandoned"
    (finished or ended outside this tab: another tab or window), else (it could not be read, or its turn was held too
    long by another writer) that it could not be taken just now; never "in another tab" where that is not known."""
    if status in ("completed", "abandoned"):
        how = "finished" if status == "completed" else "ended"
        return f"This interview was {how} outside this tab (in another tab or window); your answer was not added."
    return "Your answer could not be added: this interview could not be read just now or is no longer open."


def show_closed_answer(session_id: str) -> None:
    """Under the heading of an ended interview: the answer it refused, with a sentence, in a code block
    (plain text with a copy button; never rendered as Markdown or HTML). Shown on every run of this page
    in this browser session."""
    kept = st.session_state.get(CLOSED_ANSWER)
    if not kept or kept.get("session") != session_id:
        return
    if kept.get("status") in (LATE, "finishing"):
        st.warning("Your message arrived after the last question, while your report was being prepared, so it was "
                   "not added to this interview. Here it is, as you typed it, to copy (the button at its top right) "
                   "into your notes or a new interview.", icon=":material/content_copy:")
    else:
        st.warning(f"{closed_sentence(kept.get('status'))} Here it is, as you typed it, to copy (the button at its "
                   "top right) into a new interview or your notes.", icon=":material/content_copy:")
    st.code(kept["text"], language=None, wrap_lines=True)


def last_word(messages: list, total: int) -> str:
    """What the interviewer said after the last question's last answer (a notice: the same answer as for an earlier
    question, instructions not followed, a very long answer), or "" when the interview did not end on one."""
    last = messages[-1] if messages else None
    return last.content if last is not None and last.kind == "notice" and last.question_no == total else ""


def to_feedback(session_id: str, finished, total: int) -> None:
    """Once the report is ready (``finished``: the interview's state, or None when it is gone): on to the Feedback
    page, unless the last answer drew a notice
    (:func:`last_word`), which the Feedback page would never show: this page then runs again on the finished
    interview, the notice above its "See the feedback" (:func:`after_end`). Issue 15, session 23 (newcomer nc23):
    "That reply is the same answer as for question 2…" closed an interview unseen, and its report read 1/10."""
    if finished is not None and last_word(finished.messages, total):
        st.rerun()
    state.session_link("pages/feedback.py", session_id)


def after_end(session_id: str, messages: list, total: int) -> None:
    """Under the heading of an ended interview: what the interviewer said after the last answer
    (:func:`last_word`), then the answer it refused, if any (:func:`show_closed_answer`)."""
    said = last_word(messages, total)
    if said:
        st.info(f"After your last answer: {render.plain(said)}", icon=":material/info:")
    show_closed_answer(session_id)


def not_written(session_id: str, number: int, *, failed: bool) -> None:
    """No question came: a sentence and a way on, never an empty bubble with the box disabled."""
    if failed:
        st.error(f"Question {number} could not be written this time. Your answers so far are saved. "
                 "Try again, or end the interview now to get feedback on what you answered.",
                 icon=":material/error:")
    else:
        logger.warning("session %s: question %d was not written (the turn stayed taken)", session_id, number)
        st.warning(f"Question {number} is taking too long: another tab of this interview may be writing it. "
                   "Try again, or end the interview now to get feedback on what you answered.",
                   icon=":material/hourglass_top:")
    st.button("Try again", type="primary", key="question_retry", icon=":material/refresh:")


def minutes(total: int, follow_ups: bool) -> tuple[int, int]:
    """About how long: 2-3 minutes a question (reading, thinking, a two-minute answer), up to one more
    with a follow-up; rounded to 5 minutes."""
    def five(x: float) -> int:
        return max(5, int(round(x / 5) * 5))
    return five(2 * total), five((4 if follow_ups else 3) * total)
