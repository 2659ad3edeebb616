"""An answer over the length limit is told how far over while it is still in the box, before it is sent
(session 21 newcomer: a 54,000-character answer sat in the box under "Answers up to 8,000 characters." only).
AppTest: the draft the box holds is the one kept server-side (what the draft keeper sends while typing)."""

from __future__ import annotations

from core.settings import load_settings
from tests.app_start import open_interview, start_interview

MAX_CHARS = load_settings(secrets={}).max_answer_chars
STORY = "At the garden centre I rebuilt the watering rota so the glasshouse never dried out over a weekend. "


def test_a_draft_over_the_limit_says_how_far_over_before_it_is_sent(db_path, fresh_app_cache, store):
    _, sid = start_interview()
    turn = len(store.list_messages(sid))
    draft = STORY * (MAX_CHARS // len(STORY) + 40)
    over = len(draft.strip()) - MAX_CHARS
    store.save_draft(sid, "typed", turn, draft)
    at = open_interview(sid)
    assert not at.exception, at.exception
    notes = [w.value for w in at.warning if "over the" in w.value]
    assert notes == [f"The answer in the box is {over:,} characters over the {MAX_CHARS:,}-character limit "
                     f"({len(draft.strip()):,} in all): shorten it before you send it."]
    assert [m.kind for m in store.list_messages(sid)] == ["question"]  # nothing sent


def test_a_draft_within_the_limit_gets_the_plain_line(db_path, fresh_app_cache, store):
    _, sid = start_interview()
    store.save_draft(sid, "typed", len(store.list_messages(sid)), STORY)
    at = open_interview(sid)
    assert not [w for w in at.warning if "over the" in w.value]
    assert any(c.value.startswith(f"Answers up to {MAX_CHARS:,} characters.") for c in at.caption)
