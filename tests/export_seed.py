"""A fixed session (fixed times) for the export golden test: ``python -m tests.export_seed OUT_DIR`` writes its exports."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import duckdb

from core.export import export_json, export_markdown, session_export, sessions_csv
from core.storage import InterviewStore

SESSION_ID = "golden01"


def _score(base: int, stronger: str) -> dict:
    dims = ("relevance", "structure", "specificity", "depth", "communication")
    return {
        **{d: {"score": min(5, base + i % 2), "evidence": f"{d} quote \u201cé\u201d"} for i, d in enumerate(dims)},
        "missing": ["a metric", "the result | impact"],
        "stronger_answer": stronger,
        "overall": base * 2,
    }


def seed(path: str) -> None:
    """A completed session with every message kind, two attempts at question 1, a report; fixed times."""
    store = InterviewStore(path)
    store.create_session(
        session_id=SESSION_ID, job_title="Data Analyst", company="Acme Zürich", job_description="SQL, dashboards.",
        cv_text="Jane Doe\nSQL for 5 years.", cv_filename="cv.pdf", model="gpt-4o-mini", owner="ana@example.com",
        settings={"interview_type": "mixed", "seniority": "mid", "question_count": 2, "style": "friendly",
                  "hide_contact_details": True, "focus": ["SQL"], "follow_ups": True},
    )
    store.create_session(session_id="golden02", job_title="Backend Engineer", status="in_progress")
    add = store.add_message
    add(SESSION_ID, "interviewer", "Tell me about a dashboard.", kind="question", question_no=1, model="gpt-4o-mini",
        latency_ms=120, tokens_in=50, tokens_out=9)
    add(SESSION_ID, "candidate", "I built one in Looker.\nIt cut reporting time by 30%.", kind="answer", question_no=1)
    add(SESSION_ID, "interviewer", "What was hardest?", kind="follow_up", question_no=1, model="gpt-4o-mini")
    add(SESSION_ID, "candidate", "Getting clean data.", kind="answer", question_no=1)
    add(SESSION_ID, "system", "Switched to the offline coach.", kind="notice", question_no=2)
    add(SESSION_ID, "interviewer", "How do you test SQL?", kind="question", question_no=2, model="offline")
    add(SESSION_ID, "candidate", "", kind="skip", question_no=2)
    store.save_answer_score(SESSION_ID, 1, "Tell me about a dashboard.", "I built one.", _score(3, "Say the number."),
                            model="gpt-4o-mini")
    store.save_answer_score(SESSION_ID, 1, "Tell me about a dashboard.", "Retry text.", _score(4, ""),
                            model="gpt-4o-mini", attempt=2)
    store.save_answer_score(SESSION_ID, 2, "How do you test SQL?", "(skipped)", _score(1, "Any answer."), model=None)
    store.save_report(
        SESSION_ID,
        {"overall": 5, "summary": "Solid start.", "strengths": ["Numbers"], "weaknesses": ["Skipped one"],
         "cv_tips": ["Add Looker"], "coverage": [{"requirement": "SQL", "status": "weak", "evidence": "a | b\nc"},
                                                 {"requirement": "Dashboards", "status": "evidenced", "evidence": ""}]},
        dimension_scores={"relevance": 3.5, "structure": 2.0, "specificity": 4.25, "depth": 3.0, "communication": 3.0},
        model="gpt-4o-mini",
    )
    store.close()
    con = duckdb.connect(path)
    fixed = datetime(2030, 1, 2, 3, 4, 5)
    con.execute("UPDATE sessions SET created_at = ?, updated_at = ?", [fixed, fixed])
    con.execute("UPDATE sessions SET completed_at = ? WHERE completed_at IS NOT NULL", [datetime(2030, 1, 2, 4, 0, 0)])
    con.execute("UPDATE messages SET created_at = ? + to_seconds(seq)", [fixed])
    con.execute("UPDATE answer_scores SET created_at = ?", [fixed])
    con.execute("UPDATE reports SET created_at = ?", [fixed])
    con.close()


def exports(path: str) -> dict[str, str]:
    """The JSON, Markdown and sessions CSV exports of the seeded database, by file name."""
    store = InterviewStore(path)
    try:
        data = session_export(store, SESSION_ID, owner="ana@example.com")
        return {
            "session.json": export_json(data),
            "session.md": export_markdown(data),
            "sessions.csv": sessions_csv(store.sessions_frame().to_dict("records")),
        }
    finally:
        store.close()


if __name__ == "__main__":
    out = Path(sys.argv[1])
    db = str(out / "golden.duckdb")
    seed(db)
    for name, text in exports(db).items():
        (out / name).write_text(text, encoding="utf-8", newline="")
    Path(db).unlink()
