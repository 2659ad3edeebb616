"""The stronger answer keeps the order the candidate said things in and puts each sentence under the heading of its own
kind (session 22 re-check B: a past story with its result, said last, moved first under "Task" with the Result gap left
blank; an opener's "why this role", said last, put first; a result and a "differently now" under Action with their
headings left blank; a plan under "Result"; a story to "how do you…" under "Concepts:"/"Reasoning:"; the last clause of a
long sentence dropped). Made-up answers: a gas supplier, a logistics firm, a print shop, a roofing firm, a broadband
help desk, a primary school, a Spanish hospital."""

from __future__ import annotations

import re

from core.coach.stronger import stronger_answer
from tests.stronger_helpers import stronger
from tests.test_stronger21 import part

HARD_Q = "Tell me about the most difficult customer complaint you have handled. What did you say and what happened?"
HARD = ("I'd phone him rather than email, because a fourth complaint needs a voice. "
        "I'd tell him: 'Mr Okafor, I'm sorry, you've written to us four times about the same invoice and that is not good "
        "enough. I will own this until it is fixed.' "
        "Then I'd refund the late fee and flag the account so the next person sees the history. "
        "At Harbour Gas I took the same line with a landlord whose boiler was left unfixed: I owned it, booked the engineer "
        "myself and his complaint was closed with a five-star review.")


def test_a_past_story_with_its_result_said_last_stays_last_under_result() -> None:
    out = stronger(HARD_Q, HARD)
    assert out.index("I'd phone him") < out.index("At Harbour Gas"), out  # the order said, kept
    assert "five-star review" in part(out, "Result"), out  # a result said fills the Result
    assert "At Harbour Gas" not in part(out, "Task"), out


OPENER_Q = ("To start, your CV lists \"Night Shift Supervisor - Dunmore Logistics, Leeds\". Tell me about that role: what "
            "you were responsible for, and why the Operations Manager role at Kestrel Foods is your next step.")
OPENER = ("I'm night shift supervisor at Dunmore Logistics in Leeds, running a shift of 22 pickers and two loaders. "
          "In 2023 I moved our picking to zones and mis-picks fell from 40 a week to 9. "
          "I want to move to Kestrel because a chilled site is the next step up, and I want to run a whole operation.")


def test_an_openers_reason_said_last_is_never_put_first() -> None:
    out = stronger(OPENER_Q, OPENER)
    assert out.index("night shift supervisor at Dunmore") < out.index("I want to move to Kestrel"), out
    assert out.index("mis-picks fell") < out.index("I want to move to Kestrel"), out


def test_a_motive_said_first_stays_first() -> None:
    answer = ("I want to move to Kestrel because a chilled site is the next step up, and I want to run a whole operation. "
              "I'm night shift supervisor at Dunmore Logistics in Leeds, running a shift of 22 pickers and two loaders. "
              "In 2023 I moved our picking to zones and mis-picks fell from 40 a week to 9.")
    out = stronger(OPENER_Q, answer)
    assert out.index("I want to move to Kestrel") < out.index("night shift supervisor at Dunmore"), out


OPENER_ES_Q = ("To start, your CV lists \"Fisioterapeuta - Clínica Alameda, Sevilla\". Tell me about that role: what you were "
               "responsible for, and why the Fisioterapeuta role at Hospital Virgen del Mar is your next step.")
OPENER_ES = ("En la Clínica Alameda soy fisioterapeuta: atiendo a unos 14 pacientes al día, sobre todo de rodilla y hombro. "
             "En 2022 propuse un grupo de ejercicio para prótesis de rodilla y la lista de espera bajó de 6 a 3 semanas. "
             "Quiero ir al Virgen del Mar porque es un hospital con mucha cirugía ortopédica y quiero trabajar en planta.")


def test_a_foreign_openers_sentences_come_back_in_the_order_said() -> None:
    from core.analysis.answer import analyse_answer

    ev = analyse_answer(OPENER_ES, OPENER_ES_Q)
    out = stronger_answer(OPENER_ES_Q, OPENER_ES, "behavioural", ev, accepted=True)
    assert "Quiero ir al Virgen" in out and "En la Clínica Alameda" in out, out
    assert out.index("En la Clínica Alameda") < out.index("En 2022 propuse") < out.index("Quiero ir al Virgen"), out


SUB_Q = ("The role calls for managing subcontractors, which your CV shows. Which example from your work shows it best, and "
         "what would you do differently now?")
SUB = ("At Tarn Roofing I managed six subcontract crews on a 40-unit retirement block. "
       "In autumn 2022 the scaffolding firm fell two weeks behind, which put the roof and our completion date at risk. "
       "I met their director, went through the drawings bay by bay, and agreed an extra crew on Saturdays. "
       "I checked it every morning against the lookahead and they made up the two weeks in four weeks. "
       "Differently now, I would put weekly targets in the subcontract order from day one, so a slip shows in week one.")


def test_a_result_told_after_a_step_and_a_differently_now_fill_their_headings() -> None:
    out = stronger(SUB_Q, SUB)
    assert "made up the two weeks in four weeks" in part(out, "Result"), out
    assert "Differently now, I would put weekly targets" in part(out, "Lesson"), out
    assert "Differently now" not in part(out, "Action"), out


ESC_Q = "Tell me about a time you escalated a fault to the network team. How did you make the handover effective?"


def test_a_plan_is_never_the_result() -> None:
    answer = ("I'd check the router logs first, because the network team always asks for them, and paste the result and "
              "the time of the check into the ticket so they don't repeat it.")
    out = stronger(ESC_Q, answer)
    assert not re.search(r"Result: (?!\[)", out), out
    assert "I'd check the router logs first" in part(out, "Action"), out


SEN_Q = "How do you adapt a lesson for a pupil who finds reading hard without singling them out?"
SEN = ("Last term a boy in my Year 4 class with dyslexia found the reading part of history lessons hard. "
       "I planned every task with the same goal for the whole class but offered a choice of sources on every table, picture "
       "cards, short texts, audio clips and a timeline, so he was not the only one using the easier versions, and my "
       "teaching assistant sat with a mixed group rather than just with him. "
       "By Easter he was reading the short texts on his own.")


def test_a_story_told_to_how_do_you_gets_a_storys_headings() -> None:
    out = stronger(SEN_Q, SEN)
    assert "Concepts:" not in out and "Reasoning:" not in out, out
    assert "Last term a boy in my Year 4 class" in part(out, "Situation"), out
    assert "By Easter he was reading" in part(out, "Result"), out


def test_the_last_clause_of_a_long_sentence_is_never_dropped() -> None:
    out = stronger(SEN_Q, SEN)
    assert "sat with a mixed group rather than just with him" in out, out
    assert out.index("picture cards") < out.index("sat with a mixed group") < out.index("By Easter"), out


FAULT_Q = "How do you work out whether a problem is on the customer's side or in the product?"


def test_a_cv_line_sharing_one_word_in_another_sense_is_not_offered() -> None:
    from core.coach.stronger_outline import cv_hint

    facts = {"achievements": ["Grew add-on sales per store by 12% in 2023 by coaching new staff on recommending products"]}
    assert cv_hint(FAULT_Q, facts) == ""


def test_a_cv_line_on_the_questions_subject_is_still_offered() -> None:
    from core.coach.stronger_outline import cv_hint

    facts = {"achievements": ["Grew add-on sales per store by 12% in 2023 by coaching new staff on recommending products",
                              "Cut repeat fault calls by 30% by testing the customer's line before booking a product fix"]}
    assert "repeat fault calls" in cv_hint(FAULT_Q, facts)


def test_a_cv_line_sharing_one_word_of_the_questions_field_is_offered() -> None:
    from core.coach.stronger_outline import cv_hint

    facts = {"achievements": ["Rewrote the shift handover sheet for 30 porters, cutting missed jobs by half"]}
    assert "handover sheet" in cv_hint("Tell me about a handover that went wrong.", facts)


INTRO_ES_Q = ("To start, walk me through your work at Clínica Alameda, and why the Fisioterapeuta role at Hospital Virgen "
              "del Mar is your next step.")
INTRO_ES = ("Antes trabajé cuatro años en una clínica privada de Málaga con deportistas. "
            "Ahora soy fisioterapeuta en la Clínica Alameda y atiendo a unos 14 pacientes al día. "
            "Quiero ir al Virgen del Mar porque es un hospital con mucha cirugía ortopédica.")


def test_a_foreign_introduction_told_before_then_now_keeps_that_order() -> None:
    from core.analysis.answer import analyse_answer

    out = stronger_answer(INTRO_ES_Q, INTRO_ES, "behavioural", analyse_answer(INTRO_ES, INTRO_ES_Q), accepted=True)
    assert "in order" in out, out
    assert out.index("Antes trabajé") < out.index("Ahora soy") < out.index("Quiero ir"), out
