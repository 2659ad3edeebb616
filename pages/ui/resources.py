"""Resources built once per process (``st.cache_resource``) and this tab's settings.

Asking for a resource never draws anything, reruns the router or stops the page: a store that
cannot be opened raises :class:`core.storage.StoreError`, which the router turns into a sentence
before any page runs.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, get_args

import streamlit as st
from pydantic import SecretStr

from core.interview import InterviewEngine
from core.settings import Settings, load_settings
from core.storage import InterviewStore
from pages.ui import state

logger = logging.getLogger(__name__)


def _secrets() -> dict[str, Any]:
    try:
        return st.secrets.to_dict()
    except Exception:  # noqa: BLE001 - no secrets.toml is the normal local case
        return {}


LOG_LEVEL_ENV = "INTERVIEW_LOG_LEVEL"  # INFO by default; DEBUG, WARNING, ERROR
_APP_LOGGERS = ("core", "pages")


@st.cache_resource(show_spinner=False)
def app_logging() -> bool:
    """Once per process: the app's own loggers (``core.*``, ``pages.*``) write to stderr, with time, level
    and module, from :data:`LOG_LEVEL_ENV` up (INFO by default: refused uploads, fallbacks, retries).
    Without it Python prints only warnings, without a time. Third-party loggers keep their levels (an
    SDK's request log can hold a URL with a key in it). Records still reach the root logger. Returns True."""
    level = os.environ.get(LOG_LEVEL_ENV, "INFO").strip().upper()
    if not isinstance(logging.getLevelName(level), int):
        level = "INFO"
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name in _APP_LOGGERS:
        app = logging.getLogger(name)
        app.setLevel(level)
        if not any(getattr(h, "interview_app", False) for h in app.handlers):
            handler.interview_app = True  # type: ignore[attr-defined]
            app.addHandler(handler)
    return True


_RUN = threading.local()  # this thread's script run: the settings read once in it (a script run is one thread)


def settings() -> Settings:
    """Settings for this browser session: sidebar keys > st.secrets > environment > defaults.

    Inside :func:`script_run` (the router's run) they are read once and kept until the run ends or the
    sidebar's keys change: reading them costs 0.2-0.3 ms (mostly ``st.secrets`` looking for a file), and a
    page run asks about ten times. Outside it (widget callbacks, which run before the router) each call reads.
    """
    overrides = state.overrides()
    kept = getattr(_RUN, "settings", None)
    if kept is not None and kept[0] == overrides:
        return kept[1]
    value = load_settings(secrets=_secrets(), overrides=overrides)
    if getattr(_RUN, "active", False):
        _RUN.settings = (overrides, value)
        _RUN.resources = {}
    return value


def _for_run(name: str, current: Settings, build: Callable[[], Any]) -> Any:
    """``build()`` once per script run and settings: the ``st.cache_resource`` lookup it makes hashes its
    arguments (0.1-0.3 ms), and a page run asks for the store, the engine and the chains several times.
    Outside :func:`script_run` (callbacks) it simply builds."""
    kept = getattr(_RUN, "settings", None)
    if not getattr(_RUN, "active", False) or kept is None or kept[1] is not current:
        return build()
    memo = _RUN.resources
    if name not in memo:
        memo[name] = build()
    return memo[name]


@contextmanager
def script_run() -> Iterator[None]:
    """The router's whole run (``with resources.script_run():``): :func:`settings` is read once in it.
    Nothing is kept past its end, so the next run (and the callbacks before it) sees edited secrets or
    environment."""
    outer = (getattr(_RUN, "active", False), getattr(_RUN, "settings", None), getattr(_RUN, "resources", {}))
    _RUN.active, _RUN.settings, _RUN.resources = True, None, {}
    try:
        yield
    finally:
        _RUN.active, _RUN.settings, _RUN.resources = outer


def settings_fingerprint(value: Settings) -> str:
    """A cache key for resources built from settings; a hash, so no key is ever kept in clear. Every
    ``SecretStr`` field counts (each provider's key from the registry, the MotherDuck token), so a new
    provider's key changes the key of the chains without a list to keep in step."""
    secrets = [value.secret(name) or "" for name, info in sorted(type(value).model_fields.items())
               if SecretStr in get_args(info.annotation)]
    raw = value.model_dump_json() + "|" + "|".join(secrets)
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
    from core.models.chains import build_chains

    return build_chains(_settings)


def store() -> InterviewStore:
    """The process-wide store. Raises ``StoreError`` (a sentence for the user) when it cannot open."""
    current = settings()
    return _for_run("store", current, lambda: _store(current.db_path, current.secret("motherduck_token")))


def engine() -> InterviewEngine:
    """The process-wide interview engine (one per store: its per-session locks are shared by all tabs)."""
    current_store = store()
    return _for_run("engine", settings(), lambda: _engine(current_store.path, current_store))


def chains() -> Any:
    """The model chains for this tab's settings (``core.models.chains.ModelChains``), built once per settings."""
    current = settings()
    return _for_run("chains", current, lambda: _chains(settings_fingerprint(current), current))


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

        from core.models.providers import warm_provider_imports

        try:
            from core.samples import warm_samples

            warm_samples()  # first (a newcomer's first click is often "Try with a sample"): the sample files read once
            warm_provider_imports(current, wait=True)
            for module in ("pages.ui.charts", "core.documents"):  # charts (pandas, altair), file parsers
                importlib.import_module(module)
            from core.analysis.language import warm_up  # the scorer's word frequencies and language detector

            warm_up()
            from core.analysis.cv_lines import _places  # the place-name gazetteer the CV reader uses
            from core.analysis.cv_titles import title_head  # and its list of occupation titles

            _places()
            title_head("nurse")
            from core.analysis.lemmas import lemma  # simplemma's English dictionary (about a second to load)

            lemma("wrote")
        except Exception:  # noqa: BLE001 - a warm-up failure only costs time later
            logger.exception("warming the model layer failed")
        _settle_heap()

    threading.Thread(target=run, name="warm-models", daemon=True).start()


def _settle_heap() -> None:
    """After a warm-up: collect once, then move what is alive (modules, tables, models) out of the
    collector's way (:func:`gc.freeze`). Otherwise the next full collection walks those millions of
    objects on a visitor's click: measured 0.5-1 s on the first "Try with a sample" after start-up."""
    gc.collect()
    gc.freeze()


@st.cache_resource(show_spinner=False, max_entries=16)
def _transcriber(fingerprint: str, _settings: Settings) -> Any:
    from core.speech import transcriber_from_settings

    return transcriber_from_settings(_settings)


def transcriber() -> Any:
    """The transcription chain for this tab's settings (``core.speech.TranscriberChain``), built once per
    settings. Building it loads nothing heavy: the local model loads on first use or in :func:`warm_speech`."""
    current = settings()
    return _for_run("transcriber", current, lambda: _transcriber(settings_fingerprint(current), current))


_speech_warmed: set[str] = set()


def warm_speech() -> None:
    """Load the local speech model in a background thread, once per process and settings.

    Called when the microphone is drawn, so the first recording does not wait for the model
    (a cold load took 2.4-6.1 s here, docs/speech.md). A failure only means the first recording loads it.
    """
    chain = transcriber()
    local = [engine for engine in getattr(chain, "engines", []) if hasattr(engine, "load")]
    with _warm_lock:
        todo = [engine for engine in local if engine.name not in _speech_warmed]
        _speech_warmed.update(engine.name for engine in todo)
    if not todo:
        return

    def run() -> None:
        for engine in todo:
            try:
                engine.load()
            except Exception:  # noqa: BLE001 - EngineUnavailable is said again, plainly, on the first recording
                logger.info("the local speech model could not be warmed (%s)", engine.name)
        _settle_heap()

    threading.Thread(target=run, name="warm-speech", daemon=True).start()
