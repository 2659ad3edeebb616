"""Relevance a user would call fair (issue 15, session 22, judge22b, newcomer nc22): a story from the same field about
an outing or a fundraiser, with its numbers, is about something else for a question on another subject (the chat
asks again and the report says so); a question that names that subject is answered by it. Made-up text of the kinds
seen; the labelled pairs are ``tests/data/judge22_pairs.json`` (``"added": "judge22b"``, written before any change).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.scorer_judge22 import outcome
from core.coach.redirect import about_something_else
from core.coach.score import score_answer

PAIRS = [p for p in json.loads((Path(__file__).parent / "data" / "judge22_pairs.json").read_text(encoding="utf-8"))[
    "pairs"] if p.get("added") == "judge22b"]

SEN_Q = "How do you make a reading lesson work for a pupil with an autism diagnosis without singling them out?"
TRIP = ("Last autumn I ran the Year 3 trip to the science museum: I booked the coach, wrote the risk assessment, "
        "briefed seven parent helpers and we brought all 61 pupils back by half three with no incidents.")
STOCK_Q = ("The role calls for stock control of medicines, and your CV shows related work. Which piece of that work "
           "comes closest, and what did you do there yourself?")
CAKES = ("Last Easter I organised our department's charity cake sale for the renal unit. I booked a table in the "
         "main entrance, got nine colleagues to bake, made posters and we raised 530 pounds for a new television.")


@pytest.mark.parametrize(("question", "answer"), [(SEN_Q, TRIP), (STOCK_Q, CAKES)])
def test_a_story_of_an_outing_or_fundraiser_is_about_something_else(question, answer):
    score = score_answer(question, answer)
    assert score.relevance.score == 1
    assert "outing or fundraiser" in score.relevance.evidence
    assert score.overall <= 3
    assert about_something_else(question, answer)  # the chat asks again, as the report says


def test_a_question_naming_the_outing_is_answered_by_it():
    question = "Tell me about a school trip you organised. How did you keep everyone safe?"
    score = score_answer(question, TRIP)
    assert score.relevance.score >= 4
    assert not about_something_else(question, TRIP)


def test_a_fundraiser_told_to_a_fundraising_question_is_on_topic():
    question = "Tell me about a fundraising event you ran. What did you do and what did it raise?"
    assert not about_something_else(question, CAKES)
    assert score_answer(question, CAKES).relevance.score >= 4


@pytest.mark.parametrize("pair", [p for p in PAIRS if p["kind"] == "off_story"], ids=lambda p: p["question"][:40])
def test_team_pairs_off_story(pair):
    assert outcome(pair)["ok"], outcome(pair)


LICENCE_Q = ("The role asks for a valid HGV Class 1 licence and driver CPC, which your CV shows. How do you keep them "
             "current, and where did they last matter in your work?")


@pytest.mark.parametrize("answer", ["I do my 35 hours of CPC training every five years and renew the licence when it "
                                    "comes up.", "I keep a reminder six months before each expiry and book the course."])
def test_a_short_answer_saying_how_a_credential_is_kept_current_answers_it(answer):
    score = score_answer(LICENCE_Q, answer)
    assert not about_something_else(LICENCE_Q, answer)
    assert score.relevance.score >= 4


def test_a_keep_current_answer_naming_none_of_the_credential_says_so():
    question = "The role asks for a Level 2 food safety certificate, which your CV shows. How do you keep it current?"
    answer = "I retake it before it runs out and do a refresher online each spring."
    score = score_answer(question, answer)
    assert score.relevance.score >= 4
    assert "how you keep it current" in score.relevance.evidence
    assert not about_something_else(question, answer)


def test_an_answer_about_something_else_to_a_keep_current_question_is_still_called():
    answer = "I like gardening and walking my dog at the weekend."
    assert about_something_else(LICENCE_Q, answer)
    assert score_answer(LICENCE_Q, answer).relevance.score <= 2


@pytest.mark.parametrize("pair", [p for p in PAIRS if p["kind"] == "short_current"], ids=lambda p: p["question"][:40])
def test_team_pairs_short_current(pair):
    assert outcome(pair)["ok"], outcome(pair)


RUSH_Q = "Tell me about a day when three people needed something urgent from you at once. How did you decide what came first?"
RUSH_REPLY = ("Last Tuesday a fridge alarm went off in the pharmacy, a ward wanted discharge medicines and a GP wanted a "
              "call back. I dealt with the fridge first because the insulin could spoil within the hour, sent the "
              "discharge medicines up by ten, and rang the GP after lunch.")


def test_a_reply_saying_what_came_first_and_why_answers_a_prioritising_question():
    score = score_answer(RUSH_Q, RUSH_REPLY)
    assert score.relevance.score >= 4
    assert not about_something_else(RUSH_Q, RUSH_REPLY)


def test_the_reply_lifts_a_vague_first_answer_in_the_report():
    from core.interview.state import QuestionRecord
    from core.interview.weighing import weighed_score

    record = QuestionRecord(number=3, question=RUSH_Q, answer="I just get on with it, that's the job.",
                            follow_up="What was the context, and what exactly did you do?", follow_up_answer=RUSH_REPLY)
    score = weighed_score(record, score_answer)
    assert "about something else" not in score.relevance.evidence
    assert score.relevance.score >= 4 and score.overall >= 5


@pytest.mark.parametrize("pair", [p for p in PAIRS if p["kind"] == "prioritise"], ids=lambda p: p["question"][:40])
def test_team_pairs_prioritise(pair):
    assert outcome(pair)["ok"], outcome(pair)


LEAD_Q = ("Tell me about the time you carried the most responsibility for running a kitchen yourself: what was in "
          "your hands, and how you knew it was working.")
CLAIMS = "I ran the kitchen at Marlowe's. I was in charge of everything and made sure it all ran smoothly."
STORY = ("I ran the kitchen at Marlowe's, a team of six. In May our sous chef left, so I split her prep between two "
         "commis, wrote prep sheets for each station and did the ordering myself; covers went from 80 to 110 a night "
         "and we sent no dish back in June.")


def test_claims_of_responsibility_alone_score_as_weak_and_are_never_called_concise():
    score = score_answer(LEAD_Q, CLAIMS)
    assert 3 <= score.overall <= 4
    assert score.relevance.score <= 3 and score.structure.score <= 2
    assert "Concise" not in score.communication.evidence
    assert score.overall < score_answer(LEAD_Q, STORY).overall - 2


def test_claims_then_i_dont_know_stay_weak_in_the_report():
    from core.interview.state import QuestionRecord
    from core.interview.weighing import weighed_score

    record = QuestionRecord(number=2, question=LEAD_Q, answer=CLAIMS, follow_up="Could you say a bit more?",
                            follow_up_answer="I don't know, it was just a normal kitchen.")
    assert weighed_score(record, score_answer).overall <= 4


@pytest.mark.parametrize("pair", [p for p in PAIRS if p["kind"] == "vague_lead"], ids=lambda p: p["question"][:40])
def test_team_pairs_vague_lead(pair):
    assert outcome(pair)["ok"], outcome(pair)


DOUBT_Q = "Your line manager asks you for a figure that you believe the data can't support. What do you do?"
DOUBT_A = ("Last year our finance director wanted one saving figure from a two-week pilot for the board, but the "
           "sample was 40 orders and the margin of error was wider than the saving. I told her what we could say, a "
           "range of 0 to 6%, and why one figure would mislead the board. I ran the pilot four more weeks; the "
           "saving held at 3% and the paper gave it with the range.")


def test_a_story_of_a_figure_the_data_cannot_carry_takes_up_the_question_by_meaning():
    score = score_answer(DOUBT_Q, DOUBT_A)
    assert score.relevance.score >= 4
    assert "does not clearly take up" not in score.relevance.evidence
    assert not any("what the question is about" in m for m in score.missing)


@pytest.mark.parametrize("pair", [p for p in PAIRS if p["kind"] == "meaning"], ids=lambda p: p["question"][:40])
def test_team_pairs_meaning(pair):
    assert outcome(pair)["ok"], outcome(pair)
