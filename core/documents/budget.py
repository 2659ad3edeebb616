"""A time budget for parsing one upload, enforced in the parsing thread only."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from core.documents.errors import TimeUp


@contextmanager
def time_limit(seconds: float) -> Iterator[Callable[[], None]]:
    """Bound the time spent parsing in this thread; yields an explicit check for loops.

    A timer thread raises ``TimeUp`` asynchronously in this thread when the budget is spent
    (``PyThreadState_SetAsyncExc``), which stops pure-Python loops in pypdf or python-docx at no
    cost while all goes well. Other threads (Streamlit's other sessions) are unaffected. The lock
    and the final clear make sure the exception can never fire after the block is left.
    """
    deadline = time.monotonic() + seconds

    def check() -> None:
        if time.monotonic() > deadline:
            raise TimeUp

    set_async_exc = _async_exc_setter()
    if set_async_exc is None:
        yield check
        return
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                set_async_exc(thread_id, TimeUp)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield check
    finally:
        with lock:
            state["active"] = False
            timer.cancel()
            if state["fired"]:
                set_async_exc(thread_id, None)  # clear it if it is still pending


def _async_exc_setter() -> Callable[[int, type[BaseException] | None], None] | None:
    """``PyThreadState_SetAsyncExc`` through ctypes on CPython, else ``None``."""
    try:
        import ctypes

        function = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):
        return None

    def set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
        target = ctypes.py_object(exc) if exc is not None else ctypes.c_void_p(None)  # NULL clears
        function(ctypes.c_ulong(thread_id), target)

    return set_async_exc
