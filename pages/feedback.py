"""Feedback: the report, per-question cards, downloads, and retrying one question."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.export import export_json, export_markdown, session_export
from core.interview import AnswerError
from core.interview.view import question_cards
from core.schemas import DIMENSION_HELP, DIMENSION_LABELS, DIMENSIONS
from pages.ui import frame, render, resources, state

frame.legacy_folder_guard()

engine = resources.engine()
store = engine.store
current = resources.settings()
owner = state.current_owner()
session_id = state.active_session_id()

st.title(":material/analytics: Feedback")
interview = engine.load(session_id, owner=owner) if session_id else None
if interview is None:
    st.info("Open a finished interview from History, or start a new one.", icon=":material/analytics:")
    if st.button("Go to History", key="feedback_history"):
        st.switch_page("pages/history.py")
    st.stop()
state.keep_session_in_url(session_id)

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
st.subheader(render.plain(interview.title))
st.caption(
    f"{session.created_at:%d %b %Y} · {settings.interview_type.capitalize()} interview · "
    f"{settings.seniority.capitalize()} · {settings.style.capitalize()} interviewer · "
    f"{settings.question_count} questions · scored by {render.plain(report.model or 'unknown')}"
)

cols = st.columns([1, 2])
cols[0].metric("Overall score", f"{report.overall} / 10")
dims = report.dimension_scores or {}
if dims:
    # Native bars, one per rubric dimension: they paint with the page (no chart bundle to load).
    with cols[1].container(key="dimension_bars"):
        for d in DIMENSIONS:
            if d in dims:
                st.progress(min(1.0, dims[d] / 5), text=f"{DIMENSION_LABELS[d]} · {dims[d]:.1f} / 5")
        st.caption("Average per dimension (1-5). " + " ".join(
            f"{DIMENSION_LABELS[d]}: {DIMENSION_HELP[d].lower()}" for d in DIMENSIONS))
if report.summary:
    st.write(render.plain(report.summary))

left, right = st.columns(2)
with left:
    st.markdown("#### Strengths")
    for item in report.strengths or ["No clear strengths yet: answer more questions in full."]:
        st.markdown("- " + render.plain(item))
with right:
    st.markdown("#### Weaknesses")
    for item in report.weaknesses or ["None stood out: see what was missing in each question below."]:
        st.markdown("- " + render.plain(item))

st.markdown("#### Question by question")
for card in question_cards(store, interview):
    label = f"Q{card.number}: {render.plain(card.question[:90])}{'…' if len(card.question) > 90 else ''}"
    label += f" · {card.overall}/10" if card.scored else (" · skipped" if card.skipped else " · not scored")
    with st.expander(label):
        st.markdown("**Question**  \n" + render.plain(card.question))
        if not card.scored:
            st.caption("Skipped: no score." if card.skipped else "Not answered.")
            continue
        st.markdown("**Your answer**  \n" + render.plain(card.answer))
        rows = [{"Dimension": d.label, "Score": f"{d.score}/5", "Evidence": render.plain(d.evidence)}
                for d in card.dimensions]
        # st.table, not st.dataframe: static HTML that paints with the page (no grid bundle to load);
        # its cells are Markdown, so every user-derived cell goes through render.plain.
        st.table(pd.DataFrame(rows), hide_index=True)
        if card.missing:
            st.markdown("**What was missing**")
            for item in card.missing:
                st.markdown("- " + render.plain(item))
        if card.stronger_answer:
            st.markdown("**A stronger answer**")
            st.info(render.plain(card.stronger_answer))
        if card.retry:
            compare = pd.DataFrame([{"Dimension": label, "Before": before, "After": after, "Change": after - before}
                                    for label, before, after in card.retry.rows])
            st.markdown(f"**Retry {card.retry.retry_number}: before and after**")
            st.table(compare, hide_index=True)
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
                    st.rerun()

if report.cv_tips:
    st.markdown("#### CV tips")
    for item in report.cv_tips:
        st.markdown("- " + render.plain(item))

if report.coverage:
    st.markdown("#### Job requirements coverage")
    icons = {"evidenced": ":green[:material/check_circle:] evidenced", "weak": ":orange[:material/error:] weak", "not probed": ":gray[:material/radio_button_unchecked:] not probed"}
    st.table(
        pd.DataFrame([{"Requirement": render.plain(c["requirement"]), "Status": icons.get(c["status"], c["status"]),
                       "Evidence": render.plain(c.get("evidence", ""))} for c in report.coverage]),
        hide_index=True,
    )

data = session_export(store, session_id, owner=owner)
if data:
    cols = st.columns(3)
    cols[0].download_button("Download Markdown", export_markdown(data), file_name=f"interview-{session_id}.md",
                            mime="text/markdown", key="dl_md")
    cols[1].download_button("Download JSON", export_json(data), file_name=f"interview-{session_id}.json",
                            mime="application/json", key="dl_json")
    if cols[2].button("Practise again", key="feedback_again"):
        state.practise_again(session)  # the same CV, job and options
        st.switch_page("pages/setup.py")
