"""Store figures: single message insert latency, and the history queries at 10,000 sessions."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from core.storage import InterviewStore


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def fill(store: InterviewStore, sessions: int = 10_000, messages_per_session: int = 10) -> None:
    """Bulk-load realistic rows straight through SQL (the app's own writes are measured separately)."""
    with store._write() as cur:  # noqa: SLF001 - benchmark set-up
        cur.execute(
            f"""
            INSERT INTO sessions (id, created_at, updated_at, job_title, company, job_description, cv_text,
                                  settings, status, model, overall_score, completed_at)
            SELECT 's' || i, TIMESTAMP '2025-01-01' + INTERVAL (i) MINUTE, TIMESTAMP '2025-01-01',
                   ['Backend Engineer', 'Data Analyst', 'Product Manager'][1 + i % 3], 'Company ' || (i % 50),
                   'JD', 'CV', '{{"interview_type": "mixed"}}',
                   CASE WHEN i % 10 = 0 THEN 'in_progress' ELSE 'completed' END, 'offline-coach',
                   CASE WHEN i % 10 = 0 THEN NULL ELSE 1 + (i % 10) END, TIMESTAMP '2025-01-01'
            FROM range({sessions}) t(i)
            """
        )
        cur.execute(
            f"""
            INSERT INTO messages (session_id, seq, role, content, created_at, kind, question_no)
            SELECT 's' || s, m + 1, CASE WHEN m % 2 = 0 THEN 'interviewer' ELSE 'candidate' END,
                   'message text ' || m, TIMESTAMP '2025-01-01',
                   CASE WHEN m % 2 = 0 THEN 'question' ELSE 'answer' END, m // 2 + 1
            FROM range({sessions}) a(s), range({messages_per_session}) b(m)
            """
        )
        cur.execute(
            f"""
            INSERT INTO answer_scores (session_id, question_no, question, answer, relevance, structure,
                                       specificity, depth, communication, overall, evidence, missing,
                                       stronger_answer, model, created_at)
            SELECT 's' || s, q, 'q', 'a', 1 + (s + q) % 5, 1 + s % 5, 1 + q % 5, 3, 4, 6, '{{}}', '[]', '',
                   'offline-coach', TIMESTAMP '2025-01-01'
            FROM range({sessions}) a(s), range(1, 6) b(q) WHERE s % 10 <> 0
            """
        )


def _time(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def run() -> list[tuple[str, float, str, str]]:
    with tempfile.TemporaryDirectory() as folder:
        store = InterviewStore(str(Path(folder) / "bench.duckdb"))
        sid = store.create_session(job_title="Bench")
        inserts = _time(lambda: store.add_message(sid, "candidate", "An answer " * 40, kind="answer",
                                                  question_no=1), 300)
        fill(store)
        history = _time(lambda: store.scores_frame(), 20)
        listing = _time(lambda: store.sessions_frame(), 20)
        unfinished = _time(lambda: store.list_sessions(status="in_progress", limit=5), 20)
        store.close()
    return [
        ("message insert p50", statistics.median(inserts), "ms", "< 3 ms"),
        ("message insert p95", _percentile(inserts, 95), "ms", "-"),
        ("scores over time, 10k sessions / 100k messages (median)", statistics.median(history), "ms", "< 30 ms"),
        ("all sessions with answer counts, 10k sessions (median)", statistics.median(listing), "ms", "< 30 ms"),
        ("unfinished sessions for Home (median)", statistics.median(unfinished), "ms", "< 30 ms"),
    ]
