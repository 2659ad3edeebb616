"""Newcomer, session 24: "I lazy-loaded the calendar widget" was marked "It speaks badly of others (lazy)". The
programming term is no judgement of people; "my manager was lazy" still is. Made-up answers."""

from __future__ import annotations

import pytest

from core.analysis.signals import disparaging_words


@pytest.mark.parametrize("answer", [
    "I lazy-loaded the calendar widget and the bundle fell from 1.2 MB to 500 KB.",
    "We added lazy loading to the image grid, so the first paint came a second sooner.",
    "I moved the parser to lazy evaluation and lazy initialisation of the cache.",
    "Each route is a lazy import now.",
])
def test_the_programming_term_is_no_judgement_of_people(answer: str) -> None:
    assert disparaging_words(answer) == []


@pytest.mark.parametrize("answer", [
    "Honestly the night team were lazy and left the cages half full.",
    "My manager was lazy about rotas.",
])
def test_calling_people_lazy_still_counts(answer: str) -> None:
    assert disparaging_words(answer) == ["lazy"]
