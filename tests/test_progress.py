"""Progress queries over generated sessions: chart data, weakest dimension, gaps, next practice, CSV."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from typing import Any

import pandas as pd
import pytest

from core import progress
from core.export import sessions_csv
from core.schemas import DIMENSIONS
from core.storage import InterviewStore, ReportRow
from pages.ui import charts

BANK_SYSTEM_DESIGN = ("Walk me through how you would design a service that has to handle ten times today's "
                      "traffic. Where do you start?")


def _bank_question(competency: str) -> str:
    """The text of a real bank question for a competency (so competency matching is exercised)."""
    for text, found, _kind, _families in progress._bank():  # noqa: SLF001 - test reads the bank it matches
        if found == competency:
            return text
    raise AssertionError(competency)


def _score(dims: dict[str, int]) -> dict[str, Any]:
    from core.schemas import overall_from_dimensions

    return {
        **{d: {"score": dims[d], "evidence": f"“{d} evidence”"} for d in DIMENSIONS},
        "missing": ["a result"],
        "stronger_answer": "At Acme, I…",
        "overall": overall_from_dimensions([dims[d] for d in DIMENSIONS]),
    }


def make_session(
    store: InterviewStore,
    *,
    job_title: str = "Backend Engineer",
    company: str = "Acme",
    created_at: datetime | None = None,
    dims: dict[str, int] | None = None,
    questions: list[str] | None = None,
    coverage: list[dict[str, str]] | None = None,
    status: str = "completed",
    owner: str | None = None,
    model: str = "offline-coach",
    cv_text: str | None = None,
) -> str:
    """One session with messages, answer scores and (when completed) a report; its CV is
    ``"Jo Example\\nCV for <job_title>"`` (one candidate, whose trends compare) unless ``cv_text`` is given."""
    dims = dims or {"relevance": 4, "structure": 3, "specificity": 3, "depth": 2, "communication": 4}
    questions = questions or ["Tell me about yourself.", "What did you ship last?"]
    sid = store.create_session(job_title=job_title, company=company, job_description="Python, SQL, Kafka",
                               cv_text=cv_text or f"Jo Example\nCV for {job_title}", cv_filename="cv.pdf",
                               settings={"interview_type": "mixed", "seniority": "mid"}, owner=owner, model=model)
    for number, question in enumerate(questions, start=1):
        store.add_message(sid, "interviewer", question, kind="question", question_no=number, model=model)
        store.add_message(sid, "candidate", f"My answer {number}", kind="answer", question_no=number)
        store.save_answer_score(sid, number, question, f"My answer {number}", _score(dims), model=model)
    if status == "completed":
        overall = _score(dims)["overall"]
        store.save_report(
            sid,
            {"overall": overall, "summary": "ok", "strengths": ["clear"], "weaknesses": ["depth"], "cv_tips": [],
             "coverage": coverage or []},
            dimension_scores={d: float(v) for d, v in dims.items()},
            model=model,
        )
    elif status != "in_progress":
        store.update_session(sid, status=status)
    if created_at is not None:
        with store._write() as cur:  # noqa: SLF001 - tests date sessions precisely
            cur.execute("UPDATE sessions SET created_at = ? WHERE id = ?", [created_at, sid])
    return sid


def fill_sessions(store: InterviewStore, count: int, *, start: datetime | None = None,
                  roles: tuple[str, ...] = ("Backend Engineer", "Data Analyst"), owner: str | None = None) -> list[str]:
    """``count`` completed sessions a day apart, alternating roles, scores rising over time."""
    start = start or datetime(2025, 3, 1, 9, 0)
    ids = []
    for i in range(count):
        level = 1 + min(4, i * 4 // max(1, count - 1))
        dims = {"relevance": level, "structure": max(1, level - 1), "specificity": level, "depth": level,
                "communication": min(5, level + 1)}
        ids.append(make_session(store, job_title=roles[i % len(roles)], company=f"Company {i}",
                                created_at=start + timedelta(days=i), dims=dims, owner=owner))
    return ids


def test_score_points_and_dimension_points_over_generated_sessions(store):
    ids = fill_sessions(store, 6)
    make_session(store, status="in_progress")  # unfinished: not on the chart
    scores = store.scores_frame()
    points = progress.score_points(scores)
    assert points["session_id"].tolist() == ids  # oldest first, only scored sessions
    assert list(points.columns) == ["session_id", "date", "role", "company", "label", "score", "family",
                                    "family_label", "cv", "cv_name"]  # cv: a key of the session's CV, for
    # like-with-like trends; cv_name: its file name, for the trend sentence to say which CV (session 21)
    assert points["family_label"].tolist() == ["software roles", "data roles"] * 3
    assert points["score"].is_monotonic_increasing
    assert points.iloc[0]["label"] == "Backend Engineer at Company 0"
    dims = progress.dimension_points(scores)
    assert len(dims) == 6 * len(DIMENSIONS)
    assert set(dims["dimension"]) == {"Relevance", "Structure (STAR)", "Specificity & evidence", "Depth",
                                      "Communication"}
    first = dims[dims["session_id"] == ids[0]].set_index("dimension")["score"]
    assert first["Relevance"] == 1.0 and first["Communication"] == 2.0
    # The chart data matches scores_over_time (the list the store gives the pages).
    assert [r.id for r in store.scores_over_time()] == ids
    assert progress.score_points(scores, limit=2)["session_id"].tolist() == ids[-2:]


def test_charts_render_to_vega_with_one_and_many_sessions(store):
    assert progress.score_points(store.scores_frame()).empty
    make_session(store)
    one = progress.score_points(store.scores_frame())
    spec = charts.score_chart(one).to_dict()
    assert "layer" not in spec and spec["mark"]["type"] == "point"  # a single point, not a broken line
    bars = charts.dimension_chart(progress.dimension_points(store.scores_frame())).to_dict()
    assert bars["mark"]["type"] == "bar"
    fill_sessions(store, 3)
    many = progress.score_points(store.scores_frame())
    spec = charts.score_chart(many).to_dict()
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["line", "point"]
    tooltips = {t["field"] for t in spec["layer"][0]["encoding"]["tooltip"]}
    assert tooltips == {"family_label", "role", "company", "date", "score"}
    assert spec["layer"][0]["encoding"]["color"]["field"] == "family_label"  # one line per role family


def test_trend_sentence():
    assert "No finished interviews" in progress.trend_sentence(progress.score_points([]))
    rows = [{"id": "a", "created_at": datetime(2025, 1, 1), "job_title": "PM", "company": "", "overall_score": 6}]
    assert progress.trend_sentence(progress.score_points(rows)).startswith("One finished interview so far: 6 / 10 as PM")
    rows = [{"id": str(i), "created_at": datetime(2025, 1, 1 + i), "job_title": "PM", "company": "",
             "overall_score": s} for i, s in enumerate([4, 4, 5, 7, 7, 8])]
    assert progress.trend_sentence(progress.score_points(rows)) == (
        "Your last 3 scores average 7.3 / 10, up 3.0 on the 3 before.")
    falling = [{"id": str(i), "created_at": datetime(2025, 1, 1 + i), "job_title": "PM", "company": "",
                "overall_score": s} for i, s in enumerate([6, 4])]
    assert progress.trend_sentence(progress.score_points(falling)) == (
        "Your last score is 4.0 / 10, down 2.0 on the one before.")


def test_weakest_dimension_over_the_last_sessions(store):
    old = {"relevance": 1, "structure": 5, "specificity": 5, "depth": 5, "communication": 5}
    recent = {"relevance": 4, "structure": 2, "specificity": 3, "depth": 4, "communication": 4}
    for i in range(3):
        make_session(store, created_at=datetime(2024, 1, 1 + i), dims=old)
    for i in range(5):
        make_session(store, created_at=datetime(2025, 1, 1 + i), dims=recent)
    finding = progress.weakest_dimension(store.scores_frame(), last=5)
    assert finding.dimension == "structure" and finding.average == 2.0 and finding.sessions == 5
    assert ("Structure (STAR) is your weakest dimension: it averaged 2.0 / 5 over the 10 answers of your last 5 "
            "sessions") in finding.sentence()
    # Over everything, the old relevance of 1 pulls relevance down below structure's mean.
    assert progress.weakest_dimension(store.scores_frame(), last=100).dimension == "relevance"


def make_depth_session(store: InterviewStore, depths: list[int], *, job_title: str = "Operations Manager",
                       created_at: datetime) -> str:
    """A completed session whose answers score ``depths`` on depth (one answer each) and 4 on the rest."""
    dims = [dict.fromkeys(DIMENSIONS, 4) | {"depth": d} for d in depths]
    questions = [f"Question {n}?" for n in range(1, len(depths) + 1)]
    sid = make_session(store, job_title=job_title, created_at=created_at, questions=questions[:1], dims=dims[0])
    for number, (question, dim) in enumerate(zip(questions[1:], dims[1:], strict=True), start=2):
        store.add_message(sid, "interviewer", question, kind="question", question_no=number)
        store.add_message(sid, "candidate", f"My answer {number}", kind="answer", question_no=number)
        store.save_answer_score(sid, number, question, f"My answer {number}", _score(dim))
    return sid


def test_weakest_dimension_averages_the_answers_and_rounds_once(store):
    """Home said Depth 1.4 / 5 and History 1.5 / 5 for the same sessions: a mean of per-session means,
    rounded to 2 decimals and then to 1. The figure is now the mean over the answers, rounded once."""
    # 11 answers, 16 points: 1.4545... reads 1.5 (rounded to 1.45 first, it read 1.4).
    make_depth_session(store, [2] * 5 + [1] * 6, created_at=datetime(2025, 1, 1))
    finding = progress.weakest_dimension(store.scores_frame())
    assert finding.dimension == "depth" and finding.answers == 11
    assert finding.figure == "1.5 / 5"
    assert "averaged 1.5 / 5" in finding.sentence()
    # Two sessions of 1 and 3 answers: the answers' mean (1+2+2+2)/4 = 1.75, not the sessions' (1+2)/2 = 1.5.
    store.delete_all()
    make_depth_session(store, [1], created_at=datetime(2025, 1, 1))
    make_depth_session(store, [2, 2, 2], created_at=datetime(2025, 1, 2))
    finding = progress.weakest_dimension(store.scores_frame())
    assert finding.figure == "1.8 / 5" and (finding.sessions, finding.answers) == (2, 4)
    assert "over the 4 answers of your last 2 sessions" in finding.sentence()


def test_no_weakest_dimension_when_every_dimension_is_level(store):
    """Found by a newcomer: after a 10/10 session Home said "Weakest dimension: Relevance (5.0 / 5)"."""
    make_session(store, created_at=datetime(2025, 1, 1), dims=dict.fromkeys(
        ("relevance", "structure", "specificity", "depth", "communication"), 5))
    assert progress.weakest_dimension(store.scores_frame()) is None
    assert progress.weakest_dimension([]) is None


def test_competency_matching_uses_the_bank_with_lead_ins():
    text = _bank_question("system design")
    assert progress.competency_of(text) == "system design"
    assert progress.competency_of("Kafka matters in this role. " + text + " Be specific.") == "system design"
    assert progress.competency_of("Your CV mentions Kubernetes at Acme: what did you run on it?") is None
    software = progress.core_competencies("Backend Software Engineer", "Python services, APIs")
    assert "system design" in software and "debugging" in software


def _report(coverage: list[dict]) -> ReportRow:
    """A stored report row holding only this coverage map."""
    return ReportRow(session_id="s", overall=5, dimension_scores=None, summary=None, strengths=None, weaknesses=None,
                     cv_tips=None, coverage=coverage, model=None, created_at=datetime(2030, 1, 1))


def test_requirement_gaps_across_reports():
    reports = [
        _report([{"requirement": "Kafka", "status": "not probed", "evidence": ""},
                 {"requirement": "SQL", "status": "weak", "evidence": "“some SQL”"},
                 {"requirement": "Python", "status": "evidenced", "evidence": "“Django”"}]),
        _report([{"requirement": "kafka", "status": "not probed", "evidence": ""},
                 {"requirement": "SQL", "status": "weak", "evidence": ""},
                 {"requirement": "Python", "status": "weak", "evidence": ""},
                 {"requirement": "Terraform", "status": "evidenced", "evidence": "“IaC”"}]),
    ]
    gaps = {g.name: (g.status, g.detail) for g in progress.requirement_gaps(reports)}
    assert gaps == {"Kafka": ("not probed", "never probed in 2 sessions"),
                    "SQL": ("weak", "only weak evidence in 2 sessions")}
    # One report: "in 1 session"; History said "never probed (once)", which reads as a contradiction.
    (gap,) = progress.requirement_gaps([_report([{"requirement": "Go", "status": "not probed",
                                                     "evidence": ""}])])
    assert gap.detail == "never probed in 1 session" and gap.label == "Go"


def test_competencies_are_shown_with_a_capital_and_their_acronyms():
    """Competencies are stored lower-case ("api design"); a list shows "API design", "Code review"."""
    shown = [progress.Gap(name, "competency", "not probed", "").label
             for name in ("api design", "code review", "kpis", "sql", "root cause analysis")]
    assert shown == ["API design", "Code review", "KPIs", "SQL", "Root cause analysis"]
    assert progress.Gap("on-call", "requirement", "weak", "").label == "on-call"  # as the job wrote it


def test_suggest_practice_for_the_latest_role(store):
    coverage = [{"requirement": "Kafka", "status": "not probed", "evidence": ""},
                {"requirement": "PostgreSQL", "status": "weak", "evidence": "“a bit”"}]
    weak_dims = {"relevance": 2, "structure": 1, "specificity": 2, "depth": 2, "communication": 3}
    make_session(store, job_title="Data Analyst", company="Shop", created_at=datetime(2025, 1, 1))
    for i in range(2):
        make_session(store, job_title="Backend Engineer", company="Acme", created_at=datetime(2025, 2, 1 + i),
                     dims=weak_dims, coverage=coverage,
                     questions=[_bank_question("debugging"), "Tell me about yourself."])
    suggestion = progress.suggest_practice(store)
    assert suggestion.job_title == "Backend Engineer" and suggestion.sessions == 2
    assert suggestion.weakest.dimension == "structure"
    assert [g.name for g in suggestion.gaps_of("requirement")] == ["Kafka", "PostgreSQL"]
    weak = suggestion.gaps_of("competency", "weak")
    assert [g.name for g in weak] == ["debugging"] and weak[0].detail.endswith("over 2 answers")
    unprobed = {g.name for g in suggestion.gaps_of("competency", "not probed")}
    assert "system design" in unprobed and "debugging" not in unprobed
    assert suggestion.focus[:3] == ["Kafka", "PostgreSQL", "debugging"]
    assert len(suggestion.focus) <= progress.MAX_FOCUS

    state = progress.practice_state(store, suggestion)
    assert state["setup_job_title"] == "Backend Engineer" and state["setup_company"] == "Acme"
    assert state["setup_jd"] == "Python, SQL, Kafka" and state["setup_cv"] == "Jo Example\nCV for Backend Engineer"
    assert state["setup_focus"] == suggestion.focus

    other = progress.suggest_practice(store, job_title="data analyst")
    assert other.job_title == "Data Analyst" and other.sessions == 1
    assert progress.practice_roles(store.scores_frame()) == ["Backend Engineer", "Data Analyst"]
    assert progress.suggest_practice(store, job_title="Nurse") is None


def test_suggest_practice_is_none_without_finished_sessions(store):
    assert progress.suggest_practice(store) is None
    make_session(store, status="in_progress")
    assert progress.suggest_practice(store) is None


def test_suggest_practice_respects_the_owner(store):
    make_session(store, job_title="Nurse", owner="ana@example.com", created_at=datetime(2025, 1, 2))
    make_session(store, job_title="Teacher", owner="bo@example.com", created_at=datetime(2025, 1, 3))
    assert progress.suggest_practice(store, owner="ana@example.com").job_title == "Nurse"
    assert progress.suggest_practice(store, owner="bo@example.com").job_title == "Teacher"
    assert progress.suggest_practice(store, owner="cy@example.com") is None


@pytest.mark.parametrize("title", ['Engineer, "Platform" — Zürich', "数据分析师, 北京", "Line\nbreak, and 'quotes'"])
def test_sessions_csv_round_trips_through_pandas(store, title):
    ids = [make_session(store, job_title=title, company='Acme, "Inc"', created_at=datetime(2025, 1, 1)),
           make_session(store, job_title="Plain", company="", status="in_progress")]
    rows = store.list_sessions()
    frame = pd.read_csv(io.StringIO(sessions_csv(rows)), dtype={"id": str}, keep_default_na=False)
    assert set(frame["id"]) == set(ids)
    by_id = frame.set_index("id")
    assert by_id.loc[ids[0], "job_title"] == title
    assert by_id.loc[ids[0], "company"] == 'Acme, "Inc"'
    stored = {r.id: r.overall_score for r in rows}
    assert float(by_id.loc[ids[0], "overall_score"]) == stored[ids[0]]
    assert by_id.loc[ids[1], "overall_score"] == "" and stored[ids[1]] is None
    assert by_id.loc[ids[1], "status"] == "in_progress"
    # the store keeps UTC and the CSV says so with the offset: read back, it is that instant, never local time
    assert by_id.loc[ids[0], "created_at"] == "2025-01-01T00:00:00+00:00"
    assert pd.to_datetime(by_id.loc[ids[0], "created_at"]) == pd.Timestamp(2025, 1, 1, tz="UTC")


def test_recent_scores_is_the_tail_of_scores_over_time(store):
    assert store.recent_scores() == []
    fill_sessions(store, 7, owner="ana@example.com")
    make_session(store, owner="bo@example.com", created_at=datetime(2030, 1, 1))
    make_session(store, status="in_progress", owner="ana@example.com")
    full = store.scores_over_time(owner="ana@example.com")
    assert store.recent_scores(owner="ana@example.com", limit=3) == full[-3:]
    assert store.recent_scores(owner="ana@example.com", limit=50) == full
    assert [r.job_title for r in store.recent_scores(limit=1)] == ["Backend Engineer"]
    assert store.recent_scores(limit=1)[0].created_at == datetime(2030, 1, 1)


def _rows(spec: list[tuple[str, int]], *, start: datetime = datetime(2025, 1, 1), step: timedelta = timedelta(days=2)):
    return [{"id": str(i), "created_at": start + i * step, "job_title": title, "company": "", "overall_score": s}
            for i, (title, s) in enumerate(spec)]


def test_trends_compare_the_same_role_family():
    # A data-science 6, then a sales 5: not "down 1.0"; the sales one is the first of its family.
    points = progress.score_points(_rows([("Data Scientist", 6), ("Sales Manager", 5)]))
    sentence = progress.trend_sentence(points)
    assert "down" not in sentence and "up" not in sentence
    assert sentence == ("Your last score is 5 / 10 as Sales Manager, your first interview in sales roles: "
                        "practise this family again to see a trend.")
    assert progress.last_change(points) == (5.0, None)

    # Data 4, sales 9, data 6: the data session is compared with the data one (+2), and the sentence says so.
    points = progress.score_points(_rows([("Data Analyst", 4), ("Account Executive", 9), ("Data Scientist", 6)]))
    assert progress.last_change(points) == (6.0, 2.0)
    assert progress.trend_sentence(points) == "Your last score in data roles is 6.0 / 10, up 2.0 on the one before."

    # One family only: the sentence needs no qualifier.
    points = progress.score_points(_rows([("Backend Engineer", 7), ("Software Engineer", 5)]))
    assert progress.trend_sentence(points) == "Your last score is 5.0 / 10, down 2.0 on the one before."


def test_sessions_without_a_score_are_not_points():
    rows = _rows([("Data Analyst", 4), ("Data Analyst", 6)])
    rows.insert(1, {"id": "x", "created_at": datetime(2025, 1, 2), "job_title": "Data Analyst", "company": "",
                    "overall_score": None})
    points = progress.score_points(rows)
    assert points["session_id"].tolist() == ["0", "1"] and progress.last_change(points) == (6.0, 2.0)


def _axis(points: pd.DataFrame) -> dict:
    spec = charts.score_chart(points).to_dict()
    layer = spec["layer"][0] if "layer" in spec else spec
    return layer["encoding"]["x"]


def test_the_time_axis_suits_the_span():
    days = _axis(progress.score_points(_rows([("Data Analyst", s) for s in (4, 5, 6, 7)])))
    assert days["type"] == "temporal"
    assert days["axis"]["format"] == "%d %b" and days["axis"]["tickCount"] == {"interval": "day", "step": 1}
    months = _axis(progress.score_points(_rows([("Data Analyst", 5)] * 10, step=timedelta(days=60))))
    assert months["axis"]["format"] == "%b %Y" and months["axis"]["tickCount"]["interval"] == "month"
    # Sessions 20 minutes apart: 10-minute ticks given as values (Vega draws nothing for a "minute"
    # interval), never seconds or milliseconds.
    close = _axis(progress.score_points(_rows([("Data Analyst", 5)] * 3, step=timedelta(minutes=20))))
    assert close["axis"]["format"] == "%H:%M" and "tickCount" not in close["axis"]
    assert [(v["hours"], v["minutes"]) for v in close["axis"]["values"]] == [(0, m) for m in range(0, 50, 10)]
    assert close["scale"]["domain"] == [close["axis"]["values"][0], close["axis"]["values"][-1]]
    # One session: one tick, its day, in the middle of a day-wide axis.
    one = _axis(progress.score_points(_rows([("Data Analyst", 5)])))
    assert one["axis"]["format"] == "%d %b" and len(one["axis"]["values"]) == 1
    # Whatever the span, an interval Vega's runtime knows (vega-time: "hours", not "hour").
    for step in (timedelta(seconds=15), timedelta(hours=3), timedelta(days=1), timedelta(days=3), timedelta(days=90)):
        axis = _axis(progress.score_points(_rows([("Data Analyst", 5)] * 4, step=step)))["axis"]
        assert axis.get("tickCount", {}).get("interval", "day") in ("day", "month"), (step, axis)
        assert "%L" not in axis["format"] and "%S" not in axis["format"]
    assert "%L" not in one["axis"]["format"] and "%S" not in one["axis"]["format"]


def test_sessions_csv_from_the_history_frame_writes_no_nan(store):
    """Found by a newcomer: the History page's CSV (built from the sessions frame) wrote "nan" as the
    score of a session with no scored answer."""
    make_session(store, job_title="Plain", company="", status="in_progress")
    text = sessions_csv(store.sessions_frame().to_dict("records"))
    assert "nan" not in text.lower().replace("nancy", "")
    row = pd.read_csv(io.StringIO(text), keep_default_na=False).iloc[0]
    assert row["overall_score"] == "" and row["status"] == "in_progress"


def test_legends_wrap_instead_of_running_off_the_chart():
    families = ["Software Engineer", "Registered Nurse", "Secondary School Teacher", "Account Executive"]
    spec = charts.score_chart(progress.score_points(_rows([(f, 5) for f in families]))).to_dict()
    layer = spec["layer"][0] if "layer" in spec else spec
    legend = layer["encoding"]["color"]["legend"]
    # Two columns: three ran past a phone's 390 px ("Specificity & evidence" was cut off).
    assert legend["orient"] == "bottom" and legend["columns"] == 2 and legend["labelLimit"] >= 200
