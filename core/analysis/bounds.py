"""The bound on what the analysis reads: a CV or job description is cut to a size every reading stage
handles in well under a second, before any of them runs.

Every reader of a CV or job (``core.analysis``, the offline coach) is linear-ish in the
text's length, but its cost per line is a fraction of a millisecond, and a paste can be any size (an
860 KB paste was seen). So the text is bounded first, in one linear pass:

* at most :data:`MAX_ANALYSED_CHARS` characters, the length the cloud models are given too
  (``Settings.max_context_chars``, whose notice tells the user the interviewer reads the first part only);
* at most :data:`MAX_ANALYSED_LINES` non-blank lines (two pages of a CV hold about 120);
* an identical line repeated back to back kept :data:`MAX_SAME_LINE_RUN` times (a pasted block copied over and over).
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

MAX_ANALYSED_CHARS = 60_000
MAX_ANALYSED_LINES = 1_500
MAX_SAME_LINE_RUN = 2


def bounded(text: str, *, max_chars: int = MAX_ANALYSED_CHARS, max_lines: int = MAX_ANALYSED_LINES) -> str:
    """``text`` cut to what the analysis reads (see the module's docstring); the same string when within bounds.

    Linear in ``len(text)``. Blank lines count toward the line bound four times less.
    """
    original = text or ""
    text = original[:max_chars]
    kept: list[str] = []
    previous, run, lines = None, 0, 0
    for line in text.split("\n"):
        key = line.strip()
        run = run + 1 if key == previous else 1
        previous = key
        if key and run > MAX_SAME_LINE_RUN:
            continue
        kept.append(line)
        lines += bool(key)
        if lines >= max_lines or len(kept) >= 4 * max_lines:
            break
    out = "\n".join(kept)
    if len(out) < len(original):
        logger.info("analysis bounded a text of %d characters to %d", len(original), len(out))
    return out if len(out) < len(original) else original
