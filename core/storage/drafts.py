"""The answer being written, kept server-side so a refresh or a dropped connection loses nothing.

A mixin of :class:`core.storage.store.InterviewStore` (it uses the store's ``_write`` and ``_cursor``).
One draft per session and source: ``typed`` (the chat box) and ``voice`` (a transcript being checked).
A draft is the candidate's own text for the open question; it is deleted once an answer is sent or
the question skipped, and with its session. Never a key, never audio.
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
            cur.execute("DELETE FROM drafts WHERE session_id = ? AND source = ?", [session_id, source])
            if content.strip():
                cur.execute(
                    "INSERT INTO drafts (session_id, source, turn, content, meta, updated_at) VALUES (?,?,?,?,?,?)",
                    [session_id, source, int(turn), content,
                     None if meta is None else json.dumps(meta, ensure_ascii=False), now_utc()],
                )

    def get_drafts(self, session_id: str) -> dict[str, DraftRow]:
        """The session's drafts by source (``{}`` when none)."""
        with self._cursor() as cur:  # type: ignore[attr-defined]
            rows = cur.execute("SELECT source, turn, content, meta FROM drafts WHERE session_id = ?",
                               [session_id]).fetchall()
        return {source: DraftRow(source, turn, content, json.loads(meta) if meta else {})
                for source, turn, content, meta in rows}

    def clear_drafts(self, session_id: str, source: str | None = None) -> None:
        """Delete the session's drafts (of one ``source`` when given)."""
        sql, params = "DELETE FROM drafts WHERE session_id = ?", [session_id]
        if source is not None:
            sql, params = sql + " AND source = ?", [session_id, source]
        with self._write() as cur:  # type: ignore[attr-defined]
            cur.execute(sql, params)
