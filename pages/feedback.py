"""Feedback: the report, per-question cards, downloads, and retrying one question."""

from __future__ import annotations

from pages.ui.navigation import legacy_folder_guard

legacy_folder_guard()  # first, before the imports below (seconds on a cold server): pages/ui/navigation.py

import pandas as pd
import streamlit as st

from core.coach.phrasing import question_heading
from core.export import answers_csv, export_json, export_markdown, session_export
from core.interview import AnswerError
from core.interview.view import next_steps, question_cards, signed
from core.local_time import local_moment
from core.models.registry import model_label
from core.schemas import DIMENSION_HELP, DIMENSION_LABELS, DIMENSIONS, questions_scored
from pages.ui import clock, render, resources, state, turn_notes, voice

engine = resources.engine()
store = engine.store
current = resources.settings()
owner = state.current_owner()
session_id = state.active_session_id()

st.title(":material/analytics: Feedback")
if not session_id:
    st.info("Open a finished interview from History, or start a new one.", icon=":material/analytics:")
    if st.button("Go to History", key="feedback_history"):
        st.switch_page("pages/history.py")
    st.stop()
interview = engine.load(session_id, owner=owner)
if interview is None:
    state.session_not_found("feedback")
state.keep_session_in_url(session_id)
turn_notes.show_closed_answer(session_id)  # text sent as the report was prepared: shown back here too, to copy

report = store.get_report(session_id)
if report is None:
    if interview.status == "in_progress":
        st.info("This interview is still in progress.", icon=":material/forum:")
        if st.button("Back to the interview", type="primary", key="feedback_resume"):
            state.session_link("pages/interview.py", session_id)
        if st.button("End it now and get feedback", key="feedback_finish"):
            with st.spinner("Scoring your answers…"):
                engine.finish(resources.chains(), session_id)
            st.rerun()
    else:
        st.info("This interview has no report.", icon=":material/analytics:")
    st.stop()

session = interview.session
settings = interview.settings
cards = question_cards(store, interview)
st.subheader(render.plain(interview.title))
st.caption(
    f"{local_moment(session.created_at, clock.zone()):%d %b %Y} · {settings.interview_type.capitalize()} interview · "
    f"{settings.seniority.capitalize()} · {settings.style.capitalize()} interviewer · "
    f"{settings.question_count} questions · scored by {render.plain(model_label(report.model))}"
)


def _top() -> None:
    """The first screen: the score, the three next steps, the downloads."""
    cols = st.columns([1, 3])
    scored = [c for c in cards if c.scored]
    cols[0].metric("Overall score", f"{report.overall} / 10" if scored and report.overall is not None else "No score",
                   help="The mean of the scored answers' overall scores (1-10), one point lower when your CV and answers "
                   "showed little of what the job asks for (the summary then says so)." if scored else
                   "No answer was scored: skipped questions get no score.")
    cols[0].caption(questions_scored(len(scored), len(cards)))
    with cols[1].container(key="next_steps"):
        st.markdown("**Your next steps**")
        for number, step in enumerate(next_steps(cards, report.dimension_scores, report.next_steps), start=1):
            st.markdown(f"{number}\\. {render.plain(step)}")
    for note in (report.scope_note, report.language_note):
        if note:
            st.caption(render.plain(note))
    data = session_export(store, session_id, owner=owner)
    if data:
        row = st.columns([1.3, 1.1, 1.1, 1.1])
        row[0].download_button("Download Markdown", export_markdown(data), file_name=f"interview-{session_id}.md",
                               mime="text/markdown", key="dl_md", icon=":material/description:", width="stretch")
        row[1].download_button("Download CSV", answers_csv(data), file_name=f"interview-{session_id}-scores.csv",
                               mime="text/csv", key="dl_csv", icon=":material/table:", width="stretch")
        row[2].download_button("Download JSON", export_json(data), file_name=f"interview-{session_id}.json",
                               mime="application/json", key="dl_json", icon=":material/data_object:",
                               width="stretch")
        if row[3].button("Practise again", key="feedback_again", icon=":material/replay:", width="stretch"):
            state.practise_again(session)  # the same CV, job and options
            st.switch_page("pages/setup.py")


def _dimensions() -> None:
    dims = report.dimension_scores or {}
    if dims:
        # Native bars, one per rubric dimension: they paint with the page (no chart bundle to load).
        with st.container(key="dimension_bars"):
            for d in DIMENSIONS:
                if d in dims:
                    st.progress(min(1.0, dims[d] / 5), text=f"{DIMENSION_LABELS[d]} · {dims[d]:.1f} / 5")
            st.caption("Average per dimension (1-5). " + " ".join(
                f"{DIMENSION_LABELS[d]}: {DIMENSION_HELP[d].lower()}" for d in DIMENSIONS))
    if report.summary:
        st.write(render.plain(report.summary))


def _strengths_and_weaknesses() -> None:
    with st.expander("Strengths and weaknesses", icon=":material/balance:"):
        left, right = st.columns(2)
        with left:
            st.markdown("**Strengths**")
            for item in report.strengths or ["No clear strengths yet: answer more questions in full."]:
                st.markdown("- " + render.plain(item))
        with right:
            st.markdown("**Weaknesses**")
            for item in report.weaknesses or ["None stood out: see what was missing in each question."]:
                st.markdown("- " + render.plain(item))


def _card_label(card) -> str:
    short = render.plain(question_heading(card.question, 80))  # no greeting; at a word and a phrase's end
    if card.scored:
        score = f"{card.overall}/10"
        if card.retry:
            score += f" → {card.retry.rows[-1][2]}/10 ({signed(card.retry.overall_change)})"
    else:
        score = "skipped" if card.skipped else "not scored"
    return f"Q{card.number} · {score} · {short}"


def _evidence_table(rows) -> None:
    # st.table, not st.dataframe: static HTML that paints with the page (no grid bundle to load);
    # its cells are Markdown, so every user-derived cell goes through render.plain.
    st.table(pd.DataFrame([{"Dimension": d.label, "Score": f"{d.score}/5", "Evidence": render.plain(d.evidence)}
                           for d in rows]), hide_index=True)


def _retry_block(card) -> None:
    retry = card.retry
    st.markdown(f"**Retry {retry.retry_number}: {retry.rows[-1][2]}/10, {signed(retry.overall_change)} "
                "on your first answer**")
    st.caption("A retry is practice: the overall score, the report and History keep your first answer.")
    if retry.repeats:
        st.info(retry.repeats, icon=":material/repeat:")
    st.markdown("**Your new answer**  \n" + render.plain(retry.answer))
    if retry.delivery:
        voice.show_delivery(retry.delivery.figures)
    changes = pd.DataFrame([{"Dimension": label, "Before": before, "After": after, "Change": signed(after - before)}
                            for label, before, after in retry.rows])
    st.table(changes, hide_index=True)
    st.markdown("**What the new answer rests on**")
    _evidence_table(retry.dimensions)
    if retry.missing:
        st.markdown("**Still missing:** " + "; ".join(render.plain(m) for m in retry.missing))


def _retry_form(card) -> None:
    with st.form(key=f"retry_form_{card.number}", clear_on_submit=False):
        retry = st.text_area("Retry this question", key=f"retry_text_{card.number}",
                             max_chars=current.max_answer_chars,
                             placeholder="Answer again and compare the scores")
        if st.form_submit_button("Score my new answer"):
            try:
                with st.spinner("Scoring…"):
                    engine.retry_question(resources.chains(), session_id, card.number, retry,
                                          max_chars=current.max_answer_chars)
            except AnswerError as exc:
                st.warning(str(exc), icon=":material/front_hand:")
            else:
                # The heading now carries the change, which makes it a new expander: keep it open.
                st.session_state["feedback_open_card"] = (session_id, card.number)
                st.rerun()


def _replies(card) -> None:
    """Each reply under its own text with its own delivery line: the answer, then the follow-up's."""
    if not card.delivery:  # scored, but no reply text kept (not expected): the scored text as it is
        st.markdown("**Your answer**  \n" + render.plain(card.answer))
    for reply in card.delivery:
        if reply.prompt:
            st.markdown("**Follow-up:** " + render.plain(reply.prompt))
        st.markdown(("**Your answer**" if not reply.prompt else "**Your follow-up answer**") + "  \n"
                    + render.plain(reply.text))
        voice.show_delivery(reply.figures, detailed=True)
        if reply.length_note:  # a very long reply, or one that says itself again: as the chat said
            st.caption(":material/timer: " + render.plain(reply.length_note))


def _card(card) -> None:
    opened = st.session_state.get("feedback_open_card") == (session_id, card.number)
    with st.expander(_card_label(card), expanded=opened):
        st.markdown("**Question**  \n" + render.plain(card.question))
        if not card.scored:
            st.caption("Skipped: no score." if card.skipped else "Not answered.")
            return
        _replies(card)
        _evidence_table(card.dimensions)
        if card.missing:
            # One item a line: joined with "; " they read as one run-on sentence of capitalised parts.
            st.markdown("**What was missing**  \n" + "\n".join(f"- {render.plain(m)}" for m in card.missing)
                        if len(card.missing) > 1 else "**What was missing:** " + render.plain(card.missing[0]))
        if card.stronger_answer:
            st.markdown("**A stronger answer**")
            st.info(render.plain(card.stronger_answer))
        if card.retry:
            _retry_block(card)
        _retry_form(card)


def _job_fit() -> None:
    if report.cv_tips:
        with st.expander("CV tips", icon=":material/article:"):
            for item in report.cv_tips:
                st.markdown("- " + render.plain(item))
    if report.coverage:
        with st.expander("Job requirements coverage", icon=":material/checklist:"):
            marks = {"evidenced": "evidenced", "weak": "weak", "not probed": "not probed"}
            st.table(
                pd.DataFrame([{"Requirement": render.plain(c["requirement"]),
                               "Status": marks.get(c["status"], c["status"]),
                               "Evidence": render.plain(c.get("evidence", ""))} for c in report.coverage]),
                hide_index=True,
            )


_top()
_dimensions()
st.markdown("#### Question by question")
for card in cards:
    _card(card)
_strengths_and_weaknesses()
_job_fit()
