"""Moved to :mod:`core.models.registry`. Re-exports for branches in flight; delete once none import it."""

from core.models.registry import OFFLINE, OFFLINE_MODEL, describe_providers, model_name, safe_url  # noqa: F401
