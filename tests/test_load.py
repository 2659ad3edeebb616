"""Load (issue #8.3): ten concurrent visitors, each a Chromium context on one real ``streamlit run``, through
a full interview against one database file. No errors, no cross-talk (each transcript exactly its own, in
the database and on screen), exact row counts. The same runs, timed, are ``python -m bench --only load``.
"""

from __future__ import annotations

import re

import pytest

from bench.bench_load import QUESTIONS, answer_text, run_sessions
from core.coach import MODEL_NAME as OFFLINE
from core.storage import InterviewStore

pytestmark = pytest.mark.e2e

SESSIONS = 10


def test_ten_concurrent_interviews_on_one_database(db_path):
    runs, wall = run_sessions(db_path, SESSIONS, QUESTIONS)

    errors = [(r.index, r.error) for r in runs if r.error]
    assert not errors, errors[0][1]
    assert all(r.reached_feedback for r in runs)
    assert len({r.session_id for r in runs}) == SESSIONS
    store = InterviewStore(db_path)  # the server has stopped: its database file is free
    assert store.count_rows() == {
        "sessions": SESSIONS,
        "messages": SESSIONS * QUESTIONS * 2,  # a question and an answer each; no notices, no follow-ups
        "answer_scores": SESSIONS * QUESTIONS,
        "reports": SESSIONS,
    }
    for run in runs:
        own = [answer_text(run.index, n) for n in range(1, QUESTIONS + 1)]
        assert run.answers == own

        # The database holds exactly this session's transcript, in order.
        messages = store.list_messages(run.session_id)
        assert [(m.kind, m.question_no) for m in messages] == [
            (kind, n) for n in range(1, QUESTIONS + 1) for kind in ("question", "answer")
        ]
        assert [m.content for m in messages if m.kind == "answer"] == own
        assert all(m.model == OFFLINE for m in messages if m.kind == "question")
        scores = store.list_answer_scores(run.session_id)
        assert {r.question_no: r.answer for r in scores} == dict(enumerate(own, start=1))
        session = store.get_session(run.session_id)
        assert session.status == "completed"
        report = store.get_report(run.session_id)
        assert report is not None and report.overall == session.overall_score
        assert store.count_rows(run.session_id) == {"sessions": 1, "messages": 2 * QUESTIONS,
                                                    "answer_scores": QUESTIONS, "reports": 1}

        # On screen: after each turn the chat shows this session's answers so far, and nobody else's.
        for turn, shown in enumerate(run.shown_answers, start=1):
            assert shown == own[:turn], (run.index, turn, shown)
        tags = set(re.findall(r"Session (\d\d) answer \d", run.feedback_text))
        assert tags == {f"{run.index:02d}"}, (run.index, tags)
        for text in own:
            assert text in run.feedback_text
    store.close()

    turns = sorted(t for r in runs for t in r.turn_seconds)
    print(f"\n{SESSIONS} sessions x {QUESTIONS} questions: wall {wall:.1f} s, "
          f"turn p50 {turns[len(turns) // 2] * 1000:.0f} ms, max {turns[-1] * 1000:.0f} ms")
