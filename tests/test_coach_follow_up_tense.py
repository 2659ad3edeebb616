"""Follow-ups keep the question's tense (issue 15 point 4): a question about the candidate's past
never turns into "how would you…" when they gave an example (only "I haven't done that" gets the
kind move-on to how they would handle it), and a question about what they would do never turns
into "what happened" / "what was the outcome" / "one specific time you did that"."""

from __future__ import annotations

import re

import pytest

from core.coach.follow_up import asks_hypothetical, follow_up_question, follow_up_reason
from core.coach.turn import next_question_text

_WOULD = re.compile(r"\bwould you\b|\bhow would\b|\bif it happened\b", re.IGNORECASE)
_PAST = re.compile(r"\bwhat happened\b|\bdid you\b|\boutcome\b|\bturn out\b|\bone specific time\b|\bone real example\b|"
                   r"\bwhat was the context\b|\bwere yours\b|\bwhat changed\b", re.IGNORECASE)

# Past questions answered with an example of the candidate's own, though opening with a denial.
PAST_WITH_EXAMPLE = [
    ("Tell me about a time you handled an upset customer.",
     "I haven't done exactly that, but I handled a similar case: a customer whose parcel was lost, so I called "
     "the courier, tracked it down and got it to her the next morning, and she thanked us."),
    ("Tell me about a time you had to break bad news to a family.",
     "I haven't had to do that myself. I did sit in with our charge nurse when she told a family their father had "
     "deteriorated, and I prepared the quiet room and stayed with the daughter afterwards."),
    ("Describe a time you disagreed with your manager.",
     "I have never openly argued with a manager. When my lead wanted to skip the load test before Black Friday, "
     "I wrote up the risk, ran a smaller test overnight and showed her the results the next morning."),
]
# Questions about what the candidate would do, whatever their wording.
HYPOTHETICAL = [
    ("What steps would you take to onboard a new hire in your first week?",
     "We did onboarding together with HR and it went fine."),
    ("Where would you start if sales dropped 20% in a month?", "The data."),
    ("What would your approach be if two senior stakeholders disagreed on priorities?",
     "We talked to both of them and we found a compromise and we wrote it down and we shared it with the team "
     "and we moved on with the plan that the team agreed in the end after the meeting."),
    ("How would you handle an angry customer?", "I would listen."),
    ("How would you design a URL shortener for a million users a day?",
     "We used a hash of the URL and a key value store for the short codes in our last project."),
]


@pytest.mark.parametrize(("question", "answer"), PAST_WITH_EXAMPLE)
def test_a_past_question_answered_with_an_example_is_not_turned_into_a_hypothetical(question, answer):
    reason = follow_up_reason(question, answer)
    assert reason not in {"not_experienced", "no_example"}, reason
    for variant in range(4):
        text = follow_up_question(reason, question, answer, variant=variant) if reason else ""
        assert not _WOULD.search(text), text
        assert "haven't" not in text and "never" not in text, text  # the denial is not what is quoted


def test_i_havent_done_that_gets_the_kind_move_on_to_how_they_would_handle_it():
    question = "Tell me about a time you had to break bad news to a family."
    answer = "I haven't had to break bad news myself, it was always the doctor or the senior nurse on my ward."
    assert follow_up_reason(question, answer) == "not_experienced"
    assert _WOULD.search(follow_up_question("not_experienced", question, answer))


@pytest.mark.parametrize(("question", "answer"), HYPOTHETICAL)
def test_a_hypothetical_question_is_not_turned_into_a_past_one(question, answer):
    assert asks_hypothetical(question)
    reason = follow_up_reason(question, answer)
    assert reason in {None, "too_short", "no_steps", "non_answer"}, reason
    for forced in ([reason] if reason else []) + ["no_example", "no_result", "we_not_i", "too_short"]:
        for variant in range(4):
            text = follow_up_question(forced, question, answer, variant=variant)
            assert not _PAST.search(text), (forced, text)


def test_spare_follow_ups_of_a_hypothetical_ask_how():
    question = "Where would you start if sales dropped 20% in a month?"
    answer = "The data."
    asked = [question] + [follow_up_question("too_short", question, answer, variant=v) for v in range(4)]
    text = next_question_text({"style": "neutral"}, job_title="Sales Manager", company="", job_description="",
                              cv_text="", asked=asked, last_answer=answer,
                              step={"kind": "follow_up", "number": 1, "total": 6, "reason": "too_short"})
    assert not _PAST.search(text) and text not in asked, text


def test_a_short_why_this_role_answer_is_asked_for_its_reason_not_a_story():
    text = follow_up_question("too_short", "Why do you want this role?", "I like your products.")
    assert "context, and what exactly did you do" not in text and "walk me through what happened" not in text
    assert re.search(r"draws you|about this role", text), text
