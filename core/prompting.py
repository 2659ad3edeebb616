"""Moved to :mod:`core.models.prompts`. Re-exports for branches in flight; delete once none import it."""

from core.models.prompts import *  # noqa: F403
from core.models.prompts import extract_blocks, extract_json, neutralise, wrap, wrap_json  # noqa: F401
