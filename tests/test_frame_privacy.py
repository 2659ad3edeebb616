"""The frame never shows a visitor of a deployed app where the server keeps its data (issue 17, point 9),
and every page speaks in Material icons, not emoji (point 8)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pages.ui.frame import is_local_url, shows_data_location
from tests.test_sign_in import AUTH

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
EMOJI = re.compile("[\U0001F000-\U0001FFFF\u2600-\u27BF\u2B00-\u2BFF\u2139\u23E9-\u23FF\uFE0F]")


def _sidebar(at: AppTest) -> str:
    return "\n".join(c.value for c in at.sidebar.caption)


@pytest.mark.parametrize("url", ["http://localhost:8501/", "http://127.0.0.1:8501/history", "http://[::1]:8501/",
                                 "http://app.localhost:8501/"])
def test_loopback_urls_are_local(url):
    assert is_local_url(url)


@pytest.mark.parametrize("url", [None, "", "https://interview.example.com/", "http://192.168.1.20:8501/",
                                 "https://localhost.example.com/", "http://[not an url"])
def test_other_urls_are_not_local(url):
    assert not is_local_url(url)


def test_signed_in_apps_never_name_the_store():
    assert shows_data_location(False, "http://localhost:8501/")
    assert not shows_data_location(True, "http://localhost:8501/")
    assert not shows_data_location(False, "https://interview.example.com/")


def test_a_local_visitor_sees_where_sessions_are_kept(db_path, fresh_app_cache):
    at = AppTest.from_file(APP, default_timeout=30)
    at.context = {"url": "http://localhost:8501/"}
    at.run()
    assert not at.exception
    assert f"Sessions are kept in `{db_path}` on this computer." in _sidebar(at)


@pytest.mark.parametrize("url", ["https://interview.example.com/", None])
def test_a_visitor_of_a_deployed_app_never_sees_a_server_path(db_path, fresh_app_cache, url):
    for page in ("pages/home.py", "pages/setup.py", "pages/history.py"):
        at = AppTest.from_file(APP, default_timeout=30)
        if url:
            at.context = {"url": url}
        at.switch_page(page).run()
        assert not at.exception, page
        shown = _sidebar(at)
        assert db_path not in shown and Path(db_path).name not in shown and "kept in" not in shown, page
        assert "Download or delete your sessions from History." in shown


def test_signed_in_on_localhost_no_path_either(db_path, fresh_app_cache):
    at = AppTest.from_file(APP, default_timeout=30)
    at.secrets.update(AUTH)
    at.user = {"is_logged_in": True, "email": "ada@example.com"}
    at.context = {"url": "http://localhost:8501/"}
    at.run()
    assert not at.exception
    assert db_path not in _sidebar(at) and "Signed in as" in _sidebar(at)


def test_pages_use_material_icons_not_emoji(db_path, fresh_app_cache):
    for page in ("pages/home.py", "pages/setup.py", "pages/interview.py", "pages/feedback.py", "pages/history.py"):
        at = AppTest.from_file(APP, default_timeout=30)
        at.switch_page(page).run()
        if page == "pages/setup.py":
            at.button(key="setup_start").click().run()  # empty fields: an error sentence
        assert not at.exception, page
        titles = [t.value for t in at.title]
        assert titles and all(t.startswith(":material/") for t in titles), (page, titles)
        alerts = list(at.info) + list(at.warning) + list(at.error) + list(at.success)
        assert alerts, page  # each page shows at least one alert on an empty database
        for alert in alerts:
            assert alert.icon.startswith(":material/"), (page, alert.icon)
            assert not EMOJI.search(alert.value), (page, alert.value)
        assert not any(EMOJI.search(t) for t in titles), page


def test_no_emoji_left_in_the_page_sources():
    """st.Page icons, titles and alerts: the sources name Material icons only. The tab icon is the app's
    own SVG file (a Material page_icon is fetched by the browser from fonts.gstatic.com)."""
    sources = [ROOT / "streamlit_app.py", *sorted((ROOT / "pages").rglob("*.py"))]
    found = {str(p.relative_to(ROOT)): EMOJI.findall(p.read_text()) for p in sources}
    assert {p: chars for p, chars in found.items() if chars} == {}
    router = (ROOT / "streamlit_app.py").read_text()
    frame = (ROOT / "pages" / "ui" / "frame.py").read_text()  # the sign-in page and the sidebar
    frame += (ROOT / "pages" / "ui" / "navigation.py").read_text()  # the five pages are built there (frame.pages)
    # the alerts name Material icons (drawn from the bundled font); the pages carry none since session 30: a page's
    # Material icon became the tab's icon, fetched from fonts.gstatic.com (tests/test_page_icons30.py)
    assert len(re.findall(r'icon=":material/[a-z_]+:"', router + frame)) >= 2
    assert not re.search(r'st\.Page\([^)]*icon=":material', router + frame)
    assert 'page_icon=":material' not in router and "app_icon.svg" in router
    assert (ROOT / "data" / "app_icon.svg").read_text().lstrip().startswith("<svg")
