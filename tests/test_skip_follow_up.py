"""Skipping a follow-up keeps the main answer; a session with nothing scored has no score (issue 17, point 2).

Plain Python on the state and the aggregate, a real store for the migration, and the whole path in
AppTest: answer question 1, skip its follow-up, end early.
"""

from __future__ import annotations

from datetime import datetime

import duckdb

from core.interview.state import build_state, decide_next_step
from core.schemas import AnswerScore, aggregate_scores, score_text
from core.storage import InterviewStore, MessageRow, SessionRow
from core.storage.migrations import MIGRATIONS, apply_migrations
from tests.test_app_flow import SHORT, _texts, answer, kinds, start_sample_interview

NOW = datetime(2026, 1, 5, 9, 0)
SESSION = SessionRow(id="s1", created_at=NOW, updated_at=NOW, job_title="Analyst", company="", job_description="",
                     cv_text="", cv_filename=None, settings={"question_count": 3}, status="in_progress", model=None,
                     overall_score=None, completed_at=None, owner=None)


def _message(kind: str, content: str, number: int) -> MessageRow:
    role = "interviewer" if kind in ("question", "follow_up") else "candidate"
    return MessageRow(seq=0, role=role, content=content, kind=kind, question_no=number, created_at=NOW, model="m",
                      latency_ms=None, tokens_in=None, tokens_out=None)


def _score(value: int) -> AnswerScore:
    dim = {"score": value, "evidence": "quoted"}
    return AnswerScore.model_validate({d: dim for d in ("relevance", "structure", "specificity", "depth",
                                                         "communication")}
                                      | {"missing": [], "stronger_answer": "", "overall": 1})


def test_a_skipped_follow_up_keeps_the_main_answer():
    state = build_state(SESSION, [
        _message("question", "Tell me about a project.", 1),
        _message("answer", "I built a dashboard.", 1),
        _message("follow_up", "What was the result?", 1),
        _message("skip", "(skipped)", 1),
    ])
    record = state.questions[0]
    assert not record.skipped and record.follow_up_skipped
    assert record.answered and record.combined_answer == "I built a dashboard."
    step = decide_next_step(state)
    assert step is not None and (step.kind, step.number) == ("question", 2)  # never a second follow-up


def test_a_skipped_main_question_is_still_skipped():
    state = build_state(SESSION, [_message("question", "Tell me about a project.", 1),
                                  _message("skip", "(skipped)", 1)])
    assert state.questions[0].skipped and not state.questions[0].answered


def test_no_scored_answer_means_no_score():
    assert aggregate_scores([]) == (None, {})
    overall, dims = aggregate_scores([_score(3), _score(5)])
    assert overall == round((_score(3).overall + _score(5).overall) / 2) and dims["depth"] == 4.0
    assert score_text(None) == "No score" and score_text(float("nan")) == "No score"
    assert score_text(7) == "7 / 10" and score_text(6.0) == "6 / 10"


def test_migration_6_takes_the_score_from_sessions_with_nothing_scored(tmp_path):
    path = str(tmp_path / "old.duckdb")
    con = duckdb.connect(path)
    cur = con.cursor()
    assert apply_migrations(cur, until=5) == [1, 2, 3, 4, 5]  # a database from before migration 6
    for sid in ("empty", "scored"):
        cur.execute("INSERT INTO sessions (id, created_at, updated_at, status, overall_score) "
                    "VALUES (?, now(), now(), 'completed', ?)", [sid, 1.0 if sid == "empty" else 7.0])
        cur.execute("INSERT INTO reports (session_id, overall, created_at) VALUES (?, ?, now())",
                    [sid, 1 if sid == "empty" else 7])
    cur.execute("INSERT INTO answer_scores (session_id, question_no, question, answer, overall, created_at) "
                "VALUES ('scored', 1, 'Q', 'A', 7, now())")
    assert apply_migrations(cur) == [number for number, _, _ in MIGRATIONS if number >= 6]
    con.close()
    store = InterviewStore(path)
    assert store.get_session("empty").overall_score is None and store.get_report("empty").overall is None
    assert store.get_session("scored").overall_score == 7 and store.get_report("scored").overall == 7
    assert [r.id for r in store.scores_over_time()] == ["scored"]
    store.close()


def _end_early(at):
    at.button(key="end_early").click().run()
    at.button(key="end_confirm").click().run()
    assert not at.exception, at.exception
    at.switch_page("pages/feedback.py").run()
    assert not at.exception, at.exception


def test_answer_skip_its_follow_up_end_early_scores_the_answer(app, db_path):
    stored = InterviewStore(db_path)
    session_id = start_sample_interview(app)
    answer(app, SHORT)  # a very short answer: the coach asks a follow-up
    assert kinds(stored, session_id)[-1] == ("follow_up", 1)
    app.button(key="skip").click().run()
    assert not app.exception
    _end_early(app)

    rows = stored.list_answer_scores(session_id)
    assert [(r.question_no, r.answer) for r in rows] == [(1, SHORT)]
    report = stored.get_report(session_id)
    assert report.overall == rows[0].overall and report.dimension_scores
    assert stored.get_session(session_id).overall_score == rows[0].overall
    shown = _texts(app)
    assert "No answers were scored" not in shown
    assert [m.value for m in app.metric] == [f"{rows[0].overall} / 10"]
    labels = [e.label for e in app.main.expander]
    assert labels[0].startswith(f"Q1 · {rows[0].overall}/10 · "), labels

    # Home's last score is that real score, with no change against nothing.
    app.switch_page("pages/home.py").run()
    assert not app.exception
    assert [m.value for m in app.metric] == [f"{rows[0].overall} / 10"]


def test_ending_before_any_answer_gives_no_score_and_no_chart_point(app, db_path):
    stored = InterviewStore(db_path)
    session_id = start_sample_interview(app)
    app.run()
    app.button(key="skip").click().run()
    _end_early(app)
    report = stored.get_report(session_id)
    assert report is not None and report.overall is None
    session = stored.get_session(session_id)
    assert session.status == "completed" and session.overall_score is None
    assert "No answers were scored" in _texts(app)
    assert stored.scores_over_time() == [] and stored.recent_scores() == []

    # Out of Home's score and History's charts; still listed in History, with no score.
    app.switch_page("pages/home.py").run()
    assert not app.exception and not app.metric
    assert "No finished interviews yet" in _texts(app)
    app.switch_page("pages/history.py").run()
    assert not app.exception
    assert not app.get("vega_lite_chart")
    table = app.dataframe[0].value
    assert len(table) == 1 and table["overall_score"].isna().all()


def test_skipping_a_follow_up_scores_the_main_answer_at_once(db_path):
    from core.interview import InterviewEngine
    from core.models.chains import build_chains
    from core.settings import Settings

    store = InterviewStore(db_path)
    engine = InterviewEngine(store)  # no executor: scoring runs in the caller
    chains = build_chains(Settings())  # the offline coach
    session_id = engine.create(job_title="Data Analyst", company="Acme", job_description="SQL and Python.",
                               cv_text="Analyst, SQL, Python, dashboards.", question_count=3)
    list(engine.stream_next(chains, session_id))
    engine.submit_answer(chains, session_id, SHORT)
    list(engine.stream_next(chains, session_id))
    assert [m.kind for m in store.list_messages(session_id)][-1] == "follow_up"
    assert store.list_answer_scores(session_id) == []  # held back for the follow-up's reply
    engine.skip(session_id, chains)
    rows = store.list_answer_scores(session_id)
    assert [(r.question_no, r.answer) for r in rows] == [(1, SHORT)]
    store.close()
