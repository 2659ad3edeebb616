"""Process-wide resources of the page layer: the app's own log lines reach stderr with time, level and
module (a refused upload, a fallback, a retry were invisible at INFO: Python alone prints warnings only,
without a time), and the cached chains are keyed by every secret of the settings."""

from __future__ import annotations

import logging

import pytest

from tests.test_app_flow import new_app


def _app_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger("core").handlers if getattr(h, "interview_app", False)]


def test_the_router_sends_the_apps_info_lines_to_stderr_once(db_path, fresh_app_cache, capfd):
    at = new_app()
    at.run()
    assert not at.exception
    import streamlit as st

    st.cache_resource.clear()  # a second run of the process's resources adds no second handler
    new_app().run()
    assert len(_app_handlers()) == 1
    capfd.readouterr()
    logging.getLogger("core.documents").info("Upload %r refused (%s)", "cv.pdf", "damaged")
    logging.getLogger("httpx").info("third-party INFO stays quiet")
    err = capfd.readouterr().err
    assert "INFO core.documents: Upload 'cv.pdf' refused (damaged)" in err
    assert "third-party" not in err


@pytest.mark.parametrize(("value", "level"), [("warning", logging.WARNING), ("DEBUG", logging.DEBUG),
                                              ("loud", logging.INFO)])
def test_the_level_comes_from_the_environment(value, level, monkeypatch, db_path, fresh_app_cache):
    monkeypatch.setenv("INTERVIEW_LOG_LEVEL", value)
    new_app().run()
    assert logging.getLogger("core").level == level
    assert logging.getLogger("pages").level == level


def test_every_secret_of_the_settings_keys_the_cached_chains_and_none_is_kept_in_clear():
    """A key typed for any provider of the registry (or the MotherDuck token) gives new chains; the cache
    key is a hash (the list of secret fields was written out by hand and would miss a new provider)."""
    from pydantic import SecretStr

    from core.models.registry import PROVIDERS
    from core.settings import load_settings
    from pages.ui.resources import settings_fingerprint

    plain = settings_fingerprint(load_settings(secrets={}, overrides={}, env={}))
    for name in [p.key_setting for p in PROVIDERS] + ["motherduck_token"]:
        with_key = load_settings(secrets={}, overrides={name: "sk-test-9f8e7d"}, env={})
        assert isinstance(getattr(with_key, name), SecretStr)
        keyed = settings_fingerprint(with_key)
        assert keyed != plain, name
        assert "9f8e7d" not in keyed
