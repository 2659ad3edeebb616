"""Every session is its own point on the History chart: two sessions finished in the same minute are drawn side by
side, never one over the other (session 19 re-check: the second hid the first). AppTest on the History page, reading
the chart's spec and data; the tooltip keeps each session's own time."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pyarrow as pa
from streamlit.testing.v1 import AppTest

from pages.ui.charts import PLOT_FIELD, SPREAD_SHARE, spread
from tests.test_progress import make_session

HISTORY = str(Path(__file__).resolve().parent.parent / "pages" / "history.py")
SAME = {"relevance": 3, "structure": 3, "specificity": 3, "depth": 3, "communication": 3}


def _chart_rows(at: AppTest) -> tuple[dict, pd.DataFrame]:
    """(the first chart's spec, its data): Streamlit sends an Altair chart's data as Arrow datasets."""
    chart = at.get("vega_lite_chart")[0]
    spec = json.loads(chart.proto.spec)
    frames = [pa.ipc.open_stream(io.BytesIO(d.data.data)).read_pandas() for d in chart.proto.datasets]
    if not frames and chart.proto.data.data:
        frames = [pa.ipc.open_stream(io.BytesIO(chart.proto.data.data)).read_pandas()]
    return spec, pd.concat(frames, ignore_index=True)


def _x_field(spec: dict) -> str:
    layers = spec.get("layer") or [spec]
    return next(layer["encoding"]["x"]["field"] for layer in layers if "encoding" in layer and "x" in layer["encoding"])


def test_two_sessions_of_one_minute_are_two_visible_points(store, fresh_app_cache):
    moment = datetime(2025, 6, 3, 14, 20, 5)
    for at_time in (moment - timedelta(days=2), moment, moment + timedelta(seconds=40)):
        make_session(store, job_title="Data Analyst", created_at=at_time, dims=SAME)
    store.close()
    at = AppTest.from_file(HISTORY, default_timeout=30)
    at.run()
    assert not at.exception, at.exception
    spec, rows = _chart_rows(at)
    field = _x_field(spec)
    assert field == PLOT_FIELD
    points = rows.drop_duplicates("session_id")
    assert len(points) == 3
    drawn = pd.to_datetime(points[field]).sort_values()
    assert drawn.is_unique  # same score, same minute: still three places on the axis
    own = pd.to_datetime(points["date"])
    span = own.max() - own.min()  # the sessions' own span: the axis the least distance is a share of
    assert (drawn.diff().dropna() >= span * SPREAD_SHARE * 0.99).all()
    # the tooltip's time is the session's own
    assert sorted(pd.to_datetime(points["date"]).dt.second.tolist())[-1] in {5, 45}


def test_spread_keeps_sessions_apart_in_order_and_leaves_distant_ones_alone():
    dates = pd.Series(pd.to_datetime(["2025-01-01 10:00:00", "2025-01-01 10:00:30", "2025-01-05 09:00:00"]))
    drawn = spread(dates)
    # session 21: the pair ends at the later one's own time (a pair pushed to the right fell after "now")
    assert drawn.iloc[1] == dates.iloc[1] and drawn.iloc[2] == dates.iloc[2]
    assert drawn.iloc[1] > drawn.iloc[0] and drawn.iloc[1] < drawn.iloc[2]
    same = spread(pd.Series(pd.to_datetime(["2025-01-01 10:00:00"] * 3)))
    assert same.is_unique and same.is_monotonic_increasing
    assert spread(dates).equals(drawn)  # the same every time: no random jitter
