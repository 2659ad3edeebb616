"""After "I haven't done that", a follow-up reply that gives the closest thing (a course case, a volunteer role, a
similar task) is judged as the closest thing: it counts, though less than the thing asked (about 4-6/10), and is
never thrown out as "about something else" because it does not name the tool the question asked about. A reply about
a holiday is still about something else (issue 15, session 20: a course assignment on a case, given after "I haven't
done that yet", scored 1/10). Made-up text."""

from __future__ import annotations

import pytest

from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

CLOSEST_PROMPT = ("That's all right. What is the closest thing you have done, or how would you approach it if it "
                  "happened in your first month here?")
HANDLE_PROMPT = ("That's fine, not everyone has. Then tell me how you would handle it: what would you do first, and "
                 "who would you involve?")

BOOKS_JOB = ("Bookkeeping assistant at a lettings agency. You will post supplier invoices, run the bank "
             "reconciliations each week and help with month-end in Xero. AAT Level 3 or studying towards it.")
BOOKS_Q = ("Your CV mentions Xero: “Studying AAT Level 3, including a Xero practice module”. If you were showing a "
           "new colleague how you use Xero day to day, which example would you pick, and what would you warn them "
           "about?")
BOOKS_DENIAL = "I haven't used it at work yet, I've only done the first part of the module."
BOOKS_REPLY = ("The closest is a case study on my AAT course. I had to post three months of invoices for a small café "
               "and reconcile its bank account, and I found a supplier invoice that had been entered twice. I learned "
               "to check every bank line against the invoices before closing the month.")

MAIL_JOB = ("Marketing assistant for a charity. You will build email campaigns to supporters in HubSpot, segment the "
            "lists and report open and click rates each month.")
MAIL_Q = ("Your CV mentions HubSpot: “Helped the marketing team keep HubSpot contact lists up to date”. Walk me through "
          "a campaign you built in HubSpot yourself: what did you do, and how did it turn out?")
MAIL_DENIAL = "I haven't built a campaign myself, I only kept the lists tidy."
MAIL_REPLY = ("The nearest thing is my volunteer role at our local food bank. I write its monthly email to about 400 "
              "supporters, and last spring I split the list into donors and volunteers so each group got its own "
              "message. The open rate went from 21% to 34% over three months.")

HOLIDAY_REPLY = ("Last summer I planned a family holiday to Croatia. I booked the flights four months ahead, found a "
                 "hotel near the beach and built a day-by-day itinerary, and the trip came in under budget.")


def _scorer(job: str):
    return lambda question, answer: score_answer(question, answer, job_description=job)


@pytest.mark.parametrize(("question", "denial", "prompt", "reply", "job"), [
    (BOOKS_Q, BOOKS_DENIAL, HANDLE_PROMPT, BOOKS_REPLY, BOOKS_JOB),
    (BOOKS_Q, BOOKS_DENIAL, CLOSEST_PROMPT, BOOKS_REPLY, BOOKS_JOB),
    (MAIL_Q, MAIL_DENIAL, CLOSEST_PROMPT, MAIL_REPLY, MAIL_JOB),
], ids=["course-case", "course-case-closest-prompt", "volunteer-role"])
def test_the_closest_thing_after_a_denial_counts_as_such(question, denial, prompt, reply, job):
    record = QuestionRecord(number=3, question=question, answer=denial, follow_up=prompt, follow_up_answer=reply)
    result = weighed_score(record, _scorer(job))
    assert 4 <= result.overall <= 6, (result.overall, result.relevance.evidence)
    assert "about something else" not in result.relevance.evidence
    assert "closest" in result.relevance.evidence
    assert result.relevance.score == 3


def test_a_holiday_after_a_denial_is_still_about_something_else():
    record = QuestionRecord(number=3, question=BOOKS_Q, answer=BOOKS_DENIAL, follow_up=CLOSEST_PROMPT,
                            follow_up_answer=HOLIDAY_REPLY)
    result = weighed_score(record, _scorer(BOOKS_JOB))
    assert result.overall <= 3
    assert "closest" not in result.relevance.evidence
