"""A stronger answer files a current role said in the present under "Now", never a plan or wish under "Result", never
a stock reason as "Approach:", and an outcome reached after the steps under "Result" (session 16 re-check: "Before: I own
month-end close…", "Before: I am practice supervisor…", "Result: I want to move up to mid-market deals… I'd aim to build
£1m", "Approach: I'm passionate about this role…", "Action: … Then I closed £1.1m, 129% of quota", "Situation: … he was
thrombolysed within 20 minutes"). Made-up answers of the same kinds in other fields (payroll, care homes, housing,
fundraising, gyms, renewals, ferries, libraries)."""

from __future__ import annotations

import re

import pytest

from tests.stronger_helpers import part as _part
from tests.stronger_helpers import stronger as _stronger

_INTRO = "Tell me about yourself."

# A current role said in the present tense ("I own", "I am <role> for"), then how it got where it is.
_PRESENT_ROLES = [
    ("At Corran Foods I own the weekly payroll for three depots with 600 staff. When I joined, pay queries took 6 days to "
     "settle. I mapped every query type, moved overtime sign-off to Monday using a shared tracker, and agreed a cut-off "
     "with depot managers. Queries now take 2 days and the audit found no errors.", "I own the weekly payroll"),
    ("I am duty manager for a 40-bed care home in Ripon. With a nervous new carer I set daily goals, let her lead one "
     "medication round under my supervision, and gave her feedback after each shift.", "I am duty manager"),
    ("At Fenwick Lettings I head the voids team for 900 homes. When I started, empty homes took 41 days to relet. I booked "
     "inspections the day keys came back and set up a weekly call with the repairs contractor.", "I head the voids team"),
]


@pytest.mark.parametrize(("answer", "role"), _PRESENT_ROLES)
def test_a_current_role_in_the_present_is_now(answer: str, role: str) -> None:
    out = _stronger(_INTRO, answer)
    assert role in _part(out, "Now"), out
    assert role not in _part(out, "Before"), out


# A motivation answer given to a story question: its wish and its plan are no result.
_WISHES = [
    ("You described your donor work earlier. Looking back, what would you change about how you grew your donors?",
     "The trust funds the same youth clubs my donors fund now, so I can bring my donor network and my grant playbook "
     "from day one. I want to move up to major gifts of £20-100k, which is exactly your focus, and your capital appeal "
     "fills the gap my donors raise every month. In the first 90 days I'd aim to secure £300k of pledges from donors.",
     ("move up", "aim to")),
    ("Tell me about a time you went beyond your role.",
     "I have run the Saturday reading club at Hollins Library for two years and grew it from 6 to 25 children. I'm hoping "
     "to lead a branch of my own next. In my first year I would aim to double school visits to 40.",
     ("hoping to lead", "aim to")),
]


@pytest.mark.parametrize(("question", "answer", "wishes"), _WISHES)
def test_a_wish_or_plan_is_never_the_result(question: str, answer: str, wishes: tuple[str, ...]) -> None:
    out = _stronger(question, answer)
    story = " ".join(_part(out, label) for label in ("Situation", "Task", "Action", "Result"))
    assert not any(w in story for w in wishes), out


# A stock reason given to a how-would-you question: the outline's placeholder, never "Approach: I'm passionate…".
_STOCK = [
    ("How would you handle a team that keeps missing deadlines?",
     "I'm passionate about this role because I love working with great people at a great company, and I want to grow "
     "my career and take on new challenges in a dynamic environment."),
    ("What would you do if two managers gave you conflicting instructions?",
     "I'm passionate about this role because I love working with great people at a great company. I want to grow my "
     "career and take on new challenges."),
]


@pytest.mark.parametrize(("question", "answer"), _STOCK)
def test_a_stock_reason_is_never_the_approach(question: str, answer: str) -> None:
    out = _stronger(question, answer)
    assert "passionate" not in out and "great people" not in out, out
    assert "Approach: [" in out, out


# An outcome with a figure of what was reached, after the steps: the result, not a step nor the situation.
_OUTCOMES = [
    ("Tell me about a time you turned around poor results.",
     "In 2023 my renewal target was £600k. By the end of Q2 I was at 28%, because two big clients delayed. I rebuilt my "
     "pipeline in HubSpot client by client, checked every renewal honestly and found five had no signed budget, so I moved "
     "them out and put that time into upsells with loyal clients. I also asked my director to join three board meetings. "
     "I renewed £740k, 123% of target, and my forecast for the last two quarters was within 4%.", "123% of target"),
    ("Tell me about a time you spotted a problem early.",
     "On a typical shift at Harbour Ferries I check the vehicle deck manifest. Last August we had 60 cars queueing and I "
     "spotted a van declared as 'empty' whose axle weight read 3.4 tonnes; I pulled it aside, called the duty officer, and "
     "the gas cylinders were offloaded within 15 minutes. I then audited the declarations and we added a spot weighing for "
     "every van, which I trained 12 marshals on.", "within 15 minutes"),
    ("Tell me about a time you acted on a safety concern.",
     "At Dunmore Quarry I supervise blasting safety. Last spring we had a crack in the haul road and I shut the lane, "
     "called the geotechnical engineer, and the slope was shored within 48 hours. I then added a weekly drone survey for "
     "safety, which I trained four crew on.", "within 48 hours"),
    ("Tell me about a time you acted quickly for a guest.",
     "On a normal night at the Castlegate Hotel I run the front desk. Last June we had 80 guests checking in and I noticed "
     "a man at the bar whose speech had slurred; I sat him down, asked the first aider to check him and rang 999, and he "
     "was assessed by paramedics within 12 minutes. I then wrote up the incident and we added a first-aid refresher for "
     "the bar staff, which I ran for 9 people.", "within 12 minutes"),
]


@pytest.mark.parametrize(("question", "answer", "outcome"), _OUTCOMES)
def test_an_outcome_reached_after_the_steps_is_the_result(question: str, answer: str, outcome: str) -> None:
    out = _stronger(question, answer)
    assert outcome in _part(out, "Result"), out
    assert outcome not in _part(out, "Action") and outcome not in _part(out, "Situation"), out
    assert not re.search(r"\b(?:rebuilt|pulled|shut the lane|sat him down)\b", _part(out, "Result")), out  # the steps stay steps
