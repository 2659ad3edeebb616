"""A follow-up quotes what the candidate did, never the phrase that only set the scene ("At <employer>",
"During my second year at <school>"): 'You mentioned "At Ministry of Environment Climate Change"' asked for
the outcome of a place name."""

from __future__ import annotations

import pytest

from core.coach.follow_up import _salient_quote, follow_up_question

SCENE_FIRST = [
    ("At Ridgeway Borough Council Housing Office, we had a backlog of repair requests that kept growing every "
     "week and nobody owned it.", "we had a backlog of repair requests"),
    ("During my second year at Fenwick Primary School, I set up a new system for tracking absences across all "
     "the classes.", "I set up a new system for tracking absences"),
    ("In the spring of 2022 at Calder Freight Services, the team reorganised the filing of customs permits for "
     "the whole northern region.", "the team reorganised the filing of customs permits"),
]


@pytest.mark.parametrize(("answer", "said"), SCENE_FIRST)
def test_the_quote_is_what_was_done_not_where(answer: str, said: str) -> None:
    quoted = _salient_quote(answer)
    assert said in quoted, quoted
    assert not quoted.strip('"').lower().startswith(("at ", "during ", "in the spring"))


def test_a_sentence_that_only_sets_the_scene_is_not_quoted() -> None:
    answer = ("At Ministry of Environment and Climate Change Regional Services, across three offices, "
              "over two very long and busy years.")
    assert _salient_quote(answer) == ""
    text = follow_up_question("no_result", "Tell me about a time you improved a process.", answer)
    assert "Ministry" not in text, text


def test_a_quote_never_opens_on_a_joining_word_nor_holds_filler_words() -> None:
    quoted = _salient_quote("We mapped every late order over two weeks in the spring, and we rebuilt the packing "
                            "rota together with the two shift leads.")
    assert quoted and not quoted.strip('"').lower().startswith(("and ", "but ", "so ")), quoted
    assert _salient_quote("Um, I check the usual ones, like, you know, the numbers on the board and stuff.") == ""
