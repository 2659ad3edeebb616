"""A question naming several things at once is answered by an answer on any of them, in the chat and the report alike
(issue 15, session 24: "The role asks for knowledge of P&L, margin and labour scheduling…" answered with a plan to go
through each store's P&L, margin and wages was redirected, "That doesn't answer what I asked", and scored 4/10, "the
answer is about money and costs"). Made-up text."""

import pytest

from core.coach import follow_up_reason
from core.coach.joined_topics import joined_items, joined_taken
from core.coach.redirect import redirect_reason
from core.coach.score import score_answer

JOINED = [
    ("The role asks for knowledge of P&L, margin and staff rostering, which I don't see on your CV. Where have you "
     "applied it, or how would you build it up quickly?",
     "I'd ask the finance lead to walk me through the profit and loss for each café in my first fortnight, line by "
     "line: takings, food cost, wages and waste."),
    ("This role needs experience of stock control, shrinkage and rota planning, which your CV doesn't show. How would "
     "you build it up quickly?",
     "In my first week I'd count the stockroom with the supervisor, check the count against the till system and look "
     "at the ten lines where we lose the most."),
    ("The job calls for H&S compliance, contractor management and budget control. Where have you done this?",
     "At Brennan Estates I ran the health and safety inspections for three office blocks for two years: I logged "
     "every defect, chased each fix and we passed every fire officer visit."),
    ("The role asks for knowledge of gross margin, pricing and staff scheduling. How would you get up to speed?",
     "I'd sit with the buyer and go through the margin on each range, then compare our shelf prices with two rivals "
     "every week for the first month."),
]


@pytest.mark.parametrize(("question", "answer"), JOINED)
def test_an_answer_on_one_of_the_things_a_question_joins_answers_it(question, answer):
    assert joined_taken(question, answer)
    assert follow_up_reason(question, answer) != "non_answer"
    assert redirect_reason(question, answer) is None
    score = score_answer(question, answer)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert "about something else" not in score.relevance.evidence
    assert "so it does not answer what was asked" not in score.relevance.evidence


def test_the_list_is_read_without_its_lead_in():
    assert joined_items("The role asks for knowledge of P&L, margin and labour scheduling, which I don't see on your "
                        "CV.") == ("P&L", "margin", "labour scheduling")
    assert joined_items("Tell me about a time you dealt with an angry customer.") == ()


def test_an_answer_on_none_of_them_takes_up_nothing():
    question = ("The role asks for knowledge of P&L, margin and staff rostering, which I don't see on your CV. How "
                "would you build it up quickly?")
    assert not joined_taken(question, "Last summer I organised the team's charity football match and we raised "
                                      "four hundred pounds for the hospice.")
    # everyday words of an item ("full", "travel") are said by any answer: they take up nothing
    assert not joined_taken("The role asks for a full driving licence and willingness to travel.",
                            "I work full days and I recruited two shift leads last year.")
