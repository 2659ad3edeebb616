"""DuckDB persistence: one connection per process, a cursor per operation, numbered migrations.

The schema lives in :mod:`core.storage.migrations`; this module reads and writes it.

Every write is committed when the method returns (DuckDB auto-commits each statement outside
an explicit transaction; multi-statement writes run in an explicit transaction), so a killed
process loses nothing already written. Writes are serialised by a lock so that threads sharing
the store never conflict; reads run concurrently on their own cursors.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from core.storage.drafts import DraftQueries
from core.storage.history import HistoryQueries
from core.storage.migrations import MIGRATIONS, apply_migrations, now_utc, turn_key
from core.storage.results import ResultQueries
from core.storage.rows import (
    MessageRow,
    SessionRow,
    loads,
    read_rows,
)

if TYPE_CHECKING:  # pandas is imported by DuckDB's .df() when a frame is asked for
    pass

logger = logging.getLogger(__name__)

__all__ = ["MIGRATIONS", "SESSION_STATUSES", "DuplicateTurnError", "InterviewStore", "StoreError"]

SESSION_STATUSES = ("setup", "in_progress", "completed", "abandoned")

_VERSIONS: dict[str, dict[str, int]] = {}  # database file -> session id -> state version (see InterviewStore)
_DRAFTLESS: dict[str, set[str]] = {}  # database file -> sessions whose drafts were all deleted since (see DraftQueries)
_VERSIONS_LOCK = threading.Lock()


class StoreError(RuntimeError):
    """A storage problem, worded as a sentence a user can act on."""


class DuplicateTurnError(StoreError):
    """A second question (or follow-up) with the same number: another writer stored it first."""


_UPDATABLE = {
    "job_title", "company", "job_description", "cv_text", "cv_filename", "settings", "status",
    "model", "overall_score", "completed_at",
}  # fmt: skip


def _open_error(path: str, exc: Exception) -> StoreError:
    text = str(exc)
    lowered = text.lower()
    if "lock" in lowered or "conflicting" in lowered:
        return StoreError(
            f"The database file {path} is in use by another running copy of the app; "
            "close it or set INTERVIEW_DB to another file."
        )
    if "permission" in lowered or "read-only" in lowered or "readonly" in lowered:
        return StoreError(
            f"The database file {path} cannot be written (permission denied); "
            "choose a writable location with INTERVIEW_DB."
        )
    if "not a valid duckdb" in lowered or "corrupt" in lowered or "magic" in lowered or "serializ" in lowered:
        return StoreError(
            f"The database file {path} is damaged or is not a DuckDB database; "
            "move it aside (your other files are untouched) or set INTERVIEW_DB to another file."
        )
    return StoreError(f"The database file {path} could not be opened ({type(exc).__name__}); "
                      "check the path or set INTERVIEW_DB to another file.")


class InterviewStore(HistoryQueries, DraftQueries, ResultQueries):
    """All reads and writes of interview sessions. Safe to share between threads."""

    def __init__(self, path: str, *, motherduck_token: str | None = None) -> None:
        self.path = path
        self._write_lock = threading.RLock()
        self._local = threading.local()
        # Next message seq per session, kept under the write lock: this process is the only writer of
        # a local file (DuckDB's lock), so an insert needs no max() scan. A shared MotherDuck database
        # may have other writers: a key conflict then recomputes from the table.
        self._next_seq: dict[str, int] = {}
        # A counter per session bumped by every write that changes its state (session row, messages,
        # report), so a reader can reuse what it built from the last version. Shared by every store on
        # the same file in this process (DuckDB gives them one database instance). Local files only: a
        # shared MotherDuck database has writers this process does not see.
        self._shared = path.startswith("md:")
        file_key = str(Path(path).expanduser().resolve()) if path != ":memory:" and not self._shared else str(id(self))
        with _VERSIONS_LOCK:
            self._versions = _VERSIONS.setdefault(file_key, {})
            # Sessions known to hold no draft (none saved since their drafts were last deleted), shared the
            # same way; None for a shared database, where another process may save one. Forgotten whenever
            # a store opens the file: another process may have written it while no store here held it.
            self._draftless: set[str] | None = None if self._shared else _DRAFTLESS.setdefault(file_key, set())
            if self._draftless is not None:
                self._draftless.clear()
        config: dict[str, Any] = {}
        if path.startswith("md:"):
            if motherduck_token:
                config["motherduck_token"] = motherduck_token
        elif path != ":memory:":
            folder = Path(path).expanduser().resolve().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"The folder {folder} for the database file cannot be created ({exc.strerror}); "
                    "set INTERVIEW_DB to a writable path."
                ) from None
            if not os.access(folder, os.W_OK):
                raise StoreError(
                    f"The database file {path} cannot be written (its folder is read-only); "
                    "set INTERVIEW_DB to a writable path."
                )
        try:
            self._conn = duckdb.connect(path, config=config)
        except (duckdb.Error, OSError) as exc:
            raise _open_error(path, exc) from None
        self.migrate()

    # -- plumbing -------------------------------------------------------------------------

    @contextmanager
    def _cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """This thread's cursor on the shared connection (DuckDB cursors are per-thread)."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            try:
                cur = self._conn.cursor()
            except duckdb.Error as exc:
                raise StoreError(f"The database {self.path} is closed or unavailable; reload the page.") from exc
            self._local.cursor = cur
        yield cur

    @contextmanager
    def _write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor inside a transaction, committed on success (the caller sees it committed)."""
        with self._write_lock, self._cursor() as cur:
            cur.execute("BEGIN TRANSACTION")
            try:
                yield cur
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            try:
                cur.execute("COMMIT")
            except duckdb.Error as exc:
                raise StoreError(f"Saving to {self.path} failed ({type(exc).__name__}); try again.") from exc

    def migrate(self) -> list[int]:
        """Apply migrations not yet recorded; return the ids applied now (see :mod:`.migrations`)."""
        with self._write_lock, self._cursor() as cur:
            return apply_migrations(cur)

    def version(self, session_id: str) -> int | None:
        """This session's state version in this process; None when other processes may write it too."""
        if self._shared:
            return None
        return self._versions.get(session_id, 0)

    def _bump(self, session_id: str) -> None:
        """Called by every write that changes what a session's state is built from."""
        with _VERSIONS_LOCK:
            self._versions[session_id] = self._versions.get(session_id, 0) + 1

    def applied_migrations(self) -> list[int]:
        with self._cursor() as cur:
            return [r[0] for r in cur.execute("SELECT id FROM schema_migrations ORDER BY id").fetchall()]

    def close(self) -> None:
        cur = getattr(self._local, "cursor", None)
        if cur is not None:
            cur.close()
            self._local.cursor = None
        self._conn.close()

    # -- sessions -------------------------------------------------------------------------

    def create_session(
        self,
        *,
        job_title: str,
        company: str = "",
        job_description: str = "",
        cv_text: str = "",
        cv_filename: str | None = None,
        settings: dict[str, Any] | None = None,
        status: str = "in_progress",
        model: str | None = None,
        owner: str | None = None,
        session_id: str | None = None,
    ) -> str:
        session_id = session_id or uuid.uuid4().hex[:12]
        now = now_utc()
        with self._write() as cur:
            cur.execute(
                "INSERT INTO sessions (id, created_at, updated_at, job_title, company, job_description, "
                "cv_text, cv_filename, settings, status, model, owner) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [session_id, now, now, job_title, company, job_description, cv_text, cv_filename,
                 json.dumps(settings or {}, ensure_ascii=False), status, model, owner],
            )
        return session_id

    def find_unstarted(self, *, job_title: str, company: str, job_description: str, cv_text: str,
                       settings: dict[str, Any], owner: str | None = None) -> str | None:
        """The newest interview in progress of ``owner`` with exactly these job, CV and settings in which the
        candidate has neither replied, skipped nor begun a draft; None when there is none."""
        sql = ("SELECT s.id FROM sessions s WHERE s.status = 'in_progress' AND s.owner IS NOT DISTINCT FROM ? "
               "AND s.job_title = ? AND s.company = ? AND s.job_description = ? AND s.cv_text = ? "
               "AND s.settings::VARCHAR = ? "
               "AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.session_id = s.id AND m.role = 'candidate') "
               "AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.session_id = s.id) ORDER BY s.created_at DESC LIMIT 1")
        with self._cursor() as cur:
            row = cur.execute(sql, [owner, job_title, company, job_description, cv_text,
                                    json.dumps(settings, ensure_ascii=False)]).fetchone()
        return row[0] if row else None

    def update_session(self, session_id: str, **fields: Any) -> None:
        unknown = set(fields) - _UPDATABLE
        if unknown:
            raise ValueError(f"cannot update {sorted(unknown)}")
        if "status" in fields and fields["status"] not in SESSION_STATUSES:
            raise ValueError(f"unknown status {fields['status']!r}")
        if "settings" in fields:
            fields["settings"] = json.dumps(fields["settings"], ensure_ascii=False)
        fields["updated_at"] = now_utc()
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self._write() as cur:
            cur.execute(f"UPDATE sessions SET {assignments} WHERE id = ?", [*fields.values(), session_id])
            self._bump(session_id)

    def get_session(self, session_id: str, *, owner: str | None = None) -> SessionRow | None:
        """The session (when ``owner`` is given, only if it is theirs), or None."""
        sql = f"SELECT {SessionRow.COLUMNS} FROM sessions WHERE id = ?"
        params: list[Any] = [session_id]
        if owner is not None:
            sql += " AND owner = ?"
            params.append(owner)
        with self._cursor() as cur:
            rows = read_rows(cur.execute(sql, params), SessionRow)
        return rows[0] if rows else None

    def count_rows(self, session_id: str | None = None) -> dict[str, int]:
        """Row counts per table (for one session, or all): used by tests and the data page."""
        counts: dict[str, int] = {}
        with self._cursor() as cur:
            for table, key in (("sessions", "id"), ("messages", "session_id"),
                               ("answer_scores", "session_id"), ("reports", "session_id")):
                if session_id is None:
                    counts[table] = cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                else:
                    counts[table] = cur.execute(
                        f"SELECT count(*) FROM {table} WHERE {key} = ?", [session_id]
                    ).fetchone()[0]
        return counts

    def delete_session(self, session_id: str, *, owner: str | None = None) -> bool:
        """Delete a session and everything under it; False if it was not there (or not the owner's)."""
        if self.get_session(session_id, owner=owner) is None:
            return False
        with self._write() as cur:
            for table in ("messages", "answer_scores", "reports", "drafts"):
                cur.execute(f"DELETE FROM {table} WHERE session_id = ?", [session_id])
            cur.execute("DELETE FROM sessions WHERE id = ?", [session_id])
            self._next_seq.pop(session_id, None)
            self._bump(session_id)
        return True

    def delete_all(self, *, owner: str | None = None) -> int:
        """Delete every session (of ``owner`` when given) with its rows; returns how many."""
        with self._write() as cur:
            self._next_seq.clear()
            for session_id in list(self._versions):
                self._bump(session_id)
            if owner is None:
                count = cur.execute("SELECT count(*) FROM sessions").fetchone()[0]
                for table in ("messages", "answer_scores", "reports", "drafts", "sessions"):
                    cur.execute(f"DELETE FROM {table}")
                return count
            ids = [r[0] for r in cur.execute("SELECT id FROM sessions WHERE owner = ?", [owner]).fetchall()]
            for table in ("messages", "answer_scores", "reports", "drafts"):
                cur.execute(
                    f"DELETE FROM {table} WHERE session_id IN (SELECT id FROM sessions WHERE owner = ?)", [owner]
                )
            cur.execute("DELETE FROM sessions WHERE owner = ?", [owner])
            return len(ids)

    # -- messages -------------------------------------------------------------------------

    def add_message(self, session_id: str, role: str, content: str, **fields: Any) -> int:
        """Append a message; returns its sequence number in the session (1-based).

        ``fields``: ``kind``, ``question_no``, ``model``, ``latency_ms``, ``tokens_in``, ``tokens_out`` and
        ``meta``, an optional JSON-ready dict stored with it (e.g. a spoken answer's delivery figures).

        Raises :class:`DuplicateTurnError` when ``kind`` is ``question`` or ``follow_up`` and the
        session already holds one with this ``question_no`` (the unique index of migration 4).
        """
        return self.append_message(session_id, role, content, **fields).seq

    def append_message(
        self,
        session_id: str,
        role: str,
        content: str,
        *,
        kind: str | None = None,
        question_no: int | None = None,
        model: str | None = None,
        latency_ms: int | None = None,
        tokens_in: int | None = None,
        tokens_out: int | None = None,
        meta: dict[str, Any] | None = None,
    ) -> MessageRow:
        """:meth:`add_message`, returning the row as :meth:`list_messages` will read it back, so a
        caller holding the session's messages can extend them without reading them all again."""
        key = turn_key(kind, question_no)
        created = now_utc()
        meta_json = None if meta is None else json.dumps(meta, ensure_ascii=False)
        values = [session_id, role, content, created, model, latency_ms, tokens_in, tokens_out, kind, question_no,
                  key, meta_json]
        insert = ("INSERT INTO messages (session_id, seq, role, content, created_at, model, latency_ms, "
                  "tokens_in, tokens_out, kind, question_no, turn_key, meta) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        with self._write_lock, self._cursor() as cur:
            seq = self._next_seq.get(session_id)
            if seq is None:
                seq = self._seq_from_table(cur, session_id)
            try:
                cur.execute(insert, [values[0], seq, *values[1:]])  # one statement, one commit
            except duckdb.ConstraintException:
                self._refuse_second_turn(cur, session_id, key)
                seq = self._seq_from_table(cur, session_id)  # another writer got there first
                try:
                    cur.execute(insert, [values[0], seq, *values[1:]])
                except duckdb.ConstraintException:
                    self._refuse_second_turn(cur, session_id, key)
                    raise
            self._next_seq[session_id] = seq + 1
            self._bump(session_id)
        return MessageRow(seq=seq, role=role, content=content, kind=kind, question_no=question_no, created_at=created,
                          model=model, latency_ms=latency_ms, tokens_in=tokens_in, tokens_out=tokens_out,
                          meta=loads(meta_json))

    @staticmethod
    def _refuse_second_turn(cur: duckdb.DuckDBPyConnection, session_id: str, key: str | None) -> None:
        if key is None:
            return
        taken = cur.execute("SELECT 1 FROM messages WHERE session_id = ? AND turn_key = ?",
                            [session_id, key]).fetchone()
        if taken:
            logger.info("refused a second %s in session %s", key, session_id)
            raise DuplicateTurnError(f"This interview already has {key.replace(':', ' ')}.")

    @staticmethod
    def _seq_from_table(cur: duckdb.DuckDBPyConnection, session_id: str) -> int:
        row = cur.execute("SELECT coalesce(max(seq), 0) + 1 FROM messages WHERE session_id = ?",
                          [session_id]).fetchone()
        return int(row[0])

    def list_messages(self, session_id: str) -> list[MessageRow]:
        """The session's messages in order (``seq`` 1, 2, ...)."""
        sql = f"SELECT {MessageRow.COLUMNS} FROM messages WHERE session_id = ? ORDER BY seq"
        with self._cursor() as cur:
            return read_rows(cur.execute(sql, [session_id]), MessageRow)

    # -- added for History and Home (issue 7) ----------------------------------------------
