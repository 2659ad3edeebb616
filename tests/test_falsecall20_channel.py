"""A story about a paid social channel by its platform's name answers a question about paid social (session 20).

Made-up: "What was the hardest problem you have faced in paid social?" answered with a story about Instagram's
campaigns and TikTok spend, never writing "paid social".
"""

from __future__ import annotations

from core.coach.redirect import about_something_else
from core.coach.score import score_answer

Q = ("You list paid social on your CV. What was the hardest problem you have faced in paid social, and which "
     "trade-offs did you weigh?")
A = ("Our hardest spell was when Instagram's campaign costs doubled in the run-up to Black Friday and our "
     "cost per order went past what a first order earns. I shifted a third of the spend into TikTok creators "
     "for three weeks. The trade-off was less certainty about what each sale came from. Cost per order came back "
     "down from £41 to £29.")
OFF = ("Our hardest spell was when the warehouse moved to Coventry and half the pickers left. I ran the rota for "
       "three weeks and hired eight temps. Orders went out on time again by the end of the month.")


def test_platform_story_answers_paid_social():
    assert not about_something_else(Q, A)
    assert score_answer(Q, A).relevance.score >= 4


def test_other_story_still_misses_it():
    assert score_answer(Q, OFF).relevance.score <= 2
