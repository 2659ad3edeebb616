"""The stronger answer never puts a coach's placeholder inside the candidate's sentence, and keeps their "really"
(newcomer, session 23: "…with me checking [your own part in this]; then the next one alone", and "is really important"
given back as "is important"). Made-up answers: a garden centre, a bakery."""

from __future__ import annotations

from core.coach.stronger_parts import as_steps, tidy
from tests.stronger_helpers import stronger


def test_a_placeholder_goes_after_the_sentence_never_inside_it() -> None:
    out = as_steps(["They each ran one bakery shift with me watching, and then the next one on their own."])
    assert "[your own part in this]" in out, out
    assert "watching [your own part" not in out, out
    assert "on their own. [your own part in this]" in out, out  # after the sentence's full stop


def test_a_placeholder_in_a_whole_story_stays_between_sentences() -> None:
    question = "Tell me about a time you trained someone to do a task on their own. What changed?"
    answer = ("In 2024 at Elm Garden Centre I picked two seasonal staff to run the plant area. "
              "I showed them how to read the watering schedule and how to spot root rot. "
              "They each ran one weekend with me checking, and then the next one alone. "
              "Plant losses fell from 12% to 5% that summer.")
    out = stronger(question, answer)
    assert "checking [your own part" not in out and "checking; [your own part" not in out, out


def test_really_is_the_candidates_word_and_is_kept() -> None:
    assert tidy("I think good bread is really important to the shop.") == "I think good bread is really important to the shop."
