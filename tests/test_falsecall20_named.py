"""A credential or tool question answered by naming one of the alternatives it lists is on topic (session 20).

Made-up: "The role asks for a food safety certificate (CIEH Level 3 or HACCP)…" answered with a Level 3 story names
one of the listed alternatives; the head ("food safety certificate") is named by any instance in its parentheses.
"""

from __future__ import annotations

from core.analysis.answer import analyse_answer
from core.coach.question_types import question_type
from core.coach.redirect import about_something_else
from core.coach.score import score_answer
from core.coach.topic import off_question

CRED_Q = ("The role asks for Health and safety qualification (NEBOSH General Certificate or IOSH), which your CV "
          "shows. What did it prepare you for, and where has it made the most difference in your work?")
CRED_A = ("I passed the NEBOSH General Certificate in 2021. Afterwards I rebuilt the manual handling risk assessments "
          "for our depot with the pickers themselves, and we marked walkways away from the reach trucks. Lost-time "
          "injuries went from three to none the next year.")
OFF_A = ("In 2022 I organised the Christmas party for the depot: I booked a venue for 80, ran a raffle for the "
         "children's hospice and we raised £1,400.")


def test_naming_one_listed_alternative_is_on_topic():
    ev = analyse_answer(CRED_A, CRED_Q)
    assert off_question(ev, CRED_Q, question_type(CRED_Q)) is None
    assert not about_something_else(CRED_Q, CRED_A)
    assert score_answer(CRED_Q, CRED_A).relevance.score >= 4


def test_naming_none_of_them_is_still_off():
    ev = analyse_answer(OFF_A, CRED_Q)
    assert off_question(ev, CRED_Q, question_type(CRED_Q)) is not None
