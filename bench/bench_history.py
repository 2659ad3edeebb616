"""History figures at 10,000 sessions / 100,000 messages: the page's script run and the chart queries."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.app_db import app_database
from bench.bench_store import fill
from core import progress
from core.storage import InterviewStore

ROOT = Path(__file__).resolve().parent.parent
SESSIONS = 10_000


def _median_ms(fn, repeat: int) -> float:
    fn()  # warm
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _page_run_seconds(db_path: str, repeat: int = 3) -> tuple[float, float]:
    """(first run, median of later runs) of pages/history.py in AppTest, in seconds."""
    from streamlit.testing.v1 import AppTest

    with app_database(db_path):
        # AppTest's first run in a process scans installed packages for components (~0.6 s); a real
        # server does that once at start-up. Pay it on an empty script so "first run" is the page's.
        AppTest.from_string("import streamlit as st\nst.write('warm-up')", default_timeout=60).run()
        at = AppTest.from_file(str(ROOT / "pages" / "history.py"), default_timeout=60)
        start = time.perf_counter()
        at.run()
        first = time.perf_counter() - start
        if at.exception:
            raise RuntimeError(f"History page failed: {at.exception}")
        later = []
        for _ in range(repeat):
            start = time.perf_counter()
            at.run()
            later.append(time.perf_counter() - start)
        rows = len(at.dataframe[0].value)
        if rows != SESSIONS:
            raise RuntimeError(f"History table shows {rows} rows, expected {SESSIONS}")
        return first, statistics.median(later)


def run() -> list[tuple[str, float, str, str]]:
    with tempfile.TemporaryDirectory() as folder:
        db_path = str(Path(folder) / "history.duckdb")
        store = InterviewStore(db_path)
        fill(store, sessions=SESSIONS, messages_per_session=10)
        scores_ms = _median_ms(lambda: store.scores_over_time(), 10)
        listing_ms = _median_ms(lambda: store.list_sessions(), 10)
        scores_frame_ms = _median_ms(lambda: store.scores_frame(), 10)
        sessions_frame_ms = _median_ms(lambda: store.sessions_frame(), 10)
        recent_ms = _median_ms(lambda: store.recent_scores(limit=10), 10)
        frame = store.scores_frame()
        chart_data_ms = _median_ms(lambda: (progress.score_points(frame), progress.dimension_points(frame)), 10)
        suggest_ms = _median_ms(lambda: progress.suggest_practice(store, scores=frame), 10)
        store.close()
        first, warm = _page_run_seconds(db_path)
    return [
        ("History page script run, 10k sessions (AppTest, first run)", first * 1000, "ms", "< 1500 ms"),
        ("History page script run, 10k sessions (AppTest, median rerun)", warm * 1000, "ms", "< 1500 ms"),
        ("scores_over_time, 10k sessions / 100k messages (median)", scores_ms, "ms", "< 30 ms"),
        ("list_sessions, 10k sessions / 100k messages (median)", listing_ms, "ms", "< 30 ms"),
        ("scores_frame (History chart query, median)", scores_frame_ms, "ms", "< 30 ms"),
        ("sessions_frame (History table query, median)", sessions_frame_ms, "ms", "< 30 ms"),
        ("recent_scores, last 10 (Home chart query, median)", recent_ms, "ms", "< 30 ms"),
        ("chart frames from 9k scored sessions (median)", chart_data_ms, "ms", "< 30 ms"),
        ("next practice suggestion (median)", suggest_ms, "ms", "< 30 ms"),
    ]
