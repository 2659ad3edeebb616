"""A story about another competency told to a delegation question is called (session 20, newcomer: a classroom
behaviour story to "a time you delegated something important" scored 6/10). Made-up answers of the kind."""

from __future__ import annotations

from core.coach.redirect import about_something_else
from core.coach.score import score_answer

Q = ("Thinking of your time at Oakfield Academy: give me an example of a time you delegated something important. "
     "How did you make sure it succeeded?")
BEHAVIOUR = ("At Oakfield I had a Year 9 group that was hard work after lunch: low-level disruption, shouting out and "
             "nobody on task. I brought in a seating plan, a do-now activity on the board and used the warning system "
             "every lesson, consistently. I phoned home when things went well too. By the summer the room was calm "
             "and their test scores went up.")
DELEGATED = ("At Oakfield I ran the Year 8 maths trip and handed the booking and the risk assessment to our newest "
             "teacher, Sam. I briefed him on what good looked like, we checked in every Friday and I trusted him with "
             "the parent letters. The trip went ahead for 120 pupils with no issues and he ran it alone the next year.")


def test_behaviour_story_to_a_delegation_question_is_called():
    assert about_something_else(Q, BEHAVIOUR)
    assert score_answer(Q, BEHAVIOUR).overall <= 4


def test_delegation_story_in_its_own_words_is_not():
    assert not about_something_else(Q, DELEGATED)
    assert score_answer(Q, DELEGATED).overall >= 6


def test_behaviour_story_to_a_behaviour_question_is_on_topic():
    q = "Tell me about a class whose behaviour you turned around. What did you do?"
    assert not about_something_else(q, BEHAVIOUR)
