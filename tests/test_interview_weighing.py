"""A question's score from its main answer and the follow-up reply (core.interview.weighing), on made-up answers:
a reply that is one sentence said over and over, and a reply about something else after a non-answer."""

from __future__ import annotations

import re

from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

Q1 = "Tell me about a time you made a slow process at work faster."
STORY = ("At a garden centre I ran the Saturday deliveries, and vans left late because the loading list was written "
         "by hand. I moved the list into a shared spreadsheet sorted by postcode, showed the three loaders how to use "
         "it, and within a month the first van left at 8:10 instead of 9:30 and missed deliveries fell from 9 a week "
         "to 2.")
Q2 = "Tell me about a time you persuaded a colleague who disagreed with you."
PADDED = "I always try my best to listen to people and explain my side calmly. " * 60
SQL_Q = "How would you write a query that finds each customer's second purchase?"
NON_ANSWER = "Well, I would probably just draw a pie chart in PowerPoint"
FOLLOW_UP = "Could you walk me through the steps you would take?"
OFF_REPLY = ("Last year we tested two versions of a newsletter sign-up form for three weeks. Half the visitors saw "
             "the shorter form, sign-ups went from 2.6% to 3.0%, and we kept the shorter form and told the team.")
ON_REPLY = ("I would number each customer's purchases with ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY "
            "purchased_at) in a subquery, then keep the rows where that number is 2, so a customer with one "
            "purchase simply has no row.")


def _record(number: int, question: str, answer: str, follow_up: str, reply: str) -> QuestionRecord:
    return QuestionRecord(number=number, question=question, answer=answer, follow_up=follow_up, follow_up_answer=reply)


def _shown_words(evidence: str) -> int:
    return int(re.match(r"([\d,]+) words?", evidence).group(1).replace(",", ""))


def test_a_repeated_answer_asked_again_then_one_sentence_said_over_and_over_never_scores_high():
    redirect = f"That is the same answer as for question 1. This question asks something else: {Q2}"
    weighed = weighed_score(_record(2, Q2, STORY, redirect, PADDED), score_answer, [(1, STORY)])
    assert weighed.overall <= 3
    assert weighed.communication.score <= 2 and weighed.structure.score <= 2
    assert _shown_words(weighed.communication.evidence) >= len(PADDED.split())  # the real count, not the main answer's


def test_a_reply_that_is_one_sentence_said_over_and_over_is_scored_as_such():
    weighed = weighed_score(_record(1, Q1, STORY, "How did the loaders take to it?", PADDED), score_answer)
    assert weighed.communication.score <= 2 and weighed.structure.score <= 2
    assert _shown_words(weighed.communication.evidence) >= len(PADDED.split())
    assert weighed.overall < score_answer(Q1, STORY).overall


def test_a_reply_about_something_else_does_not_lift_a_non_answer():
    weighed = weighed_score(_record(1, SQL_Q, NON_ANSWER, FOLLOW_UP, OFF_REPLY), score_answer)
    assert weighed.overall <= 3
    assert "something else" in weighed.relevance.evidence


def test_a_reply_that_answers_the_question_still_lifts_a_non_answer():
    weighed = weighed_score(_record(1, SQL_Q, NON_ANSWER, FOLLOW_UP, ON_REPLY), score_answer)
    assert weighed.overall >= score_answer(SQL_Q, NON_ANSWER).overall + 2
