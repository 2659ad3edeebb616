"""Newcomer, session 24: "On go-live day I logged 60 leak calls with no rejected jobs" was read as no result
("Missing: result"). None of a failed kind ("no rejected jobs", "zero missed calls") is a measured result whatever
was counted; a count of the brief stays none. Made-up sentences."""

from __future__ import annotations

import pytest

from core.analysis.results import measured_result


@pytest.mark.parametrize("sentence", [
    "On go-live day I logged 60 leak calls with no rejected jobs.",
    "We closed the quarter with zero missed deliveries.",
    "The new rota ran for a month with not a single cancelled clinic.",
    "By March we had no upheld complaints.",
])
def test_none_of_a_failed_kind_is_a_result(sentence: str) -> None:
    assert measured_result(sentence)


@pytest.mark.parametrize("sentence", [
    "We had to finish with no rejected jobs by Friday.",     # the brief, not what came of it
    "I worked with no formal training slot.",                 # a situation, no failed kind counted
])
def test_a_brief_or_a_situation_is_no_result(sentence: str) -> None:
    assert not measured_result(sentence)
