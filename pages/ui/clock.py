"""The browser's time zone for the pages' times (:mod:`core.local_time`): ``st.context.timezone``, else its offset, else
UTC, said as such."""

from __future__ import annotations

import streamlit as st

from core.local_time import LocalZone, browser_zone


def zone() -> LocalZone:
    """The zone of this browser session (read on each run: ``st.context`` is per session)."""
    return browser_zone(st.context.timezone, st.context.timezone_offset)
