"""A reply that gives no way of going about it, after "I haven't done that", is never laid out as the approach's steps,
and the coach puts no word of its own before a sentence it gives back whole (re-check, session 21: "Steps: The workforce
team owned the forecast. Then I just told them when we had holidays booked."). Made-up answers: a hotel's payroll, a
garage's parts ordering."""

from __future__ import annotations

import re

from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

QUESTION = ("How would you get up to speed on payroll in your first months here? Your CV doesn't show that yet, so be "
            "concrete about what you'd do first.")
DENIAL = "I haven't done that. Payroll has always been run by an outside bureau at the Harbour Hotel, so I've never run it."
FOLLOW_UP = 'You said "Payroll has always been run by an outside bureau". How exactly would you do that, and what first?'
REPLY = "The bureau handled the payroll runs. I just emailed them the overtime sheets every Friday."


def test_a_reply_with_no_plan_after_a_denial_is_no_steps() -> None:
    record = QuestionRecord(number=2, question=QUESTION, answer=DENIAL, follow_up=FOLLOW_UP, follow_up_answer=REPLY)
    out = weighed_score(record, score_answer).stronger_answer
    assert "Steps: The bureau" not in out and "Approach: The bureau" not in out, out
    assert "I just emailed them the overtime sheets every Friday." in out, out  # quoted as what they said, never dropped
    assert "Then I just emailed" not in out, out


def test_no_word_of_the_coach_before_a_sentence_given_back_whole() -> None:
    out = score_answer(QUESTION, REPLY).stronger_answer
    given = re.sub(r"\[[^\]]*\]", " ", out)
    assert "The bureau handled the payroll runs." in given, out
    assert "emailed them the overtime sheets every Friday." in given, out
    assert not re.search(r"\b(?:Then|Also,|As a result,|At the time,|After that,) I\b", given), out  # no word of the coach's
