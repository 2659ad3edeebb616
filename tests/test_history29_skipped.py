"""Session 29 (re-check rc28, m7): History never says "never asked" of a competency whose question was skipped.

The re-check skipped the concurrency question of a backend interview; History's practice advice then listed
concurrency as "never asked yet for this role". A competency asked only by questions that got no scored answer is now
"asked, skipped in 1 session" (or "asked, not answered" when the interview ended before it was answered), as the
requirement rows already were (session 28). Real DuckDB file, sessions made the way the engine stores them.
"""

from __future__ import annotations

from test_progress import make_session

from core import progress
from core.progress.practice import unanswered_questions
from core.storage import InterviewStore

CONCURRENCY_Q = ("Two requests update the same account balance at the same moment. How do you stop one update "
                 "overwriting the other?")


def _with_question(store: InterviewStore, sid: str, number: int, question: str, *, skipped: bool) -> None:
    store.add_message(sid, "interviewer", question, kind="question", question_no=number)
    if skipped:
        store.add_message(sid, "candidate", "(skipped)", kind="skip", question_no=number)


def _detail(suggestion, name: str) -> str:
    return next(g.detail for g in suggestion.gaps if g.kind == "competency" and g.name == name)


def test_a_skipped_competency_question_is_asked_skipped(tmp_path) -> None:
    store = InterviewStore(str(tmp_path / "h.duckdb"))
    sid = make_session(store, status="in_progress")
    _with_question(store, sid, 3, CONCURRENCY_Q, skipped=True)
    store.save_report(sid, {"overall": 6, "summary": "ok", "strengths": [], "weaknesses": [], "cv_tips": [],
                            "coverage": []}, dimension_scores={"relevance": 4.0}, model="offline-coach")
    assert unanswered_questions(store, sid, store.list_answer_scores(sid)) == [(CONCURRENCY_Q, "skipped")]
    suggestion = progress.suggest_practice(store)
    assert suggestion is not None
    assert _detail(suggestion, "concurrency") == "asked, skipped in 1 session"
    assert _detail(suggestion, "security") == "never asked yet for this role"  # never asked: still said so
    store.close()


def test_a_question_left_open_is_asked_not_answered(tmp_path) -> None:
    store = InterviewStore(str(tmp_path / "h.duckdb"))
    sid = make_session(store, status="in_progress")
    _with_question(store, sid, 3, CONCURRENCY_Q, skipped=False)  # the interview ended before it was answered
    store.save_report(sid, {"overall": 6, "summary": "ok", "strengths": [], "weaknesses": [], "cv_tips": [],
                            "coverage": []}, dimension_scores={"relevance": 4.0}, model="offline-coach")
    suggestion = progress.suggest_practice(store)
    assert suggestion is not None
    assert _detail(suggestion, "concurrency") == "asked, not answered in 1 session"
    store.close()
