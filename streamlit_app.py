"""Interview Simulator: the router and the shared frame.

Builds the pages, sets the page config, draws the sidebar every page shares, runs the page.
"""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="Interview Simulator", page_icon="🎤", layout="centered")

from pages import ui  # noqa: E402 - after set_page_config, which must come first

PAGES = {
    "home": st.Page("pages/home.py", title="Home", icon="🏠", default=True),
    "setup": st.Page("pages/setup.py", title="New interview", icon="📝", url_path="setup"),
    "interview": st.Page("pages/interview.py", title="Interview", icon="💬", url_path="interview"),
    "feedback": st.Page("pages/feedback.py", title="Feedback", icon="📊", url_path="feedback"),
    "history": st.Page("pages/history.py", title="History", icon="📈", url_path="history"),
}

page = st.navigation(list(PAGES.values()))
ui.sidebar()
try:
    page.run()
finally:
    ui.warm_models()  # after the page is drawn: heavy imports happen while the visitor reads

