"""Interview Simulator: the router and the shared frame.

Sets the page config, decides which pages exist for this visitor (signed out, when sign-in is
configured: the sign-in page only; Streamlit's dynamic-navigation pattern), opens the store,
draws the sidebar every page shares (after the page when an answer was just sent: the next
question comes first), runs the page, then warms the model layer in the background.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

# The tab's icon is a file served by this app: a Material icon as page_icon makes every visitor's
# browser fetch it from fonts.gstatic.com.
st.set_page_config(page_title="Interview Simulator", page_icon=str(Path(__file__).parent / "data" / "app_icon.svg"),
                   layout="centered")

from pages.ui.navigation import withdraw_legacy_list  # noqa: E402 - light: Streamlit and the standard library

withdraw_legacy_list()  # a fresh server's first visit: the legacy file list goes before the imports below

from core.storage import StoreError  # noqa: E402 - after set_page_config, which must come first

# drafts is imported here, before any warm-up thread imports heavy packages: Streamlit names its declared
# component through inspect.getmodule, which races other threads' imports (pages/ui/drafts.py, _declare_keeper).
from pages.ui import drafts, frame, resources, state, upstream  # noqa: E402, F401

resources.app_logging()  # once per process: the app's log lines go to stderr with time and module
upstream.keep_browser_replies()  # once per process: an upload's reply survives a run starting (pages/ui/upstream.py)
upstream.keep_values_on_coalesce()  # once per process: a text sent as another page is clicked is not dropped
with resources.script_run():  # settings read once per run
    state.init_defaults()
    state.remember_setup()  # before any page runs: Setup's fields outlive a visit to another page
    current = resources.settings()
    if current.auth_enabled and not state.signed_in():
        st.navigation([st.Page(frame.sign_in_page, title="Sign in", default=True)]).run()
        st.stop()

    page = st.navigation(frame.pages())
    state.note_page(page.url_path)  # whether this run enters the page (the last one drew another)
    try:
        resources.store()
    except StoreError as exc:
        st.error(str(exc), icon=":material/database:")
        st.stop()
    # An answer was just sent: the next question comes first. Its run usually ends in a rerun (which
    # draws the sidebar); the sidebar already on screen stays until then.
    turn_sent = state.take_turn_sent()
    if not turn_sent:
        frame.sidebar()
    try:
        page.run()
        if turn_sent:
            frame.sidebar()  # the page ended without a rerun
    finally:
        resources.warm_models()  # after the page is drawn: heavy imports happen while the visitor reads
