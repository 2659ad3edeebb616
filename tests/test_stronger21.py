"""The stronger answer keeps the candidate's story, under the heading of what each sentence does, with nothing lost
(re-checks, session 20: current work under "Before:"; a story under "Lesson:" for "at the end of a lesson that…"; the
problem under "Result:"; the outcome under "Situation:" with a Result gap; an act of the candidate's dropped when its
part held three sentences; a "[When this was…]" gap after a situation that says where). Made-up answers: a dental
practice, a bakery, a housing office, a school, a council, an IT team."""

from __future__ import annotations

import re

import pytest

from bench.bench_stronger21 import act_dropped, current_as_before
from tests.stronger_helpers import stronger as _stronger

_HEADS = (r"(?:Situation|Task|Action|Result|Lesson|Now|Before|Why this role|Evidence|What you bring|Approach|Steps|"
          r"Trade-offs|Concepts|Reasoning)")


def part(stronger: str, label: str) -> str:
    """The text under ``label:`` without [gaps]; "" when the heading is absent."""
    found = re.search(rf"\b{label}: (.*?)(?= {_HEADS}: |$)", stronger)
    return re.sub(r"\[[^\]]*\]", "", found.group(1)).strip() if found else ""


INTRO = "To start, could you walk me through your background and what draws you to the practice manager role at Elmfield Dental?"

# (answer, a sentence of the current work that is never "Before")
CURRENT = [
    ("At Northgate Dental I run reception for six dentists. I do the patient recalls, the NHS claims on Dentally and the "
     "monthly stock order. I want the Elmfield job because I want to run a whole practice.", "I do the patient recalls"),
    ("At Northgate Dental I run reception for six dentists. I also do the rota and the weekly banking - cash, cards and "
     "finance plans - and I closed the books on time every month last year. I want the Elmfield job because I want to run "
     "a whole practice.", "I also do the rota"),
    ("I'm the reception lead at Northgate Dental, a practice of six dentists. Most recently we moved our recalls to text "
     "reminders. I want the Elmfield job because I want to run a whole practice.", "Most recently we moved our recalls"),
    ("At Northgate Dental I run reception for six dentists. I cut our missed appointments from 11% to 4% by phoning "
     "nervous patients the day before. I want the Elmfield job because I want to run a whole practice.",
     "I cut our missed appointments"),
]


@pytest.mark.parametrize(("answer", "current"), CURRENT)
def test_current_work_is_now_never_before(answer: str, current: str) -> None:
    out = _stronger(INTRO, answer)
    assert current.lower() in part(out, "Now").lower(), out
    assert current.lower() not in part(out, "Before").lower(), out
    assert not current_as_before(out), out


def test_an_earlier_role_is_still_before() -> None:
    answer = ("At Northgate Dental I run reception for six dentists. Before that I was a dental nurse at Kingsway Smiles "
              "for four years, where I set up the sterilisation log. I want the Elmfield job because I want to run a whole "
              "practice.")
    out = _stronger(INTRO, answer)
    assert "Before that I was a dental nurse" in part(out, "Before"), out
    assert "I run reception" in part(out, "Now"), out


STORY = "Tell me about a time you had to deal with a problem under pressure."

# (answer, the act of the candidate's that must be kept, under Action)
MANY_ACTS = [
    ("Last December our bakery's main oven failed two days before our biggest Christmas order. I rang the engineer and "
     "booked the first slot. I borrowed oven time from the café next door for the bread. I moved the cake bake to the "
     "night shift and worked it myself. I called the customer to warn her the delivery might be an hour late. Every order "
     "went out, and only one was 40 minutes late.", "I called the customer to warn her"),
    ("In March our housing office had 60 repair reports stuck in a shared inbox. I sorted them by urgency. I rang the "
     "tenants with no heating first. I booked the contractor for the damp cases. I set up a daily check of the inbox so "
     "nothing sat more than two days. All 60 were booked in a week.", "I set up a daily check of the inbox"),
]


@pytest.mark.parametrize(("answer", "act"), MANY_ACTS)
def test_no_act_of_the_candidates_is_dropped_from_a_full_action(answer: str, act: str) -> None:
    out = _stronger(STORY, answer)
    assert act in part(out, "Action"), out
    assert not act_dropped(answer, out), out


DISCOVERY = "How do you decide whether a new supplier is safe to use?"
DISCOVERY_ANSWER = (
    "I check their insurance, their accounts and two references. I ask who their own suppliers are, how they handle a "
    "recall, and what their lead times look like in December. If they can't show a food safety certificate, I don't "
    "approve them. At the bakery in 2023 a flour supplier offered a price 12% below ours. They couldn't show their "
    "certificate and had no recall plan, so I held the order and asked them to send both before a second meeting. They "
    "never sent them, so we stayed with our supplier and avoided a recall that hit two other bakeries that spring.")


def test_an_act_of_the_candidates_in_an_approach_answer_is_kept() -> None:
    out = _stronger(DISCOVERY, DISCOVERY_ANSWER)
    assert "so I held the order and asked them to send both" in out, out
    assert not act_dropped(DISCOVERY_ANSWER, out), out


# a story's last sentence tells what came of it: Result, never Situation (with the Result gap)
OUTCOMES = [
    ("Last spring a new apprentice joined our IT team and his first scripts had no error handling. I went through one "
     "with him at his desk, showed him how to log and retry, and then reviewed his next four scripts. By the fourth one "
     "he was adding the checks without being asked.", "By the fourth one he was adding the checks"),
    ("Before the January sales in 2024 the shop ran late openings at short notice. I agreed with the other supervisor "
     "which stock counts could move to quieter weeks, and we kept one of us on the floor every evening. We had no "
     "evening over the sales that went without a supervisor.", "We had no evening over the sales"),
]


@pytest.mark.parametrize(("answer", "outcome"), OUTCOMES)
def test_what_came_of_it_at_the_end_is_the_result(answer: str, outcome: str) -> None:
    out = _stronger(STORY, answer)
    assert outcome in part(out, "Result"), out
    assert outcome not in part(out, "Situation"), out


def test_at_the_end_of_a_lesson_is_no_lesson() -> None:
    answer = ("I'd listen, not promise to keep it secret, and write down what the pupil said in their words. I'd tell the "
              "safeguarding lead the same day. Last term a Year 8 boy told me at the end of a lesson that his older "
              "brother had hit him. I wrote down what he said and logged it on the school system straight away, and I told "
              "the safeguarding lead the same afternoon; she made a referral that day.")
    out = _stronger("Tell me about a time you raised a safeguarding concern.", answer)
    assert "Year 8 boy told me" not in part(out, "Lesson"), out
    assert "Year 8 boy told me" in part(out, "Situation"), out


def test_a_discrepancy_found_is_the_problem_not_the_result() -> None:
    answer = ("Last June I was paying a builder's invoice for the council's depot and I checked it against the purchase "
              "order first. The invoice was £3,400 more than the order because the builder had added scaffolding hire. I "
              "queried it with the builder. They issued a credit note within two days.")
    out = _stronger(STORY, answer)
    assert "£3,400 more than the order" not in part(out, "Result"), out
    assert "credit note within two days" in part(out, "Result"), out


def test_no_when_gap_after_a_situation_that_says_where() -> None:
    answer = ("At Northgate Dental a patient collapsed in the waiting room. I called 999, "
              "fetched the defibrillator and kept the other patients back. The ambulance took him to hospital within 20 "
              "minutes and he made a full recovery.")
    out = _stronger(STORY, answer)
    assert "At Northgate Dental a patient collapsed" in part(out, "Situation"), out
    assert "[When this was" not in out, out


def test_a_decision_outcome_is_not_asked_for_a_number_the_answer_gives() -> None:
    answer = ("Last year the finance director wanted a case for a second delivery van. I modelled the costs over five "
              "years, tested two fuel prices, and worked out a payback of 2.5 years and savings of £18,000 a year. I "
              "presented it to the board and it was approved.")
    out = _stronger("Tell me about a business case you built.", answer)
    assert "approved" in part(out, "Result"), out
    assert "[Add the number" not in out, out


CREDENTIAL = ("The role asks for an AAT qualification, and your CV shows 'AAT Level 3 passed; Level 4 due June'. How far "
              "are you through it, and what has it changed in how you work?")
CREDENTIAL_ANSWER = (
    "I'm part-qualified: I've passed AAT Level 3 and I sit the Level 4 exams in June. It changed how I do costings most. "
    "When the owner wanted a second van, I used the costing module to build the case: I compared leasing with buying over "
    "five years and worked out a saving of £4,000 a year. I showed it to the owner and she agreed. Before AAT I'd only "
    "have compared the sticker prices.")


def test_where_the_candidate_stands_and_what_changed_are_kept() -> None:
    out = _stronger(CREDENTIAL, CREDENTIAL_ANSWER)
    assert "I'm part-qualified: I've passed AAT Level 3" in part(out, "Situation"), out
    assert "Before AAT I'd only have compared the sticker prices" in part(out, "Lesson"), out


CLOSEST = ("The role asks for budgeting, which I don't see on your CV. What have you done that comes closest, and how "
           "would you get up to speed?")
STORY_ASKED = "Tell me about a time you built a budget."
DENIED = ("I haven't done that. Budgets at our charity have always been set by the finance officer, so I've never built "
          "one myself. The finance officer owned the budget. I just sent her the event costs each month.")


@pytest.mark.parametrize("question", [CLOSEST, STORY_ASKED])
def test_a_never_did_it_answer_is_no_approach_and_its_closest_thing_is_kept(question: str) -> None:
    out = _stronger(question, DENIED)
    for label in ("Approach", "Steps", "Concepts", "Reasoning", "Situation", "Action"):
        assert not part(out, label), out  # the outline's gaps: none of it laid out as steps or a story
    assert "I just sent her the event costs each month." in out, out  # "just" is "only" here: never taken out


def test_a_denial_followed_by_a_plan_is_laid_out_as_one() -> None:
    out = _stronger("How would you plan the budget for an event you haven't run before?",
                    "I haven't done that. I'd start from last year's costs for a similar event and then I'd ask each "
                    "supplier for a quote.")
    assert "I'd start from last year's costs" in out and "[You said you have not done this" not in out, out


def test_a_trade_off_told_after_a_step_is_the_actions_reason() -> None:
    answer = ("In spring 2024 our charity's summer appeal had a budget of £8,000 across post and social ads. I looked at "
              "the cost per donor of each from last year's appeal. I moved £3,000 from post to social ads. The trade-off "
              "was fewer older donors, since most of them give by post, so I kept the post mailing for past donors. "
              "Donations rose from £41,000 to £52,000.")
    out = _stronger("Tell me about a time you had to split a limited budget.", answer)
    assert "The trade-off was fewer older donors" in part(out, "Action"), out
    assert "The trade-off" not in part(out, "Situation"), out


def test_an_act_of_i_after_a_leading_phrase_is_the_action() -> None:
    answer = ("At our depot the site manager couldn't see why fuel costs had risen when mileage was flat. Instead of "
              "sending him the invoices, I drew a one-page chart: last year's fuel bill, then the effect of the price rise, the "
              "extra idling and the older vans, each as one bar in pounds. I walked him through it in the "
              "yard and he picked the two oldest vans to replace. Fuel cost per mile fell by 12% within a quarter.")
    out = _stronger("Tell me about a time you explained figures to someone without a finance background.", answer)
    assert "I drew a one-page chart" in part(out, "Action"), out
    assert "I drew" not in part(out, "Situation"), out


def test_a_goal_missed_is_the_result() -> None:
    answer = ("In 2024 I set myself the goal of answering every supplier query within one working day. I missed it: in "
              "the busy autumn about a quarter took three days, because the buyers were out at trade shows. I learned "
              "that the delay was the buyers' diaries, so I now book a daily ten-minute slot with them, and most queries "
              "close the same day.")
    out = _stronger("Tell me about a time you failed to reach a goal.", answer)
    assert "I missed it" in part(out, "Result"), out
    assert "I missed it" not in part(out, "Action"), out
    assert "I set myself the goal" in part(out, "Situation"), out  # the goal set is the scene, never the one step


def test_an_act_followed_by_another_act_of_i_is_the_action_in_structure() -> None:
    from core.coach.score import score_answer

    answer = ("Last term a Year 8 boy told me his brother had hit him. I followed the school's procedure, the "
              "safeguarding lead made a referral that afternoon, and I kept an eye on him in lessons afterwards.")
    scored = score_answer("Tell me about a time you raised a safeguarding concern.", answer)
    assert "Missing: task, action" not in scored.structure.evidence, scored.structure


def test_an_act_of_i_with_no_star_cue_is_kept_as_an_action() -> None:
    answer = ("In March our housing office had 60 repair reports stuck in a shared inbox. My manager asked me to clear "
              "them. I sorted them by urgency and rang the tenants with no heating first. I set a daily check of the inbox "
              "so nothing sat more than two days. All 60 were booked in a week.")
    out = _stronger(STORY, answer)
    assert "I set a daily check of the inbox" in part(out, "Action"), out
