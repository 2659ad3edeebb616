"""Rendering helpers: user and model text made inert before it reaches ``st.markdown``."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator

# Each special character gets a backslash. One regular expression instead of a loop over the characters:
# a page run escapes every message of the chat and each streamed piece of a question (2-3 times faster).
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>~$:]")


def _escaped(match: re.Match[str]) -> str:
    return "\\" + match.group()  # a function, not the template r"\\\g<0>": re expands templates slowly


def plain(text: str | None) -> str:
    """User or model text made inert for ``st.markdown``: no HTML, links, images or formatting."""
    return _MARKDOWN_SPECIAL.sub(_escaped, text or "").replace("\n", "  \n")


def batched(pieces: Iterable[str], window_s: float, clock: Callable[[], float] = time.perf_counter) -> Iterator[str]:
    """A stream's text pieces, joined: the first at once, then what arrived once ``window_s`` seconds have
    passed since the last one was yielded (checked as each piece arrives), and what is left at the end.

    Each yield is one message to the browser (``st.write_stream``). Pieces that come faster than
    ``window_s`` (the offline coach's, a millisecond apart) go out together; slower ones one by one.
    """
    pending: list[str] = []
    sent_at: float | None = None
    for piece in pieces:
        pending.append(piece)
        now = clock()
        if sent_at is None or now - sent_at >= window_s:
            sent_at = now
            yield "".join(pending)
            pending.clear()
    if pending:
        yield "".join(pending)
