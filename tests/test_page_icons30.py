"""Session 30: no page's icon makes the browser ask another host for the tab's icon.

Streamlit's browser code makes the open page's ``st.Page`` icon the tab's icon when the navigation message comes
before the page config; a Material icon is then fetched from fonts.gstatic.com (tests/e2e/test_pages.py,
``test_history_and_home_draw_a_single_session``, caught it on a fresh load of /history when run alone: the request
list held ``…/materialsymbolsrounded/history/default/24px.svg``). The pages now carry no icon.
"""

from __future__ import annotations

from pages.ui.navigation import pages


def test_no_page_icon_is_fetched_from_another_host() -> None:
    icons = [page.icon for page in pages()]
    assert len(icons) == 5
    assert not any(str(icon or "").startswith(":material") for icon in icons), icons


def test_the_tab_icon_is_a_file_of_this_app() -> None:
    router = (__import__("pathlib").Path(__file__).resolve().parent.parent / "streamlit_app.py").read_text("utf-8")
    assert 'page_icon=str(Path(__file__).parent / "data" / "app_icon.svg")' in router
    assert ':material/login:", default=True' not in router  # nor the sign-in page's
