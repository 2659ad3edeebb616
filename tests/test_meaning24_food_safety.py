"""Newcomer, session 24: a sous chef asked how a Level 3 Food Safety certificate shapes his day answered with probe and
fridge logs, cooling times and an EHO inspection, and was told "That answer was about something else" (1/10: "the
answer never mentions Food safety"). A requirement naming a known topic is shown by that topic's near terms, as a
licence of its field is. Made-up answers."""

from __future__ import annotations

from core.coach.redirect import about_something_else
from core.coach.score import score_answer

QUESTION = ("The role asks for a Level 2 Food Safety certificate, which your CV shows. How does it shape the way you "
            "work day to day, and what would you bring from it to this role?")
ON = ("I got my Level 2 last year. Every morning I sign off the fridge and freezer temperature logs before prep starts, "
      "and I keep raw and cooked boards apart to stop cross-contamination. At our last EHO visit we kept the top "
      "hygiene rating, and I'd bring the same allergen matrix checks to your café.")
OFF = ("Last summer I organised the staff summer party: I booked a barge on the canal, collected money from 30 people "
       "and everyone said it was the best party we had had.")


def test_food_safety_told_in_its_own_terms_answers_the_question() -> None:
    assert not about_something_else(QUESTION, ON)
    score = score_answer(QUESTION, ON)
    assert score.relevance.score >= 4 and score.overall >= 6


def test_a_story_of_another_subject_is_still_off_it() -> None:
    assert score_answer(QUESTION, OFF).overall <= score_answer(QUESTION, ON).overall - 3
