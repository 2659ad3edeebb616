"""The History chart tells the truth about time, and "this CV" means one CV (session 21 newcomer: seven sessions
of 17:21-17:30 were drawn evenly from ~17:22 to 17:56, after "now"; a trend joined two different CV files of one
candidate as "this CV"). AppTest on the History page, reading the chart's spec and data; made-up sessions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from core import progress
from pages.ui.charts import spread
from tests.test_history20_chart import _chart_rows, _x_field
from tests.test_progress import make_session

HISTORY = str(Path(__file__).resolve().parent.parent / "pages" / "history.py")


def _dims(level: int) -> dict[str, int]:
    return dict.fromkeys(("relevance", "structure", "specificity", "depth", "communication"), level)


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)  # how the store keeps its times


def _history(store) -> AppTest:
    store.close()
    at = AppTest.from_file(HISTORY, default_timeout=30)
    at.run()
    assert not at.exception, at.exception
    return at


def test_a_burst_of_sessions_after_older_ones_is_drawn_at_its_own_times_and_never_after_now(store, fresh_app_cache):
    now = _utc_now()
    titles = ("Dental Nurse", "Bid Writer", "Tree Surgeon", "Payroll Officer", "Barista", "Welder", "Copy Editor")
    for minutes, level in ((200, 3), (190, 4), (175, 2)):  # a morning's sessions, three hours before
        make_session(store, job_title="Florist", created_at=now - timedelta(minutes=minutes), dims=_dims(level))
    burst = []
    for number, (title, level) in enumerate(zip(titles, (1, 2, 3, 4, 5, 1, 2), strict=True)):
        moment = now - timedelta(minutes=9) + timedelta(seconds=80 * number)
        burst.append(moment)
        make_session(store, job_title=title, created_at=moment, dims=_dims(level))
    at = _history(store)
    spec, rows = _chart_rows(at)
    field = _x_field(spec)
    points = rows.drop_duplicates("session_id")
    drawn = pd.to_datetime(points[field])
    own = pd.to_datetime(points["date"])
    assert (drawn - own).abs().max() < pd.Timedelta(seconds=1), "a session drawn away from its own time"
    assert drawn.max() <= pd.Timestamp(_utc_now())
    x = next(layer["encoding"]["x"] for layer in spec["layer"] if "x" in layer.get("encoding", {}))
    end = x["scale"]["domain"][1]
    axis_end = pd.Timestamp(year=end["year"], month=end["month"], day=end["date"], hour=end.get("hours", 0),
                            minute=end.get("minutes", 0))
    assert axis_end <= pd.Timestamp(_utc_now()).ceil("min"), "the axis runs past now"
    assert axis_end >= pd.Timestamp(max(burst)).floor("min")


def test_sessions_of_one_minute_and_one_score_are_apart_but_none_after_the_last_real_one():
    dates = pd.Series(pd.to_datetime(["2025-01-01 09:00:00", "2025-01-01 12:29:10", "2025-01-01 12:29:40",
                                      "2025-01-01 12:30:00"]))
    scores = pd.Series([5.0, 4.0, 4.0, 7.0])
    drawn = spread(dates, scores)
    assert drawn.iloc[0] == dates.iloc[0] and drawn.iloc[3] == dates.iloc[3]  # alone at their height: their own time
    assert drawn.iloc[1] != drawn.iloc[2]  # same score, same minute: two points
    assert drawn.iloc[1] <= dates.iloc[2] and drawn.iloc[2] <= dates.iloc[2]  # never after the later one's time
    assert drawn.max() <= dates.max()


def _rows(items):
    return [{"id": f"s{i}", "created_at": pd.Timestamp("2026-03-01") + pd.Timedelta(hours=i), "job_title": title,
             "company": "", "overall_score": score, "cv_key": key, "cv_filename": name}
            for i, (title, score, key, name) in enumerate(items)]


def test_the_trend_says_which_cv_it_compares():
    points = progress.score_points(_rows([("Route Planner", 5, "k1", "planner_cv.docx"),
                                          ("Route Planner", 9, "k2", "planner_cv_short.docx"),
                                          ("Route Planner", 7, "k1", "planner_cv.docx")]))
    sentence = progress.trend_sentence(points)
    assert "with this CV (planner_cv.docx)" in sentence and "up 2.0" in sentence, sentence
    first = progress.score_points(_rows([("Route Planner", 5, "k1", "planner_cv.docx"),
                                         ("Route Planner", 7, "k2", "planner_cv_short.docx")]))
    assert "first interview with this CV (planner_cv_short.docx)" in progress.trend_sentence(first)


def test_two_cv_files_of_one_candidate_are_two_cvs(tmp_path):
    from core.storage import InterviewStore

    store = InterviewStore(str(tmp_path / "t.duckdb"))
    keys = []
    for name, body in (("mo_cv.txt", "Mo Brennan\nForklift driver, 6 years."),
                       ("mo_cv_tailored.txt", "Mo Brennan\nWarehouse team leader in waiting: forklift, 6 years.")):
        sid = store.create_session(job_title="Shift Planner", company="", job_description="jd", cv_text=body,
                                   cv_filename=name, settings={}, status="completed")
        store.update_session(sid, overall_score=5)
        keys.append(sid)
    by_id = {p.id: p.cv_key for p in store.scores_over_time()}
    assert by_id[keys[0]] != by_id[keys[1]]
    frame = store.scores_frame()
    assert set(frame["cv_filename"]) == {"mo_cv.txt", "mo_cv_tailored.txt"}


def test_one_cv_saved_as_pdf_and_as_docx_is_one_cv(tmp_path):
    """Newcomer 26: History called the PDF and the DOCX of one CV "other CVs" and did not join their line."""
    from core.storage import InterviewStore

    store = InterviewStore(str(tmp_path / "t.duckdb"))
    ids = []
    for name in ("Brooksby_CV.pdf", "brooksby_cv.docx", "brooksby_cv_sales.docx"):
        sid = store.create_session(job_title="Sales Development Representative", company="", job_description="jd",
                                   cv_text="Seven Brooksby\nSales Representative, Moxie Pest Control",
                                   cv_filename=name, settings={}, status="completed")
        store.update_session(sid, overall_score=6)
        ids.append(sid)
    by_id = {p.id: p.cv_key for p in store.scores_over_time()}
    assert by_id[ids[0]] == by_id[ids[1]], "the same document in two formats is one CV"
    assert by_id[ids[2]] != by_id[ids[0]], "a tailored file is still another CV"
