"""Session 26 (newcomer nc26 finding 8): *Hide my contact details from the model* stayed off when a cloud key was
typed after Setup had been drawn once.

The README says: "With a cloud model configured, *Hide my contact details from the model* is on by default". Setup
kept the box's first value (off, with no cloud model) for the rest of the tab, so a key typed in the sidebar on
Setup, or on another page after a visit to Setup, left it off: the CV's e-mail address would go to OpenAI. Now the
box is ticked whenever a cloud model has become configured since Setup last ran; unticked by the visitor while the
model stays configured, it stays unticked. The sidebar writes the typed key into the tab's provider overrides before
the page runs (streamlit_app.py); AppTest reruns only the page script, so the tests write it there as the sidebar
does. No network: nothing is sent to a model before Start.
"""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from pages.ui.state import PROVIDER_OVERRIDES
from tests.app_start import APP

KEY = "sk-SENTINEL-nc26-contacts"


def _app(monkeypatch) -> AppTest:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENROUTER_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "INTERVIEW_PROVIDERS"):
        monkeypatch.delenv(name, raising=False)
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, at.exception
    return at


def _type_key(at: AppTest, **more: str) -> None:
    """What the sidebar's key box does when a key is typed: the tab's overrides gain it (and ``more`` settings),
    then the app reruns."""
    at.session_state[PROVIDER_OVERRIDES] = {**dict(at.session_state[PROVIDER_OVERRIDES]), "openai_api_key": KEY,
                                            **more}
    at.run()
    assert not at.exception, at.exception


def test_a_key_typed_on_setup_ticks_the_box(db_path, fresh_app_cache, monkeypatch):
    at = _app(monkeypatch)
    at.switch_page("pages/setup.py").run()
    assert at.checkbox(key="setup_hide_contacts").value is False  # offline coach only: nothing leaves the machine
    _type_key(at)
    assert at.checkbox(key="setup_hide_contacts").value is True


def test_a_key_typed_on_another_page_after_setup_ticks_the_box(db_path, fresh_app_cache, monkeypatch):
    at = _app(monkeypatch)
    at.switch_page("pages/setup.py").run()
    assert at.checkbox(key="setup_hide_contacts").value is False
    at.switch_page("pages/home.py").run()
    _type_key(at)
    at.switch_page("pages/setup.py").run()
    assert at.checkbox(key="setup_hide_contacts").value is True


def test_unticked_with_a_cloud_model_it_stays_unticked(db_path, fresh_app_cache, monkeypatch):
    at = _app(monkeypatch)
    at.switch_page("pages/setup.py").run()
    _type_key(at)
    at.checkbox(key="setup_hide_contacts").uncheck().run()
    assert at.checkbox(key="setup_hide_contacts").value is False
    at.run()  # another rerun with the same key: the visitor's choice holds
    assert at.checkbox(key="setup_hide_contacts").value is False


def test_the_interview_started_after_a_late_key_hides_contacts(db_path, fresh_app_cache, monkeypatch):
    """Start with the key typed after Setup was drawn: the session is made with contact details hidden."""
    from core.storage import InterviewStore

    at = _app(monkeypatch)
    at.switch_page("pages/setup.py").run()
    at.button(key="setup_sample").click().run()
    assert at.checkbox(key="setup_hide_contacts").value is False
    _type_key(at, openai_base_url="http://127.0.0.1:9/v1")  # unreachable, never the internet: the coach answers
    assert at.checkbox(key="setup_hide_contacts").value is True
    at.slider(key="setup_count").set_value(3)
    at.button(key="setup_start").click().run()
    assert not at.exception, at.exception
    session_id = at.query_params["session"]
    session_id = session_id[0] if isinstance(session_id, list) else session_id
    assert InterviewStore(db_path).get_session(session_id).settings["hide_contact_details"] is True

