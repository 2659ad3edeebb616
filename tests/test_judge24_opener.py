"""The opener on a CV role ("To start, your CV lists “…”. Tell me about that role: what you were responsible for, and
why the … role is your next step.") asks for the candidate's background and why this role: an answer giving the role's
work and why the next one answers it, in the chat and in the report alike (issue 15, session 24: an accounts
assistant's answer had no redirect in the chat but scored 5/10 in the report, relevance 2/5, "Counted at most 3/5: it
does not answer the question asked", its coverage "in an answer to another question"). Made-up text."""

import pytest

from core.coach import follow_up_reason
from core.coach.answers_asked import UNANSWERED_NOTE
from core.coach.question_types import question_type
from core.coach.redirect import about_something_else, redirect_reason
from core.coach.score import score_answer

OPENERS = [
    ("To start, your CV lists “Pharmacy Assistant — Cole's Chemist, Bangor”. Tell me about that role: what you were "
     "responsible for, and why the dispensing technician role at Menai Health is your next step.",
     "I'm a pharmacy assistant at Cole's Chemist in Bangor. I serve at the counter, take in prescriptions and put "
     "together about 150 repeat bags a week for the pharmacist to check. I want to train up and do the dispensing "
     "myself, and a bigger hospital team would let me finish my NVQ Level 3.",
     "Dispensing Technician, Menai Health. Dispense and accuracy-check prescriptions, manage stock and controlled "
     "drugs records. GPhC registration as a pharmacy technician, or working towards it."),
    ("To start, your CV lists “Site Labourer — Pennard Builders, Swansea”. Tell me about that role: what you were "
     "responsible for, and why the assistant site supervisor role at Gower Homes is your next step.",
     "I'm a labourer for Pennard Builders in Swansea, mostly on housing sites of 20 to 40 homes. I keep the site "
     "tidy, unload the deliveries and check them against the paperwork, and I run the tool store. I've been "
     "covering the gate and the sign-in sheet for a year, so I want to step up and help run a site properly.",
     "Assistant Site Supervisor, Gower Homes. Support the site manager on a 60-home development: daily briefings, "
     "subcontractor coordination, health and safety checks. SMSTS or SSSTS and a CSCS card required."),
]


@pytest.mark.parametrize(("question", "answer", "job"), OPENERS)
def test_the_opener_on_a_cv_role_is_answered_by_that_role_and_why_the_next(question, answer, job):
    assert question_type(question) == "introduction"
    assert follow_up_reason(question, answer) != "non_answer"
    assert redirect_reason(question, answer) is None and not about_something_else(question, answer)
    score = score_answer(question, answer, job_description=job)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert UNANSWERED_NOTE not in score.specificity.evidence
    assert "about something else" not in score.stronger_answer


def test_a_story_question_about_a_role_stays_a_story_question():
    assert question_type("Tell me about a time in that role when you had to meet a tight deadline.") == "behavioural"
