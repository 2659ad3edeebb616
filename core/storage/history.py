"""The read-only queries the History and Home pages chart: sessions, scores and delivery over time.

A mixin of :class:`core.storage.store.InterviewStore` (it uses the store's ``_cursor``): the store
keeps writing and the per-interview reads, this module the across-sessions views.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from core.storage.rows import DeliveryPoint, ScorePoint, SessionSummary, read_rows

if TYPE_CHECKING:  # pandas is imported by DuckDB's .df() when a frame is asked for
    import pandas as pd


class HistoryQueries:
    """Sessions, score and delivery series across sessions, filtered in SQL."""

    def _sessions_sql(self, where: str) -> str:
        return (
            "SELECT s.id, s.created_at, greatest(s.updated_at, a.last_at) AS updated_at, s.job_title, s.company, "
            "s.settings->>'$.interview_type' AS interview_type, s.model, s.overall_score, s.status, "
            "s.completed_at, coalesce(a.answers, 0) AS answers "
            "FROM sessions s LEFT JOIN (SELECT session_id, count(*) FILTER (WHERE kind = 'answer') AS answers, "
            "max(created_at) AS last_at FROM messages GROUP BY session_id) a ON a.session_id = s.id "
            f"{where} ORDER BY s.created_at DESC"
        )

    def list_sessions(
        self,
        *,
        owner: str | None = None,
        status: str | tuple[str, ...] | None = None,
        text: str = "",
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[SessionSummary]:
        """Sessions newest first (without the long text columns), with their answer counts."""
        where, params = self._filters(owner=owner, status=status, text=text, since=since, until=until)
        sql = self._sessions_sql(where)
        if limit:
            sql += f" LIMIT {int(limit)}"
        with self._cursor() as cur:
            return read_rows(cur.execute(sql, params), SessionSummary)

    def sessions_frame(
        self,
        *,
        owner: str | None = None,
        status: str | tuple[str, ...] | None = None,
        text: str = "",
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> pd.DataFrame:
        """The same rows as :meth:`list_sessions` as a DataFrame: fast for thousands of sessions."""
        where, params = self._filters(owner=owner, status=status, text=text, since=since, until=until)
        with self._cursor() as cur:
            return cur.execute(self._sessions_sql(where), params).df()

    @staticmethod
    def _filters(
        *,
        owner: str | None,
        status: str | tuple[str, ...] | None = None,
        text: str = "",
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if owner is not None:
            clauses.append("s.owner = ?")
            params.append(owner)
        if status:
            statuses = (status,) if isinstance(status, str) else tuple(status)
            clauses.append(f"s.status IN ({', '.join('?' for _ in statuses)})")
            params.extend(statuses)
        if text.strip():
            clauses.append("(s.job_title ILIKE ? OR s.company ILIKE ?)")
            pattern = f"%{text.strip()}%"
            params.extend([pattern, pattern])
        if since is not None:
            clauses.append("s.created_at >= ?")
            params.append(since)
        if until is not None:
            clauses.append("s.created_at < ?")
            params.append(until)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _scores_sql(self, *, owner: str | None, text: str, since: datetime | None = None,
                    until: datetime | None = None) -> tuple[str, list[Any]]:
        where, params = self._filters(owner=owner, status="completed", text=text, since=since, until=until)
        where = (where + " AND " if where else "WHERE ") + "s.overall_score IS NOT NULL"
        sql = (
            "SELECT s.id, s.created_at, s.completed_at, s.job_title, s.company, s.model, s.overall_score, "
            "s.settings->>'$.interview_type' AS interview_type, "
            "a.relevance, a.structure, a.specificity, a.depth, a.communication, a.answers, "
            # the CV's first line (the candidate's name on nearly every CV) and its file's name: a CV edited in the
            # box between sessions (its tips applied) is still that CV, and so is the same document saved as PDF and
            # as DOCX (the extension is its format, not another CV: newcomer 26); another person's, or another file
            # of the same person (a tailored CV, session 21: "this CV" joined two files), is not
            "md5(lower(trim(regexp_extract(coalesce(s.cv_text, ''), '^\\s*([^\\n]*)', 1))) || chr(10) || "
            "regexp_replace(lower(coalesce(s.cv_filename, '')), '\\.[a-z0-9]{1,8}$', '')) AS cv_key, s.cv_filename "
            "FROM sessions s LEFT JOIN ("
            "  SELECT session_id, avg(relevance) AS relevance, avg(structure) AS structure, "
            "  avg(specificity) AS specificity, avg(depth) AS depth, avg(communication) AS communication, "
            "  count(*) AS answers FROM answer_scores WHERE attempt = 1 GROUP BY session_id"
            f") a ON a.session_id = s.id {where} ORDER BY s.created_at"
        )
        return sql, params

    def scores_over_time(self, *, owner: str | None = None, text: str = "") -> list[ScorePoint]:
        """Completed sessions with an overall score and per-dimension means, oldest first."""
        sql, params = self._scores_sql(owner=owner, text=text)
        with self._cursor() as cur:
            return read_rows(cur.execute(sql, params), ScorePoint)

    def scores_frame(self, *, owner: str | None = None, text: str = "", since: datetime | None = None,
                     until: datetime | None = None) -> pd.DataFrame:
        """:meth:`scores_over_time` as a DataFrame, for charts over thousands of sessions.

        ``since`` / ``until``: sessions created at or after / before these (naive UTC) times.
        """
        sql, params = self._scores_sql(owner=owner, text=text, since=since, until=until)
        with self._cursor() as cur:
            return cur.execute(sql, params).df()

    def delivery_over_time(self, *, owner: str | None = None) -> list[DeliveryPoint]:
        """Sessions with spoken answers, oldest first: the mean pace and filler rate of those answers."""
        where = "WHERE m.kind = 'answer' AND m.meta IS NOT NULL AND (m.meta->>'$.delivery.spoken')::BOOLEAN"
        params: list[Any] = []
        if owner is not None:
            where += " AND s.owner = ?"
            params.append(owner)
        sql = ("SELECT s.id AS session_id, s.created_at, s.job_title AS role, "
               "avg((m.meta->>'$.delivery.wpm')::DOUBLE) AS wpm, "
               "avg((m.meta->>'$.delivery.filler_rate')::DOUBLE) AS filler_rate, "
               "count(*) AS answers FROM messages m JOIN sessions s ON s.id = m.session_id "
               f"{where} GROUP BY s.id, s.created_at, s.job_title ORDER BY s.created_at")
        with self._cursor() as cur:
            return read_rows(cur.execute(sql, params), DeliveryPoint)

    # -- scores and reports ---------------------------------------------------------------

    def recent_scores(self, *, owner: str | None = None, limit: int = 10) -> list[ScorePoint]:
        """The last ``limit`` scored sessions, oldest first, shaped like :meth:`scores_over_time`.

        Home's small chart needs a handful of rows: building Python dicts for every session
        (thousands) is what makes the full list slow, so only the newest rows leave DuckDB.
        """
        sql, params = self._scores_sql(owner=owner, text="")
        sql = f"SELECT * FROM ({sql}) ORDER BY created_at DESC LIMIT {max(1, int(limit))}"
        with self._cursor() as cur:
            rows = read_rows(cur.execute(sql, params), ScorePoint)
        return rows[::-1]
