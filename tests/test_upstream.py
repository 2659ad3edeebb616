"""pages/ui/upstream.py: a reply to the browser's own request survives the queue clear a starting run
makes (Streamlit dropped it and the upload waited forever). Tested on a stand-in queue with the same
``clear`` contract, so no test reads Streamlit's internals; the real path is the browser tests' uploads
and ``python -m tests.e2e.upload_race``."""

from __future__ import annotations

from dataclasses import dataclass

from pages.ui.upstream import keep_browser_replies

LIFECYCLE = {"new_session", "script_finished"}


@dataclass(frozen=True)
class Msg:
    kind: str
    name: str = ""

    def WhichOneof(self, _group: str) -> str:  # noqa: N802 - the protobuf method's name
        return self.kind


def make_queue_class():
    class Queue:
        def __init__(self, messages):
            self._queue = list(messages)

        def clear(self, retain_lifecycle_msgs=False, fragment_ids_this_run=None):
            """Streamlit's contract: keep lifecycle messages only when asked, else empty."""
            self._queue = [m for m in self._queue if m.kind in LIFECYCLE] if retain_lifecycle_msgs else []

        def flush(self):
            queue = self._queue
            self.clear()
            return queue

    return Queue


def test_a_starting_run_keeps_the_upload_urls_reply_and_drops_the_old_runs_output():
    queue_class = make_queue_class()
    assert keep_browser_replies(queue_class) is True
    queue = queue_class([Msg("delta", "old run"), Msg("file_urls_response", "upload urls"), Msg("new_session"),
                         Msg("heartbeat_ack"), Msg("delta", "old run 2")])
    queue.clear(retain_lifecycle_msgs=True)
    assert [m.kind for m in queue._queue] == ["new_session", "file_urls_response", "heartbeat_ack"]
    assert queue.flush()[1].name == "upload urls"  # sent with the next flush
    assert queue._queue == []  # a flush empties the queue: nothing is sent twice


def test_a_plain_clear_still_empties_everything():
    queue_class = make_queue_class()
    keep_browser_replies(queue_class)
    queue = queue_class([Msg("file_urls_response"), Msg("delta")])
    queue.clear()
    assert queue._queue == []


def test_installed_once_however_often_called():
    queue_class = make_queue_class()
    assert keep_browser_replies(queue_class) and keep_browser_replies(queue_class)
    queue = queue_class([Msg("file_urls_response")])
    queue.clear(retain_lifecycle_msgs=True)
    assert len(queue._queue) == 1  # wrapped twice would keep it twice


def test_a_streamlit_without_that_queue_is_left_alone():
    class NoClear:
        pass

    assert keep_browser_replies(NoClear) is False
    assert not hasattr(NoClear, "clear")


def test_the_app_installs_it_on_streamlits_queue():
    assert keep_browser_replies() is True  # the real class is there in this Streamlit
