"""A follow-up never quotes the object of a denial back as a story (session 20 re-check: after "…I haven't done KPIs
in a commercial warehouse." the coach asked 'Say more about "KPIs in a commercial warehouse"')."""

from __future__ import annotations

from core.coach.follow_up import _salient_quote
from core.coach.non_answer_lang import without_non_answer


def test_the_denials_object_is_dropped_with_it():
    answer = "In the Navy we tracked readiness rates rather than anything called KPIs. I haven't done KPIs in a retail depot."
    assert "retail depot" not in without_non_answer(answer)
    assert "retail depot" not in _salient_quote(answer)
    assert "readiness rates" in _salient_quote(answer)


def test_an_aside_after_the_denial_is_kept():
    assert without_non_answer("I don't know, at Halvey I only drove the forklift.") == "at Halvey I only drove the forklift."
    assert without_non_answer("Ich weiß es nicht, bei Rhenus war ich Fahrer.") == "bei Rhenus war ich Fahrer."
