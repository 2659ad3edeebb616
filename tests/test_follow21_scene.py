"""Session 21: the chat never tells a short correct answer to a code-output question, or a reply spoken to the
person of a role-play, to "stay with the question" — the scorer already reads them as answers (core/coach/short_answer,
core/coach/scene); the chat's follow-up must agree. Made-up questions and answers."""

from __future__ import annotations

import pytest

from core.coach.follow_up import follow_up_reason, off_topic

CASES = [
    ("What will this output?\n\nconsole.log(0.5 + 0.25 === 0.75);",
     "It prints true. Halves and quarters are powers of two, so they are stored exactly in binary floating point and "
     "their sum is exactly 0.75; with tenths the comparison would fail."),
    ("What will this output?\n\nconsole.log(typeof null);",
     "It prints object, because typeof null has returned object since the first version of the language."),
    ("What does Array.prototype.map do?", "It calls a function on each element and returns a new array of the results."),
    ('A customer at the till says: "I was charged twice for this and nobody is listening to me." What would you say?',
     "I'm sorry you were charged twice, that is frustrating. Can I see your receipt so I can check it with you now? "
     "If it was taken twice I will refund it straight away and give you a copy for your records."),
]


@pytest.mark.parametrize(("question", "answer"), CASES)
def test_an_answer_the_scorer_reads_as_an_answer_is_not_off_topic_in_the_chat(question, answer):
    assert not off_topic(question, answer)
    assert follow_up_reason(question, answer) != "non_answer"


def test_an_answer_about_something_else_is_still_off_topic():
    q = "What does Array.prototype.map do?"
    a = "Last summer I went to Portugal with my family and we spent most days on the beach near Lagos."
    assert off_topic(q, a)
