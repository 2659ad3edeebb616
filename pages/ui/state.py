"""Session-state keys shared across pages, their defaults, and the interview the URL names.

Session state holds plain, serialisable values only (strings, dicts); resources live in
:mod:`pages.ui.resources`.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

PROVIDER_OVERRIDES = "provider_overrides"  # dict: settings typed in the sidebar for this tab only
SESSION_ID = "session_id"  # str: the interview this tab last opened
ANSWER_ERROR = "answer_error"  # dict: an answer the engine refused, kept to show it back
FINISH_NOW = "finish_now"  # str: the session whose end was confirmed in the dialog

DEFAULTS: dict[str, Any] = {PROVIDER_OVERRIDES: {}}


def init_defaults() -> None:
    """Give every shared key its default once, so any page also runs on its own (deep link, AppTest)."""
    for key, value in DEFAULTS.items():
        if key not in st.session_state:
            st.session_state[key] = type(value)(value) if isinstance(value, dict) else value


def overrides() -> dict[str, str]:
    """A copy of the provider settings typed in the sidebar for this tab."""
    return dict(st.session_state.get(PROVIDER_OVERRIDES, {}))


def active_session_id() -> str | None:
    """The session in the URL, else the one this browser session last used."""
    from_url = st.query_params.get("session")
    if from_url:
        st.session_state[SESSION_ID] = from_url
        return from_url
    return st.session_state.get(SESSION_ID)


def keep_session_in_url(session_id: str) -> None:
    """Make the URL name the open interview (so a refresh or a copied link reopens it)."""
    if st.query_params.get("session") != session_id:
        st.query_params["session"] = session_id


def session_link(page: str, session_id: str) -> None:
    """Go to a page with ``?session=`` set, so the URL always names the interview."""
    st.session_state[SESSION_ID] = session_id
    st.switch_page(page, query_params={"session": session_id})


def signed_in() -> bool:
    return bool(getattr(st.user, "is_logged_in", False))


def current_owner() -> str | None:
    """The signed-in user's id when sign-in is configured; None means a shared history."""
    from pages.ui.resources import settings

    if not settings().auth_enabled:
        return None
    user = st.user
    if not getattr(user, "is_logged_in", False):
        return None
    return str(user.get("email") or user.get("sub") or "")
