"""The stronger answer's headings on the re-check's answers (Chromium re-check, session 19): a word dropped from inside a
kept sentence ("His wife arrived after." for "…just after."), an opening sentence of place and time left out for the
Situation gap, a result sentence ("she wrote … to thank the team") and an announced lesson replaced by their gaps, and a
first-person step under "Result". Made-up answers."""

from __future__ import annotations

from tests.stronger_helpers import part
from tests.stronger_helpers import stronger as _stronger

_NEWS = "Describe a time you had to give bad news to a patient's family."
_NEWS_ANSWER = (
    "On the children's ward at Harrogate a 9-year-old boy was admitted with a severe asthma attack and needed three "
    "nebulisers in an hour. His father arrived just before midnight. My task was to explain the plan to him with the "
    "registrar. I sat with him in the family room, drew the airways on a sheet of paper and answered his questions. "
    "Three days later he wrote to the ward manager to thank the nurses. I learned that a drawing explains more than a "
    "long talk.")


def test_a_word_is_never_dropped_from_inside_a_kept_sentence() -> None:
    out = _stronger(_NEWS, _NEWS_ANSWER)
    assert "arrived just before midnight" in out, out
    assert "arrived before midnight" not in out, out


def test_the_opening_sentence_of_place_is_the_situation_not_a_gap() -> None:
    out = _stronger(_NEWS, _NEWS_ANSWER)
    assert "On the children's ward at Harrogate" in part(out, "Situation"), out


def test_a_result_sentence_and_a_lesson_are_never_their_gaps() -> None:
    out = _stronger(_NEWS, _NEWS_ANSWER)
    assert "wrote to the ward manager to thank the nurses" in part(out, "Result"), out
    assert "a drawing explains more than a long talk" in part(out, "Lesson"), out


def test_an_opening_when_clause_with_a_year_is_the_situation() -> None:
    answer = ("When our first-aider retired in 2022 I had to take over first aid in three weeks. I did the St John "
              "Ambulance course in two days, checked every kit against the list and ran a practice with the team; our audit found "
              "no gaps, down from 9 the year before.")
    out = _stronger("Tell me about a time you had to learn something new quickly.", answer)
    assert "When our first-aider retired in 2022" in part(out, "Situation"), out
    assert "I did the St John Ambulance course" in part(out, "Action"), out
    assert "I did" not in part(out, "Result"), out
    assert "our audit found no gaps" in part(out, "Result").lower(), out


def test_a_first_person_step_is_the_action_not_the_result() -> None:
    answer = ("A good example is how I got a better deal on our printers when I moved from Arden to Calloway Legal. I "
              "compared quotes from three suppliers, asked for 20% off the first price, and we agreed on 12% plus free "
              "toner.")
    out = _stronger("Give me an example of a time you saved your team money.", answer)
    assert "compared quotes from three suppliers" in part(out, "Action"), out
    assert "compared quotes" not in part(out, "Result"), out
    assert "agreed on 12% plus free toner" in part(out, "Result"), out


def test_the_scene_then_the_steps_are_never_the_result() -> None:
    answer = ("I helped with the sales forecasts. The context was the pipeline review at Marlow Print. The head of sales "
              "had a list of leads and I built the tracker to show what each one would save, and I updated it every "
              "week for the pipeline meeting. I think we closed about £300k of the £400k.")
    out = _stronger("Tell me about a time you supported a sales team with analysis.", answer)
    assert "I built the tracker" in part(out, "Action"), out
    assert "I built the tracker" not in part(out, "Result"), out
    assert "had a list of leads" not in part(out, "Action") + part(out, "Result"), out


def test_a_cv_hint_never_ends_inside_a_figure() -> None:
    from core.coach.stronger import stronger_answer

    facts = {"achievements": ["Rebuilt the savings onboarding on web and app, usability tested with 3",
                              "Rebuilt the payroll onboarding for 40 new starters with Sage, cutting set-up to two days."]}
    out = stronger_answer("How would you redesign an onboarding flow for a savings app?", "", "technical", None, facts)
    assert "Rebuilt the savings onboarding on web and app" in out, out
    assert "tested with 3" not in out, out
    assert "with 3\"" not in out and "with 3…" not in out, out


def test_an_opening_step_after_its_time_is_the_action() -> None:
    answer = ("When a customer complained about a late delivery, I rang our courier to rebook it for the next morning and "
              "sent them a 10% voucher to keep them with us.")
    out = _stronger("Tell me about a time you handled a complaint from a customer.", answer)
    assert "I rang our courier" in part(out, "Action"), out


def test_a_case_approved_is_the_result_not_the_result_gap() -> None:
    answer = ("Last spring our bakery needed a second delivery van. I built the business case, modelled the running costs "
              "over five years and showed a payback of 18 months. I took it to the directors' meeting and it was approved.")
    out = _stronger("Tell me about a time you built a business case.", answer)
    assert "it was approved" in part(out, "Result").lower(), out
    assert "I took it to the directors' meeting" in part(out, "Action"), out


def test_what_one_enjoyed_most_is_a_reason_for_the_role_not_the_way_here() -> None:
    answer = ("At Lidl I run the night shift with 18 colleagues. The bit I've enjoyed most is the training side - "
              "inducting new starters and coaching the team leaders. I cut our shrinkage from 3% to 2% by changing how we "
              "count stock. I'm doing my CIPD Level 3 and I want to work in L&D full time.")
    out = _stronger("Walk me through your current role and why this learning and development role is your next step.",
                    answer)
    assert "enjoyed most" not in part(out, "Before"), out
    assert "enjoyed most is the training side" in out, out
