"""A stronger answer keeps each of the candidate's sentences whole or leaves it out, never cut at its start; files an
outcome about someone else under its result, never under "Now"; and takes a follow-up reply's sentences as sentences of
their own (session 17 re-check: "As nurse we had…", "…only 62 percent.", "Now: She passed her final placement … and now
works.", a reply stitched into the story's last sentence). Made-up answers of the same kinds in other fields (care
homes, depots, bakeries, schools, physiotherapy, payroll, libraries)."""

from __future__ import annotations

import re

import pytest

from bench.bench_stronger import glued, opening_cut, others_now
from core.coach.score import score_answer
from tests.stronger_helpers import part as _part
from tests.stronger_helpers import stronger as _stronger

_STORY = "Tell me about a time you improved a process at work."

# A sentence whose opening is a lead-in (a role, a place, a long scene) or a report ("I showed the board that…") before
# what it says: the opening stays with it, or the sentence goes.
_OPENINGS = [
    ("As a ward sister, we had a rise in falls on the ward at night that nobody had measured. I started a falls log at "
     "handover and asked the healthcare assistants to fill it in. Falls dropped from 9 to 3 a month.", "rise in falls"),
    ("As a night charge nurse, we had a sepsis audit that showed only 62 percent of patients got antibiotics within the "
     "hour. I set up a screening huddle at every handover. Within three months it rose to 91 percent.", "62 percent"),
    ("We had too much overtime at the Leeds depot. I rebuilt the shift rota around the delivery peaks with the two team "
     "leads. I showed the board that the new rota saved 240 overtime hours per quarter across both depots.", "240"),
    ("At a regional bakery supplier with three sites, late deliveries were the main reason for lost contracts, so I was "
     "asked to fix the schedule. I moved the loading to 4am and added a second van. Late deliveries fell from 30 to 6 a "
     "month.", "late deliveries were"),
    ("In my last role as a band 6 nurse in the emergency department of a large teaching hospital, the sepsis audit "
     "showed we were at only 62 percent. I built a screening tool with the consultants. Compliance went to 90 percent "
     "within a quarter.", "62 percent"),
    ("Last spring our library's book returns sat unsorted for days. I set up a returns trolley for each floor and a "
     "daily sorting slot. By the end of the summer term the backlog of unsorted returns went from 900 books to under "
     "50.", "900 books"),
]


@pytest.mark.parametrize(("answer", "said"), _OPENINGS)
def test_a_sentence_keeps_its_opening_or_goes(answer: str, said: str) -> None:
    out = _stronger(_STORY, answer)
    assert not opening_cut(answer, out), out
    assert not re.search(r"\bAs an? [\w ]+, and\b", out), out  # never "As a ward sister, and we had…"


def test_an_opening_kept_whole_says_what_it_opens() -> None:
    answer = ("As a ward sister, we had a rise in falls on the ward at night. I started a falls log at handover. Falls "
              "dropped from 9 to 3 a month.")
    out = _stronger(_STORY, answer)
    assert "As a ward sister, we had a rise in falls" in out, out


def test_an_opening_is_never_cut_inside_what_it_reports() -> None:
    answer = ("As a charge nurse, we had a sepsis audit that showed time to antibiotics within one hour was only 62 "
              "percent. I was asked to lead the fix. I set up a sepsis trolley on each bay. Within three months it rose "
              "to 91 percent.")
    out = _stronger(_STORY, answer)
    assert "showed time." not in out and "As a charge nurse, and" not in out, out
    assert not opening_cut(answer, out), out


# An outcome about another person (a mentee, a student, a client) in an introduction: never the candidate's "Now".
_OTHERS = [
    ("I am a senior physiotherapist at Leeds General where I run the stroke rehab gym. Last year I mentored a student "
     "who was failing her placement. She passed her final placement with a distinction and now works on our ward.",
     "She passed"),
    ("I manage the payroll team at Corran Foods. I coached a junior clerk through her first year-end. He now runs the "
     "monthly close on his own and has cut errors to zero.", "He now runs"),
    ("I work as a librarian at Hallam College, where I run the study skills sessions. One of my student helpers now "
     "leads the evening sessions herself.", "student helpers now leads"),
]


@pytest.mark.parametrize(("answer", "outcome"), _OTHERS)
def test_an_outcome_about_someone_else_is_never_now(answer: str, outcome: str) -> None:
    out = _stronger("Tell me about yourself.", answer)
    assert outcome not in _part(out, "Now"), out
    assert not others_now(out), out


def test_a_story_outcome_about_someone_else_is_its_result() -> None:
    answer = ("Last year I mentored a student physiotherapist who was failing her placement. I met her weekly and set "
              "one goal per session. She passed her final placement with a distinction and now works on our ward.")
    out = _stronger("Tell me about a time you helped someone develop.", answer)
    assert "She passed her final placement" in _part(out, "Result"), out


# A follow-up reply after a main answer that ends with no full stop (spoken), where a sentence is said in both.
_REPLIES = [
    ("Tell me about a time you improved a process.\n(Follow-up: What was the result?)",
     "At the depot the returns piled up every Monday. I set up a returns desk with two people and a daily log. I trained "
     "them on the new flow",
     "I set up a returns desk with two people and a daily log. the backlog went from 300 parcels to under 40 within a "
     "month", "backlog went from 300 parcels"),
    ("Tell me about a time you made a process safer.\n(Follow-up: What changed as a result?)",
     "In our care home the medication rounds ran late every evening. I split the round between two carers. I wrote a "
     "checklist for the trolley",
     "I split the round between two carers. missed doses dropped from 12 a month to 2",
     "missed doses dropped from 12"),
]


@pytest.mark.parametrize(("question", "main", "reply", "outcome"), _REPLIES)
def test_a_follow_up_reply_is_never_stitched_into_the_story(question: str, main: str, reply: str, outcome: str) -> None:
    answer = f"{main}\n\n{reply}"
    out = score_answer(question, answer).stronger_answer
    assert not glued(answer, out), out
    assert outcome in _part(out, "Result").lower(), out  # the reply's outcome, whole, where it belongs


def test_a_sentence_said_again_leaves_the_line_breaks_between_the_others() -> None:
    from core.analysis.text import said_once

    main = "I split the round between two carers. I wrote a checklist for the trolley"
    assert said_once(f"{main}\n\nI split the round between two carers. missed doses dropped to 2") == (
        f"{main}\n\nmissed doses dropped to 2")


def test_the_wish_and_wants_cues_share_one_source() -> None:
    from core.coach import stronger_kinds, stronger_motives

    for shared in (stronger_motives.I_WOULD, stronger_motives.I_AM, stronger_motives.WANT_VERBS):
        assert shared in stronger_kinds.WISH_RE.pattern and shared in stronger_motives._WANTS_RE.pattern
    for sentence, wish, wants in [("I want to lead a team.", True, True), ("I'd like to move into audit.", True, True),
                                  ("I'd like a bigger store.", False, True), ("I really want to teach.", True, False),
                                  ("I'm keen to grow.", True, True), ("I plan to retrain.", True, False),
                                  ("I'm looking for more scope.", False, True), ("I ran the till.", False, False)]:
        assert bool(stronger_kinds.WISH_RE.search(sentence)) is wish, sentence
        assert bool(stronger_motives._WANTS_RE.search(sentence)) is wants, sentence
