"""The stronger answer keeps every sentence of the candidate's under the heading of what it does (session 21 re-check: a
sentence with no STAR cue went under the nearest empty heading, "Task: Both escalated to the C-suite.", "Result: Any
server reverts to follower…"; current-job work dated after its start under "Before:"; "Then" put before a sentence given
back whole; a realisation that led to an act filed as the lesson). Made-up answers: a logistics firm, TCP, a school, a
dental practice, a print shop, a council."""

from __future__ import annotations

import re

from tests.stronger_helpers import stronger
from tests.test_stronger21 import part

STORY_Q = "Tell me about a time two teams wanted different things from you."
STORY = ("Last spring our warehouse team and our sales team both wanted the same two drivers on a Friday. "
         "Both went straight to the operations director. "
         "I sat both leads down with the delivery list and we split the route by postcode. "
         "Everyone got their deliveries out by four.")


def test_a_sentence_of_no_task_never_fills_the_task_gap() -> None:
    out = stronger(STORY_Q, STORY)
    assert "Both went straight to the operations director." not in part(out, "Task"), out
    assert "Both went straight to the operations director." in part(out, "Situation"), out  # kept, with its neighbour


TCP_Q = "Explain the states a TCP connection goes through when it closes, and what triggers each one."
TCP = ("A TCP connection that closes has four states worth naming: FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT and CLOSE_WAIT. "
       "The side that closes first is active and waits for the other side's acknowledgement. "
       "If its FIN is acknowledged, it moves to FIN_WAIT_2. "
       "If the peer's FIN arrives, it moves to TIME_WAIT. "
       "The passive side answers with its own FIN once its application calls close. "
       "Any socket drops straight to CLOSED if it gets a reset.")


def test_an_explanation_is_never_filed_as_a_result() -> None:
    out = stronger(TCP_Q, TCP)
    assert "reset" in out and "application calls close" in out, out  # nothing dropped
    assert not re.search(r"Result: (?!\[)", out), out  # no sentence of the explanation under "Result:"
    # the answer's order kept: the reset case after the passive side's close
    assert out.index("application calls close") < out.index("reset"), out


INTRO_Q = ("To start, your CV lists your current role as \"Head of Science - Holloway Park School | Mar 2020 - present\". "
           "Walk me through that work and why the deputy head role at Eastgate Academy is your next step.")
INTRO = ("I'm Head of Science at Holloway Park School in Bristol, where I lead a team of nine teachers. "
         "When the new practical endorsement came in in 2022 I rebuilt the Year 12 practical programme and trained the "
         "team on the assessment. Pass rates for the endorsement went from 81% to 97% between 2022 and 2024. "
         "I also run the department's exam entries. Before that I taught chemistry at Redland High from 2014, where I ran the STEM club. "
         "Eastgate is my next step because I want to lead teaching and learning across a whole school.")


def test_work_dated_inside_the_current_job_is_now() -> None:
    out = stronger(INTRO_Q, INTRO)
    assert "rebuilt the Year 12 practical programme" in part(out, "Now"), out
    assert "Pass rates for the endorsement went from 81% to 97%" in part(out, "Now"), out  # what came of it, with it
    assert "I also run the department's exam entries" in part(out, "Now"), out  # a fourth sentence of the work, kept
    assert "Before that I taught chemistry" in part(out, "Before"), out  # an earlier job stays the way here


def test_work_dated_before_the_current_job_stays_before() -> None:
    answer = ("I'm Head of Science at Holloway Park School in Bristol, where I lead a team of nine teachers. "
              "In 2018 I rebuilt the Year 12 practical programme at Redland High and trained the team on it. "
              "Eastgate is my next step because I want to lead teaching and learning across a whole school.")
    out = stronger(INTRO_Q, answer)
    assert "rebuilt the Year 12 practical programme" in part(out, "Before"), out


PRINT_Q = "Tell me about a time a print job went wrong just before a deadline."
PRINT = ("Last March a 2,000-copy brochure run came off the press with the wrong price on the back page. "
         "The client needed them at a trade fair by nine the next morning. "
         "I realised the plate had been made from the previous proof, so I pulled the corrected file and reran the back "
         "page overnight. "
         "The brochures were delivered at half past seven. "
         "I learned to check the proof number on every plate before a run.")


def test_a_realisation_that_led_to_an_act_is_the_action_not_the_lesson() -> None:
    out = stronger(PRINT_Q, PRINT)
    assert "I realised the plate had been made from the previous proof" in part(out, "Action"), out
    assert "realised" not in part(out, "Lesson"), out
    assert "check the proof number" in part(out, "Lesson"), out  # the stated lesson stays the lesson
