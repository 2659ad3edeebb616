"""The answer being written is kept server-side per interview and comes back after a refresh (AppTest:
a new AppTest on the same database is a new browser session, as after a refresh)."""

from __future__ import annotations

import pytest

from core.settings import load_settings
from core.storage import InterviewStore
from pages.ui import voice
from tests.app_start import open_interview, start_interview

MAX_CHARS = load_settings(secrets={}).max_answer_chars




def test_store_keeps_one_draft_per_source_and_forgets_it_with_the_session(store: InterviewStore):
    assert 8 in store.applied_migrations()
    sid = store.create_session(job_title="Analyst")
    store.save_draft(sid, "typed", 1, "half an answer")
    store.save_draft(sid, "typed", 1, "half an answer, longer now")
    store.save_draft(sid, "voice", 1, "spoken words", {"engine": "local", "delivery": {"wpm": 140}})
    kept = store.get_drafts(sid)
    assert kept["typed"].content == "half an answer, longer now" and kept["typed"].turn == 1
    assert kept["voice"].meta == {"engine": "local", "delivery": {"wpm": 140}}
    store.save_draft(sid, "typed", 1, "   ")  # an emptied box clears its draft
    assert set(store.get_drafts(sid)) == {"voice"}
    with pytest.raises(ValueError):
        store.save_draft(sid, "audio", 1, "x")
    store.clear_drafts(sid)
    assert store.get_drafts(sid) == {}
    store.save_draft(sid, "typed", 1, "again")
    assert store.delete_session(sid)
    assert store.get_drafts(sid) == {}


def test_a_draft_saved_after_the_drafts_were_cleared_is_found_by_every_store_on_the_file(db_path):
    """Stores remember which sessions have no draft left (answers skip the query); a draft saved since,
    through any store on the same file, is still read back and still deleted."""
    first, second = InterviewStore(db_path), InterviewStore(db_path)
    try:
        sid = first.create_session(job_title="Analyst")
        first.clear_drafts(sid)
        assert first.get_drafts(sid) == {}
        second.save_draft(sid, "typed", 2, "written in another tab")
        assert first.get_drafts(sid)["typed"].content == "written in another tab"
        first.clear_drafts(sid)
        assert second.get_drafts(sid) == {}
        first.save_draft(sid, "voice", 2, "spoken")
        first.clear_drafts(sid, "typed")  # one source: the other is kept
        assert set(second.get_drafts(sid)) == {"voice"}
        first.clear_drafts(sid)
        with second._cursor() as cur:  # noqa: SLF001 - what the file holds, not what a store remembers
            assert cur.execute("SELECT count(*) FROM drafts WHERE session_id = ?", [sid]).fetchone()[0] == 0
    finally:
        second.close()
        first.close()


def test_a_refused_answer_is_back_in_the_box_and_survives_a_refresh(db_path, fresh_app_cache, store):
    at, sid = start_interview()
    long_answer = "x" * (MAX_CHARS + 50_000)
    at.chat_input(key="answer_input").set_value(long_answer).run()
    assert not at.exception, at.exception
    warnings = [w.value for w in at.warning]
    assert warnings == [f"Your answer is 50,000 characters over the {MAX_CHARS:,}-character limit "
                        f"({MAX_CHARS + 50_000:,} in all): shorten it in the answer box, where it is kept, "
                        "and send it again."]
    box = at.chat_input(key="answer_input")
    assert box.proto.value == long_answer and box.proto.set_value  # editable in the box, not a block of text
    assert not at.code and not [e for e in at.main.expander if "unsent" in e.label]
    assert [m.kind for m in store.list_messages(sid)] == ["question"]  # not sent
    assert store.get_drafts(sid)["typed"].content == long_answer

    again = open_interview(sid)
    box = again.chat_input(key="answer_input")
    assert box.proto.value == long_answer and box.proto.set_value

    # Shortened and sent: accepted, and no draft is left to come back.
    again.chat_input(key="answer_input").set_value("I led the billing migration and cut errors by half.").run()
    assert [m.kind for m in store.list_messages(sid)][:2] == ["question", "answer"]
    assert store.get_drafts(sid) == {}
    third = open_interview(sid)
    assert not third.chat_input(key="answer_input").proto.value


def test_a_voice_transcript_being_checked_survives_a_refresh(db_path, fresh_app_cache, store):
    at, sid = start_interview()
    turn = len(store.list_messages(sid))
    figures = {"spoken": True, "wpm": 150.0, "word_count": 9, "filler_count": 0, "duration_s": 4.0}
    at.session_state[voice.DRAFT] = {"session": sid, "turn": turn, "text": "I rebuilt billing",
                                     "engine": "local", "seconds": 4.0, "delivery": figures}
    at.session_state[voice.DRAFT_TEXT] = "I rebuilt billing"
    at.run()
    at.text_area(key=voice.DRAFT_TEXT).input("I rebuilt the billing system and halved the errors.").run()
    assert not at.exception, at.exception
    kept = store.get_drafts(sid)["voice"]
    assert kept.content == "I rebuilt the billing system and halved the errors."
    assert kept.meta["delivery"] == figures and "audio" not in kept.meta

    again = open_interview(sid)
    assert again.text_area(key=voice.DRAFT_TEXT).value == "I rebuilt the billing system and halved the errors."
    again.button(key="draft_send").click().run()
    answer = [m for m in store.list_messages(sid) if m.kind == "answer"][0]
    assert answer.content == "I rebuilt the billing system and halved the errors."
    assert answer.meta["delivery"]["wpm"] == 150.0  # sent with the recording's figures, as before the refresh
    assert store.get_drafts(sid) == {}


def test_end_early_warns_that_the_answer_in_the_box_is_not_sent(db_path, fresh_app_cache, store):
    """Found by a newcomer: End early with a full answer typed but not sent dropped it without a word."""
    at, sid = start_interview()
    at.button(key="end_early").click().run()
    assert not [w for w in at.warning if "not been sent" in w.value]  # nothing typed: no warning
    at.button(key="end_cancel").click().run()
    turn = len(store.list_messages(sid))
    store.save_draft(sid, "typed", turn, "A full answer I have not sent yet")  # what the keeper sends
    at.button(key="end_early").click().run()
    assert not at.exception, at.exception
    assert [w for w in at.warning if "has not been sent, so it will not be scored" in w.value]
