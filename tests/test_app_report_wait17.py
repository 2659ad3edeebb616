"""While the report is prepared the chat is closed, and text sent in that moment is kept (session 17, tester 16).

After the last answer the page prepares the report; the chat box stayed open, and text typed there was answered
"This interview was finished in another tab", which was wrong: it was this tab. Now the run that prepares the report
draws the chat box disabled, with a sentence saying the report is on its way, and text that still arrives (sent just
before the box closed) is not filed, is shown back whole to copy, and is said plainly to have arrived after the last
question. An answer sent from a tab another tab finished still says "in another tab" (tests/test_stale_tab_finished.py).
AppTest, the offline coach, a database file per test.
"""

from __future__ import annotations

from core.interview import InterviewEngine
from core.models.chains import build_chains
from core.settings import Settings
from core.storage import InterviewStore
from pages.ui.turn_notes import PREPARING
from tests.app_start import start_interview

LATE = "One more thing about the warehouse move: <b>I</b> also trained the 12 new pickers myself."
def _warnings(at) -> list[str]:
    return [w.value for w in at.warning]


def _answers(store: InterviewStore, sid: str) -> list[str]:
    return [m.content for m in store.list_messages(sid) if m.kind == "answer"]


def _to_the_last_question(engine: InterviewEngine, sid: str) -> None:
    """Another writer (the engine on the same file) skips questions until the last one is done."""
    while engine.next_step(sid) is not None or engine.load(sid).awaiting_answer:
        if engine.load(sid).awaiting_answer:
            engine.skip(sid)
        else:
            list(engine.stream_next(CHAINS, sid))


CHAINS = build_chains(Settings())  # the offline coach only


def test_while_the_report_is_prepared_the_chat_box_is_closed_with_a_sentence(db_path, fresh_app_cache, store,
                                                                            monkeypatch):
    at, sid = start_interview(count=3)
    _to_the_last_question(InterviewEngine(InterviewStore(db_path)), sid)

    def report_model_down(self, chains, session_id, *, progress=None):  # what the page shows while it works
        raise RuntimeError("the report could not be written")

    with monkeypatch.context() as patched:
        patched.setattr(InterviewEngine, "finish", report_model_down)
        at.run()  # the run that prepares the report: stopped where finish runs, so the page is as it was then
    boxes = at.chat_input
    assert len(boxes) == 1 and boxes[0].disabled, "the chat box stays open while the report is prepared"
    said = " ".join(i.value for i in at.info) + " " + (boxes[0].placeholder or "")
    assert "report is on its way" in said.lower(), said

    # the report can be written again: the next run prepares it
    at.run()
    assert not at.exception, [e.stack_trace for e in at.exception]
    assert store.get_session(sid).status == "completed"


def test_text_sent_just_before_the_box_closed_is_kept_and_said_to_be_late(db_path, fresh_app_cache, store):
    at, sid = start_interview(count=3)  # this tab still shows an open box…
    _to_the_last_question(InterviewEngine(InterviewStore(db_path)), sid)  # … when the last question is done
    at.chat_input(key="answer_input").set_value(LATE).run()
    assert _answers(store, sid) == []  # nothing filed
    assert store.get_session(sid).status == "completed"  # the run went on to prepare the report
    at.switch_page("pages/feedback.py").run()  # where the app went next: the text is shown there, to copy
    assert not at.exception, at.exception
    said = " ".join(_warnings(at))
    assert "after the last question" in said and "another tab" not in said, said
    assert [c.value for c in at.code] == [LATE]  # whole, as typed


def test_text_sent_as_this_tab_prepared_the_report_is_said_to_be_late_not_from_another_tab(db_path, fresh_app_cache,
                                                                                         store):
    at, sid = start_interview(count=3)
    engine = InterviewEngine(InterviewStore(db_path))
    _to_the_last_question(engine, sid)
    at.session_state[PREPARING] = sid  # this tab's run began preparing the report…
    engine.finish(CHAINS, sid)  # … and stored it before the text typed meanwhile arrived
    at.chat_input(key="answer_input").set_value(LATE).run()
    assert not at.exception, at.exception
    said = " ".join(_warnings(at))
    assert "after the last question" in said and "another tab" not in said, said
    assert [c.value for c in at.code] == [LATE]
    assert _answers(store, sid) == []
