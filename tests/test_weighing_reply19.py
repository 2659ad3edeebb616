"""Session 19 (issue 15): a good reply after the off-topic notice, or the closest thing after "I haven't done that",
counts for the question; an answer that only says it was not done is no answer of the kind asked. Made-up text."""

from __future__ import annotations

from core.coach.redirect import redirect_question
from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import off_the_question, weighed_score

MISTAKE_Q = ("Thinking of your time at Northgate: tell me about a mistake you made at work. What did you do once you "
             "realised it, and what changed afterwards?")
OFF_STORY = ("I want to tell you about the time I rebuilt our induction. We had 12 new joiners a year shadowing at "
             "random, so I wrote a two-week plan with daily goals and a buddy for each, and they reached full speed in "
             "four weeks instead of seven.")
MISTAKE_REPLY = (
    "At Northgate in 2019 I sent a £200 refund to the wrong customer because two orders had the same name and town. "
    "I spotted it the next morning when the right customer chased us. I told my manager at once, recovered the "
    "payment, phoned both customers to apologise and logged it. Then I proposed that we always check the order "
    "number and email before any refund, and my manager added it to the refunds checklist for all 30 agents. I have "
    "not made that mistake since, and wrong-account refunds on our floor fell to almost none that quarter.")

STAFFING_Q = "How do you plan staffing for a period of unpredictable demand? Give an example."
CLOSEST_FOLLOW_UP = ("That's all right. What is the closest thing you have done, or how would you approach it if it "
                     "happened in your first month here?")
CLOSEST_REPLY = (
    "The closest is our January sale last year, when calls doubled. I pulled the previous year's volumes by hour from "
    "our reporting tool, moved three agents' shifts into the evening and asked for volunteers for overtime. We kept "
    "the average wait under five minutes for the whole week.")


def _score(question: str, answer: str):
    return score_answer(question, answer)


def test_a_full_story_given_when_asked_again_counts():
    assert off_the_question(MISTAKE_Q, MISTAKE_REPLY)  # it shares few of the question's words, as said
    record = QuestionRecord(number=3, question=MISTAKE_Q, answer=OFF_STORY,
                            follow_up=redirect_question("off_topic", MISTAKE_Q), follow_up_answer=MISTAKE_REPLY)
    result = weighed_score(record, _score)
    assert result.overall >= 6
    assert "adds nothing" not in result.relevance.evidence
    assert result.relevance.score >= 4


def test_the_closest_thing_after_i_have_not_done_that_counts():
    record = QuestionRecord(number=5, question=STAFFING_Q, answer="I haven't done that myself.",
                            follow_up=CLOSEST_FOLLOW_UP, follow_up_answer=CLOSEST_REPLY)
    assert not off_the_question(STAFFING_Q, CLOSEST_REPLY)  # shifts moved and overtime take up staffing
    result = weighed_score(record, _score)
    assert result.overall >= 5
    assert "adds nothing" not in result.relevance.evidence
    assert "No concrete example" not in result.specificity.evidence


def test_a_reply_about_something_else_still_adds_nothing():
    record = QuestionRecord(number=3, question=MISTAKE_Q, answer=OFF_STORY,
                            follow_up=redirect_question("off_topic", MISTAKE_Q),
                            follow_up_answer=("Outside work I run a five-a-side football team on Thursdays; we won "
                                              "the local league last season and I organise the kit and the pitch."))
    assert weighed_score(record, _score).overall <= 4


def test_only_saying_it_was_not_done_is_no_answer_of_the_kind_asked():
    question = ("This job involves budget forecasting, which I don't see on your CV. Tell me about a time you had to "
                "learn something similar quickly: what did you do and how long did it take?")
    answer = ("I haven't done that. Budget forecasting has always been done by our finance team, so I've never built "
              "a forecast myself.")
    relevance = score_answer(question, answer).relevance
    assert relevance.score <= 3
    assert "does what the question asks" not in relevance.evidence
    assert "not done" in relevance.evidence


def test_a_story_that_mentions_never_is_still_a_story():
    question = "Tell me about a time you had to learn something new quickly."
    answer = ("In 2022 I had never used Power BI, but our director wanted a sales dashboard within a month. I took a "
              "two-week online course, rebuilt our Excel report in Power BI and trained the three regional managers; "
              "they used it in the next quarterly review and cut the report's preparation from a day to an hour.")
    assert score_answer(question, answer).relevance.score >= 4
