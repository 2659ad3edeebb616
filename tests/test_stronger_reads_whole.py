"""A stronger answer reads as a person would say it (issue 15, session 13: sentences stitched from fragments),
while still never giving back more than a short phrase of the candidate's own words: no "and" before a word
that already links ("…, and rather than…", "…, and while…"), "then" after a condition, never "and"; a sentence
never opens on a preposition or in lower case, never ends on "a lot" or "like", and a list label never stands
alone. Made-up questions and answers; the test failed before the change."""

from __future__ import annotations

import pytest

from bench.bench_stronger import choppy
from core.coach.score import score_answer
from core.coach.stronger_limits import SHORT_PHRASE
from core.coach.stronger_whole import longest_cut_run

CASES = [
    ("What is the difference between a cold chain and an ambient supply chain?",
     "A cold chain keeps chilled goods between two and eight degrees from the depot all the way to the shop shelf, "
     "while an ambient supply chain moves tins and dry goods at normal room temperature without any monitoring. "
     "Cold chain costs more because every trailer needs a fridge unit and a logger, rather than a plain box trailer "
     "that any haulier can supply at short notice."),
    ("How does a ward decide when to escalate a deteriorating patient?",
     "If a patient's early warning score reaches five or more on the observation chart during a shift, the nurse "
     "calls the doctor on call and repeats the observations every fifteen minutes until the doctor arrives. "
     "Since the score combines breathing rate, oxygen, blood pressure and pulse into one number, nurses across "
     "every ward use the same trigger points and nobody has to guess."),
    ("Tell me about a time you cut waste in a kitchen.",
     "In my second year at the hotel we had a lot of bread left over every single morning after the breakfast "
     "buffet closed, so I started counting covers the night before. Second, I asked the bakery to deliver two "
     "smaller batches a day instead of one big one at six in the morning. Waste fell from forty loaves to about "
     "twelve a week, and I can show the logs if that helps the team decide."),
]


@pytest.mark.parametrize(("question", "answer"), CASES)
def test_a_stronger_answer_reads_whole(question, answer):
    stronger = score_answer(question, answer).stronger_answer
    assert not choppy(stronger), stronger
    assert longest_cut_run(stronger, answer) <= SHORT_PHRASE  # outside sentences kept whole (session 18)
