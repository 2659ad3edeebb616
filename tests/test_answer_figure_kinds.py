"""Issue 15 (newcomer's faults, session 10): "call 999" was counted as a figure. A number dialled (an
emergency or service number, a telephone number), a year, a version or a model's number is no quantity;
a count or a measure still is. Made-up answers."""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer
from core.coach.score import score_answer

Q = "Tell me about a time you dealt with an emergency at work."


@pytest.mark.parametrize("answer", [
    "I told the parent to call 999 and stayed with the child until the ambulance arrived.",
    "I rang 111 for advice first, then dialled 911 when he stopped breathing.",
    "I took a 999 call from a caller whose father had collapsed.",
    "I gave her the helpline, 0800 123 4567, and stayed on until she was through.",
    "Call +44 20 7946 0000 if it happens again, I told them.",
    "In 2019 we upgraded the ward tablets to Windows 11 and the app to release 2.4.1.",
    "I was testing on an iPhone 15 and a Dell XPS 9310 at the time.",
    "We moved the booking tool to Python 3.11 and PHP 8.2.",
])
def test_a_number_dialled_a_year_a_version_or_a_model_is_no_figure(answer):
    assert analyse_answer(answer, Q).numbers == []


@pytest.mark.parametrize(("answer", "figures"), [
    ("I called 12 suppliers in 3 days.", ["12", "3 days"]),
    ("We took 999 calls a week over the winter.", ["999"]),
    ("I cut the wait from 40 minutes to 15.", ["40 minutes", "15"]),
    ("Our NPS 45 rose to 62 in a quarter.", ["45", "62"]),
    ("I used Excel 3 times a day to track 40 orders.", ["3", "40"]),
])
def test_a_count_or_a_measure_is_still_a_figure(answer, figures):
    assert analyse_answer(answer, Q).numbers == figures


def test_the_score_never_quotes_a_dialled_number_as_a_figure():
    answer = ("A pupil collapsed in the playground at lunch. I sent another adult to call 999, put him in the recovery "
              "position and kept the other children back until the paramedics came.")
    score = score_answer(Q, answer)
    assert "999" not in score.specificity.evidence
