"""Session 23 (issue 15, newcomer nc23 item 5): a story told twice counts for the question it answers.

A recruiting story was told first, unflagged, to "The role asks for a full driving licence… How do you keep it current,
and where did it last matter in your work?", and again to the recruiting question, where it fits. The chat said "That
is the same answer as for question 2, so it counts there. This question asks something else": session 22's rule kept
a story with its first question unless the chat had called it about something else there. A story now counts where it
answers: when the scorer's relevance reads the first telling as taking up none of its question (a story of the
candidate's own, whether or not the chat said so) and the later question is answered well, it counts for the later
one, and the first question is scored, plainly, as not answered. A story answering both stays first (session 22's list
answers and session 21's stories, tests/test_repeat21.py and tests/test_repeat22.py, still hold). Made-up text.
"""

from __future__ import annotations

import pytest

from core.coach.repeat_home import fits_later
from core.coach.score import score_answer
from tests.scripted_interview import run_interview

# (a credential-keeping question the story takes up none of, a question the story answers, the story)
PAIRS = [
    ("The role asks for a valid forklift licence, which your CV shows. How do you keep it current, and where did it "
     "last matter in your work? I'll want details.",
     "This role centres on coaching new starters. Tell me about the time you carried the most responsibility for "
     "training new staff yourself: what was in your hands, what you decided, and how you knew it was working.",
     "When I started at Kestrel Foods the night shift had six new starters and nobody to train them. I wrote a "
     "two-week induction plan, paired each starter with an experienced picker and checked their pick accuracy every "
     "Friday. Within a month all six were above 98% accuracy and two of them now train new starters themselves."),
    ("The job needs a full driving licence for visits between sites. How do you keep it current, and when did it "
     "last matter in your work?",
     "This role deals with complaints every day. Tell me about a complaint you resolved yourself: what was in your "
     "hands, what you decided and how you knew it had worked.",
     "A customer at Brightwell Pharmacy complained that her repeat prescription had been late three months running. "
     "I checked the order log, found the surgery's requests went to an old email address, fixed it with the surgery "
     "and phoned her each month until it arrived on time. She has had no late prescription since and wrote to thank "
     "the team."),
]
OPENER_Q = "Tell me briefly about the work you do now, and why this role appeals to you."
OPENER = ("I'm a shift supervisor at a food warehouse. I run a team of twelve on nights and I want a role where I "
          "develop people more.")


@pytest.mark.parametrize("first,later,story", PAIRS)
def test_a_story_taking_up_none_of_its_first_question_counts_for_the_one_it_answers(first, later, story):
    assert fits_later(story, first, later)
    assert not fits_later(story, later, first)


def _said(messages, number: int, kind: str) -> list[str]:
    return [m.content for m in messages if m.question_no == number and m.kind == kind]


@pytest.mark.parametrize("first,later,story", PAIRS[:1])
def test_the_chat_and_the_report_count_the_story_for_the_question_it_answers(tmp_path, monkeypatch, first, later,
                                                                            story):
    def reply(number: int, kind: str) -> str:
        if number == 1:
            return OPENER if kind == "question" else "I'd like to lead a bigger team and train more people."
        return story if kind == "question" else "ok"

    messages, scores = run_interview(tmp_path, monkeypatch, [OPENER_Q, first, later], reply,
                                     job_title="Warehouse Team Leader")
    turns = _said(messages, 3, "follow_up")
    assert not any("same answer as for question 2" in t or "asks something else" in t for t in turns), turns
    notices = _said(messages, 3, "notice")
    assert any("story you told for question 2" in n and "counts here" in n for n in notices), notices
    here = scores[3].score["relevance"]
    assert "same answer" not in here["evidence"] and here["score"] >= 4, here
    assert scores[3].overall >= score_answer(later, story).overall - 1
    # the first question was not answered, and the report says so plainly
    there = scores[2].score["relevance"]["evidence"]
    assert "question 3" in there and "not answered" in there, there
    assert scores[2].overall <= 3 < scores[3].overall
