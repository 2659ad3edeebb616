"""Short correct answers to knowledge and code-output questions (session 21): a concise definition that takes up
the question (by its terms, or as "It …" of the thing asked about) with what it does or why, and a code-output answer
that names the output and why, are short but real answers (4-6/10), above a one-word reply; never off the topic.

All questions and answers here are made up for these tests."""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer
from core.coach.question_types import question_type
from core.coach.score import non_answer_kind, score_answer


@pytest.mark.parametrize("question, short, word", [
    ("What does Object.freeze do?", "It stops any property of the object being added, removed or changed.", "Locks."),
    ("What is a foreign key?", "A column that points at the primary key of another table, to link the rows.", "Keys."),
    ("What does the Python GIL do?", "It lets only one thread run Python bytecode at a time.", "Threads."),
    ("What is memoisation?", "Caching a function's results so repeated calls with the same inputs are fast.", "Cache."),
])
def test_a_short_correct_definition_scores_as_a_short_answer_above_one_word(question, short, word):
    good, bad = score_answer(question, short), score_answer(question, word)
    assert 4 <= good.overall <= 6, good.relevance.evidence
    assert "something else" not in good.relevance.evidence
    assert bad.overall <= 2
    assert good.overall > bad.overall


@pytest.mark.parametrize("question, short, word", [
    ("What will this output? console.log(typeof NaN);", "number, because NaN is a special numeric value", "NaN"),
    ("What does this print? print(len({1, 1, 2}))", "2, since a set drops the duplicate 1", "Three."),
    ("What happens when you run this? int('abc')", "A ValueError, because abc is not a number", "Crash."),
])
def test_a_code_output_answer_that_names_the_output_and_why_is_on_topic(question, short, word):
    ev = analyse_answer(short, question)
    assert non_answer_kind(question, short, ev, "", "") is None
    good, bad = score_answer(question, short), score_answer(question, word)
    assert 4 <= good.overall <= 6, good.relevance.evidence
    assert good.relevance.score >= 3
    assert bad.overall <= 2


def test_a_full_code_output_explanation_is_not_about_something_else():
    question = "What will this output? console.log([1, 2] + [3]);"
    answer = ("It prints the string 1,23, because the plus operator converts both arrays to strings first, so you get "
              "'1,2' and '3' joined together rather than an array or a number.")
    scored = score_answer(question, answer)
    assert "something else" not in scored.relevance.evidence
    assert scored.overall >= 5


@pytest.mark.parametrize("question", [
    "What does Array.prototype.filter do?", "What will this output? print(0.1 + 0.2)",
    "What does this code print? x = [1]; print(x * 2)",
])
def test_knowledge_and_code_output_questions_are_technical(question):
    assert question_type(question) == "technical"


def test_a_question_about_the_candidate_stays_theirs():
    assert question_type("What does teamwork mean to you?") != "technical"
    assert question_type("Tell me about a time you had to learn what a tool does quickly.") == "behavioural"
