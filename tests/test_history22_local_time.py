"""History shows times in the browser's own time zone, named, with UTC as the fallback said as such; the store keeps UTC
(session 21: a user in Berlin saw UTC). AppTest on the History page with a real DuckDB file; ``at.context`` gives the
browser's zone as Streamlit's ``st.context.timezone`` and ``timezone_offset`` read it."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from core.local_time import browser_zone, stored_moment, to_local
from core.storage import InterviewStore
from tests.test_history20_chart import _chart_rows
from tests.test_progress import make_session

HISTORY = str(Path(__file__).resolve().parent.parent / "pages" / "history.py")
SAME = {"relevance": 3, "structure": 3, "specificity": 3, "depth": 3, "communication": 3}
STORED = datetime(2025, 6, 3, 14, 20, 5)  # UTC, as the store keeps it; 16:20 in Berlin (summer time)
BERLIN = {"timezone": "Europe/Berlin", "timezone_offset": -120}


def _history(context: dict | None) -> AppTest:
    at = AppTest.from_file(HISTORY, default_timeout=30)
    if context is not None:
        at.context = context
    at.run()
    assert not at.exception, at.exception
    return at


def _captions(at: AppTest) -> str:
    return " ".join(c.value for c in at.caption)


def test_a_berlin_browser_sees_berlin_time_and_the_store_keeps_utc(store, fresh_app_cache):
    made = make_session(store, job_title="Data Analyst", created_at=STORED, dims=SAME)
    store.close()
    at = _history(BERLIN)
    table = at.dataframe[0].value
    assert pd.Timestamp(table["created_at"].iloc[0]).strftime("%H:%M") == "16:20", table
    assert any("03 Jun 2025 16:20" in o for o in at.selectbox(key="history_pick").options)
    assert "Times are in your time zone (Europe/Berlin)." in _captions(at)
    _spec, rows = _chart_rows(at)  # the chart's points at the same local time
    assert pd.to_datetime(rows["date"]).dt.strftime("%H:%M").tolist()[0] == "16:20"
    again = InterviewStore(os.environ["INTERVIEW_DB"])  # the file the page read: its row still in UTC
    try:
        kept = again.sessions_frame()
        assert pd.Timestamp(kept.loc[kept["id"] == made, "created_at"].iloc[0]).strftime("%H:%M") == "14:20"
    finally:
        again.close()


def test_no_zone_from_the_browser_shows_utc_named_as_such(store, fresh_app_cache):
    make_session(store, job_title="Data Analyst", created_at=STORED, dims=SAME)
    store.close()
    at = _history(None)
    assert pd.Timestamp(at.dataframe[0].value["created_at"].iloc[0]).strftime("%H:%M") == "14:20"
    assert "Times are in UTC: your browser did not say its time zone." in _captions(at)


def test_the_date_filter_picks_the_users_own_day(store, fresh_app_cache):
    late = datetime(2025, 6, 3, 23, 30)  # UTC: already 4 June, 01:30, in Berlin
    make_session(store, job_title="Night Auditor", created_at=late, dims=SAME)
    make_session(store, job_title="Data Analyst", created_at=datetime(2025, 6, 1, 9, 0), dims=SAME)
    store.close()
    at = _history(BERLIN)
    at.date_input(key="history_dates").set_value((date(2025, 6, 4), date(2025, 6, 4))).run()
    assert not at.exception, at.exception
    assert at.dataframe[0].value["job_title"].tolist() == ["Night Auditor"]


def test_an_offset_alone_is_used_and_named():
    zone = browser_zone(None, 300)  # five hours behind UTC
    assert zone.name == "UTC-05:00"
    local = to_local(pd.Series([pd.Timestamp(STORED)]), zone)
    assert local.iloc[0].strftime("%H:%M") == "09:20"
    assert stored_moment(local.iloc[0].to_pydatetime(), zone) == STORED
    assert browser_zone("Not/AZone", None).known is False
