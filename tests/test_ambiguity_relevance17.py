"""A story of an unclear goal made clear answers a question about ambiguity in its own words (newcomer, session 17:
"I wasn't sure what he wanted, so I asked him…" took up "none of what the question is about (ambiguous, bring
clarity, goal)")."""

from core.coach.competency import shows_asked
from core.coach.score import score_answer

QUESTION = ("Describe a time you worked on something ambiguous, where the goal was not clear at the start. How did "
            "you bring clarity?")
ANSWER = ("At Keller Logistik my team lead asked me to 'fix the returns process'. I wasn't sure what she wanted, so "
          "I asked her what bothered her most, which was refunds taking two weeks. I mapped the steps with the "
          "warehouse and we cut it to four days.")


def test_the_story_shows_the_ambiguity_asked_about():
    assert shows_asked(QUESTION, ANSWER)
    assert "none of what the question is about" not in score_answer(QUESTION, ANSWER).relevance.evidence


def test_a_story_of_something_else_does_not():
    assert not shows_asked(QUESTION, "I cut refunds from two weeks to four days by mapping the steps with the warehouse.")
