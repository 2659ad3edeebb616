"""Storage: the DuckDB store (:mod:`.store`), its typed rows (:mod:`.rows`) and numbered migrations (:mod:`.migrations`)."""

from core.storage.migrations import MIGRATIONS
from core.storage.rows import (
    DeliveryPoint,
    MessageRow,
    ReportRow,
    ScorePoint,
    ScoreRow,
    SessionRow,
    SessionSummary,
)
from core.storage.store import SESSION_STATUSES, DuplicateTurnError, InterviewStore, StoreError

__all__ = [
    "MIGRATIONS", "SESSION_STATUSES", "DeliveryPoint", "DuplicateTurnError", "InterviewStore", "MessageRow", "ReportRow",
    "ScorePoint", "ScoreRow", "SessionRow", "SessionSummary", "StoreError",
]
