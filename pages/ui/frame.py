"""The frame the router draws around every page: the sidebar and the sign-in page.

The pages and the legacy-folder guard are in :mod:`pages.ui.navigation` (light: a page calls the guard
before its own imports); ``pages`` and ``legacy_folder_guard`` are re-exported here.

Sign-in belongs to the router (``streamlit_app.py``): signed out, ``st.navigation`` holds only
:func:`sign_in_page`, so no other page can run, whatever the URL.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import streamlit as st

from core.settings import PROVIDER_LABELS, Settings
from pages.ui.navigation import legacy_folder_guard, pages
from pages.ui.render import plain
from pages.ui.resources import settings

__all__ = ["is_local_url", "legacy_folder_guard", "pages", "shows_data_location", "sidebar", "sign_in_page"]

logger = logging.getLogger(__name__)

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
