"""Session 19: a next step of the report never asks for a part of the story the answer has (a result it ends on, a
lesson it gives), nor for the lesson or trade-off of a story its question never asked for (the opener, the
credential question). Questions and answers here are made up."""

from __future__ import annotations

from core.coach.report import build_report
from core.coach.report_steps import ends_on_a_result, still_missing
from core.coach.score import score_answer

OPENER = ("To start, walk me through your most recent role: what you were responsible for, and why the Ward Manager "
          "role is your next step.")
OPENER_ANSWER = ("I am deputy sister on a 28-bed respiratory ward at Kingsmead Hospital, where I run the rota for 40 "
                 "staff and lead the falls group. I want the ward manager role because I'm ready to own the budget and "
                 "the team's development, and your ward's focus on frailty is where I've done my best work.")
STORY_Q = "Tell me about a time you improved a process on your ward."
STORY_ANSWER = ("In 2022 our ward's falls rate was the highest in the division. As falls lead I audited every fall for "
                "three months, found most happened at night near the toilets, and brought in hourly rounding with "
                "bed-sensor alarms. We kept falls under two a month for the rest of the year.")
LESSON_ANSWER = STORY_ANSWER + " It taught me that the audit matters more than the fix: I now audit before changing anything."


def _steps(rows: list[tuple[str, str]]) -> list[str]:
    scored = [{"question": q, "answer": a, "score": score_answer(q, a)} for q, a in rows]
    return build_report(scored, job_title="Ward Manager").next_steps


def test_an_answer_ending_on_a_figure_is_not_asked_for_its_result() -> None:
    assert ends_on_a_result(STORY_ANSWER)
    assert ends_on_a_result("I rebuilt the release checks. We have had zero failed releases since March 2023.")
    assert not ends_on_a_result("I look at the figures every month and change the plan if needed. It usually works.")
    gaps = ["The result, with a number (time, money, %, people)", "What you learned or now do differently"]
    assert still_missing(STORY_Q, STORY_ANSWER, gaps) == ["What you learned or now do differently"]


def test_an_answer_giving_its_lesson_is_not_asked_for_one() -> None:
    gaps = ["What you learned or now do differently"]
    assert still_missing(STORY_Q, LESSON_ANSWER, gaps) == []
    assert still_missing(STORY_Q, STORY_ANSWER, gaps) == gaps  # no lesson there: the step stays


def test_an_opener_or_a_credential_question_is_asked_for_no_lesson() -> None:
    gaps = ["What you learned or now do differently", "Why you chose that approach over the alternatives"]
    assert still_missing(OPENER, OPENER_ANSWER, gaps) == []
    credential = ("The role asks for NMC registration, which your CV shows. How do you keep it current, and where did "
                  "it last matter in your work?")
    assert still_missing(credential, "I revalidated in 2023 with five reflective accounts.", gaps) == []


def test_the_report_next_steps_ask_only_for_what_is_missing() -> None:
    steps = _steps([(OPENER, OPENER_ANSWER), (STORY_Q, LESSON_ANSWER), (STORY_Q.replace("process", "handover"),
                                                                        "I usually just tell people what happened.")])
    for step in steps:
        if step.startswith(("Close with what you learned", "End each story with its result")):
            assert "Q1" not in step and "Q2" not in step, step
