"""Session 30: no page's icon makes the browser ask another host for the tab's icon.

Streamlit's browser code makes the open page's ``st.Page`` icon the tab's icon when the navigation message comes
before the page config; a Material icon is then fetched from fonts.gstatic.com (tests/e2e/test_pages.py,
``test_history_and_home_draw_a_single_session``, caught it on a fresh load of /history when run alone: the request
list held ``…/materialsymbolsrounded/history/default/24px.svg``). The pages now carry no icon. Read from the source
(building ``st.Page`` objects outside a script run would leave them cached for the app tests of the same process).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _page_icons(path: Path) -> list[str | None]:
    icons = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "Page":
            icon = next((k.value for k in node.keywords if k.arg == "icon"), None)
            icons.append(icon.value if isinstance(icon, ast.Constant) else None if icon is None else "?")
    return icons


def test_no_page_icon_is_fetched_from_another_host() -> None:
    icons = _page_icons(ROOT / "pages" / "ui" / "navigation.py") + _page_icons(ROOT / "streamlit_app.py")
    assert len(icons) == 6  # five pages and the sign-in page
    assert not any(str(icon or "").startswith(":material") for icon in icons), icons


def test_the_tab_icon_is_a_file_of_this_app() -> None:
    router = (ROOT / "streamlit_app.py").read_text(encoding="utf-8")
    assert 'page_icon=str(Path(__file__).parent / "data" / "app_icon.svg")' in router
