"""A work story about something else told to a skill question ("Your CV mentions X: “…”", "The role calls for X, and
your CV says: “…”", "You list X on your CV: “…”") is off the question, in the chat and in the report, also when X is
written in plain words; the CV line the question quotes is context, not its subject (issue 15, session 19: a
gardening-club story to a phonics question scored 6/10, "does what the question asks", and the chat moved on)."""

import pytest

from core.coach.redirect import about_something_else, redirect_reason
from core.coach.score import score_answer

CV = ("Aisha Okafor. Accounts assistant at Brightwater Lettings, Bristol, since 2020: bookkeeping for 14 client "
      "landlords in Xero, monthly payroll for 35 staff, cash-flow forecasting for the directors. Previously "
      "receptionist at Harbourside Dental. AAT Level 3.")
JOB = ("Accounts assistant for a property group in Bath. You will keep the books in Xero, run the monthly payroll "
       "and prepare the cash-flow forecast. AAT qualified or studying.")

# (question quoting a CV line, a work story about something else, a story that takes the skill up)
CASES = [
    ("Your CV mentions bookkeeping: “Bookkeeping for 14 client landlords in Xero, month-end in 3 days”. Walk me "
     "through a specific piece of work that drew on it: what was the goal, what did you do yourself, and how did "
     "it turn out?",
     "At Harbourside Dental I reorganised the reception rota. Two receptionists kept swapping shifts at short "
     "notice, so I set up a shared calendar and a swap rule, and late openings dropped from six a month to one.",
     "In 2022 one landlord's bookkeeping was three months behind. I matched every bank line in Xero to its "
     "invoice, cleared 240 unreconciled items in a week and set up bank rules, so month-end now takes three days."),
    ("The role calls for payroll, and your CV says: “Ran monthly payroll for 35 staff with no late payments”. "
     "Tell me about one piece of work involving payroll that made a measurable difference: what changed, and how "
     "did you measure it?",
     "I organised our office move to the new building in 2021. I planned the packing over two weekends, booked "
     "the van and labelled every desk, and we were working again by Monday morning with nothing lost.",
     "Our payroll used to need two days of manual overtime entries. In 2023 I moved overtime claims to a timesheet "
     "import, checked the first three runs line by line, and payroll now takes half a day with no corrections."),
    ("You list forecasting on your CV: “Built the directors' 13-week cash-flow forecasting model”. What was the "
     "hardest problem you have faced in forecasting, and which trade-offs did you weigh?",
     "The hardest thing I did was train the new receptionist while covering the front desk alone for a month. I "
     "wrote a one-page guide to the booking system and she was handling calls on her own after a week.",
     "The hardest part of forecasting cash was rent arrears: the model assumed every landlord was paid on time. "
     "I weighed a detailed tenant-by-tenant model against a simple arrears rate and chose the rate, because it "
     "was right within 4% and the directors could update it themselves."),
]


def _score(question: str, answer: str):
    return score_answer(question, answer, job_description=JOB, cv_text=CV)


def _skill(question: str) -> str:
    return next(word for word in ("bookkeeping", "payroll", "forecasting") if word in question.split("“")[0])


@pytest.mark.parametrize(("question", "elsewhere", "_on"), CASES, ids=["mentions", "calls-for", "you-list"])
def test_a_story_about_something_else_is_off_the_skill_question(question, elsewhere, _on):
    result = _score(question, elsewhere)
    assert result.relevance.score <= 2, result.relevance.evidence
    assert result.overall <= 4, result.overall
    assert f"never mentions {_skill(question)}" in result.relevance.evidence  # says why, in the question's words
    assert "does what the question asks" not in result.relevance.evidence


@pytest.mark.parametrize(("question", "elsewhere", "_on"), CASES, ids=["mentions", "calls-for", "you-list"])
def test_the_chat_calls_it_about_something_else(question, elsewhere, _on):
    assert about_something_else(question, elsewhere)
    assert redirect_reason(question, elsewhere)[0] == "off_topic"


@pytest.mark.parametrize(("question", "_elsewhere", "on"), CASES, ids=["mentions", "calls-for", "you-list"])
def test_a_story_that_takes_the_skill_up_is_not(question, _elsewhere, on):
    assert not about_something_else(question, on)
    assert redirect_reason(question, on) is None
    result = _score(question, on)
    assert result.relevance.score >= 3, result.relevance.evidence
    assert result.overall >= 6, result.overall


def test_a_quality_and_related_work_are_not_judged_by_their_name():
    """A quality is shown by a story that never says it, and related work is asked for as the closest thing."""
    quality = ("Your CV mentions communication: “Front desk for a practice of 6 dentists”. Tell me about a time it "
               "really mattered: what was the situation, what did you do, and how did it turn out?")
    related = ("The role calls for payroll, and your CV shows related work: “Kept staff holiday records”. Which piece "
               "of that work comes closest, and what did you do there yourself?")
    story = ("A patient was furious that her appointment had been cancelled by text. I took her aside, explained "
             "the dentist was ill, and booked her the first slot the next morning; she thanked us in a review.")
    holidays = ("I kept the holiday records for 40 staff in a spreadsheet and checked them against the rota each "
                "month, so no one was paid for leave they had not taken.")
    assert not about_something_else(quality, story)
    assert not about_something_else(related, holidays)
