"""A very long answer, and one that says itself again (session 19): a 1,260-word answer repeating one sentence got
no word in the chat. The chat (a notice under the answer) and the report (under the reply) say how long it is, in
words and minutes to say it, and that it repeats itself. Made-up answers."""

from __future__ import annotations

import re

from core.coach.long_answer import LONG_ANSWER_WORDS, length_note, repeats, speaking_minutes

STORY = ("Last winter our depot's returns desk fell three weeks behind after a new courier contract started. "
         "I sorted the backlog by value, asked two pickers to help on Saturdays, and rebuilt the rota. ")
PLAIN = STORY + "The backlog was cleared in nine days and complaints fell by half."
_WORDS = re.findall(r"\S+", "rota depot courier scanner shift backlog pallet driver manager route customer invoice stock bay forklift "
                    "audit training report budget supplier weekly figures returns desk loading night early late picked checked "
                    "moved fixed cleared planned asked counted sorted trained measured agreed shared booked tracked")


def _long_varied(words: int) -> str:
    """A made-up answer of about ``words`` words in which no sentence is said twice (seeded random words)."""
    import random

    pick, out = random.Random(19), []
    while sum(len(s.split()) for s in out) < words:
        out.append("I " + " ".join(pick.sample(_WORDS, 12)) + ".")
    return " ".join(out)


def test_an_ordinary_answer_gets_no_note() -> None:
    assert length_note(PLAIN) == ""
    assert repeats(PLAIN).share == 0


def test_a_very_long_answer_is_told_its_words_and_speaking_time() -> None:
    text = _long_varied(700)
    note = length_note(text)
    words = len(text.split())
    fast, slow = speaking_minutes(words)
    assert f"{words:,} words" in note and re.search(rf"about {fast}(?:–{slow})? minutes", note) and "130–150 words a minute" in note
    assert "repeats" not in note
    assert speaking_minutes(1300) == (9, 10)


def test_a_sentence_said_many_times_is_called_a_repeat_with_its_count() -> None:
    text = " ".join([STORY.split(". ")[0] + "."] * 40)
    note = length_note(text)
    assert re.search(r"It repeats itself: 9\d% of it is said again", note), note
    assert "40 times" in note and "very long answer" in note


def test_a_near_same_paragraph_is_a_repeat_too() -> None:
    first = STORY + "It was cleared in nine days."
    again = first.replace("Last winter", "So last winter").replace("nine days", "about nine days")
    assert length_note(first + "\n\n" + again).startswith("It repeats itself")
    assert length_note(first + "\n\nThen we kept the Saturday rota for a month and it held.") == ""


def test_alike_sentences_with_other_figures_or_words_are_no_repeat() -> None:
    assert length_note("We cut late orders from 40 to 12 a week. Then we cut late orders from 30 to 10 a week.") == ""
    assert length_note("I spoke to the night manager first. Then I spoke to the day manager first.") == ""


def test_the_chat_says_it_under_the_answer(tmp_path, monkeypatch) -> None:
    import core.coach.turn as turn
    from core.interview import InterviewEngine
    from core.models.chains import build_chains
    from core.settings import Settings
    from core.storage import InterviewStore

    monkeypatch.setattr(turn, "_next_planned", lambda *a, **k: "Tell me about a time a backlog got out of hand.")
    store = InterviewStore(str(tmp_path / "long.duckdb"))
    try:
        engine, chains = InterviewEngine(store), build_chains(Settings())
        session_id = engine.create(job_title="Depot Supervisor", company="", job_description="", cv_text="",
                                   question_count=1)
        list(engine.stream_next(chains, session_id))
        engine.submit_answer(chains, session_id, " ".join([STORY.strip()] * 25))
        notices = [m.content for m in engine.load(session_id).messages if m.kind == "notice"]
    finally:
        store.close()
    assert any(n.startswith("A very long answer") and "It repeats itself" in n for n in notices), notices


def test_the_report_says_it_under_the_reply() -> None:
    from types import SimpleNamespace

    from core.interview.view import _deliveries

    long_text = _long_varied(LONG_ANSWER_WORDS + 50)
    record = SimpleNamespace(answer=long_text, answer_meta=None, follow_up="What did you learn?",
                             follow_up_answer="I learned to ask for help sooner.", follow_up_meta=None, skipped=False)
    answer, reply = _deliveries(record)
    assert answer.length_note.startswith("A very long answer")
    assert reply.length_note == ""
