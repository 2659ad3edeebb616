"""A question's phrases are taken up by what they mean (session 20): "creative solution… limited resources" by a
story that set something up for nothing; a classroom refusal by "sent out". Made-up answers of the newcomer's kinds.
"""

from __future__ import annotations

from core.coach.redirect import about_something_else
from core.coach.score import score_answer

CREATIVE_Q = "Describe a time you found a creative solution to a problem with limited resources."
CREATIVE_A = ("Our depot had no booking system for the loading bays, only a whiteboard nobody wiped. I set up a "
              "shared online form that drivers filled in from the cab and a colour code for late arrivals. It cost "
              "nothing, and within a month the queue at the gate went from about 40 minutes to 15.")
HOLIDAY_A = ("Last summer we hired a camper van and drove round the coast of Portugal with the children. The beaches "
             "were quiet, the food was lovely and we swam every morning before breakfast.")
REFUSAL_Q = "A pupil refuses to do the starter task and laughs when you ask again. What would you do?"
REFUSAL_A = "I'd give one calm warning and then they'd be sent out to the removal room."


def test_creative_story_with_no_budget_is_on_topic():
    score = score_answer(CREATIVE_Q, CREATIVE_A)
    assert score.relevance.score >= 4
    assert "takes up none" not in score.relevance.evidence
    assert not about_something_else(CREATIVE_Q, CREATIVE_A)


def test_holiday_story_is_still_not_on_topic():
    assert score_answer(CREATIVE_Q, HOLIDAY_A).relevance.score <= 2


def test_sent_out_takes_up_a_refusal():
    score = score_answer(REFUSAL_Q, REFUSAL_A)
    assert "takes up none" not in score.relevance.evidence
    assert not about_something_else(REFUSAL_Q, REFUSAL_A)
