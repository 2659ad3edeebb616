"""One judgement of a first answer about something else holds across a question's feedback: when the follow-up reply
answers the question, relevance never quotes the first answer as doing what the question asks while structure says it
was about something else (issue 15, session 19: a holiday story to "the work you do now" was quoted under relevance as
"does what the question asks")."""

import pytest

from core.coach.redirect import about_something_else
from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

CV = ("Tomasz Nowak. Warehouse team leader at Northgate Distribution, Leicester, since 2019: a team of 12 pickers, "
      "cut picking errors from 1.8% to 0.6%, introduced scanner-based put-away. Forklift licence (counterbalance).")
JOB = ("Warehouse shift manager for a grocery distribution centre in Coventry. You will lead 30 staff on nights, "
       "keep picking accuracy above 99.5% and run the shift's safety checks.")
FOLLOW_UP = "That doesn't answer what I asked. Answer the question directly, with one concrete example."

# (question, a story about something else, a reply that answers it)
CASES = [
    ("Tell me briefly about the work you do now, and why the Warehouse Shift Manager role appeals to you at this "
     "point.",
     "Last spring I went fishing in the Lake District with my cousins; we camped by the water for a week and "
     "caught trout most mornings.",
     "I lead a team of 12 pickers at Northgate Distribution and cut picking errors from 1.8% to 0.6% by "
     "introducing scanner-based put-away. I want to run a whole shift now, because accuracy is won on the floor."),
    ("Tell me about a time you had to get a team through a very busy week. What did you do, and how did it turn "
     "out?",
     "My favourite holiday was a week of fishing in the Lake District with my cousins; we camped by the water and "
     "caught trout most mornings before breakfast.",
     "In December 2022 our volumes doubled before Christmas. I split my 12 pickers into two waves, moved the "
     "fastest two to replenishment and held a ten-minute briefing each night; we shipped every order on time "
     "with 0.7% errors."),
]


def _score(question: str, answer: str):
    return score_answer(question, answer, job_description=JOB, cv_text=CV)


@pytest.mark.parametrize(("question", "elsewhere", "reply"), CASES, ids=["introduction", "behavioural"])
def test_the_first_answer_is_about_something_else_on_every_line(question, elsewhere, reply):
    assert about_something_else(question, elsewhere)
    record = QuestionRecord(number=1, question=question, answer=elsewhere, follow_up=FOLLOW_UP,
                            follow_up_answer=reply)
    result = weighed_score(record, _score)
    opening = elsewhere.split(";")[0].split(",")[0]
    for name in ("relevance", "structure", "specificity", "depth"):
        evidence = getattr(result, name).evidence
        assert not (opening in evidence and "something else" not in evidence), (name, evidence)
    assert "something else" in result.relevance.evidence, result.relevance.evidence
    assert "something else" in result.structure.evidence, result.structure.evidence
    # the reply, to the question asked again, is scored on its own parts (session 23), never the first answer's
    assert result.structure.score == _score(question, reply).structure.score, result.structure


@pytest.mark.parametrize(("question", "elsewhere", "reply"), CASES, ids=["introduction", "behavioural"])
def test_the_reply_that_answers_still_counts(question, elsewhere, reply):
    record = QuestionRecord(number=1, question=question, answer=elsewhere, follow_up=FOLLOW_UP,
                            follow_up_answer=reply)
    result = weighed_score(record, _score)
    assert result.relevance.score >= 3, result.relevance.evidence
    assert result.overall > _score(question, elsewhere).overall
