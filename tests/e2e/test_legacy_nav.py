"""The first page opened after a server start never shows Streamlit's legacy sidebar (newcomer, session 12).

Until ``st.navigation`` has run once in the process, Streamlit runs a ``pages/`` folder as its legacy
multipage app: a deep link to /history first listed the files ("streamlit app", "feedback", "history",
"home", "interview", "setup") in the sidebar for seconds, until the router had loaded. The page scripts now
call the guard before their imports and it withdraws that list at once (pages/ui/navigation.py), before the
router loads. Every state the sidebar's navigation takes is recorded in the browser from the first byte of
the page."""

from __future__ import annotations

import pytest

from tests.e2e.driver import wait_for_idle

pytestmark = pytest.mark.e2e

# Each distinct list of the sidebar's page links, "(none)" while there is none, from before the app's script loads.
RECORD = """
window.__navSeen = [];
const record = () => {
  const nav = document.querySelector('[data-testid="stSidebarNav"]');
  const names = nav ? [...nav.querySelectorAll('a')].map(a => a.innerText.trim().split('\\n').pop()).join('|') : '(none)';
  if (window.__navSeen[window.__navSeen.length - 1] !== names) window.__navSeen.push(names);
};
new MutationObserver(record).observe(document, {subtree: true, childList: true, characterData: true});
"""
APP_NAV = "Home|New interview|Interview|Feedback|History"
FILE_NAMES = {"streamlit app", "home", "setup", "interview", "feedback", "history"}


def test_a_deep_link_on_a_fresh_server_never_lists_the_page_files(streamlit_server, page):
    page.add_init_script(RECORD)
    page.goto(f"{streamlit_server.url}/history")  # the server has run no session yet
    page.get_by_test_id("stMain").get_by_role("heading", name="History").wait_for(timeout=90_000)
    wait_for_idle(page)
    seen = page.evaluate("() => window.__navSeen")
    assert seen[-1] == APP_NAV, seen
    # Streamlit sends its file-name list before any of the app's code runs, so a browser may paint it for the
    # few milliseconds until the guard's hidden navigation arrives: then it is withdrawn ("(none)") before the
    # router has loaded, never left until the app's own list replaces it (as it was: for seconds).
    files = [i for i, state in enumerate(seen) if set(state.split("|")) & FILE_NAMES]  # "history" the file, not "History"
    assert all(seen[i + 1] == "(none)" for i in files), seen


def test_the_home_page_on_a_fresh_server_withdraws_the_page_files_before_the_router_loads(streamlit_server, page):
    """Newcomer, session 24: the very first visit after the README's start command (the home page, not a deep link)
    showed the file names beside a blank page while the router imported the app (seconds on a fresh install)."""
    page.add_init_script(RECORD)
    page.goto(streamlit_server.url)  # the server has run no session yet
    page.get_by_test_id("stMain").get_by_role("heading", name="Interview Simulator").first.wait_for(timeout=90_000)
    wait_for_idle(page)
    seen = page.evaluate("() => window.__navSeen")
    assert seen[-1] == APP_NAV, seen
    files = [i for i, state in enumerate(seen) if set(state.split("|")) & FILE_NAMES]
    assert all(seen[i + 1] == "(none)" for i in files), seen
