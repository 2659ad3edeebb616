"""The stronger answer keeps the candidate's meaning, reasons and results under the right headings (newcomer, session 20:
"not just advisers" came back as "not advisers"; an introduction's result under "Before:" and its act under "Why this
role:"; a reason naming the employer left out; a diagnosis under "Result:" and the real result dropped). Made-up answers."""

from __future__ import annotations

import pytest

from bench.bench_stronger_meaning import act_as_reason, employer_reason_dropped, finding_as_result, limit_lost
from core.coach.asked_kind import missing_kind
from core.coach.question_types import question_type
from core.coach.stronger_parts import tidy
from tests.stronger_helpers import part
from tests.stronger_helpers import stronger as _stronger

WHY = "What makes you want the head of sales role at Brightway Foods?"


@pytest.mark.parametrize(("answer", "kept"), [
    ("At Copperfield I lead nine account managers on our grocery accounts and we grew revenue from £4m to £5.2m last "
     "year. I want the head of sales role at Brightway because I'm ready to manage managers, not just reps.",
     "not just reps"),
    ("At Copperfield I lead nine account managers on our grocery accounts and we grew revenue from £4m to £5.2m last "
     "year. Brightway appeals because there the job is never just about volume, it is about margin.",
     "never just about volume"),
])
def test_a_limiting_word_after_a_negation_is_kept(answer: str, kept: str) -> None:
    out = _stronger(WHY, answer)
    assert kept in out, out
    assert not limit_lost(answer, out)


@pytest.mark.parametrize(("sentence", "kept"), [
    ("The first fix didn't really work.", "didn't really work"),
    ("It was not just the rota, it was the handover.", "not just the rota"),
    ("We no longer just react to complaints.", "no longer just react"),
])
def test_tidy_keeps_just_and_really_after_a_negation(sentence: str, kept: str) -> None:
    assert kept in tidy(sentence)


def test_tidy_keeps_just_after_the_one_who_acts() -> None:
    # session 21 (re-check B): "I just told them when we had holidays booked" means "only"; given back as "I told them…" it
    # changed the meaning, so "just" is no longer taken out after "I" either (this test asserted the opposite in session 20)
    assert tidy("I just rang the supplier.") == "I just rang the supplier."


def test_the_bench_counts_a_lost_limit() -> None:
    assert limit_lost("ready to lead managers, not just reps.", "Why this role: ready to lead managers, not reps.")
    assert limit_lost("the client didn't reply for a week.", "Situation: the client did reply for a week.")
    assert not limit_lost("ready to lead managers, not just reps.", "Why this role: ready to lead managers, not just reps.")


FAULT = "Tell me about the most difficult fault you have tracked down."
FAULTS = [
    ("Last winter our bottling line kept stopping at random, four or five times a day, and each stop cost about half an "
     "hour. The PLC showed a safety-gate fault but the gate switches tested fine. I put a logger on the gate circuit and "
     "the line's e-stop chain for a week. The log showed the stops always came when a forklift passed the junction box. "
     "A loose earth in the box was picking up interference. I remade the earth and fitted a screened cable. We had no "
     "more stops in the following three months.", "We had no more stops", "The log showed the stops"),
    ("In March our booking site started returning errors for a few minutes every evening. Nothing in the app logs "
     "explained it. I added tracing to the payment calls and compared the slow requests. It turned out the errors came "
     "when the nightly backup locked the orders table. I moved the backup to 3am and split it by table. There were no "
     "further errors that quarter.", "There were no further errors", "It turned out the errors"),
]


@pytest.mark.parametrize(("answer", "result", "finding"), FAULTS)
def test_a_diagnosis_is_an_action_and_the_problem_gone_is_the_result(answer: str, result: str, finding: str) -> None:
    out = _stronger(FAULT, answer)
    assert result in part(out, "Result"), out
    assert finding not in part(out, "Result"), out
    assert not finding_as_result(out)


INTRO = "Walk me through your current role, and why the ward manager job at Castlefield Hospital is your next step."
INTROS = [
    ("I'm a charge nurse on a 28-bed surgical ward at St Anne's. I run the shift and I supervise six nurses. When we moved "
     "to electronic observations in 2023 I rebuilt our handover sheet so we could spot deteriorating patients early. "
     "Missed observations went from 14% to 3% in a year. Castlefield is my next step because I want to run a ward of my "
     "own.", "I rebuilt our handover sheet", "went from 14% to 3%"),
    ("I'm an assistant store manager at a Kestrel supermarket in Leeds. I run the evening team of twelve. Last year I "
     "redesigned the shelf-filling rota so we could finish before close. Overtime went from 60 hours a month to 15. "
     "Castlefield is my next step because I want to manage a whole site.", "I redesigned the shelf-filling rota",
     "went from 60 hours"),
]


@pytest.mark.parametrize(("answer", "act", "result"), INTROS)
def test_an_introductions_past_act_and_its_result_go_under_before_together(answer: str, act: str, result: str) -> None:
    question = INTRO if "nurse" in answer else INTRO.replace("ward manager job at Castlefield Hospital", "store manager job at Castlefield")
    out = _stronger(question, answer)
    assert act not in part(out, "Why this role"), out
    assert result not in part(out, "Why this role"), out
    assert act in part(out, "Before") and result in part(out, "Before"), out  # the step with what came of it
    assert not act_as_reason(out)


FIT = "What in your experience makes you a strong fit for the pricing analyst role at Harbourline Freight?"
FIT_ANSWER = ("I've spent four years in pricing at Dunmore Logistics, where I built the quoting model in Python and cut "
              "quote turnaround from two days to four hours. For Harbourline, container rates are exactly the kind of "
              "volatile series I model every day, and the pandas and SQL work carries straight over.")


def test_a_reason_naming_the_employer_is_the_why_this_role() -> None:
    out = _stronger(FIT, FIT_ANSWER)
    assert "For Harbourline, container rates are exactly" in part(out, "Why this role"), out
    assert not employer_reason_dropped(FIT, FIT_ANSWER, out)


def test_a_reason_naming_the_employer_counts_as_a_reason() -> None:
    assert missing_kind(FIT, question_type(FIT), FIT_ANSWER) is None
    plain = FIT_ANSWER.split(" For Harbourline")[0]
    assert missing_kind(FIT, question_type(FIT), plain) is not None  # the experience alone gives no reason


@pytest.mark.parametrize(("sentence", "kept"), [
    ("The team just needed a weekly summary, not a live feed.", "just needed"),
    ("I fixed the mindset rather than just flagging the bug.", "rather than just flagging"),
    ("It is just a cache, so a restart clears it.", "just a cache"),
])
def test_just_meaning_only_is_kept(sentence: str, kept: str) -> None:
    assert kept in tidy(sentence)
