"""Point the app at a benchmark's own database for the length of a ``with`` block."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def app_database(path: str) -> Iterator[None]:
    """Set ``INTERVIEW_DB`` to ``path`` with fresh cached resources; restore both on exit.

    Clearing ``st.cache_resource`` on exit also releases the app's store, so the file can be removed.
    """
    import streamlit as st

    previous = os.environ.get("INTERVIEW_DB")
    os.environ["INTERVIEW_DB"] = path
    st.cache_resource.clear()
    try:
        yield
    finally:
        st.cache_resource.clear()
        if previous is None:
            os.environ.pop("INTERVIEW_DB", None)
        else:
            os.environ["INTERVIEW_DB"] = previous
