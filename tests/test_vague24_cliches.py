"""Newcomer, session 24: an opener answered "I've been in conveyancing for a few years. I was responsible for
everything on my files and always made sure it went well, and I'm a hard worker and a team player. I'm looking for a
new challenge." scored 6/10 with Relevance 5/5 — README promises such claims are held at 3-4/10. Clichés about
oneself ("hard worker", "team player", "a new challenge") are claims too. Made-up answers."""

from __future__ import annotations

import pytest

from core.coach.score import score_answer

OPENER = ("To start, could you walk me through your background and what draws you to the payroll officer role at "
          "Fenwick Foods?")
STORY = ("I run payroll for 240 staff at Harrow Mills on Sage 50. Last spring I found the overtime rates were keyed "
         "wrong for night staff, fixed the table and repaid 18 people within a week; I want Fenwick because it is "
         "three times the size and I want to run year-end on my own.")


@pytest.mark.parametrize("answer", [
    ("I've been in payroll for a few years. I was responsible for everything on my clients and always made sure it "
     "went well, and I'm a hard worker and a team player. I'm looking for a new challenge."),
    "I have worked in payroll for a while. I'm a hard worker and a people person. I'm ready for a new challenge.",
    ("I've done payroll for some time. I'm passionate about payroll and a quick learner. I handled everything and "
     "it all went smoothly."),
])
def test_an_answer_of_claims_and_cliches_is_held_weak(answer: str) -> None:
    score = score_answer(OPENER, answer)
    assert 3 <= score.overall <= 4, score.overall
    assert score.overall < score_answer(OPENER, STORY).overall - 2


def test_a_cliche_beside_real_work_is_judged_on_the_work() -> None:
    answer = ("I'm a team player: at Harrow Mills I run payroll for 240 staff on Sage 50 and last spring fixed the "
              "night overtime rates, repaying 18 people within a week.")
    assert score_answer(OPENER, answer).overall >= 6
