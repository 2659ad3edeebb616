"""Answers that are mostly hedging, and the question words that count as its terms (newcomer finding: a
vague answer ending in "I don't know" scored 4/10 and got relevance credit for "hard" and "usually")."""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer
from core.coach.score import score_answer

DIMENSIONS = ("relevance", "structure", "specificity", "depth", "communication")


@pytest.mark.parametrize(("question", "everyday", "meant"), [
    ("What do you find hard about working with difficult customers, and how do you usually handle it?",
     ["hard", "usually", "working"], ["customers", "handle"]),
    ("Tell me about a time you did good work on a tight deadline.", ["time", "good", "work"], ["deadline"]),
    ("What is one thing you would change about how your team plans a sprint?", ["thing", "team"], ["sprint"]),
])
def test_only_the_questions_meaningful_terms_count(question: str, everyday: list[str], meant: list[str]) -> None:
    answer = " ".join(everyday) + " " + " ".join(meant) + " were all part of it, as I said."
    ev = analyse_answer(answer, question)
    assert not set(everyday) & set(ev.question_overlap), ev.question_overlap
    assert set(meant) <= set(ev.question_overlap), ev.question_overlap
    from core.analysis.answer import question_terms

    assert all(w not in question_terms(question) for w in everyday)


def test_sharing_only_everyday_question_words_is_no_link_to_the_question() -> None:
    q = "What do you find hard about working with other teams, and how do you usually handle it?"
    ev = analyse_answer("Usually it is hard work and it takes time. Working is hard, usually, most of the time.", q)
    assert ev.question_overlap == []


@pytest.mark.parametrize(("question", "answer"), [
    ("What do you find hard about working with difficult customers, and how do you usually handle it?",
     "Well, it is usually hard, I guess. Sometimes customers are difficult and that is hard. I usually try to be nice "
     "and maybe handle it somehow. I'm not really sure what I would do most of the time. I don't know."),
    ("How would you prioritise a backlog with three urgent requests?",
     "Maybe I would look at the urgent ones first, probably. It depends, I guess, on the requests and the people. "
     "Perhaps I would ask someone. Honestly I'm not sure how I would prioritise it."),
    ("Tell me about a time you had to learn something quickly.",
     "I usually learn things quickly, I think. Maybe there was a time at my last job, I guess, but I can't really say "
     "which one. I don't know, it just sort of happens."),
])
def test_an_answer_that_is_mostly_hedging_scores_low_on_every_dimension(question: str, answer: str) -> None:
    score = score_answer(question, answer)
    assert all(getattr(score, d).score <= 2 for d in DIMENSIONS), score
    assert score.overall <= 3
    assert "hedg" in score.relevance.evidence
    assert score.missing[0].startswith("A committed answer")


def test_a_committed_answer_with_one_hedge_is_not_mostly_hedging() -> None:
    q = "How would you prioritise a backlog with three urgent requests?"
    a = ("I would first ask each requester what breaks if it waits a week, then score the three on impact and effort. "
         "The payroll fix goes first because 400 staff are paid from it. I'm not sure the other two can both fit this "
         "sprint, so I would tell the product owner which one slips and why.")
    from core.coach.score import mostly_unsure

    assert not mostly_unsure(analyse_answer(a, q))
    assert score_answer(q, a).overall >= 6
