"""The answer being written, kept server-side so a refresh or a dropped connection loses nothing.

A mixin of :class:`core.storage.store.InterviewStore` (it uses the store's ``_write`` and ``_cursor``).
One draft per session and source: ``typed`` (the chat box) and ``voice`` (a transcript being checked).
A draft is the candidate's own text for the open question; it is deleted once an answer is sent or
the question skipped, and with its session. Never a key, never audio.

Most answers are sent with no draft kept (typed without a pause): a local database's store remembers
the sessions whose drafts it deleted and that saved none since (``_draftless``, shared by the stores of
one file in this process; the file has no other writer), and answers :meth:`DraftQueries.get_drafts` and
:meth:`DraftQueries.clear_drafts` for them without a query (0.5-1.2 ms of DuckDB each, on every answer turn).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from core.storage.migrations import now_utc

DRAFT_SOURCES = ("typed", "voice")


@dataclass(frozen=True)
class DraftRow:
    """One kept draft: ``turn`` is the session's message count when it was written."""

    source: str
    turn: int
    content: str
    meta: dict[str, Any] = field(default_factory=dict)


class DraftQueries:
    """Save, read and clear the drafts of a session."""

    def save_draft(self, session_id: str, source: str, turn: int, content: str,
                   meta: dict[str, Any] | None = None) -> None:
        """Keep ``content`` as the session's ``source`` draft for ``turn`` (an empty text clears it).

        Raises ``ValueError`` for a source not in :data:`DRAFT_SOURCES`.
        """
        if source not in DRAFT_SOURCES:
            raise ValueError(f"unknown draft source {source!r}")
        with self._write() as cur:  # type: ignore[attr-defined]
            self._may_have_drafts(session_id)
            cur.execute("DELETE FROM drafts WHERE session_id = ? AND source = ?", [session_id, source])
            if content.strip():
                cur.execute(
                    "INSERT INTO drafts (session_id, source, turn, content, meta, updated_at) VALUES (?,?,?,?,?,?)",
                    [session_id, source, int(turn), content,
                     None if meta is None else json.dumps(meta, ensure_ascii=False), now_utc()],
                )

    def get_drafts(self, session_id: str) -> dict[str, DraftRow]:
        """The session's drafts by source (``{}`` when none)."""
        draftless = self._draftless  # type: ignore[attr-defined]
        if draftless is not None and session_id in draftless:
            return {}
        with self._cursor() as cur:  # type: ignore[attr-defined]
            rows = cur.execute("SELECT source, turn, content, meta FROM drafts WHERE session_id = ?",
                               [session_id]).fetchall()
        return {source: DraftRow(source, turn, content, json.loads(meta) if meta else {})
                for source, turn, content, meta in rows}

    def clear_drafts(self, session_id: str, source: str | None = None) -> None:
        """Delete the session's drafts (of one ``source`` when given)."""
        draftless = self._draftless  # type: ignore[attr-defined]
        sql, params = "DELETE FROM drafts WHERE session_id = ?", [session_id]
        if source is not None:
            sql, params = sql + " AND source = ?", [session_id, source]
        with self._write_lock:  # type: ignore[attr-defined]
            if draftless is not None and session_id in draftless:
                return  # none saved since they were all deleted
            with self._cursor() as cur:  # type: ignore[attr-defined]
                cur.execute(sql, params)  # one statement, committed on its own
            if source is None and draftless is not None:
                draftless.add(session_id)

    def _may_have_drafts(self, session_id: str) -> None:
        """Called under the write lock by every write that may leave a draft for ``session_id``."""
        draftless = self._draftless  # type: ignore[attr-defined]
        if draftless is not None:
            draftless.discard(session_id)
