"""Storage: the DuckDB store (:mod:`.store`) and its numbered schema migrations (:mod:`.migrations`)."""

from core.storage.migrations import MIGRATIONS
from core.storage.store import SESSION_STATUSES, DuplicateTurnError, InterviewStore, StoreError

__all__ = ["MIGRATIONS", "SESSION_STATUSES", "DuplicateTurnError", "InterviewStore", "StoreError"]
