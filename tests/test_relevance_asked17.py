"""Relevance judged by what the question asks, not by its words alone (newcomer, session 17): a list of the
questions the candidate asks, given to "What questions do you ask in a first discovery call…", was said to take
up "none of what the question is about"."""

from core.coach.score import score_answer

QUESTION = "What questions do you ask at a first viewing to find out whether a tenant can afford the flat?"
ANSWER = ("I ask what they earn each month and who employs them, because the rent should be under a third of "
          "take-home pay. I ask how long they stayed at their last address and whether the landlord would give "
          "a reference, and when they need to move. At Harbour Lettings this cut our arrears cases from 14 to 5 "
          "a year.")


def test_the_asked_questions_answer_the_question():
    rel = score_answer(QUESTION, ANSWER).relevance
    assert "none of what the question is about" not in rel.evidence
    assert rel.score >= 4
