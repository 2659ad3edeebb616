"""Session 30: a story of one's own household told to a work question is about something else.

Team set judge27b held stories of household repairs, a pet, a relative's pension papers and a building's recycling
scheme that passed as answers to work questions (5-7/10). "home and family life" (data/competency_words.json, kind
"other") now holds their words. The answers below are new, written by the team for this test (not judge27b's); a
question that names such a subject, or asks about oneself, is still answered by it.
"""

from __future__ import annotations

import pytest

from core.coach.score import score_answer


@pytest.mark.parametrize(("question", "answer"), [
    ("Tell me about a time you handled a complaint from a client.",
     "Last winter I rewired the lamps in my flat. I bought new plugs and a reel of flex, watched two videos and "
     "replaced every switch in an afternoon. Now the living room lights work from one switch."),
    ("How do you make sure a delivery schedule is met?",
     "We adopted a rescue dog in March. He was scared of traffic, so I walked him twice a day on quiet streets and "
     "took him to the vet for a check. After six weeks he walked calmly past the bus stop."),
    ("Tell me about a time you improved a process at work.",
     "I sorted out my grandmother's pension paperwork. I found her letters, rang the pension office three times and "
     "filled in the forms with her. Her pension was paid in full two months later."),
])
def test_a_household_story_to_a_work_question_is_about_something_else(question: str, answer: str) -> None:
    out = score_answer(question, answer)
    assert out.relevance.score <= 2, out.relevance
    assert out.overall <= 4, out


@pytest.mark.parametrize(("question", "answer"), [
    # a work story that names the building it happened in is a work story
    ("Tell me about a time you improved a process at work.",
     "At the council's housing office I set up a recycling scheme for our building's forty staff: labelled bins on "
     "each floor and a weekly collection. General waste fell by a third in three months and we saved 2,000 pounds."),
])
def test_a_question_on_it_or_a_work_story_in_its_words_is_answered(question: str, answer: str) -> None:
    out = score_answer(question, answer)
    assert out.relevance.score >= 3, out.relevance
    assert out.overall >= 5, out


@pytest.mark.parametrize("question", ["What do you do outside work?", "How do you spend your free time?",
                                      "What are your interests outside work?", "What do you do to unwind?"])
def test_a_hobby_answers_a_question_on_life_outside_work(question: str) -> None:
    out = score_answer(question, "I like cooking and hiking; last month I walked the Pennine Way with my brother, "
                                 "about 270 miles in nineteen days.")
    # never "about something else … says nothing about work" (it scored 1/10); how well it takes up the question's own
    # terms is the relevance reading's, which asks more of it (2/5 here)
    assert "about something else" not in out.relevance.evidence and out.overall >= 4, out


def test_a_hobby_still_does_not_answer_what_interests_you_in_the_role() -> None:
    out = score_answer("What interests you about this role?", "I like cooking and hiking; last month I walked the "
                                                                "Pennine Way with my brother, about 270 miles.")
    assert out.overall <= 3, out
