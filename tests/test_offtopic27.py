"""A story of one's own life, or of other work, told to a question naming no tool is about something else (session
27, helper offtopic): the chat asks again and the report scores it so; an answer in other words is neither. Through
the coach's own code (:func:`core.coach.redirect.redirect_reason`, :func:`core.coach.score.score_answer`)."""

from __future__ import annotations

import pytest

from core.coach import follow_up_reason
from core.coach.redirect import redirect_reason
from core.coach.score import score_answer

LIFE_STORIES = [
    ("How do you approach code review on your team?",
     "On my holiday in Portugal last summer I learned to surf. It took a week of lessons before I could stand up, and "
     "by the end I was catching small waves on my own."),
    ("How do you make your designs accessible?",
     "We moved house last year. I packed everything over two weekends, hired a van and had all the boxes unpacked in "
     "the new flat within a week."),
    ("How do you handle a grievance raised by an employee?",
     "Last summer I built a shed at the bottom of my garden. I laid a concrete base, put the frame together from a kit "
     "and felted the roof. It now holds all our bikes and tools."),
    ("Tell me about a deal you lost and what you learned.",
     "I repainted the garden fence at my parents' house over the bank holiday. I sanded down forty panels and gave it "
     "two coats of stain. It looked brand new by Monday evening."),
    ("How do you make sure orders are picked accurately?",
     "I coach my son's under-10 football team on Saturdays. I plan short drills, make sure everyone gets the same time "
     "on the pitch, and this season we won eight of our twelve matches."),
]

IN_OTHER_WORDS = [
    ("How do you approach code review on your team?",
     "Every pull request gets two approvals before it merges. I read the diff for the logic first, then run the "
     "branch locally, and I leave comments that explain why, not just what. Our escaped bugs fell by a third."),
    ("Tell me about a time you mentored a junior developer.",
     "A graduate joined our team and struggled with our Django codebase. I paired with her twice a week, gave her "
     "small tickets first and reviewed her pull requests with comments on why. After three months she shipped the "
     "new invoice export on her own."),
    ("How do you reconcile bank statements?",
     "Each week I match every line from the bank feed against our ledger in Xero, tick off the payments and receipts, "
     "and investigate anything left over. Last month a 2,300 pound difference turned out to be a refund posted twice; "
     "I reversed the duplicate and the balances agreed."),
    ("Tell me about a time you noticed a patient's condition getting worse.",
     "An elderly lady after a hip operation became confused and her breathing rate went up to 26. Her early warning "
     "score had jumped to 6, so I called the outreach team and started oxygen as prescribed. She was treated for a "
     "chest infection that evening."),
]


def _read(question: str, answer: str) -> tuple[str, int]:
    reason = follow_up_reason(question, answer)
    found = redirect_reason(question, answer, reason=reason)
    return (found[0] if found else ""), score_answer(question, answer).relevance.score


@pytest.mark.parametrize(("question", "answer"), LIFE_STORIES)
def test_a_life_story_to_a_question_naming_no_tool_is_about_something_else(question: str, answer: str) -> None:
    redirect, relevance = _read(question, answer)
    assert redirect == "off_topic"
    assert relevance <= 2


@pytest.mark.parametrize(("question", "answer"), IN_OTHER_WORDS)
def test_an_answer_in_other_words_is_not_called_off(question: str, answer: str) -> None:
    redirect, relevance = _read(question, answer)
    assert redirect == ""
    assert relevance >= 3


def test_a_family_story_may_answer_a_question_on_a_gap_or_oneself() -> None:
    story = ("After my son was born I took a year out to look after him and my daughter. I also redecorated our flat "
             "and did a bookkeeping course in the evenings.")
    for question in ("I see a gap in your CV in 2021. What were you doing then?", "Tell me about yourself."):
        assert _read(question, story)[0] == ""


def test_an_ab_test_story_to_a_welfare_question_is_redirected_in_its_own_words() -> None:
    question = "Tell me about a time you had a concern about someone's welfare and reported it."
    answer = ("In 2023 I noticed our sign-up numbers had dropped, so I set up an A/B test of two versions of the landing "
              "page. Version B brought 14% more sign-ups over three weeks. I reported the results to my manager and we "
              "rolled it out.")
    redirect, relevance = _read(question, answer)
    assert redirect == "off_topic" and relevance <= 2
    assert "welfare" in score_answer(question, answer).relevance.evidence
