"""Where an answer turn's time goes, from Chromium's own websocket frame times (``bench_flow``).

Chromium's DevTools protocol reports each websocket frame the page sends or receives
(``Network.webSocketFrameSent`` / ``webSocketFrameReceived``) with its time on the browser's network
thread (``CLOCK_MONOTONIC`` on Linux, the clock of Python's ``time.monotonic()``). Joined with the
flow probe's page times (Enter keydown, the paint showing the question), one turn splits into:

- **page**: Enter → the answer's frame leaves the page (the chat box's own handling);
- **server**: the answer's frame → the first frame holding the question's text arrives (the answer's
  callback, the script run up to the question's first piece, Streamlit's sending; loopback network);
- **browser**: that frame → the question painted;
- **frames before the paint**: frames that arrived after the question's and before its paint (the
  page's next run, when it comes that early, is applied before the question is drawn).

The question's frame is found by its text: the longest start of the text shown at the first paint
without Markdown punctuation (the app escapes that), 6 to 24 characters, looked for in the frames'
bytes. Nothing here reads Streamlit's code or messages' structure.
"""

from __future__ import annotations

import base64
import re
import statistics
import time
from typing import Any

_ESCAPED = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>~$:\n]")


def needle(text: str) -> bytes | None:
    """The bytes to look for: the question's start up to its first escaped character (6-24 characters)."""
    start = _ESCAPED.split(text.strip(), maxsplit=1)[0][:24].rstrip()
    return start.encode() if len(start) >= 6 else None


class FrameTimes:
    """Websocket frame times of one page, split per answer turn (:meth:`arm` before Enter, :meth:`split` after)."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.sent: list[float] = []  # monotonic seconds
        self.received: list[tuple[float, bytes]] = []
        cdp = page.context.new_cdp_session(page)
        cdp.on("Network.webSocketFrameSent", lambda e: self.sent.append(e["timestamp"]))
        cdp.on("Network.webSocketFrameReceived", self._received)
        cdp.send("Network.enable")
        self._marks = (0, 0)
        self._to_page_ms = 0.0

    def _received(self, event: dict[str, Any]) -> None:
        response = event["response"]
        data = response.get("payloadData", "")
        payload = base64.b64decode(data) if response.get("opcode") == 2 else data.encode()
        self.received.append((event["timestamp"], payload))

    def arm(self) -> None:
        """Before Enter: note where this turn's frames start and how the clocks relate (best of 5 round trips)."""
        best: tuple[float, float] | None = None
        for _ in range(5):
            before = time.time()
            page_ms = self.page.evaluate("performance.timeOrigin + performance.now()")
            after = time.time()
            sample = (page_ms - (before + after) / 2 * 1000, after - before)
            if best is None or sample[1] < best[1]:
                best = sample
        assert best is not None
        origin = self.page.evaluate("performance.timeOrigin")
        # page ms = (monotonic s + (wall - monotonic)) * 1000 + (page wall - wall) ms - the page's time origin
        self._to_page_ms = (time.time() - time.monotonic()) * 1000 + best[0] - origin
        self._marks = (len(self.sent), len(self.received))

    def _page_ms(self, monotonic_s: float) -> float:
        return monotonic_s * 1000 + self._to_page_ms

    def split(self, probe: dict[str, Any]) -> dict[str, float] | None:
        """The turn's parts in ms (``page``, ``server``, ``browser``) and ``frames_before_paint``; None when the
        answer's frame or the question's frame was not found."""
        wanted = needle(probe.get("text") or "")
        sent = self.sent[self._marks[0]:]
        received = self.received[self._marks[1]:]
        if wanted is None or not sent:
            return None
        found = next((i for i, (_, payload) in enumerate(received) if wanted in payload), None)
        if found is None:
            return None
        answer_sent = self._page_ms(sent[0])
        question = self._page_ms(received[found][0])
        return {
            "page": answer_sent - probe["t0"],
            "server": question - answer_sent,
            "browser": probe["paint"] - question,
            "frames_before_paint": float(sum(1 for t, _ in received[found + 1:] if self._page_ms(t) < probe["paint"])),
        }


def split_rows(app: list[dict[str, float]], floor: list[dict[str, float]]) -> list[tuple[str, float, str, str]]:
    """The answer turn's parts (:mod:`bench.flow_frames`), p50, app then floor."""
    names = {"page": "Enter → the answer's websocket frame leaves the page",
             "server": "answer's frame → the question's first frame received (server)",
             "browser": "question's first frame → painted (browser)",
             "frames_before_paint": "frames received after the question's and before its paint"}
    rows = []
    for key, name in names.items():
        for side, splits in (("app", app), ("floor", floor)):
            if splits:
                unit = "" if key == "frames_before_paint" else "ms"
                rows.append((f"  {name}, {side} (p50 of {len(splits)})",
                             statistics.median(s[key] for s in splits), unit, "-"))
    return rows
