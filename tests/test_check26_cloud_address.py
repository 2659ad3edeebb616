"""Session 26 (newcomer nc26 finding 15): "Test connection" for a cloud provider with no address typed said
"OpenAI: cannot reach api.openai.com. Check the address and that the server is running." The visitor typed no
address: the provider's own one is not theirs to check, the network between is. An address they did set (a local
server, or a cloud provider's base URL) still gets "Check the address". No network: the provider's request fails
here the way an unreachable host fails (a connection error), on every cloud provider of the registry.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import core.models.chains as chains
from core.models import registry
from core.models.chains import check_provider
from core.settings import Settings

KEY = "sk-SENTINEL-nc26-check"
ROOT = str(Path(__file__).resolve().parent.parent)
CLOUD = [p for p in registry.PROVIDERS if p.cloud]


class _Unreachable:
    """A provider whose request never connects, as with no network (httpx/openai raise a connection error)."""

    def __init__(self, real) -> None:
        self.name, self.label, self.model_name = real.name, real.label, real.model_name

    def stream(self, messages):
        raise ConnectionError("no route to host")


@pytest.fixture
def unreachable(monkeypatch):
    real = chains.make_provider
    monkeypatch.setattr(chains, "make_provider", lambda settings, name: _Unreachable(real(settings, name)))


@pytest.mark.parametrize("provider", CLOUD, ids=[p.name for p in CLOUD])
def test_a_cloud_provider_at_its_own_address_is_not_told_to_check_an_address(unreachable, provider):
    settings = Settings(**{provider.key_setting: KEY})
    sentence = check_provider(settings, provider.name, timeout_s=1)
    assert sentence.startswith(f"{provider.label}: cannot reach {registry.where(settings, provider.name)}."), sentence
    assert "Check the address" not in sentence and "server is running" not in sentence, sentence
    assert "internet connection" in sentence, sentence
    assert KEY not in sentence


def test_an_address_the_visitor_set_is_still_the_one_to_check(unreachable):
    typed = "http://127.0.0.1:9/v1"
    for settings, name, label in ((Settings(openai_api_key=KEY, openai_base_url=typed), "openai", "OpenAI"),
                                  (Settings(local_base_url=typed), "local", "Local server")):
        assert check_provider(settings, name, timeout_s=1) == (
            f"{label}: cannot reach {typed}. Check the address and that the server is running.")


def _frame(root: str) -> None:
    import sys

    sys.path.insert(0, root)
    from pages.ui import frame as ui

    ui.sidebar()


def test_the_sidebar_says_what_to_check_for_a_typed_cloud_key(db_path, fresh_app_cache, unreachable, monkeypatch):
    from pages.ui.frame import PANEL

    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "INTERVIEW_PROVIDERS"):
        monkeypatch.delenv(name, raising=False)
    at = AppTest.from_function(_frame, args=(ROOT,), default_timeout=30)
    at.session_state[PANEL] = True
    at.run()
    at.sidebar.text_input(key="key_openai").input(KEY).run()
    at.sidebar.button(key="test_openai").click().run()
    assert not at.exception, at.exception
    captions = "\n".join(c.value for c in at.sidebar.caption)
    assert "OpenAI: cannot reach api.openai.com." in captions, captions
    assert "Check the address" not in captions and KEY not in captions, captions
