"""One lesson cue (session 19): core.analysis.cues.LESSON serves both the stronger answer's Lesson
(core.coach.stronger_kinds.told_lesson) and the follow-up's "the answer told what came of it"
(core.coach.follow_up_told.told_outcome), which kept a list of its own; each user now reads the phrases the other read."""

from __future__ import annotations

import pytest

from core.analysis import cues
from core.coach import follow_up_told
from core.coach.follow_up_told import told_outcome
from core.coach.stronger_kinds import told_lesson


@pytest.mark.parametrize("closing", [
    "The biggest lesson was to agree the cut-off with the drivers first.",  # the stronger answer's phrase
    "Looking back, I would have asked the warehouse leads sooner.",
    "In hindsight the pilot should have been two weeks.",
    "La lección fue hablar antes con el equipo.",  # a language cues.LESSON has
])
def test_the_follow_up_reads_the_stronger_answers_lesson_phrases(closing: str) -> None:
    assert told_outcome(["We moved the returns desk next to the dock.", closing])


@pytest.mark.parametrize("closing", [
    "Now I always agree the cut-off with the drivers first.",  # the follow-up's phrases
    "Since then I check the manifest before the van leaves.",
    "It taught me to check the manifest before the van leaves.",
    "I now never sign off a rota without the leads.",
])
def test_the_stronger_answer_reads_the_follow_ups_lesson_phrases(closing: str) -> None:
    assert told_lesson(closing)


def test_there_is_one_lesson_cue() -> None:
    assert not hasattr(follow_up_told, "_LESSON_RE")
    assert set(cues.LESSON) >= {"en", "es"}
    # a lesson taught in a classroom is no lesson drawn
    assert not told_outcome(["I planned the Year 4 lesson on fractions.", "The lesson ran over by ten minutes."])
