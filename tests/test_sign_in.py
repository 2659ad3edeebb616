"""Optional sign-in: configured in secrets, the app asks visitors to sign in before anything else."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
AUTH = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
                 "client_id": "id", "client_secret": "secret",
                 "server_metadata_url": "https://accounts.example.com/.well-known/openid-configuration"}}


def _texts(at: AppTest) -> str:
    return "\n".join([t.value for t in at.title] + [i.value for i in at.info] + [c.value for c in at.caption])


def test_signed_out_visitors_see_only_a_sign_in_prompt(db_path, fresh_app_cache):
    """The router gives a signed-out visitor one page: every URL, deep links included, shows it."""
    for page in ("pages/home.py", "pages/setup.py", "pages/history.py", "pages/interview.py"):
        at = AppTest.from_file(APP, default_timeout=30)
        at.secrets.update(AUTH)
        at.user = {"is_logged_in": False}
        at.query_params["session"] = "abc123"
        at.switch_page(page).run()
        assert not at.exception, page
        assert "Sign in to practise" in _texts(at), page
        assert [b.label for b in at.button] == ["Sign in"], page
        assert not at.sidebar.caption and not at.sidebar.text_input, page  # no keys, no storage path
        with pytest.raises(ValueError, match="Known pages: \\['Sign in'\\]"):
            at.switch_page("pages/setup.py")  # the other pages do not exist for this visitor


def test_signed_in_users_see_the_app_and_a_sign_out(db_path, fresh_app_cache):
    at = AppTest.from_file(APP, default_timeout=30)
    at.secrets.update(AUTH)
    at.user = {"is_logged_in": True, "email": "ada@example.com"}
    at.run()
    assert not at.exception
    assert "Sign in to practise" not in _texts(at)
    assert "Signed in as ada@example\\.com." in _texts(at)
    assert at.sidebar.button(key="sign_out")


def test_without_sign_in_the_shared_history_is_stated(db_path, fresh_app_cache):
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    assert "everyone using this server shares its history" in _texts(at)
    assert "sign_in" not in [b.key for b in at.button]
