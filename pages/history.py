"""History: every past session, scores over time."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pages import ui

st.title("📈 History")
store = ui.store()
owner = ui.current_owner()
if owner is None:
    st.caption("Everyone using this server shares this history (sign-in is not configured).")

sessions = store.list_sessions(owner=owner)
if not sessions:
    st.info("No interviews yet. Start one and it will be listed here with its score.", icon="🗂️")
    if st.button("Start a new interview", type="primary", key="history_new"):
        st.switch_page("pages/setup.py")
    st.stop()

frame = pd.DataFrame(sessions)
st.dataframe(
    frame[["created_at", "job_title", "company", "interview_type", "model", "overall_score", "status"]],
    hide_index=True,
    column_config={
        "created_at": st.column_config.DatetimeColumn("Date", format="D MMM YYYY, HH:mm"),
        "job_title": "Role",
        "company": "Company",
        "interview_type": "Type",
        "model": "Model",
        "overall_score": st.column_config.NumberColumn("Score", format="%.0f / 10"),
        "status": "Status",
    },
)
