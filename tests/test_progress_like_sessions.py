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
