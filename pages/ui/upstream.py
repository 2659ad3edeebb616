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

**A text dropped when two requests wait together** (streamlit 1.67). A text box sends its text only when it loses
the focus; a click on another page in the sidebar takes the focus, so the box's request (its page, every widget's
value) and the page switch's (the new page, with the values of the widgets every page shares only) leave the
browser within milliseconds. When the second arrives before the script thread has taken the first (a run still
going, or a new thread starting on a busy machine), ``ScriptRequests`` folds them into one with
``_coalesce_widget_states``, which keeps the older request's button presses but takes every other value from the
newer one: the text, absent from the switch's request, was never applied, no ``on_change`` ran and it was lost.
:func:`keep_values_on_coalesce` also keeps the older request's values of widgets the newer one does not name, so
the folded run applies them as the two runs would have (the switch's run then drops the old page's widgets, as
ever, after their callbacks kept what they hold). Measured with
``tests/e2e/test_keep_work.py::test_text_typed_then_another_page_clicked_at_once_is_kept_every_time``.
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


def keep_values_on_coalesce(module: Any = None) -> bool:
    """Make ``module._coalesce_widget_states`` (Streamlit's ``script_requests`` by default) keep, after what it
    keeps, the older request's state of each widget the newer request does not name. Once per module, cheap after
    that: call it on every run. Returns False, and changes nothing, when the module or the function is not there
    (another Streamlit version)."""
    if module is None:
        try:
            from streamlit.runtime.scriptrunner_utils import script_requests as module
        except ImportError:
            return False
    original = getattr(module, "_coalesce_widget_states", None)
    if original is None:
        return False
    if getattr(original, "keeps_older_values", False):
        return True

    def coalesce(old_states: Any, new_states: Any) -> Any:
        merged = original(old_states, new_states)
        if not old_states or not new_states or merged is None:
            return merged  # one side empty: Streamlit returns the other whole
        named = {state.id for state in merged.widgets}
        older = [state for state in old_states.widgets if state.id not in named]
        if older:
            logger.info("kept %d widget values a newer request would have dropped", len(older))
            merged.widgets.extend(older)
        return merged

    coalesce.keeps_older_values = True  # type: ignore[attr-defined]
    coalesce.__doc__ = original.__doc__
    module._coalesce_widget_states = coalesce
    return True
