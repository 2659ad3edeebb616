"""Session 23 (judge23): "I don't know", then, asked for the closest thing, a story of the question's kind.

Re-check B of session 22: "Describe a time you had to communicate difficult news…" -> "I don't know." then a story of
telling an angry relative that a medicine was out of stock scored 4/10, relevance 1/5 "names the job's terms but not
what the question asks for", though the reply alone scored relevance 5/5: telling someone what they did not want to
hear IS communicating difficult news. Made-up text of the same kind below.
"""

from __future__ import annotations

import pytest

from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

_CLOSEST = ("That's all right. What is the closest thing you have done, or how would you approach it if it happened in "
            "your first month here?")

_CASES = [
    ("Describe a time you had to communicate difficult news to a customer.", "I don't know.",
     "Once a tenant came to the office upset that her repair would not happen that week. I explained calmly that the "
     "part was on back order, apologised, rang two suppliers, found one and booked the fitter for Friday, and she "
     "thanked me."),
    ("Tell me about a time you had to give a patient's family bad news.", "I'm not sure, I don't know.",
     "On my placement a son was angry that his father could not go home on Saturday. I told him the transport had "
     "fallen through, apologised, rang the discharge team and arranged a Monday slot, and he accepted it."),
]


def _scorer(question: str, answer: str):
    return score_answer(question, answer)


@pytest.mark.parametrize(("question", "first", "reply"), _CASES)
def test_a_closest_story_after_i_dont_know_is_scored_on_the_reply(question, first, reply) -> None:
    record = QuestionRecord(number=6, question=question, answer=first, follow_up=_CLOSEST, follow_up_answer=reply)
    out = weighed_score(record, _scorer)
    assert out.relevance.score >= 4, out.relevance.evidence
    assert out.overall >= 5, out.overall
    assert "not what the question asks" not in out.relevance.evidence
    assert "says this was not done" not in out.relevance.evidence  # it said it did not know, not that it was not done
    # after no answer at all the reply is the answer, on its own parts too (session 28, rc27 F3: the closest-thing prompt
    # asks for an answer afresh, not for a part of one; "parts came only when asked" held the textbook steps at 1/5)
    assert out.structure == score_answer(question, reply).structure
    assert "not counted here" not in out.structure.evidence


@pytest.mark.parametrize(("question", "reply"), [
    ("Tell me about a time you delivered unwelcome news to a colleague.",
     "Last winter I had to tell a cleaner her extra shifts were being cut because the contract had shrunk. I met her "
     "in person, explained why, offered her hours at our other site and she took them."),
    ("Tell me about a time you had to tell a client something they did not want to hear.",
     "A shop owner I worked for expected his new website to be live for the sale. I rang him, explained the payment "
     "provider would not approve it until Monday, showed him the emails and he moved the sale a week."),
])
def test_a_story_of_telling_someone_what_they_did_not_want_to_hear_answers_a_bad_news_question(question, reply) -> None:
    out = score_answer(question, reply)
    assert out.relevance.score >= 4, out.relevance.evidence


def test_i_dont_know_and_a_reply_about_something_else_still_counts_for_nothing() -> None:
    record = QuestionRecord(number=6, question="Describe a time you had to communicate difficult news to a customer.",
                            answer="I don't know.", follow_up=_CLOSEST,
                            follow_up_answer="Last summer I ran a half marathon in Cardiff with my sister and we "
                                             "raised 300 pounds for the local hospice.")
    assert weighed_score(record, _scorer).relevance.score <= 2
