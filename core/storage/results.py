"""Answer scores and reports: a mixin of :class:`core.storage.store.InterviewStore` (it uses the store's
``_write``, ``_cursor`` and ``_bump``).

An answer's score is one row per question and attempt (a retry is attempt 2, 3, ...); the report is one
row per session, and storing it marks the session completed.
"""

from __future__ import annotations

import json
from typing import Any

from core.schemas import DIMENSIONS
from core.storage.migrations import now_utc
from core.storage.rows import ReportRow, ScoreRow, read_rows


class ResultQueries:
    """Scores and reports of :class:`core.storage.store.InterviewStore`."""

    def save_answer_score(
        self,
        session_id: str,
        question_no: int,
        question: str,
        answer: str,
        score: dict[str, Any],
        *,
        model: str | None = None,
        attempt: int = 1,
    ) -> None:
        """Store (or replace) the score of one answer. ``score`` is ``AnswerScore.model_dump()``."""
        dims = DIMENSIONS
        evidence = {d: score[d]["evidence"] for d in dims}
        with self._write() as cur:  # type: ignore[attr-defined]
            cur.execute(
                "DELETE FROM answer_scores WHERE session_id = ? AND question_no = ? AND attempt = ?",
                [session_id, question_no, attempt],
            )
            cur.execute(
                "INSERT INTO answer_scores (session_id, question_no, question, answer, relevance, structure, "
                "specificity, depth, communication, overall, evidence, missing, stronger_answer, model, "
                "created_at, attempt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [session_id, question_no, question, answer, *(score[d]["score"] for d in dims),
                 score["overall"], json.dumps(evidence, ensure_ascii=False),
                 json.dumps(score.get("missing", []), ensure_ascii=False), score.get("stronger_answer", ""),
                 model, now_utc(), attempt],
            )

    def list_answer_scores(self, session_id: str, *, attempt: int | None = 1) -> list[ScoreRow]:
        """Scores of a session by question (of ``attempt``, or every attempt when None), then attempt."""
        sql = f"SELECT {ScoreRow.COLUMNS} FROM answer_scores WHERE session_id = ?"
        params: list[Any] = [session_id]
        if attempt is not None:
            sql += " AND attempt = ?"
            params.append(attempt)
        with self._cursor() as cur:  # type: ignore[attr-defined]
            return read_rows(cur.execute(sql + " ORDER BY question_no, attempt", params), ScoreRow)

    def save_report(self, session_id: str, report: dict[str, Any], *, dimension_scores: dict[str, float],
                    model: str | None = None) -> None:
        """Store the report (``InterviewReport.model_dump()``) and mark the session completed."""
        now = now_utc()
        with self._write() as cur:  # type: ignore[attr-defined]
            cur.execute("DELETE FROM reports WHERE session_id = ?", [session_id])
            cur.execute(
                "INSERT INTO reports (session_id, overall, dimension_scores, summary, strengths, weaknesses, "
                "cv_tips, coverage, model, created_at, next_steps, scope_note, language_note) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [session_id, report["overall"], json.dumps(dimension_scores), report.get("summary", ""),
                 json.dumps(report.get("strengths", []), ensure_ascii=False),
                 json.dumps(report.get("weaknesses", []), ensure_ascii=False),
                 json.dumps(report.get("cv_tips", []), ensure_ascii=False),
                 json.dumps(report.get("coverage", []), ensure_ascii=False), model, now,
                 json.dumps(report.get("next_steps", []), ensure_ascii=False),
                 report.get("scope_note") or None, report.get("language_note") or None],
            )
            cur.execute(
                "UPDATE sessions SET status = 'completed', overall_score = ?, completed_at = coalesce(completed_at, ?), "
                "updated_at = ? WHERE id = ?",
                [report["overall"], now, now, session_id],
            )
            self._bump(session_id)  # type: ignore[attr-defined]

    def get_report(self, session_id: str) -> ReportRow | None:
        """The session's report, or None before it is finished."""
        with self._cursor() as cur:  # type: ignore[attr-defined]
            rows = read_rows(cur.execute(f"SELECT {ReportRow.COLUMNS} FROM reports WHERE session_id = ?",
                                     [session_id]), ReportRow)
        return rows[0] if rows else None
