"""A story's parts under the right headings (newcomer, session 20): a fall told before the steps is the Situation, never
the Result ("Result: In 2022 we dropped to 78%…"); a skill learned in a time is a step, never the Lesson; a grade before
"Now I'd…" ends its sentence; a CV line suggested for a question is on its subject. Made-up answers."""

from __future__ import annotations

import pytest

from core.analysis.text import sentences
from core.coach.stronger_kinds import split_mixed, told_lesson
from core.coach.stronger_outline import cv_hint
from tests.stronger_helpers import part
from tests.stronger_helpers import stronger as _stronger

TARGETS = "Think of a real case from your work on targets that tested you. What happened, what did you do, and the result?"


@pytest.mark.parametrize(("answer", "problem", "result"), [
    ("Our target was 95% of orders dispatched the same day. Last spring we fell to 81% because two pickers left. I "
     "moved the packing benches next to the fast lines and cross-trained the returns team to pick. We were back above "
     "95% within six weeks.", "we fell to 81%", "back above 95%"),
    ("We had to answer 80% of calls inside 20 seconds. In January we slipped to 64% because of a billing change. I set "
     "up a callback queue for billing questions and moved two people onto the phones at peak. By March we were at 83%.",
     "we slipped to 64%", "we were at 83%"),
])
def test_a_fall_told_before_the_steps_is_the_situation(answer: str, problem: str, result: str) -> None:
    out = _stronger(TARGETS, answer)
    assert problem not in part(out, "Result"), out
    assert problem in part(out, "Situation") + part(out, "Task"), out
    assert result in part(out, "Result"), out


@pytest.mark.parametrize("sentence", [
    "I learned it in about three weeks and then trained the night shift.",
    "We learnt the new till system within a month.",
])
def test_a_skill_learned_in_a_time_is_no_lesson(sentence: str) -> None:
    assert not told_lesson(sentence)


def test_a_lesson_is_still_a_lesson() -> None:
    assert told_lesson("I learned that a plan nobody reads is no plan.")


def test_a_state_then_the_candidates_act_is_two_pieces() -> None:
    pieces = split_mixed("When the clinic moved to a new booking system in 2021 I was the senior receptionist and I "
                         "learned it in a week and then trained the others.")
    assert pieces[0].endswith("I was the senior receptionist.") and pieces[1].startswith("I learned it"), pieces


LEARN = "This job uses SAP, which I don't see on your CV. Tell me about a time you learned a system quickly."


def test_learning_a_system_goes_under_action_not_lesson() -> None:
    answer = ("We used Opera at the hotel, so not SAP. When the group moved to it in 2019 I was the night manager and I "
              "learned it in about ten days and then trained my team.")
    out = _stronger(LEARN, answer)
    assert "learned it in about ten days" in part(out, "Action"), out
    assert "learned it" not in (part(out, "Lesson") if "Lesson: " in out and "Lesson: [" not in out else ""), out


@pytest.mark.parametrize(("text", "count"), [
    ("Seven of nine pupils got A to B. Now I'd start the revision earlier.", 2),
    ("We moved to plan B. Then the rota settled.", 2),
    ("I reported to John F. Kennedy at the time.", 1),
])
def test_a_grade_before_a_sentence_opener_ends_its_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count, sentences(text)


def test_a_grade_result_after_the_steps_is_split_from_them() -> None:
    pieces = split_mixed("My best example is my Year 11 group: I ran weekly retrieval quizzes and a Saturday clinic, "
                         "and 72% got a grade 5 or above.")
    assert pieces[-1].startswith("72% got"), pieces


SAFETY = "The role asks for a food safety qualification (Level 3 Managing Food Safety). Where has it made a difference?"


def test_a_cv_line_sharing_only_a_generic_verb_is_not_suggested() -> None:
    facts = {"achievements": ["Managed a £40k annual budget for kitchen equipment"]}
    assert cv_hint(SAFETY, facts) == ""


def test_a_cv_line_on_the_subject_is_suggested() -> None:
    facts = {"achievements": ["Managed a £40k annual budget for kitchen equipment",
                              "Rewrote the HACCP food safety plan after a 3-star inspection"]}
    assert "HACCP food safety plan" in cv_hint(SAFETY, facts)


IMPORT = "Walk me through a piece of work you did with Python: the goal, your part, and how it turned out."


def test_a_step_naming_a_saved_thing_is_an_action() -> None:
    answer = ("In 2021 our nightly import from the courier's API failed about three times a week, leaving the warehouse "
              "without a pick list. I rebuilt the importer myself: retries with backoff, a saved checkpoint so a rerun "
              "resumed where it stopped, and bulk loading through S3. Failures dropped to about one a month.")
    out = _stronger(IMPORT, answer)
    assert "I rebuilt the importer" in part(out, "Action"), out
    assert "I rebuilt the importer" not in part(out, "Result"), out
