"""Home and History compare like with like: the last score against the same role family (issue 17, point 3)."""

from __future__ import annotations

from datetime import datetime, timedelta

from streamlit.testing.v1 import AppTest

from tests.test_app_flow import APP, _texts
from tests.test_progress import make_session

HIGH = {"relevance": 4, "structure": 4, "specificity": 4, "depth": 4, "communication": 4}  # 8 / 10
MID = {"relevance": 3, "structure": 3, "specificity": 3, "depth": 3, "communication": 3}  # 5.5 -> 6 / 10
LOW = {"relevance": 2, "structure": 2, "specificity": 2, "depth": 2, "communication": 2}  # 3 / 10


def _run(page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def test_home_and_history_do_not_compare_sales_with_data(store, fresh_app_cache):
    start = datetime(2025, 3, 1, 9, 0)
    cv = "Jo Doe. Analyst at Acme: Python, SQL."  # one candidate's CV: only the role families differ
    make_session(store, job_title="Data Scientist", created_at=start, dims=HIGH, cv_text=cv)
    make_session(store, job_title="Sales Manager", created_at=start + timedelta(days=3), dims=LOW, cv_text=cv)

    home = _run("pages/home.py")
    [metric] = home.metric
    assert metric.value == "3 / 10" and not metric.delta  # no data-science session to compare with
    assert "your first interview in sales roles" in _texts(home)
    history = _run("pages/history.py")
    assert "your first interview in sales roles" in _texts(history)
    assert "down 4" not in _texts(history) and " up " not in _texts(history)

    make_session(store, job_title="Data Analyst", created_at=start + timedelta(days=5), dims=MID, cv_text=cv)
    home = _run("pages/home.py")
    [metric] = home.metric
    assert metric.value == "6 / 10" and metric.delta == "-2"  # against the data scientist's 8, not sales' 3
    assert "Your last score in data roles is 6.0 / 10, down 2.0 on the one before." in _texts(home)
    spec = history_chart(_run("pages/history.py"))
    assert spec["encoding"]["color"]["field"] == "family_label"
    assert spec["encoding"]["x"]["axis"]["tickCount"] == {"interval": "day", "step": 1}


def history_chart(at: AppTest) -> dict:
    import json

    charts = at.get("vega_lite_chart")
    assert charts
    spec = json.loads(charts[0].proto.spec)
    return spec["layer"][0] if "layer" in spec else spec
