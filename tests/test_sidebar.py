"""The sidebar in AppTest: the model chain in order, keys for this session, test connection.

AppTest re-runs only the page script after the first run of a multipage app (it finds the
``pages/`` folder), so the shared frame is driven here through a one-function app that draws it.
"""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.fake_servers import FakeOpenAI

ROOT = str(Path(__file__).resolve().parent.parent)


def _frame(root: str) -> None:
    import sys

    sys.path.insert(0, root)
    from pages.ui import frame as ui

    ui.sidebar()


def new_app() -> AppTest:
    return AppTest.from_function(_frame, args=(ROOT,), default_timeout=30)
KEY = "sk-SENTINEL-sidebar-77"


def _all_text(at: AppTest) -> str:
    parts = [c.value for c in at.caption] + [m.value for m in at.markdown]
    parts += [str(w.value) for w in at.text_input]
    return "\n".join(parts)


def _open_panel(at: AppTest) -> None:
    """Open "Models and keys", as a visitor clicks it (it draws its contents only while open)."""
    from pages.ui.frame import PANEL

    at.session_state[PANEL] = True
    at.run()


def _captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.sidebar.caption)


def test_offline_by_default_then_a_local_server_typed_in_the_sidebar(db_path, fresh_app_cache):
    with FakeOpenAI() as server:
        at = new_app()
        at.run()
        assert "Offline coach: no API key needed" in _captions(at)
        assert not at.sidebar.text_input  # closed: nothing of the panel is drawn
        _open_panel(at)
        at.sidebar.text_input(key="local_url").input(server.base_url).run()
        assert not at.exception
        assert "Models, in fallback order: Local server → Offline coach" in _captions(at)
        at.sidebar.button(key="test_local").click().run()
        assert "Local server (llama3.1) answered in" in _captions(at)
        assert server.count("/chat/completions") == 1


def test_a_rejected_key_is_reported_without_showing_it(db_path, fresh_app_cache, monkeypatch):
    with FakeOpenAI(mode="401") as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        at = new_app()
        at.run()
        _open_panel(at)
        at.sidebar.text_input(key="key_openai").input(KEY).run()
        assert "OpenAI (gpt-4o-mini) → Offline coach" in _captions(at) or "OpenAI → Offline coach" in _captions(at)
        at.sidebar.button(key="test_openai").click().run()
        assert "OpenAI: key rejected. Check the key (it is not shown here)." in _captions(at)
        assert server.requests[-1]["headers"]["authorization"] == f"Bearer {KEY}"
        shown = "\n".join(c.value for c in at.caption) + "\n".join(m.value for m in at.markdown)
        assert KEY not in shown


def test_the_panel_asks_for_what_each_registry_provider_needs(db_path, fresh_app_cache):
    from core.models.registry import PROVIDERS

    at = new_app()
    at.run()
    _open_panel(at)
    inputs = {w.key: w for w in at.sidebar.text_input}
    for spec in PROVIDERS:
        key = f"key_{spec.name}" if spec.sidebar_input == "key" else f"{spec.name}_url"
        assert key in inputs, key
    assert inputs["key_openrouter"].label == "OpenRouter API key"
    at.sidebar.text_input(key="key_openrouter").input(KEY).run()
    assert not at.exception
    assert "Models, in fallback order: OpenRouter → Offline coach" in _captions(at)
    assert KEY not in _captions(at) and KEY not in "\n".join(m.value for m in at.markdown)


def test_each_configured_providers_test_result_stays_shown(db_path, fresh_app_cache, monkeypatch):
    """Testing a second provider does not hide the first one's result; "Test all connections" checks
    every configured provider; a result goes when its provider's key or URL changes; no key shown."""
    with FakeOpenAI() as local, FakeOpenAI(mode="401") as cloud:
        monkeypatch.setenv("OPENAI_BASE_URL", cloud.base_url)
        at = new_app()
        at.run()
        _open_panel(at)
        at.sidebar.text_input(key="local_url").input(local.base_url).run()
        at.sidebar.text_input(key="key_openai").input(KEY).run()
        at.sidebar.button(key="test_local").click().run()
        at.sidebar.button(key="test_openai").click().run()
        assert not at.exception
        shown = _captions(at)
        assert "Local server (llama3.1) answered in" in shown, shown
        assert "OpenAI: key rejected. Check the key (it is not shown here)." in shown, shown
        assert KEY not in shown and KEY not in "\n".join(m.value for m in at.markdown)

        before = (local.count("/chat/completions"), cloud.count("/chat/completions"))
        at.sidebar.button(key="test_all").click().run()
        assert local.count("/chat/completions") > before[0] and cloud.count("/chat/completions") > before[1]
        shown = _captions(at)
        assert "Local server (llama3.1) answered in" in shown and "OpenAI: key rejected" in shown, shown
        # every configured provider, the offline coach included, has its own line
        assert sum("answered in" in c.value or "key rejected" in c.value for c in at.sidebar.caption) == 3
        assert "Offline coach" in shown and "answered in" in shown.split("Offline coach", 1)[-1]

        at.sidebar.text_input(key="key_openai").input("sk-another-key-000").run()
        shown = _captions(at)
        assert "OpenAI: key rejected" not in shown and "Local server (llama3.1) answered in" in shown, shown
        assert "sk-another-key-000" not in shown and KEY not in shown
