"""Practice targets and trends that compare like with like: a language requirement is no practice
target, and a trend compares sessions on the same CV, or says plainly that the others used another CV.

Made-up sessions in the shape a newcomer had: two CVs interviewed for the same role family.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from core import progress
from core.storage import InterviewStore, ReportRow


def _report(coverage: list[dict]) -> ReportRow:
    return ReportRow(session_id="s", overall=5, dimension_scores=None, summary=None, strengths=None, weaknesses=None,
                     cv_tips=None, coverage=coverage, model=None, created_at=datetime(2030, 1, 1))


@pytest.mark.parametrize("requirement", ["Fluent English", "English (C1)", "Dutch is a plus", "Native German speaker"])
def test_a_language_requirement_is_no_practice_target(requirement):
    gaps = progress.requirement_gaps([_report([{"requirement": requirement, "status": "not probed", "evidence": ""},
                                               {"requirement": "Forklift safety", "status": "not probed",
                                                "evidence": ""}])])
    assert [g.name for g in gaps] == ["Forklift safety"]


def _rows(items: list[tuple[str, float, str]]) -> list[dict]:
    start = datetime(2030, 3, 1, 9)
    return [{"id": str(i), "created_at": start + timedelta(days=i), "job_title": title, "company": "",
             "overall_score": score, "cv_key": cv} for i, (title, score, cv) in enumerate(items)]


def test_a_trend_never_compares_two_cvs():
    points = progress.score_points(_rows([("Warehouse Manager", 6, "cv-a"), ("Operations Manager", 5, "cv-b")]))
    assert progress.last_change(points) == (5.0, None)
    sentence = progress.trend_sentence(points)
    assert "down" not in sentence and "different CV" in sentence, sentence


def test_a_trend_compares_sessions_on_the_same_cv():
    points = progress.score_points(_rows([("Operations Manager", 4, "cv-b"), ("Warehouse Manager", 8, "cv-a"),
                                          ("Operations Manager", 6, "cv-b")]))
    assert progress.last_change(points) == (6.0, 2.0)
    sentence = progress.trend_sentence(points)
    assert sentence == "Your last score with this CV is 6.0 / 10, up 2.0 on the one before.", sentence


def test_the_store_gives_each_session_its_cv_key(tmp_path):
    store = InterviewStore(str(tmp_path / "t.duckdb"))
    ids = []
    # the same candidate's CV, edited between sessions (its tips applied), keeps its key; another person's differs
    for cv in ("Jo Example\nCV one text", "\n  Sam Other \nCV two text", "jo example\nCV one text, tips applied"):
        sid = store.create_session(job_title="Operations Manager", company="", job_description="jd", cv_text=cv,
                                   cv_filename=None, settings={}, status="completed")
        store.update_session(sid, overall_score=5)
        ids.append(sid)
    keys = {p.id: p.cv_key for p in store.scores_over_time()}
    assert keys[ids[0]] == keys[ids[2]] != keys[ids[1]]
    assert "CV one" not in str(keys)  # a key, never the CV's text


def test_the_chart_line_joins_only_sessions_on_one_cv():
    from pages.ui import charts

    points = progress.score_points(_rows([("Operations Manager", 4, "cv-b"), ("Warehouse Manager", 8, "cv-a"),
                                          ("Operations Manager", 6, "cv-b")]))
    spec = charts.score_chart(points).to_dict()
    line = next(layer for layer in spec["layer"] if (layer.get("mark") or {}).get("type", layer.get("mark")) == "line")
    assert line["encoding"]["detail"]["field"] == "cv"
    assert "same CV" in charts.score_chart_caption(points)
    one_cv = progress.score_points(_rows([("Operations Manager", 4, "cv-b"), ("Operations Manager", 6, "cv-b")]))
    assert "same CV" not in charts.score_chart_caption(one_cv)


def _dim_rows(items: list[tuple[str, float, str]]) -> list[dict]:
    return [dict(row, relevance=score / 2, structure=3.0, specificity=3.0, depth=3.0, communication=3.0)
            for row, (_t, score, _c) in zip(_rows(items), items, strict=True)]


def test_the_dimension_chart_joins_only_sessions_on_one_cv():
    """A newcomer's finding (session 11): the per-dimension chart drew one line across three people's CVs
    while the sentence above it said the other CVs were not compared."""
    from pages.ui import charts

    dims = progress.dimension_points(_dim_rows([("Sales Executive", 4, "cv-a"), ("Sales Executive", 6, "cv-b"),
                                               ("Sales Executive", 8, "cv-a")]))
    assert sorted(set(dims["cv"])) == ["cv-a", "cv-b"]
    spec = charts.dimension_chart(dims).to_dict()
    line = next(layer for layer in spec["layer"] if (layer.get("mark") or {}).get("type", layer.get("mark")) == "line")
    assert line["encoding"]["detail"]["field"] == "cv"
    one_cv = progress.dimension_points(_dim_rows([("Sales Executive", 4, "cv-a"), ("Sales Executive", 6, "cv-a")]))
    line = next(layer for layer in charts.dimension_chart(one_cv).to_dict()["layer"]
                if (layer.get("mark") or {}).get("type", layer.get("mark")) == "line")
    assert "detail" not in line["encoding"]


def test_practice_for_a_role_counts_only_the_latest_cvs_sessions(tmp_path):
    store = InterviewStore(str(tmp_path / "t.duckdb"))
    for cv in ("Ann Example\nSales CV", "Bo Other\nNurse CV", "Cy Third\nGerman CV", "Ann Example\nSales CV again"):
        sid = store.create_session(job_title="Sales Executive", company="", job_description="jd", cv_text=cv,
                                   cv_filename=None, settings={}, status="completed")
        store.update_session(sid, overall_score=5)
    suggestion = progress.suggest_practice(store)
    assert suggestion is not None and suggestion.sessions == 2  # Ann's two sessions, not all four


def test_the_weakest_dimension_reads_only_the_latest_cvs_sessions():
    """A newcomer: "Weakest dimension ... over the 21 answers of your last 4 sessions" mixed three people's CVs."""
    rows = _dim_rows([("Sales Executive", 2, "cv-a"), ("Nurse", 2, "cv-b"), ("Sales Executive", 8, "cv-a")])
    rows[1].update(relevance=1.0, depth=4.0)  # the other CV's session: relevance weakest there
    for row in (rows[0], rows[2]):
        row.update(relevance=4.0, depth=2.0)
    finding = progress.weakest_dimension(rows)
    assert finding is not None and finding.dimension == "depth" and finding.sessions == 2, finding
