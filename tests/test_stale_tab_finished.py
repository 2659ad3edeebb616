"""Newcomer finding (session 10): the same interview open in two tabs, its last question answered in tab 2,
then an answer sent in tab 1: tab 1 only said "This interview is finished" and the answer was gone without
a word. Now the page says the interview was finished in another tab and that the answer was not added,
and shows the answer whole, to copy (AppTest: two app sessions on one ?session=, one database)."""

from __future__ import annotations

from tests.app_start import open_interview, start_interview

GOOD = ("At Northwind I owned the billing service. Failed payments were 4% and rising, so I traced them to a retry "
        "bug, fixed it behind a feature flag and added an alert. Failures fell to 0.5% within a month, and I "
        "learned to add the alert before the fix.")
# Different answers to each question (the same answer again is noticed and the question asked again).
OTHERS = (
    "In 2023 our deploys took an hour and failed one time in five. I split the pipeline, cached the build and added "
    "a smoke test, so deploys now take 12 minutes and fail about once a month.",
    "At my last job support tickets waited two days for a first reply. I set up a triage rota with three colleagues "
    "and a daily review, and first replies came within four hours after a month.",
    "Last year I moved our reports from spreadsheets to a small SQL warehouse. I wrote the loads, checked every "
    "total against finance for two weeks, and month-end now closes a day earlier.",
)
LATE = "In tab one I wrote this long answer about the warehouse move <b>and</b> the 12 people I trained."


def test_an_answer_sent_after_another_tab_finished_the_interview_is_shown_back(db_path, fresh_app_cache, store):
    first, sid = start_interview(count=3, follow_ups=False)
    second = open_interview(sid)
    for text in (GOOD, *OTHERS):  # each question answered in tab 2 until the interview ends
        if store.get_session(sid).status == "completed":
            break
        second.chat_input(key="answer_input").set_value(text).run()
        assert not second.exception, second.exception
    assert store.get_session(sid).status == "completed"
    answers = [m.content for m in store.list_messages(sid) if m.kind == "answer"]

    first.chat_input(key="answer_input").set_value(LATE).run()  # tab 1 still shows the first question
    assert not first.exception, first.exception
    said = [w.value for w in first.warning]
    assert any("This interview was finished outside this tab (in another tab or window); your answer was not added" in w for w in said), said
    assert [c.value for c in first.code] == [LATE]  # whole, as typed (never rendered as HTML), to copy
    assert [m.content for m in store.list_messages(sid) if m.kind == "answer"] == answers  # nothing filed

    first.run()  # the next run (any click) still shows it: nothing typed is lost
    assert [c.value for c in first.code] == [LATE]
