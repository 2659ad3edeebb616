"""A stronger answer's headings hold whole clauses of their own kind (issue 15, session 15: a why-role reason cut to "because
I want", a past story under "Steps:" and "Trade-offs:", actions under "Result:", "Recognise: Once a child.", a habit under
"Act:", "When I took over…, then I measured…"). Made-up answers in the kinds the fresh tester's interview showed."""

from __future__ import annotations

import re

import pytest

from core.coach.score import score_answer
from core.coach.stronger_limits import in_short_phrases

_HEADS = r"(?:Situation|Task|Action|Result|Lesson|Approach|Steps|Trade-offs|Concepts|Reasoning|Recognise|Act|Record|Report|" \
         r"Follow up|Why this role|Evidence|What you bring)"


def _part(stronger: str, label: str) -> str:
    found = re.search(rf"\b{label}: (.*?)(?= {_HEADS}: |$)", stronger)
    assert found, (label, stronger)
    return found.group(1)


_WHY = [
    ("Let's begin with your time as Staff Pharmacist at Brookside Hospital: what did you own there, and what makes you "
     "want the Senior Pharmacist role at Larkfield Health?",
     "At Brookside I run the discharge service for two wards. In 2022 only 55% of discharge letters were ready by noon. "
     "I set up a morning pre-check list. A year later 84% were ready by noon. I want the senior role at Larkfield because "
     "I want to move into clinical audit and take on training of new staff, which your advert mentions.",
     "move into clinical audit"),
    ("What did you own as Assistant Manager at Ferry Lane Library, and what makes you want the Branch Manager role at "
     "Northgate Libraries?",
     "At Ferry Lane I own the children's events programme and the volunteer rota of 18 people. Visits rose from 900 to "
     "1,400 a month after I started Saturday code clubs. I want the branch role at Northgate because I hope to lead a "
     "whole team of my own and run the schools outreach, which the job pack describes.",
     "lead a whole team"),
]


@pytest.mark.parametrize(("question", "answer", "reason"), _WHY)
def test_a_why_role_reason_keeps_what_is_wanted(question: str, answer: str, reason: str) -> None:
    why = _part(score_answer(question, answer).stronger_answer, "Why this role")
    assert reason in why, why
    assert not re.search(r"\b(?:I|we) (?:want|hope|need|like)[,.]", why), why  # never "because I want, which…"


_STORIES = [
    ("How would you bring down the mis-pick rate of new pickers on your shift?",
     "A concrete example: when I took over as shift lead, I measured the mis-pick rate of 4%, coached 5 new pickers, "
     "checked them weekly and set up daily refresher huddles. The result was 1% the following quarter. My role was to "
     "plan the coaching and track the figures; I learned to share the figures openly with the team so everyone saw the "
     "change.", "1% the following quarter", "plan the coaching"),
    ("How would you make sure new starters understand the manual handling and fire-route briefing?",
     "For a site induction on the new loading bay I planned backwards from the end goal, a walk-round quiz. My task was "
     "to cover manual handling and fire routes for 12 starters. I mapped the points across two weeks, built in a demo "
     "day, and adapted the briefings with picture cards for starters with little English. 10 of 12 starters passed the "
     "quiz first time by the end, compared with 4 the month before, and the site manager joined the walk-round.",
     "10 of 12 starters passed", "cover manual handling"),
]


@pytest.mark.parametrize(("question", "answer", "result", "task"), _STORIES)
def test_a_past_story_to_an_approach_question_keeps_a_storys_headings(question: str, answer: str, result: str,
                                                                      task: str) -> None:
    stronger = score_answer(question, answer).stronger_answer
    assert not re.search(r"\b(?:Steps|Trade-offs|Concepts|Reasoning): ", stronger), stronger
    assert result in _part(stronger, "Result"), stronger
    assert task in _part(stronger, "Task") and not _part(stronger, "Task").startswith("And "), stronger
    assert "[what you did" not in stronger, stronger  # the steps told are the Action


def test_steps_are_not_strung_together_with_then() -> None:
    question, answer = _STORIES[0][:2]
    stronger = score_answer(question, answer).stronger_answer
    assert not re.search(r"Then (?:the result|my role)|, then I measured", stronger), stronger
    assert "When I took over as shift lead, I" in _part(stronger, "Action"), stronger


@pytest.mark.parametrize(("answer", "step", "result"), [
    ("As warehouse supervisor I found that our stock accuracy was 91%, below the company target. My task was to make "
     "counting consistent. I coached 4 new pickers on the scanners, checked each one every week with a short list, and "
     "set up daily cycle counts for the slowest 10% of lines. Accuracy rose to 98% the next year. I learned that steady "
     "routines matter more than new kit.", "I coached 4 new pickers", "Accuracy rose to 98%"),
    ("Our ward missed its falls target two quarters running. My task was to cut falls on nights. I briefed every night "
     "nurse, added hourly rounding and ran extra checks for the top 15% of residents by risk score. Falls fell from 12 "
     "to 5 a quarter.", "I briefed every night nurse", "Falls fell from 12"),
])
def test_steps_for_a_share_of_people_are_the_action_not_the_result(answer: str, step: str, result: str) -> None:
    question = ("Tell me about one piece of work where what you did made a measurable difference: what changed, and how "
                "did you measure it?")
    stronger = score_answer(question, answer).stronger_answer
    assert step in _part(stronger, "Action"), stronger
    assert step not in _part(stronger, "Result") and result in _part(stronger, "Result"), stronger


def test_a_disclosure_is_recognised_whole_and_a_habit_is_no_act() -> None:
    question = "What would you do if a resident told you something that raised a safeguarding concern?"
    answer = ("Protecting residents is everyone's job. Once a resident on my unit disclosed that a night carer had pushed "
              "her in the bathroom. I listened calmly without leading questions, did not promise to keep it secret, wrote "
              "down her exact words with the time and date, and reported it to the manager within the hour on our "
              "incident system. I checked in with the manager the next day. I do adult safeguarding training every year "
              "and I hold a current DBS.")
    stronger = score_answer(question, answer).stronger_answer
    recognise, act = _part(stronger, "Recognise"), _part(stronger, "Act")
    assert "disclosed that a night carer had pushed her" in recognise, stronger
    assert "training every year" not in act and "DBS" not in act, stronger
    assert "did not promise to keep it secret" in act, stronger


@pytest.mark.parametrize(("sentence", "clause"), [
    ("For a spring fair on the history of the Old Mill at Brampton I planned backwards from the final day, a craft "
     "market.", "I planned backwards from the final day"),
    ("Once a tenant in the block reported that water was coming through her ceiling at night.",
     "a tenant reported that water was coming through her ceiling"),
])
def test_an_opening_phrase_is_never_left_without_its_clause(sentence: str, clause: str) -> None:
    short = in_short_phrases(sentence, sentence)
    assert clause in short, short
    assert not re.match(r"(?:For|Once) (?:a|an|the)(?: [\w-]+){1,3}\.", short), short  # never "Once a tenant."


@pytest.mark.parametrize(("answer", "situation"), [
    ("As warehouse supervisor I found that our stock accuracy was 91%, below the company target. My task was to make "
     "counting consistent. I coached 4 new pickers on the scanners. Accuracy rose to 98% the next year.",
     "I found that our stock accuracy was 91%"),
    ("As the new evening duty manager at the leisure centre I noticed that the late swim sessions were half empty. My "
     "task was to fill them. I ran a student offer with the college. Bookings rose from 40 to 95 a week.",
     "I noticed that the late swim sessions were half empty"),
])
def test_a_state_found_at_the_start_is_the_situation(answer: str, situation: str) -> None:
    question = "Tell me about a time you improved something at work: what changed, and how did you measure it?"
    stronger = score_answer(question, answer).stronger_answer
    assert situation in _part(stronger, "Situation"), stronger


@pytest.mark.parametrize(("sentence", "main"), [
    ("When a freezer alarm sounds, the night porter checks the probe readings and starts moving the affected stock to the "
     "spare freezer in the back corridor to keep it below minus 18.", "the night porter checks the probe readings"),
    ("Because the two rotas overlap on Tuesdays, at least one trained first aider is on the floor.",
     "at least one trained first aider is on the floor"),
])
def test_a_clause_that_hangs_on_another_keeps_it(sentence: str, main: str) -> None:
    answer = sentence + " " + "The depot keeps a spare van ready for the afternoon round in the yard by the gate."
    short = in_short_phrases(sentence, answer + " " + sentence)
    assert main in short or not short.strip(), short  # the main clause with it, or nothing: never the opening alone
    assert not re.fullmatch(r"(?:When|Because) [^,]*\.", short.strip()), short


def test_a_time_clause_before_a_step_is_neither_a_result_nor_strung_with_then() -> None:
    question = "Tell me about a time a supplier let you down. What did you do?"
    answer = ("I run the kitchen at a busy hotel with 120 covers a night. The flour had run short twice that month. When our "
              "flour supplier missed the second delivery in a row and left us two days of stock, I switched our standing "
              "order to the backup mill the same morning. We did not lose a single service, and the credit covered 15% of "
              "the month's flour bill.")
    stronger = score_answer(question, answer).stronger_answer
    action = _part(stronger, "Action")
    assert "I switched our standing order" in action or "I then switched our standing order" in action, stronger
    assert "switched" not in _part(stronger, "Result") and not re.search(r"Then when|, then I switched", stronger), stronger


@pytest.mark.parametrize("answer", [
    "At Harbour Foods I run a 40,000 pound monthly search budget across three markets. I set up a weekly bidding "
    "review, two new ad groups a week, each tested for ten days at a fixed spend, and paused anything under 2.0 ROAS. I "
    "also moved 15% of the budget to new keyword themes with broad match. Within nine months ROAS rose to 3.1 and we "
    "kept the spend flat. I want this role because it is a bigger budget in a category I know.",
    "At the depot I own the night shift of 22 pickers. I rebuilt the pick paths for the chilled aisles over six weeks, "
    "with two trial nights a week, and dropped any route that added walking time. I also moved the slow lines to the "
    "back racks with the stock team. Within four months picks per hour rose from 95 to 120 and errors fell by a third.",
])
def test_a_joined_sentence_never_says_also_twice(answer: str) -> None:
    stronger = score_answer("Why do you want this role, and what would you bring to it?", answer).stronger_answer
    assert not re.search(r"\bAlso,? (?:\w+ ){0,2}also\b", stronger, re.IGNORECASE), stronger
    # the sentence kept whole as said ("I also moved…", session 18) or joined by the coach's "Also," once
    assert "Also, I moved" in stronger or "I also moved" in stronger, stronger
