"""Newcomer finding (session 20): an electrician asked a software design question answered "Sorry, I'm an
electrician, I don't know anything about URL shorteners. I don't know." and was asked "How exactly would you do
that, and what would you do first?": a short answer that says it does not know, anywhere in it, is a non-answer,
never quoted back as a plan. Answers here are made up."""

from __future__ import annotations

import pytest

from core.coach.follow_up import follow_up_question, follow_up_reason

QUESTION = "How would you design the database for a hotel booking system? Where would it break first?"


@pytest.mark.parametrize("answer", [
    "Sorry, I'm a plumber, I don't know anything about databases. I don't know.",
    "Honestly that's not my field at all, I'm a chef. I have no idea how you'd do that.",
    "I work in a warehouse so I really don't know, sorry.",
])
def test_a_short_answer_saying_it_does_not_know_is_no_plan(answer: str) -> None:
    reason = follow_up_reason(QUESTION, answer)
    assert reason == "non_answer", reason
    for variant in (0, 1):
        asked = follow_up_question(reason, QUESTION, answer, variant=variant)
        assert "How exactly would you do that" not in asked and "You said" not in asked, asked


def test_an_unsure_answer_with_steps_is_still_read_as_a_plan() -> None:
    answer = ("I don't know the exact tools, but first I'd list the rooms, guests and bookings as tables, then I'd "
              "check where two people could book the same room at once and lock that row.")
    assert follow_up_reason(QUESTION, answer) != "non_answer"


# A question on a tool whose subject an earlier answer already told in detail is a repeat (session 20: an electrician
# told a PLC fault story, then was asked "What was the hardest problem you have solved with PLC…?").
TOLD = ("In 2022 a bottling line kept stopping three times a shift. I went online to the PLC with Studio 5000 and traced "
        "the inputs, and found the PLC was dropping a photo-eye signal for 40 milliseconds. I replaced the sensor "
        "cable and added a filter in the PLC logic, and the line ran without a stop for the next four months.")


@pytest.mark.parametrize("question", [
    "You list PLC on your CV: “Fault-finding on Allen-Bradley PLCs”. What was the hardest problem you have solved with "
    "PLC, and which trade-offs did you weigh?",
    "Your CV mentions PLC: “Fault-finding on Allen-Bradley PLCs”. Walk me through a specific piece of work you did with "
    "PLC: what was the goal, what did you do yourself, and how did it turn out?",
])
def test_a_tool_question_on_a_subject_already_told_is_covered(question: str) -> None:
    from core.coach.covered import covered_by, question_subject

    assert question_subject(question) == "PLC"
    assert covered_by(question, ["I run the night shift.", TOLD]) == 1


def test_a_story_told_through_the_tools_of_the_subject_covers_it() -> None:
    from core.coach.covered import covered_by

    told = ("Last spring a palletiser kept faulting 2 or 3 times a night. I connected to it with TIA Portal and watched "
            "the inputs live. The PLC was losing a guard switch for a moment, so I replaced the switch and the faults "
            "stopped completely.")
    question = ("You list PLC on your CV: “Fault-finding on Siemens PLCs”. What was the hardest problem you have "
                "solved with PLC, and which trade-offs did you weigh?")
    assert covered_by(question, [told]) == 0
