"""Session 29 (re-check rc28, m2): "What was missing" never asks for a result the answer states in words.

The re-check's answer said its result as a count against the one before ("two doses instead of about ten a month")
and as a share in words ("by about a quarter"), and was told "The result, with a number". Answers written by the team.
"""

from __future__ import annotations

import pytest

from core.analysis.results import measured_result, spelled_measure
from core.coach.score import score_answer


@pytest.mark.parametrize("text", [
    "We cut the waiting list by about a quarter.",
    "Night calls fell by roughly a third over the winter.",
    "She now needs two doses instead of about ten a month.",
    "Now four visits a week instead of seven.",
    "Complaints came to three calls a day, down from twelve.",
])
def test_a_result_said_in_words_is_a_measured_result(text: str) -> None:
    assert spelled_measure(text) and measured_result(text)


@pytest.mark.parametrize("text", [
    "a call instead of a visit",
    "I chose one supplier rather than two because it was cheaper",
    "We picked two vendors instead of three.",
    "We would cut it by about a third.",  # a plan, not what came of it
])
def test_a_choice_or_a_plan_is_no_result(text: str) -> None:
    assert not measured_result(text)


@pytest.mark.parametrize("answer", [
    ("On our ward, patients with chronic pain kept asking for rescue doses at night. I reviewed their charts with the "
     "pain team and set up a regular evening dose and a check at ten. Within a month one patient needed two doses "
     "instead of about ten a month."),
    ("Our returns desk had a two-week backlog. I split the queue by product, wrote a checklist and trained the two "
     "temps on it. Over the next quarter the backlog shrank by about a quarter and customers stopped chasing us."),
])
def test_what_was_missing_never_asks_for_the_stated_result(answer: str) -> None:
    out = score_answer("Tell me about a time you improved a process.", answer)
    assert not any(m.startswith("The result") for m in out.missing), out.missing
