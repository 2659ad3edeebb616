"""A saved transcript shows what the user saw in the chat, in order: the chat's notices ("counts here", a repeated story, a
long answer, the coach taking over from a model) are in the Markdown export where they were shown (session 21: they were
left out). Made-up interview, stored in a real DuckDB file (the ``store`` fixture)."""

from __future__ import annotations

import json

from core.export import export_json, export_markdown, session_export
from core.interview import InterviewEngine

MOVED = "You told this story for question 1 too: it answers this question better, so it counts here."
FALLBACK = "The online model did not answer, so the offline coach asked this question."
LONG = "That answer ran to about 700 words (5 minutes to say): in an interview, aim for two minutes."


def _session(store) -> str:
    sid = InterviewEngine(store).create(job_title="Store Manager", company="Corner Shop", job_description="",
                                        cv_text="", question_count=2)
    store.add_message(sid, "system", FALLBACK, kind="notice", question_no=None)  # before any question
    store.add_message(sid, "interviewer", "Tell me about a busy Saturday.", kind="question", question_no=1, model="m")
    store.add_message(sid, "candidate", "We ran out of bread by ten, so I rang the bakery.", kind="answer", question_no=1)
    store.add_message(sid, "system", LONG, kind="notice", question_no=1)
    store.add_message(sid, "interviewer", "What did the bakery say?", kind="follow_up", question_no=1, model="m")
    store.add_message(sid, "candidate", "They sent a second van by noon.", kind="answer", question_no=1)
    store.add_message(sid, "interviewer", "Tell me about a complaint you handled.", kind="question", question_no=2,
                      model="m")
    store.add_message(sid, "candidate", "We ran out of bread by ten, so I rang the bakery.", kind="answer", question_no=2)
    store.add_message(sid, "system", MOVED, kind="notice", question_no=2)
    return sid


def test_the_markdown_export_shows_every_notice_where_the_chat_showed_it(store):
    markdown = export_markdown(session_export(store, _session(store)))
    for notice in (FALLBACK, LONG, MOVED):
        assert notice in markdown, notice
    one = markdown.split("### Question 1\n", 1)[1].split("### Question 2\n", 1)[0]
    two = markdown.split("### Question 2\n", 1)[1]
    order = [one.index(x) for x in ("> We ran out of bread by ten", LONG, "**Follow-up:** What did the bakery say?",
                                    "> They sent a second van by noon.")]
    assert order == sorted(order), one
    assert two.index("> We ran out of bread by ten") < two.index(MOVED), two
    assert markdown.index(FALLBACK) < markdown.index("### Question 1"), markdown  # shown before the first question


def test_the_json_export_keeps_the_notices_in_order(store):
    data = json.loads(export_json(session_export(store, _session(store))))
    said = [m["content"] for m in data["transcript"] if m["kind"] == "notice"]
    assert said == [FALLBACK, LONG, MOVED]
