"""Session 21 newcomer (issue 15): an answer about something else is called, and the follow-up reply that answers is
counted.

A gap question ("The role asks for <a tool>, which I don't see on your CV. What have you done that comes closest…?")
was answered with a story of a bonus and a new car: a tough interviewer said only "That's not enough to go on", the
report read the bonus as the reason for an approach, and the reply that gave the closest work (a driver out of hours
at night: drops moved to another driver) was set aside as "about something else"; the question scored 4/10. And a
root-cause question whose first answer was about something else scored 2/10 on a real fault-finding reply, its
relevance "takes up none of … (root cause analysis)". Whole interviews on the offline coach (a real store), made-up
text of the same kind.
"""

from __future__ import annotations

import pytest

from tests.scripted_interview import run_interview

JOB = ("Freight Planner - Holloway Haulage. Plan daily loads and drops for 40 trucks using MercuryGate. Allocate "
       "drivers within drivers' hours rules and check tachograph records. Agree delivery times with customers and "
       "resolve late deliveries. Requirements: experience of a transport management system such as MercuryGate; "
       "knowledge of drivers' hours rules; HGV driving experience an advantage.")
GAP_Q = ("The role asks for MercuryGate, which I don't see on your CV. What have you done that comes closest, and "
         "how would you get up to speed?")
STORY_Q = "Tell me about a time you calmed down an angry customer."
REWARD = ("Last spring at Dunmore Freight we had a record quarter and everyone did overtime, my boss gave me a bonus "
          "and I bought a new car with it.")
PLAN_REPLY = ("Say a truck breaks down at 6am with three drops left. I would check which driver near the depot still "
              "has hours on his tachograph, move the three drops onto his run, and ring each customer with the new "
              "delivery time before they open.")
HOLIDAY_REPLY = ("After that we took the kids to Cornwall for a week's holiday in a caravan by the beach, and it "
                 "rained every single day of the trip.")


def _interview(tmp_path, monkeypatch, questions: list[str], reply, style: str = "tough", job: str = JOB):
    """A whole interview with follow-ups on (:func:`scripted_interview.run_interview`)."""
    return run_interview(tmp_path, monkeypatch, questions, reply, job_title="Freight Planner",
                         company="Holloway Haulage", job_description=job, style=style, follow_ups=True)


def _follow_ups(messages, number: int) -> list[str]:
    return [m.content for m in messages if m.kind == "follow_up" and m.question_no == number]


@pytest.mark.parametrize("style", ["tough", "neutral"])
def test_a_reward_story_to_a_gap_question_is_called_and_the_closest_work_in_the_reply_counts(
        tmp_path, monkeypatch, style):
    messages, scores = _interview(tmp_path, monkeypatch, [GAP_Q, STORY_Q], lambda number, kind: (
        (REWARD if kind == "question" else PLAN_REPLY) if number == 1 else "I don't know."), style=style)
    asked = _follow_ups(messages, 1)
    assert len(asked) == 1, asked
    # called as not answering what was asked, the question put again: never "not enough to go on"
    assert "not enough to go on" not in asked[0] and ("doesn't answer" in asked[0] or "something else" in asked[0])
    score = scores[1]
    assert 5 <= score.overall <= 6, score  # the closest work counts, though it says nothing of learning the tool
    relevance = score.evidence["relevance"]
    assert "adds nothing" not in relevance and "about something else" in relevance, relevance
    assert "not done" not in relevance  # the first answer was about something else, not a denial
    assert any("up to speed" in m for m in score.missing), score.missing
    for dim in ("structure", "depth"):
        assert "bonus" not in score.evidence[dim], score.evidence[dim]  # a reward is no reason for an approach


def test_a_reply_about_something_else_too_does_not_lift_the_reward_story(tmp_path, monkeypatch):
    _, scores = _interview(tmp_path, monkeypatch, [GAP_Q, STORY_Q], lambda number, kind: (
        (REWARD if kind == "question" else HOLIDAY_REPLY) if number == 1 else "I don't know."))
    assert scores[1].overall <= 3, scores[1]


def test_a_reward_or_a_purchase_is_another_subject_and_no_reason():
    from core.coach.competency import other_subject
    from core.coach.score import score_answer

    assert other_subject(REWARD)
    assert other_subject("My manager gave me a Christmas bonus, so I put it towards a deposit on a flat.")
    assert not other_subject(PLAN_REPLY)
    assert not other_subject("We bought a new scanner for goods-in, so each pallet was booked in two minutes faster.")
    score = score_answer(GAP_Q, REWARD, job_description=JOB)
    assert score.overall <= 3, score
    assert "bonus" not in score.structure.evidence and "bonus" not in score.depth.evidence


ROOT_Q = "How do you get to the root cause when a production line keeps failing? Keep it concrete."
GARDEN = "Honestly my weekends are all about the allotment, and my tomatoes did really well this year."
ROOT_STORY = ("Last year the capper on our bottling line kept jamming two or three times a shift, and each stop cost "
              "about fifteen minutes. The torque readings looked normal, so I logged every jam against the bottle "
              "batch and the time. The jams only came on the second bottle supplier's batches, whose necks were "
              "0.3 mm wider, and a worn guide rail let them tilt. I replaced the rail, set it to the wider neck and "
              "added a rail check to the weekly PPM. We had no more jams in the next four months.")
COMPLAINT_STORY = ("A customer rang furious that her order had arrived damaged. I listened, apologised, sent a "
                   "replacement the same day and gave her a refund on the delivery charge. She thanked me and "
                   "ordered again the next month.")


def test_a_root_cause_story_is_read_as_one():
    from core.coach.score import score_answer

    assert score_answer(ROOT_Q, ROOT_STORY).relevance.score >= 4
    assert score_answer(ROOT_Q, COMPLAINT_STORY).relevance.score <= 2  # another subject is still one


def test_after_an_answer_about_something_else_a_root_cause_reply_is_the_answer(tmp_path, monkeypatch):
    _, scores = _interview(tmp_path, monkeypatch, [ROOT_Q, STORY_Q], lambda number, kind: (
        (GARDEN if kind == "question" else ROOT_STORY) if number == 1 else "I don't know."), job="")
    score = scores[1]
    assert score.overall >= 6, score
    assert "adds nothing" not in score.evidence["relevance"], score.evidence["relevance"]


@pytest.mark.parametrize("opening", ["Once at", "Once in", "Once during"])
def test_once_telling_when_is_no_condition_and_no_reason(opening):
    from core.analysis.answer import analyse_answer

    answer = (f"{opening} the Kettering depot we had a busy Easter and everyone worked long shifts, my manager gave "
              "me a gift voucher and I spent it on trainers.")
    assert not analyse_answer(answer, GAP_Q).reasoning
    # a condition with its consequence is still a reason
    assert analyse_answer("Once the last drop is confirmed, I close the run sheet and send it to the office.",
                          GAP_Q).reasoning


def test_a_reward_said_with_so_is_no_reason_for_an_approach():
    from core.coach.score import score_answer

    answer = ("Last December at Corby Logistics we were flat out, so my manager gave me a Christmas bonus, so I put "
              "it towards a new car.")
    score = score_answer(GAP_Q, answer, job_description=JOB)
    assert "bonus" not in score.structure.evidence and "bonus" not in score.depth.evidence
    # a reason told in a work story is still one
    work = ("At Corby Logistics two drivers were off, so I moved their drops onto the late run and rang each store "
            "with the new slot.")
    assert score_answer(GAP_Q, work, job_description=JOB).depth.evidence.startswith("Reasoning shown in")
