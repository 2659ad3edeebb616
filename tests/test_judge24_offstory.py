"""A story of other work told to a story question, sharing an everyday word with it at most, is about something else,
in the chat and the report alike (issue 15, session 24: a recruiting story told to a driving-licence question and a
volunteers story told to "a time you identified and reduced a risk" passed the chat without a word and scored 5/10).
Stories that take the question up in other words are never called so. Made-up text."""

import pytest

from core.analysis.answer import analyse_answer
from core.coach.redirect import redirect_reason
from core.coach.score import score_answer
from core.coach.story_unrelated import unrelated_story

OFF = [
    ("The role asks for a valid forklift licence, which your CV shows. How do you keep it current, and where did it last "
     "matter in your work?",
     "When I took over the night shift nobody could train the new starters. I wrote a two-page induction, paired each "
     "starter with an experienced picker and checked in with them every Friday. All five passed their probation."),
    ("Tell me about a time you identified and reduced a risk in an event you ran.",
     "At the Riverside Food Fair I ran the stalls on the day. I gave each trader a pitch number and a named contact, and "
     "we kept in touch on a group chat. Every stall opened on time and the fair went smoothly."),
    ("Tell me about a time you handled a complaint from a customer.",
     "In 2023 I handled our move to a new booking system. I set up the staff logins, moved three months of bookings "
     "across over a weekend and ran both systems side by side for a week. We went live with no double bookings."),
    ("Tell me about a time you had to resolve a conflict between two colleagues.",
     "Last year I rebuilt our weekly sales report in Excel. I pulled the till data into one sheet and added a chart per "
     "store. The report now takes an hour instead of a morning."),
]

ON = [
    ("Tell me about a time you handled a complaint from a customer.",
     "A guest rang the front desk furious that his room had not been cleaned by 4pm. I apologised, listened to the whole "
     "story and had housekeeping do the room within twenty minutes, then sent up a fruit plate. He left a five-star "
     "review that mentioned how we put it right."),
    ("Tell me about a time you identified and reduced a risk in an event you ran.",
     "At our open day in 2023 I noticed the car park exit crossed the main footpath. I moved the exit to the side gate, "
     "put two stewards in hi-vis on the crossing and briefed them on stopping cars. We had 2,000 visitors and no near "
     "misses."),
    ("Tell me about a time you reduced waste in your work.",
     "In the canteen I started planning the lunch batches from the previous week's sales for each day. I also moved the "
     "salad bar to smaller bowls that we topped up more often. It worked well."),
    ("Tell me about a time a critical system failed in production. How did you diagnose and resolve it?",
     "Our card payments started timing out at 6pm on a Friday. I checked the dashboards, saw the database connections "
     "maxed out, and traced it to a report job someone had scheduled at peak. I killed the job, moved it to 3am and "
     "added an alert on connection count."),
]


@pytest.mark.parametrize(("question", "answer"), OFF)
def test_a_story_of_other_work_is_about_something_else_in_chat_and_report(question, answer):
    assert redirect_reason(question, answer) == ("off_topic", None)
    score = score_answer(question, answer)
    assert score.relevance.score <= 2, score.relevance.evidence
    assert "does not answer what was asked" in score.relevance.evidence


@pytest.mark.parametrize(("question", "answer"), ON)
def test_a_story_taking_the_question_up_in_other_words_is_never_called_so(question, answer):
    assert unrelated_story(question, analyse_answer(answer, question), "behavioural", "") is None
    assert redirect_reason(question, answer) is None
    evidence = score_answer(question, answer).relevance.evidence
    assert "does not answer what was asked" not in evidence and "about something else" not in evidence, evidence
