"""The frame the router draws around every page: the sidebar, the sign-in page, the legacy guard.

Sign-in belongs to the router (``streamlit_app.py``): signed out, ``st.navigation`` holds only
:func:`sign_in_page`, so no other page can run, whatever the URL.
"""

from __future__ import annotations

import copy
import functools
import logging
import threading
from pathlib import Path
from types import CodeType
from urllib.parse import urlsplit

import streamlit as st

from core.settings import PROVIDER_LABELS, Settings
from pages.ui.render import plain
from pages.ui.resources import settings

logger = logging.getLogger(__name__)

ROUTER = Path(__file__).resolve().parents[2] / "streamlit_app.py"
_RUN = threading.local()  # set while this thread runs the router in place (a script run is one thread)
PANEL = "models_and_keys"  # the sidebar's "Models and keys" expander (True while open)
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def is_local_url(url: str | None) -> bool:
    """True when the browser reached the app at a loopback address (``http://localhost:8501/``).

    ``url`` is ``st.context.url``: what the visitor's browser shows, so a deployed app behind a
    proxy on the same machine still reads as remote. None (unknown) is not local.
    """
    if not url:
        return False
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return False
    return host in LOOPBACK_HOSTS or host.endswith(".localhost")


def shows_data_location(auth_enabled: bool, url: str | None) -> bool:
    """Whether the sidebar may name where sessions are kept (a file path, or MotherDuck).

    Only for a local run without sign-in: the person at the browser is the one running the
    server, and the path helps them back it up. A visitor of a deployed app never sees a path.
    """
    return not auth_enabled and is_local_url(url)


def legacy_folder_guard() -> None:
    """The first line of every page script: make sure the router, not Streamlit's legacy mode, runs it.

    Until some session of the process has called ``st.navigation``, Streamlit treats a ``pages/``
    folder next to the entry file as its legacy multipage app: the first deep link after a server
    (re)start, e.g. ``/interview?session=…``, runs ``pages/interview.py`` alone, without the router's
    frame or sign-in. Here, in the same script run, the router is run in place (its
    ``st.navigation`` turns the legacy mode off for the process and runs the page the URL names,
    with any widget event of this run intact) and this run stops. The page the router then runs does
    not run the router a second time, even if another session set the process-wide flag back meanwhile
    (AppTest does, for each of its runs: two sessions at once then drew the sidebar twice in one run). This is the one place in the
    project that reads Streamlit's ``PagesManager``; nothing else does, tests and benchmarks included.
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # a Streamlit without the legacy mode
        return
    if not getattr(PagesManager, "uses_pages_directory", False) or getattr(_RUN, "in_router", False):
        return  # the second test: the page the router runs in place must not run the router again
    logger.info("a page ran in Streamlit's legacy pages/ mode; running the router instead")
    PagesManager.uses_pages_directory = False
    _RUN.in_router = True
    try:
        exec(_router_code(ROUTER.stat().st_mtime_ns), {"__name__": "__main__", "__file__": str(ROUTER)})  # noqa: S102
    finally:
        _RUN.in_router = False
    st.stop()


@functools.lru_cache(maxsize=2)
def _router_code(mtime_ns: int) -> CodeType:
    """The router compiled once per version of the file (``runpy.run_path`` compiled it on every call:
    AppTest runs each page in the legacy mode first, so that was once per run)."""
    return compile(ROUTER.read_text(encoding="utf-8"), str(ROUTER), "exec")


@functools.cache
def _page_list() -> tuple[st.Page, ...]:
    return (
        st.Page("pages/home.py", title="Home", icon=":material/home:", default=True),
        st.Page("pages/setup.py", title="New interview", icon=":material/edit_note:", url_path="setup"),
        st.Page("pages/interview.py", title="Interview", icon=":material/forum:", url_path="interview"),
        st.Page("pages/feedback.py", title="Feedback", icon=":material/analytics:", url_path="feedback"),
        st.Page("pages/history.py", title="History", icon=":material/history:", url_path="history"),
    )


def pages() -> list[st.Page]:
    """The app's five pages for ``st.navigation``, built once per process (each ``st.Page`` resolves
    and checks its file and its icon: about 0.2 ms, five times a run) and copied for each run, since
    ``st.navigation`` marks the page it returns as the one this run may call: pages shared by every
    session's runs would race on that mark."""
    return [copy.copy(page) for page in _page_list()]


def sign_in_page() -> None:
    """The only page a signed-out visitor can reach when sign-in is configured."""
    st.title(":material/record_voice_over: Interview Simulator")
    st.info("Sign in to practise: your interviews are kept for you alone.", icon=":material/lock:")
    st.button("Sign in", type="primary", key="sign_in", on_click=st.login)


def sidebar() -> None:
    """The shared frame: which models answer, in order; keys for this browser session; storage."""
    current = settings()
    with st.sidebar:
        st.subheader("Interviewer")
        configured = current.configured_providers()
        if configured:
            chain = [PROVIDER_LABELS[name] for name in configured] + ["Offline coach"]
            st.caption("Models, in fallback order: " + " → ".join(chain))
        else:
            st.caption("Offline coach: no API key needed. Add a key below for a cloud model.")
        # Drawn only while open (a lazy expander: opening it reruns the app): its text boxes were the heaviest
        # part of every run's sidebar, for the server and for the browser, on every page and every answer.
        panel = st.expander("Models and keys", key=PANEL, on_change="rerun")
        if panel.open:
            with panel:
                _provider_panel(current)
        st.subheader("Your data")
        if current.auth_enabled and getattr(st.user, "is_logged_in", False):
            st.caption(f"Signed in as {plain(str(st.user.get('email') or st.user.get('name') or 'you'))}.")
            st.button("Sign out", key="sign_out", on_click=st.logout)
        elif not current.auth_enabled:
            st.caption("No sign-in: everyone using this server shares its history.")
        if not shows_data_location(current.auth_enabled, st.context.url):
            st.caption("Download or delete your sessions from History.")
        elif current.db_path.startswith("md:"):
            st.caption("Sessions are kept in MotherDuck (shared database).")
        else:
            st.caption(f"Sessions are kept in `{current.db_path}` on this computer.")


CHECKS = "connection_checks"  # provider name -> the sentence of its last "Test connection" (never a key)


def _check(current: Settings, names: list[str]) -> None:
    """Test each of ``names`` and keep each one's sentence for this browser session, so every
    configured provider's last result stays shown beside it (a later click does not hide it)."""
    from core.models.chains import check_provider

    results: dict[str, str] = dict(st.session_state.get(CHECKS, {}))
    with st.spinner("Asking the model…" if len(names) == 1 else f"Asking {len(names)} models…"):
        for name in names:
            results[name] = check_provider(current, name)
    st.session_state[CHECKS] = results


def _provider_input(provider: dict, overrides: dict[str, str]) -> str | None:
    """Draw the provider's key or URL box; the setting it changed, or None."""
    ask, name = provider["input"], provider["name"]
    if ask is None:
        return None
    setting = ask["setting"]
    typed = st.text_input(
        ask["label"], key=f"key_{name}" if ask["kind"] == "key" else f"{name}_url",
        type="password" if ask["kind"] == "key" else "default", value=overrides.get(setting, ""),
        placeholder="Paste a key for this session" if ask["kind"] == "key" else "http://localhost:11434/v1",
    )
    if typed.strip() != overrides.get(setting, ""):
        overrides[setting] = typed.strip()
        return setting
    return None


def _provider_panel(current: Settings) -> None:
    from core.models.registry import describe_providers  # light: the model layer loads on "Test connection"

    overrides: dict[str, str] = dict(st.session_state.get("provider_overrides", {}))
    st.caption("Keys typed here stay in this browser tab only: never saved, logged or exported.")
    providers = describe_providers(current)
    configured = [p["name"] for p in providers if p["configured"]]
    if len(configured) > 1 and st.button("Test all connections", key="test_all"):
        _check(current, configured)
    results: dict[str, str] = st.session_state.get(CHECKS, {})
    changed: list[str] = []
    for provider in providers:
        name = provider["name"]
        status = "configured" if provider["configured"] else "not configured"
        st.markdown(f"**{provider['label']}** · {status} · `{provider['model']}`")
        if _provider_input(provider, overrides):
            changed.append(name)
        if provider["configured"] and st.button("Test connection", key=f"test_{name}"):
            _check(current, [name])
            results = st.session_state[CHECKS]
        if provider["configured"] and name in results:
            st.caption(results[name])
    if overrides != st.session_state.get("provider_overrides", {}):
        st.session_state["provider_overrides"] = {k: v for k, v in overrides.items() if v}
        # a result says nothing of a key or URL typed since: it goes with the change
        st.session_state[CHECKS] = {k: v for k, v in results.items() if k not in changed}
        st.rerun()
