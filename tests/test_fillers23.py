"""Newcomer, session 23: "like" ending a compound ("like-for-like, wage cost") or the verb after its subject
("the kind of system I like, and I want…") was counted as a filler and cut out of the stronger answer ("like-for-,
wage cost"; "system I and I want…"). Made-up answers."""

from __future__ import annotations

import pytest

from core.words import filler_words


@pytest.mark.parametrize("text", [
    "Each Monday I compared sales against target and like-for-like, then wage cost against the plan.",
    "It was a business-like, calm handover.",
    "Billing is the kind of correctness-critical system I like, and I want to go deeper into it.",
    "We can run it as you'd like, and I would like, if possible, to own the rota.",
    "That is the shift pattern they like, so I kept it.",
])
def test_like_as_a_word_of_the_sentence_is_no_filler(text: str) -> None:
    assert filler_words(text) == []


@pytest.mark.parametrize("text, fillers", [
    ("It was, like, a really big job.", ["like"]),
    ("So, like, we just started again.", ["like"]),
    ("The rota was like, um, a mess.", ["like", "um"]),
])
def test_like_set_off_as_a_hesitation_still_counts(text: str, fillers: list[str]) -> None:
    assert filler_words(text) == fillers
