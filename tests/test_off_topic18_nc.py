"""Session 18 newcomer: a real work story that answers another question (mentoring, told to a question about the
hardest bug tracked down) is called out in the chat and scored below a weak answer to the question asked; a bug
story in its own words is not (made-up answers)."""

import pytest

from core.coach import score_answer
from core.coach.follow_up import off_topic

BUG_QUESTION = "Tell me about the most complex bug you have tracked down. What made it hard?"
MENTORING = ("What I'm proudest of is growing people. At Brindle I mentored three junior developers; we had fortnightly "
             "one-to-ones and I gave each a stretch project, and all three now lead features on their own.")
WEAK_ON_TOPIC = "I had a bug in our payments service once. I looked at the logs and fixed it. It took a while but it worked."


def test_a_mentoring_story_to_a_bug_question_is_called_out():
    assert off_topic(BUG_QUESTION, MENTORING)
    score = score_answer(BUG_QUESTION, MENTORING)
    assert score.relevance.score <= 2
    assert score.overall < score_answer(BUG_QUESTION, WEAK_ON_TOPIC).overall


@pytest.mark.parametrize("answer", [
    ("Our nightly invoices came out doubled about once a month. I reproduced it by replaying the queue, and found two "
     "workers picking the same job because the lock expired early. I moved the lock to the database and it never "
     "happened again."),
    ("A memory leak took our image service down every few days. I took heap dumps a day apart, compared them and found "
     "a cache with no eviction; after I capped it, memory stayed flat for six months."),
])
def test_a_bug_story_in_its_own_words_is_not(answer):
    assert not off_topic(BUG_QUESTION, answer)
    assert score_answer(BUG_QUESTION, answer).overall > score_answer(BUG_QUESTION, MENTORING).overall


def test_a_mentoring_story_to_a_mentoring_question_still_answers_it():
    question = "Tell me about a time you mentored a less experienced colleague."
    assert not off_topic(question, MENTORING)
