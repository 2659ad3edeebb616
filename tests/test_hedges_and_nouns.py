""""kind of" / "sort of" is a hedge or filler only where it hedges ("I kind of led it"), never as a noun
phrase after a determiner ("that kind of work"); and a tough interviewer does not call an answer full of
figures "vague" for one hedge in it (a newcomer's finding, session 11: "That's vague." after an answer
with four figures, which the report then scored 9/10)."""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer
from core.coach.follow_up import follow_up_reason
from core.coach.pressure import styled_reason
from core.coach.stronger_parts import tidy
from core.speech.delivery import analyse_text
from core.words import FILLER_RE

QUESTION = "Tell me about your background and why this logistics analyst role appeals to you."
DETAILED = (
    "I have six years in warehouse analytics. At a parcel carrier I rebuilt the depot reports in Looker, which "
    "cut the weekly reporting from two days to four hours, and I wrote a demand model in Python that brought the "
    "forecast error from 21% to 9%. What draws me here is pricing work: my trial of two picking rules across 9 "
    "sites saved about £120k a year, and I want to do that kind of work every day."
)
THIN_HEDGED = "I usually just look at the numbers and kind of see what the team needs, and then I help out where I can."


@pytest.mark.parametrize("text", [
    "I want to do that kind of work full time.",
    "What sort of team would I join?",
    "This kind of problem needs a clear owner.",
    "It is the same sort of report every week.",
])
def test_kind_of_after_a_determiner_is_a_noun_phrase_not_a_filler(text: str) -> None:
    assert not FILLER_RE.search(text)
    assert not analyse_answer(text, QUESTION).hedges


@pytest.mark.parametrize("text, hedge", [
    ("I kind of led the migration myself.", "kind of"),
    ("It was sort of fine in the end.", "sort of"),
    ("We shipped it, kind of.", "kind of"),
])
def test_kind_of_as_a_hedge_is_still_found(text: str, hedge: str) -> None:
    assert [m.group(0).lower() for m in FILLER_RE.finditer(text)] == [hedge]
    assert hedge in analyse_answer(text, QUESTION).hedges


def test_the_delivery_line_counts_no_filler_in_that_kind_of_work() -> None:
    summary = analyse_text(DETAILED)
    assert summary.filler_count == 0, summary.note


def test_a_tough_interviewer_does_not_call_an_answer_full_of_figures_vague() -> None:
    reason = follow_up_reason(QUESTION, DETAILED)
    assert styled_reason(QUESTION, DETAILED, reason, "tough") != "vague"


def test_a_tough_interviewer_still_presses_a_thin_hedged_answer() -> None:
    reason = follow_up_reason(QUESTION, THIN_HEDGED)
    assert styled_reason(QUESTION, THIN_HEDGED, reason, "tough") in {"vague", "too_short", "no_example", "off_point"}
    assert styled_reason(QUESTION, THIN_HEDGED, None, "tough") == "vague"


def test_a_stronger_answer_keeps_that_kind_of_work_and_drops_the_hedge() -> None:
    assert "that kind of work" in tidy("I want to do that kind of work every day.")
    assert "kind of" not in tidy("I kind of led the migration myself.")


def test_the_missing_tools_line_names_the_jobs_tools_not_a_field_of_work():
    """A newcomer saw "Named tools or methods, e.g. SaaS sales or Salesforce if you used them": not a
    sentence, and "SaaS sales" is no tool."""
    from core.analysis.answer import analyse_answer as analyse
    from core.coach.dimensions import specificity

    question = "Tell me about a deal you closed."
    answer = ("I found a prospect through a referral, ran the discovery call, showed the product to their finance "
              "lead and closed the deal after two weeks of back and forth on the price.")
    _score, missing = specificity(analyse(answer, question), ["SaaS sales", "Salesforce", "account management"])
    line = next(m for m in missing if "tools or methods" in m)
    assert line == "The tools or methods you used, by name (the job names Salesforce)", line


@pytest.mark.parametrize("closing", ["What I learned was to bring the senior doctor in early.",
                                     "One thing I took away was to check the charts twice.",
                                     "The lesson I learnt is to call for help sooner."])
def test_a_lesson_said_as_what_i_learned_was_counts(closing):
    """A newcomer's answer ended "What I learned was to ..." and Depth said no lesson was given."""
    answer = ("On a night shift an elderly patient's blood pressure dropped fast. I raised the alarm, started fluids "
              "as prescribed and stayed with him until the team arrived. " + closing)
    assert analyse_answer(answer, "Tell me about a time a patient deteriorated on your shift.").lessons
