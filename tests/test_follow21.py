"""Session 20 re-checks (issue 15, point 4): "I haven't done that" and "I don't know" get the kind move-on, once.

A gap question that asked for the closest thing, answered "I haven't done that. I haven't really worked on
pneumatics.", and a technical question answered "I don't know.", went straight to the next question with follow-ups
on. Whole interviews on the offline coach (a real store), made-up text of the same kind.
"""

from __future__ import annotations

import pytest

from tests.scripted_interview import run_interview

GAP_Q = ("The role asks for forklift operation, which I don't see on your CV. What have you done that comes closest, "
         "and how would you get up to speed?")
TECH_Q = "How would you set up a weekly stock reconciliation in a spreadsheet? Talk me through the approach."
STORY_Q = "Tell me about a time you calmed down an angry customer."
DENIAL = "I haven't done that. I haven't really driven a forklift."
CLOSEST_REPLY = ("The closest is the pallet truck at Brookfield Garden Centre: I moved deliveries of compost and "
                 "slabs across the yard every Tuesday and did the weekly truck checks. I'd book the licence course in "
                 "my first month and shadow a driver.")
HOLIDAY = ("Last summer I went walking in the Lake District with my sister for a week, and we climbed a different "
           "fell every day and ate in a new pub every night.")


def _interview(tmp_path, monkeypatch, questions: list[str], reply, style: str = "neutral"):
    """A whole interview with follow-ups on (:func:`scripted_interview.run_interview`)."""
    return run_interview(tmp_path, monkeypatch, questions, reply, style=style, follow_ups=True)


def _follow_ups(messages, number: int) -> list[str]:
    return [m.content for m in messages if m.kind == "follow_up" and m.question_no == number]


@pytest.mark.parametrize("style", ["neutral", "friendly", "tough"])
def test_a_denial_to_a_question_asking_the_closest_thing_gets_how_you_would_handle_it(tmp_path, monkeypatch, style):
    messages, scores = _interview(tmp_path, monkeypatch, [GAP_Q, STORY_Q], lambda number, kind: (
        (DENIAL if kind == "question" else CLOSEST_REPLY) if number == 1 else "I don't know."), style=style)
    asked = _follow_ups(messages, 1)
    assert len(asked) == 1, asked  # once
    assert "how you would handle it" in asked[0] and "not everyone has" in asked[0], asked
    assert "closest thing you have done" not in asked[0]  # the question asked for it already
    assert scores[1].overall >= 3  # the closest thing counts, though less than the thing asked


@pytest.mark.parametrize("answer", ["I don't know.", "I haven't done that. Never had to set one up."])
def test_i_dont_know_or_a_denial_to_a_technical_question_gets_the_closest_thing(tmp_path, monkeypatch, answer):
    messages, _ = _interview(tmp_path, monkeypatch, [TECH_Q, STORY_Q], lambda number, kind: (
        answer if number == 1 and kind == "question" else "I don't know."))
    asked = _follow_ups(messages, 1)
    assert len(asked) == 1 and "closest thing" in asked[0], asked
    assert "You said" not in asked[0] and "Say more" not in asked[0]  # nothing of the denial quoted back


def test_a_tough_interviewer_still_moves_past_a_plain_i_dont_know(tmp_path, monkeypatch):
    messages, _ = _interview(tmp_path, monkeypatch, [TECH_Q, STORY_Q], lambda number, kind: "I don't know.",
                             style="tough")
    assert not _follow_ups(messages, 1)


def test_an_answer_about_something_else_is_still_redirected_not_asked_for_the_closest_thing(tmp_path, monkeypatch):
    messages, _ = _interview(tmp_path, monkeypatch, [STORY_Q, TECH_Q], lambda number, kind: (
        HOLIDAY if number == 1 and kind == "question" else "I don't know."))
    asked = _follow_ups(messages, 1)
    assert len(asked) == 1 and "about something else" in asked[0] and "closest" not in asked[0], asked


ROTA_GAP_Q = ("The role asks for rota planning, which I don't see on your CV. What have you done that comes closest, "
              "and how would you get up to speed?")
ROTA_DENIAL = ("I haven't done that. Rota planning has always been done by our area manager at Kestrel Pharmacy, so "
               "I've never built a rota myself.")
ROTA_LITTLE = "The area manager owned the rota. I just told her when people had holidays booked."
ROTA_STORY = ("The closest is the Saturday cover at Kestrel Pharmacy last winter: two dispensers were off sick, so I "
              "listed who could work which hours, swapped three shifts with the Monday team and asked a locum to "
              "cover the morning. We opened on time every Saturday that month and no prescriptions were late.")


@pytest.mark.parametrize("follow_up", [
    "Could you say a bit more? Walk me through how you would do it: what first, and why?",
    "That's fine, not everyone has. Then tell me how you would handle it: what would you do first, and who would "
    "you involve?"])
def test_a_denial_and_a_line_of_what_others_did_scores_low(follow_up):
    from core.coach.score import score_answer
    from core.interview.state import QuestionRecord
    from core.interview.weighing import weighed_score

    record = QuestionRecord(number=2, question=ROTA_GAP_Q, answer=ROTA_DENIAL, follow_up=follow_up,
                            follow_up_answer=ROTA_LITTLE)
    weighed = weighed_score(record, score_answer)
    assert 2 <= weighed.overall <= 4, weighed
    assert "not done" in weighed.relevance.evidence
    story = weighed_score(QuestionRecord(number=2, question=ROTA_GAP_Q, answer=ROTA_DENIAL, follow_up=follow_up,
                                         follow_up_answer=ROTA_STORY), score_answer)
    assert story.overall > weighed.overall  # the closest thing, when given, counts


def test_i_dont_know_to_everything_gets_each_kind_wording_once_then_moves_on(tmp_path, monkeypatch):
    questions = [TECH_Q, STORY_Q, "How would you plan a stock take for a busy weekend? Talk me through it.",
                 "Tell me about a time you helped a new colleague settle in."]
    messages, _ = _interview(tmp_path, monkeypatch, questions, lambda number, kind: "I don't know.")
    asked = [m.content for m in messages if m.kind == "follow_up"]
    assert len(asked) == len(set(asked)) == 2, asked  # both wordings, once each, then the interview moves on
    assert not any("one real example" in a or "specific time" in a for a in asked), asked
