"""Home: start, resume, recent scores at a glance."""

from __future__ import annotations

import streamlit as st

from pages import ui

st.title("🎤 Interview Simulator")
st.write(
    "Practise a job interview tailored to your CV and the job you want. Answer one question at a "
    "time, get every answer scored on a visible rubric, and finish with a report you can act on."
)

store = ui.store()
owner = ui.current_owner()

left, right = st.columns(2)
if left.button("Start a new interview", type="primary", width="stretch", key="home_new"):
    st.switch_page("pages/setup.py")
if right.button("Try with a sample CV and job", width="stretch", key="home_sample"):
    st.session_state["load_sample"] = True
    st.switch_page("pages/setup.py")

unfinished = store.list_sessions(owner=owner, status="in_progress", limit=5)
if unfinished:
    st.subheader("Unfinished interviews")
    for row in unfinished:
        cols = st.columns([4, 1])
        label = row["job_title"] + (f" at {row['company']}" if row["company"] else "")
        cols[0].markdown(f"**{label}**  \n{row['created_at']:%d %b %Y %H:%M} · {row['answers']} answers so far")
        if cols[1].button("Resume", key=f"resume_{row['id']}"):
            ui.session_link("pages/interview.py", row["id"])

scores = store.scores_over_time(owner=owner)
st.subheader("Recent scores")
if not scores:
    st.info("No finished interviews yet. Your scores will appear here after your first one.", icon="📈")
else:
    import pandas as pd

    frame = pd.DataFrame(scores[-10:])
    last = frame.iloc[-1]
    delta = None
    if len(frame) > 1:
        delta = float(last["overall_score"] - frame.iloc[-2]["overall_score"])
    st.metric("Last overall score", f"{last['overall_score']:.0f} / 10", delta=delta)
    st.line_chart(frame.set_index("created_at")["overall_score"], height=180, y_label="Score")
    if st.button("See your full history", key="home_history"):
        st.switch_page("pages/history.py")
