"""The app's pages for ``st.navigation``, and the guard every page script calls before anything else.

Light on purpose (Streamlit and the standard library only): a page calls :func:`legacy_folder_guard` before
its own imports, which load the model layer, pandas and the analysis (seconds on a cold server).
"""

from __future__ import annotations

import copy
import functools
import logging
import threading
from pathlib import Path
from types import CodeType

import streamlit as st

logger = logging.getLogger(__name__)

ROUTER = Path(__file__).resolve().parents[2] / "streamlit_app.py"
_RUN = threading.local()  # set while this thread runs the router in place (a script run is one thread)


# The pages carry no icon: Streamlit's browser code makes the open page's icon the tab's icon whenever the navigation
# message comes before the page config, and a Material icon is then fetched from fonts.gstatic.com (seen on a fresh
# load of /history in Chromium, session 30); an emoji icon needs an emoji font the machine may not have (boxes).
@functools.cache
def _page_list() -> tuple[st.Page, ...]:
    return (
        st.Page("pages/home.py", title="Home", default=True),
        st.Page("pages/setup.py", title="New interview", url_path="setup"),
        st.Page("pages/interview.py", title="Interview", url_path="interview"),
        st.Page("pages/feedback.py", title="Feedback", url_path="feedback"),
        st.Page("pages/history.py", title="History", url_path="history"),
    )


def pages() -> list[st.Page]:
    """The app's five pages for ``st.navigation``, built once per process (each ``st.Page`` resolves
    and checks its file: about 0.2 ms, five times a run) and copied for each run, since
    ``st.navigation`` marks the page it returns as the one this run may call: pages shared by every
    session's runs would race on that mark."""
    return [copy.copy(page) for page in _page_list()]


def _legacy_pages_manager() -> type | None:
    """Streamlit's ``PagesManager`` while its legacy ``pages/`` mode is on for the process; None once any session has
    called ``st.navigation``, or in a Streamlit without the legacy mode."""
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:
        return None
    return PagesManager if getattr(PagesManager, "uses_pages_directory", False) else None


def legacy_folder_guard() -> None:
    """The first statement of every page script: make sure the router, not Streamlit's legacy mode, runs it.

    Until some session of the process has called ``st.navigation``, Streamlit treats a ``pages/``
    folder next to the entry file as its legacy multipage app: the first page opened after a server
    (re)start, e.g. ``/history`` or ``/interview?session=…``, runs ``pages/history.py`` alone, without the
    router's frame or sign-in, under a sidebar listing the files ("streamlit app", "feedback", "history",
    "home", "interview", "setup"). Here, in the same script run:

    1. ``st.navigation`` with the app's pages, hidden, at once: the file names leave the sidebar within
       milliseconds, not after the seconds a cold server takes to import what the page and the router need
       (a newcomer saw them, session 12; measured on a busy machine: 6.9 s, until the page was drawn), and
       Streamlit's legacy mode is off for the process from here;
    2. the router is run in place (its ``st.navigation`` shows the real sidebar, or only the sign-in page,
       and runs the page the URL names, with any widget event of this run intact), then this run stops.

    The page the router then runs does not run the router a second time, even if another session set the
    process-wide flag back meanwhile (AppTest does, for each of its runs: two sessions at once then drew the
    sidebar twice in one run). This module (here and in :func:`withdraw_legacy_list`) is the one place in the
    project that reads Streamlit's ``PagesManager``; nothing else does, tests and benchmarks included.
    """
    manager = _legacy_pages_manager()
    if manager is None or getattr(_RUN, "in_router", False):
        return  # the second test: the page the router runs in place must not run the router again
    st.navigation(pages(), position="hidden")  # replaces the legacy sidebar now; sets the flag off
    logger.info("a page ran in Streamlit's legacy pages/ mode; running the router instead")
    manager.uses_pages_directory = False
    _RUN.in_router = True
    try:
        exec(_router_code(ROUTER.stat().st_mtime_ns), {"__name__": "__main__", "__file__": str(ROUTER)})  # noqa: S102
    finally:
        _RUN.in_router = False
    st.stop()


def withdraw_legacy_list() -> None:
    """The router's first step after ``st.set_page_config``: on a server that has run no session yet, replace
    the legacy sidebar's file names ("streamlit app", "feedback", …) with the app's pages, hidden, before the
    router imports the app (seconds on a fresh install: a newcomer saw the file names beside a blank home
    page, session 24). A no-op once any session has called ``st.navigation``; the router's own call then
    shows the real sidebar in the same run."""
    if _legacy_pages_manager() is not None:
        st.navigation(pages(), position="hidden")


@functools.lru_cache(maxsize=2)
def _router_code(mtime_ns: int) -> CodeType:
    """The router compiled once per version of the file (``runpy.run_path`` compiled it on every call:
    AppTest runs each page in the legacy mode first, so that was once per run)."""
    return compile(ROUTER.read_text(encoding="utf-8"), str(ROUTER), "exec")
