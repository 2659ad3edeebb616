"""Page faults a newcomer reported (session 7), in AppTest: the per-dimension chart joined a nurse
interview's scores and a data engineer's on one line, as if comparable, and Home's chart had no legend.
Now the dimension chart shows one role family at a time (picked on the page), with axis titles and a
legend, sessions in date order; Home's chart says what its points and lines are; the delivery chart says
which line is which; Feedback lists what an answer missed one item a line."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta

import pandas as pd
import pyarrow as pa
from streamlit.testing.v1 import AppTest

from tests.test_app_flow import APP, _texts
from tests.test_progress import make_session

NURSE = {"relevance": 5, "structure": 4, "specificity": 4, "depth": 4, "communication": 5}
DATA = {"relevance": 2, "structure": 2, "specificity": 2, "depth": 1, "communication": 3}
START = datetime(2026, 3, 2, 9, 0)


def _run(page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def _charts(at: AppTest) -> list[tuple[dict, pd.DataFrame]]:
    """Each chart on the page: its Vega-Lite spec (the first layer's) and the rows it draws."""
    found = []
    for chart in at.get("vega_lite_chart"):
        spec = json.loads(chart.proto.spec)
        frames = [pa.ipc.open_stream(io.BytesIO(d.data.data)).read_pandas() for d in chart.proto.datasets]
        if not frames and "values" in spec.get("data", {}):
            frames = [pd.DataFrame(spec["data"]["values"])]
        found.append((spec["layer"][0] if "layer" in spec else spec, pd.concat(frames) if frames else pd.DataFrame()))
    return found


def _dimension_chart(at: AppTest) -> tuple[dict, pd.DataFrame]:
    [found] = [(spec, rows) for spec, rows in _charts(at) if spec["encoding"]["color"].get("field") == "dimension"]
    return found


def _interleaved(store) -> dict[str, list[str]]:
    """Nurse, data engineer, nurse, data engineer, three days apart; the session ids of each family."""
    ids: dict[str, list[str]] = {"nurse": [], "data": []}
    for day, (kind, title, dims) in enumerate([("nurse", "Registered Nurse", NURSE), ("data", "Data Engineer", DATA)] * 2):
        ids[kind].append(make_session(store, job_title=title, company="Acme", dims=dims,
                                      created_at=START + timedelta(days=3 * day)))
    return ids


def test_the_dimension_chart_never_joins_two_role_families(store, fresh_app_cache):
    ids = _interleaved(store)
    at = _run("pages/history.py")
    spec, rows = _dimension_chart(at)
    assert set(rows["session_id"]) == set(ids["data"])  # the latest family only: no nurse on these lines
    assert spec["encoding"]["x"]["title"] == "Interview date"
    assert "1-5" in spec["encoding"]["y"]["title"]
    assert spec["encoding"]["color"]["title"] == "Dimension" and spec["encoding"]["color"]["legend"]
    assert spec["encoding"]["order"]["field"] == "date"  # each line runs in date order
    assert list(rows.sort_values("date", kind="stable")["session_id"]) == list(rows["session_id"])
    assert "2 interviews for data roles: Data Engineer." in _texts(at)

    family = at.selectbox(key="history_dim_family")
    assert family.options == ["Data roles (2 interviews)", "Healthcare roles (2 interviews)"]
    family.select("Healthcare roles (2 interviews)").run()
    assert not at.exception, at.exception
    _spec, rows = _dimension_chart(at)
    assert set(rows["session_id"]) == set(ids["nurse"])
    assert set(rows["role"]) == {"Registered Nurse"}


def test_one_role_family_needs_no_picker_and_one_session_draws_bars(store, fresh_app_cache):
    make_session(store, job_title="Data Engineer", dims=DATA, created_at=START)
    at = _run("pages/history.py")
    assert not [s for s in at.selectbox if s.key == "history_dim_family"]
    spec, rows = _dimension_chart(at)
    assert spec["mark"]["type"] == "bar" and "1-5" in spec["encoding"]["x"]["title"]
    assert spec["encoding"]["y"]["axis"]["labelLimit"] >= 200  # "Specificity & evidence" was cut to "Specificity & evid…"
    assert len(rows) == 5


def test_the_home_chart_says_what_its_points_and_lines_are(store, fresh_app_cache):
    empty = _run("pages/home.py")
    assert not empty.get("vega_lite_chart")
    assert "No finished interviews yet. Your scores will appear here after your first one." in _texts(empty)

    cv = "Sam Lee. Nurse, then data engineer: Python, SQL."  # one CV: the caption does not add "same CV"
    make_session(store, job_title="Registered Nurse", dims=NURSE, created_at=START, cv_text=cv)
    one = _run("pages/home.py")
    [(spec, _rows)] = _charts(one)
    assert spec["encoding"]["color"]["legend"] and spec["encoding"]["color"]["title"] == "Role family"
    assert "The point is your finished interview's overall score (1-10), on the day you took it." in _texts(one)

    make_session(store, job_title="Data Engineer", dims=DATA, created_at=START + timedelta(days=2), cv_text=cv)
    make_session(store, job_title="Data Engineer", dims=NURSE, created_at=START + timedelta(days=4), cv_text=cv)
    many = _run("pages/home.py")
    [(spec, rows)] = _charts(many)
    assert spec["encoding"]["color"]["legend"]  # names the two families below the chart
    assert set(rows["family_label"]) == {"healthcare roles", "data roles"}
    assert ("Each point is one of your last 3 finished interviews: its overall score (1-10) by date; a line "
            "joins the interviews for one role family (colours below), never two families.") in _texts(many)


def test_home_names_the_competencies_to_practise_as_history_does(store, fresh_app_cache):
    make_session(store, job_title="Senior Data Engineer", dims=DATA, created_at=START)
    texts = _texts(_run("pages/home.py"))
    assert "Lean toward: API design, " in texts and "api design" not in texts


def test_the_delivery_chart_says_which_line_is_which(store, fresh_app_cache):
    for day, wpm in enumerate((120.0, 150.0)):
        sid = make_session(store, job_title="Data Engineer", dims=DATA, created_at=START + timedelta(days=day))
        store.add_message(sid, "candidate", "Spoken answer.", kind="answer", question_no=9,
                          meta={"input": "voice", "delivery": {"spoken": True, "wpm": wpm, "filler_rate": 2.0}})
    at = _run("pages/history.py")
    [spec] = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart") if "wpm" in c.proto.spec]
    lines = [layer for layer in _layers(spec) if layer.get("mark", {}).get("type") == "line"]
    assert {line["encoding"]["y"]["field"] for line in lines} == {"wpm", "filler_rate"}
    for line in lines:  # no legend: each axis title wears its line's colour
        assert line["encoding"]["y"]["axis"]["titleColor"] == line["mark"]["color"]
        assert line["encoding"]["x"]["title"] == "Interview date"
    assert lines[0]["mark"]["color"] != lines[1]["mark"]["color"]


def _layers(spec: dict) -> list[dict]:
    return [found for layer in spec.get("layer", [spec]) for found in (_layers(layer) if "layer" in layer else [layer])]


def test_feedback_lists_what_was_missing_one_item_a_line(store, fresh_app_cache):
    from tests.test_progress import _score

    sid = store.create_session(job_title="Ward Nurse", company="City Hospital", job_description="Care.",
                               cv_text="CV", cv_filename="cv.pdf", settings={"interview_type": "mixed"})
    store.add_message(sid, "interviewer", "Tell me about a hard shift.", kind="question", question_no=1)
    store.add_message(sid, "candidate", "It went well.", kind="answer", question_no=1)
    score = {**_score(DATA), "missing": ["The situation: where and when", "The result, with a number"]}
    store.save_answer_score(sid, 1, "Tell me about a hard shift.", "It went well.", score)
    store.save_report(sid, {"overall": score["overall"], "summary": "ok", "strengths": [], "weaknesses": [],
                            "cv_tips": [], "coverage": []}, dimension_scores={d: float(v) for d, v in DATA.items()})
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["session_id"] = sid
    at.switch_page("pages/feedback.py").run()
    assert not at.exception, at.exception
    [shown] = [m.value.replace("\\", "") for m in at.markdown if "What was missing" in m.value]  # unescaped
    assert shown.splitlines()[1:] == ["- The situation: where and when", "- The result, with a number"]
