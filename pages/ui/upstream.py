"""Work-arounds for faults in Streamlit itself, each with its evidence; the only place besides the legacy
guard (:func:`pages.ui.frame.legacy_folder_guard`) that touches Streamlit's internals.

**An upload lost when a run starts** (streamlit 1.67). To upload, the browser first asks the server for
upload URLs (a ``file_urls_request``); the reply waits in the session's outgoing queue until the next
flush. When a script run starts, ``AppSession`` clears that queue, keeping only run lifecycle messages
(``ForwardMsgQueue.clear(retain_lifecycle_msgs=True)``), so a reply enqueued just before a run starts is
thrown away. The browser then waits for it forever: the file is never sent, no callback runs, the
uploader shows nothing and no sentence says why. It happens when a file is chosen right after a text box
commits (its rerun starts a moment later), most often on a cold server whose first run is slow.
Measured with ``python -m tests.e2e.upload_race`` (a fresh server per try, the job description typed and
a file chosen at once, on 2 busy cores): before this fix 9 of 60 uploads were lost (6 of 20 in one
run, where each loss logged one dropped ``file_urls_response``); after it 0 of 20, with 4 replies kept
that would have been dropped. Replies to the browser's own requests have nothing to do with the run
being replaced, so they are kept.
"""

from __future__ import annotations

import logging
from typing import Any

logger = logging.getLogger(__name__)

# ForwardMsg types that answer a request of the browser (not output of a script run).
BROWSER_REPLIES = frozenset({"file_urls_response", "backend_operation_response", "heartbeat_ack"})


def keep_browser_replies(queue_class: Any = None) -> bool:
    """Make ``queue_class.clear`` (Streamlit's ``ForwardMsgQueue`` by default) keep the messages of
    :data:`BROWSER_REPLIES` when it keeps lifecycle messages (a run starting), in their order after
    those. Once per class, cheap after that: call it on every run. Returns False, and changes nothing,
    when the class is not there or has no such ``clear`` (another Streamlit version)."""
    if queue_class is None:
        try:
            from streamlit.runtime.forward_msg_queue import ForwardMsgQueue as queue_class
        except ImportError:
            return False
    original = getattr(queue_class, "clear", None)
    if original is None:
        return False
    if getattr(original, "keeps_browser_replies", False):
        return True

    def clear(self: Any, retain_lifecycle_msgs: bool = False, fragment_ids_this_run: Any = None) -> None:
        queue = getattr(self, "_queue", None) or []
        replies = [msg for msg in queue if msg.WhichOneof("type") in BROWSER_REPLIES] if retain_lifecycle_msgs else []
        original(self, retain_lifecycle_msgs=retain_lifecycle_msgs, fragment_ids_this_run=fragment_ids_this_run)
        if replies:
            logger.info("kept %d browser replies a starting run would have dropped", len(replies))
            self._queue.extend(replies)

    clear.keeps_browser_replies = True  # type: ignore[attr-defined]
    clear.__doc__ = original.__doc__
    queue_class.clear = clear
    return True
