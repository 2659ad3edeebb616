"""After an answer that puts the failure on others, the follow-up asks what the candidate did or would do themselves,
kindly and in the question's tense; an opener of claims only gets one follow-up asking for one thing done (session 25,
judge25: rc24 r1 Q8 was asked "What would you do first, and why that before anything else?"; r4 Q1 got none).
Made-up text."""

from __future__ import annotations

import re

import pytest

from core.coach.follow_up import follow_up_question, follow_up_reason

OWN_RE = re.compile(r"\byou (?:yourself|personally)\b|\byour own\b|\byourself\b", re.IGNORECASE)

BLAMES = [
    ("How would you handle a customer who is angry that their order is late?",
     "Late orders are never down to me. The depot loads the wrong vans and the drivers skip drops. I tell the customer "
     "it's not my fault and give them the depot's number."),
    ("Tell me about a time a report you worked on was late.",
     "The monthly report went out a week late, but that was the finance team's fault. They sent the figures late and my "
     "manager never told me the deadline had moved. It was out of my hands."),
]


@pytest.mark.parametrize(("question", "answer"), BLAMES)
def test_a_blame_answer_is_asked_for_the_candidates_own_part(question, answer):
    reason = follow_up_reason(question, answer)
    assert reason == "own_part"
    for variant in (0, 1):
        text = follow_up_question(reason, question, answer, variant=variant)
        assert OWN_RE.search(text), text


def test_the_own_part_follow_up_keeps_the_questions_tense():
    would = follow_up_question("own_part", *BLAMES[0])
    did = follow_up_question("own_part", *BLAMES[1])
    assert "would" in would and " did " in f" {did} "


def test_a_story_with_an_act_of_ones_own_is_not_asked_for_it():
    answer = ("The supplier sent the wrong labels for a week, so I rang their account manager, checked every pallet "
              "myself and relabelled 40 cases before the lorry left. We shipped on time and they fixed their template.")
    assert follow_up_reason("Tell me about a time a supplier let you down.", answer) != "own_part"


VAGUE_OPENERS = [
    ("Let's begin with your most recent job: what did you own there, and what draws you to the buyer role at "
     "Corlan Foods?",
     "I've worked in purchasing for a few years. I was responsible for everything on my accounts and always made sure "
     "it went well. I'm a team player and I'm looking for a new challenge."),
    ("To start, your CV lists your current role as “Receptionist — Elm Park Hotel”. Walk me through that work and why "
     "the front office supervisor role at Greystone Hotels is your next step.",
     "I handled everything on the desk and made sure it all went smoothly. I'm a people person and a hard worker, and "
     "I'm ready for a new challenge."),
]


@pytest.mark.parametrize(("question", "answer"), VAGUE_OPENERS)
def test_a_vague_opener_gets_one_follow_up_asking_for_one_thing_done(question, answer):
    reason = follow_up_reason(question, answer)
    assert reason is not None and reason != "non_answer"
    text = follow_up_question(reason, question, answer)
    assert OWN_RE.search(text) or "one thing" in text, text
