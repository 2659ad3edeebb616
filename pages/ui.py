"""Page-layer plumbing shared by every page: settings, cached resources, the sidebar frame.

This is the only place (with the pages) that touches streamlit. Resources that must exist once
per process (the DuckDB store, the model chains, the scoring executor) come from
``st.cache_resource`` factories; session state holds plain strings and dicts only.
"""

from __future__ import annotations

import hashlib
import runpy
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import streamlit as st

from core.interview import InterviewEngine
from core.settings import PROVIDER_LABELS, Settings, load_settings
from core.storage import InterviewStore, StoreError

ROUTER = Path(__file__).resolve().parent.parent / "streamlit_app.py"

KEY_FIELDS = {
    "gemini": "google_api_key",
    "openai": "openai_api_key",
    "openrouter": "openrouter_api_key",
}


def _secrets() -> dict[str, Any]:
    try:
        return st.secrets.to_dict()
    except Exception:  # noqa: BLE001 - no secrets.toml is the normal local case
        return {}


def settings() -> Settings:
    """Settings for this browser session: sidebar keys > st.secrets > environment > defaults."""
    overrides = dict(st.session_state.get("provider_overrides", {}))
    return load_settings(secrets=_secrets(), overrides=overrides)


def settings_fingerprint(value: Settings) -> str:
    """A cache key for resources built from settings; a hash, so no key is ever kept in clear."""
    raw = value.model_dump_json() + "|" + "|".join(
        value.secret(name) or "" for name in ("google_api_key", "openai_api_key", "openrouter_api_key",
                                               "local_api_key", "motherduck_token")
    )
    return hashlib.sha256(raw.encode()).hexdigest()


@st.cache_resource(show_spinner=False)
def _store(path: str, _token: str | None) -> InterviewStore:
    return InterviewStore(path, motherduck_token=_token)


@st.cache_resource(show_spinner=False)
def _executor() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=4, thread_name_prefix="scoring")


@st.cache_resource(show_spinner=False)
def _engine(path: str, _store_obj: InterviewStore) -> InterviewEngine:
    return InterviewEngine(_store_obj, _executor())


@st.cache_resource(show_spinner=False, max_entries=16)
def _chains(fingerprint: str, _settings: Settings) -> Any:
    from core.llm import build_chains

    return build_chains(_settings)


_warm_lock = threading.Lock()
_warm_started: set[tuple[str, ...]] = set()


def warm_models() -> None:
    """Import the model layer and the configured providers' packages in a background thread.

    The first ``import langchain_openai`` costs over a second; starting it when any page loads
    keeps it off the path of the first answer. Cheap after the first call.
    """
    current = settings()
    key = tuple(current.configured_providers())
    with _warm_lock:
        if key in _warm_started:
            return
        _warm_started.add(key)

    def run() -> None:
        import importlib

        from core.llm import warm_provider_imports

        warm_provider_imports(current, wait=True)
        for module in ("core.progress", "core.documents"):  # charts (pandas, altair), file parsers
            importlib.import_module(module)

    threading.Thread(target=run, name="warm-models", daemon=True).start()


def run_through_router() -> None:
    """Run ``streamlit_app.py`` in place when Streamlit ran a file of ``pages/`` on its own.

    Until some session of the process has called ``st.navigation``, Streamlit treats a ``pages/``
    folder next to the entry file as its legacy multipage app: the first deep link after a server
    (re)start, e.g. ``/interview?session=…``, runs ``pages/interview.py`` alone, without the router's
    frame and with every file of ``pages/`` (``ui`` included) listed as a page. Running the router
    here, in the same script run, leaves that mode (``st.navigation`` turns it off for the process)
    and shows the page the URL names, with any widget event of this run intact.
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # a Streamlit without the legacy mode
        return
    if not getattr(PagesManager, "uses_pages_directory", False):
        return
    PagesManager.uses_pages_directory = False
    runpy.run_path(str(ROUTER), run_name="__main__")
    st.stop()


def require_sign_in() -> None:
    """With sign-in configured, nothing but a sign-in prompt until the visitor has signed in."""
    run_through_router()
    if not settings().auth_enabled or getattr(st.user, "is_logged_in", False):
        return
    st.title("🎤 Interview Simulator")
    st.info("Sign in to practise: your interviews are kept for you alone.", icon="🔐")
    st.button("Sign in", type="primary", key="sign_in", on_click=st.login)
    st.stop()


def store() -> InterviewStore:
    """The process-wide store; on failure, a plain sentence and the page stops."""
    require_sign_in()
    current = settings()
    try:
        return _store(current.db_path, current.secret("motherduck_token"))
    except StoreError as exc:
        st.error(str(exc), icon="🗄️")
        st.stop()
        raise  # unreachable: st.stop() ends the run


def engine() -> InterviewEngine:
    current_store = store()
    return _engine(current_store.path, current_store)


def chains() -> Any:
    current = settings()
    return _chains(settings_fingerprint(current), current)


def current_owner() -> str | None:
    """The signed-in user's id when sign-in is configured; None means a shared history."""
    if not settings().auth_enabled:
        return None
    user = st.user
    if not getattr(user, "is_logged_in", False):
        return None
    return str(user.get("email") or user.get("sub") or "")


def session_link(page: str, session_id: str) -> None:
    """Go to a page with ``?session=`` set, so the URL always names the interview."""
    st.session_state["session_id"] = session_id
    st.switch_page(page, query_params={"session": session_id})


def active_session_id() -> str | None:
    """The session in the URL, else the one this browser session last used."""
    from_url = st.query_params.get("session")
    if from_url:
        st.session_state["session_id"] = from_url
        return from_url
    return st.session_state.get("session_id")


def sidebar() -> None:
    """The shared frame: which models answer, in order; keys for this browser session; storage."""
    current = settings()
    if current.auth_enabled and not getattr(st.user, "is_logged_in", False):
        return  # a signed-out visitor sees the sign-in prompt only (no keys, no test calls)
    with st.sidebar:
        st.subheader("Interviewer")
        configured = current.configured_providers()
        if configured:
            chain = [PROVIDER_LABELS[name] for name in configured] + ["Offline coach"]
            st.caption("Models, in fallback order: " + " → ".join(chain))
        else:
            st.caption("Offline coach: no API key needed. Add a key below for a cloud model.")
        with st.expander("Models and keys"):
            _provider_panel(current)
        st.subheader("Your data")
        if current.auth_enabled and getattr(st.user, "is_logged_in", False):
            st.caption(f"Signed in as {plain(str(st.user.get('email') or st.user.get('name') or 'you'))}.")
            st.button("Sign out", key="sign_out", on_click=st.logout)
        elif not current.auth_enabled:
            st.caption("No sign-in: everyone using this server shares its history.")
        if current.db_path.startswith("md:"):
            st.caption("Sessions are kept in MotherDuck (shared database).")
        else:
            st.caption(f"Sessions are kept in `{current.db_path}` on this server.")


def _provider_panel(current: Settings) -> None:
    from core.providers import describe_providers  # light: the model layer loads on "Test connection"

    overrides: dict[str, str] = dict(st.session_state.get("provider_overrides", {}))
    st.caption("Keys typed here stay in this browser tab only: never saved, logged or exported.")
    for provider in describe_providers(current):
        name = provider["name"]
        status = "configured" if provider["configured"] else "not configured"
        st.markdown(f"**{provider['label']}** · {status} · `{provider['model']}`")
        field = KEY_FIELDS.get(name)
        if field:
            typed = st.text_input(
                f"{provider['label']} API key", type="password", key=f"key_{name}",
                value=overrides.get(field, ""), placeholder="Paste a key for this session",
            )
            if typed.strip() != overrides.get(field, ""):
                overrides[field] = typed.strip()
        elif name == "local":
            url = st.text_input("Local server URL (Ollama, LM Studio, vLLM)", key="local_url",
                                value=overrides.get("local_base_url", ""),
                                placeholder="http://localhost:11434/v1")
            if url.strip() != overrides.get("local_base_url", ""):
                overrides["local_base_url"] = url.strip()
        if provider["configured"] and st.button("Test connection", key=f"test_{name}"):
            from core.llm import check_provider

            with st.spinner("Asking the model…"):
                st.caption(check_provider(current, name))
    if overrides != st.session_state.get("provider_overrides", {}):
        st.session_state["provider_overrides"] = {k: v for k, v in overrides.items() if v}
        st.rerun()


_MARKDOWN_SPECIALS = set("\\`*_{}[]()#+-.!|<>~$:")


def plain(text: str) -> str:
    """User or model text made inert for ``st.markdown``: no HTML, links, images or formatting."""
    escaped = "".join("\\" + ch if ch in _MARKDOWN_SPECIALS else ch for ch in text or "")
    return escaped.replace("\n", "  \n")
