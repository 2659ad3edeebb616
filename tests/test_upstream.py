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


# ------------------------------------------------------------------ a text folded into a page switch's request
# (keep_values_on_coalesce): the requests are Streamlit's own WidgetStates protos.

from types import SimpleNamespace  # noqa: E402 - this part's imports, kept with it

from streamlit.proto.WidgetStates_pb2 import WidgetStates  # noqa: E402

from pages.ui.upstream import keep_values_on_coalesce  # noqa: E402


def _states(**values) -> WidgetStates:
    """``cv="text"`` a string value, ``start=True`` a button press (a trigger), ``panel=False`` a checkbox's value."""
    states = WidgetStates()
    for widget_id, value in values.items():
        state = states.widgets.add()
        state.id = widget_id
        if isinstance(value, str):
            state.string_value = value
        elif widget_id.startswith("start"):
            state.trigger_value = value
        else:
            state.bool_value = value
    return states


def _values(states: WidgetStates) -> dict:
    return {s.id: getattr(s, s.WhichOneof("value")) for s in states.widgets}


def make_requests_module():
    """A stand-in with the contract of Streamlit's ``_coalesce_widget_states`` (1.67): an older request's active
    trigger is kept, every other value comes from the newer request; one side missing gives the other."""

    def coalesce(old, new):
        if not old:
            return new
        if not new:
            return old
        merged = {s.id: s for s in new.widgets}
        for state in old.widgets:
            if state.WhichOneof("value") == "trigger_value" and state.trigger_value and state.id not in merged:
                merged[state.id] = state
        result = WidgetStates()
        result.widgets.extend(merged.values())
        return result

    return SimpleNamespace(_coalesce_widget_states=coalesce)


def test_the_text_sent_before_a_page_switch_stays_in_the_folded_request():
    module = make_requests_module()
    assert keep_values_on_coalesce(module) is True
    typed = _states(setup_cv="Jo Doe, data engineer", setup_jd="Python and SQL", panel=False, start=True)
    switch = _states(panel=False)  # the new page's request names the shared widgets only
    merged = module._coalesce_widget_states(typed, switch)
    assert _values(merged) == {"panel": False, "start": True, "setup_cv": "Jo Doe, data engineer",
                               "setup_jd": "Python and SQL"}


def test_the_newer_value_of_a_widget_both_requests_name_wins():
    module = make_requests_module()
    keep_values_on_coalesce(module)
    merged = module._coalesce_widget_states(_states(setup_cv="old text", panel=True),
                                            _states(setup_cv="new text", panel=False))
    assert _values(merged) == {"setup_cv": "new text", "panel": False}


def test_one_side_missing_gives_the_other_whole():
    module = make_requests_module()
    keep_values_on_coalesce(module)
    only = _states(setup_cv="text")
    assert module._coalesce_widget_states(None, only) is only
    assert module._coalesce_widget_states(only, None) is only


def test_folding_is_wrapped_once_however_often_installed():
    module = make_requests_module()
    assert keep_values_on_coalesce(module) and keep_values_on_coalesce(module)
    merged = module._coalesce_widget_states(_states(setup_cv="text"), _states(panel=False))
    assert [s.id for s in merged.widgets] == ["panel", "setup_cv"]  # wrapped twice would add it twice


def test_a_streamlit_without_that_function_is_left_alone():
    module = SimpleNamespace()
    assert keep_values_on_coalesce(module) is False
    assert not hasattr(module, "_coalesce_widget_states")


def test_streamlits_requests_keep_a_text_sent_just_before_a_page_switch():
    """Through Streamlit's own request queue (nothing patched by the test): the box's request, then the page
    switch's, both waiting for the script thread. Without the fix the folded request named the panel only."""
    from streamlit.runtime.scriptrunner_utils.script_requests import RerunData, ScriptRequests

    assert keep_values_on_coalesce() is True  # the real function is there in this Streamlit
    requests = ScriptRequests()
    requests.request_rerun(RerunData(widget_states=_states(setup_cv="Jo Doe", panel=False), page_script_hash="setup"))
    requests.request_rerun(RerunData(widget_states=_states(panel=False), page_script_hash="history"))
    folded = requests.on_scriptrunner_ready().rerun_data
    assert folded.page_script_hash == "history"  # the visitor goes where they clicked
    assert _values(folded.widget_states) == {"panel": False, "setup_cv": "Jo Doe"}
