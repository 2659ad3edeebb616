"""A question or an answer cut for a title (session 19): the Feedback page's expander titles read
"Q6 · 5/10 · The averages look fine.…" (a full stop, then the ellipsis). A cut falls at a word, never
ends ".…", and never falls inside a figure or a name. Made-up questions."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from core.coach.phrasing import clip, question_heading
from tests.test_app_flow import APP
from tests.test_progress import make_session

QUESTIONS = [
    "A nightly import job now takes four hours instead of forty minutes, but nothing changed in the code. "
    "Where would you look first, and why?",
    "Your CV says: “Moved 14 stores onto the new till system, cutting queue time from 6 min to 2 min”. "
    "What was hardest, and what would you do differently?",
    "Tell me about a time you ran a project on a tight budget. What did you cut, and what did you protect?",
    "The role calls for writing allergen procedures, and your CV shows related work. Walk me through one you wrote.",
    "Why does a B-tree index help a range query on a table of 40 million orders, and when would it not help at all?",
]


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("width", [40, 60, 80])
def test_a_heading_never_ends_on_a_full_stop_and_an_ellipsis(question: str, width: int) -> None:
    short = question_heading(question, width)
    assert len(short) <= width
    assert not re.search(r"[.!?][”\"')\]]*…$", short), short
    assert question.startswith(short.rstrip("…").rstrip("”\"')]")), short  # a verbatim slice, cut at a word
    cut = len(short.rstrip("…"))
    assert cut == len(question) or not question[cut].isalnum(), short  # at a word's end


@pytest.mark.parametrize("words", range(3, 16))
def test_a_clip_keeps_a_name_and_a_figure_whole(words: int) -> None:
    text = ("Last spring I moved the returns desk at Harbour Street Logistics to a new scanner system "
            "and cut queue time from 12 minutes to 4 minutes for 3,200 parcels a week.")
    short = clip(text, words).rstrip("…")
    assert not short.endswith((".", "Harbour", "Harbour Street", "12", "4", "3,200", "from 12 minutes to")), short


def test_feedback_titles_show_no_full_stop_before_the_ellipsis(store, fresh_app_cache) -> None:
    sid = make_session(store, job_title="Warehouse Planner", company="Kestrel Freight", questions=QUESTIONS)
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["session_id"] = sid
    at.switch_page("pages/feedback.py").run()
    assert not at.exception, at.exception
    titles = [e.label for e in at.expander if e.label.startswith("Q")]
    assert len(titles) == len(QUESTIONS), titles
    for title in titles:
        assert not re.search(r"[.!?][”\"')\]]*…", title), title
