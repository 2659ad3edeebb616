"""Newcomer, session 24: two blame-shifting answers scored 6/10 with Relevance 5/5 and the first was handed back as
the "stronger answer": a situational question ("explain a delay… How would you do it?") answered "the delays are never
my fault… I tell them it's out of my hands… complain to the station, not to me", and a gap question answered "X isn't
really my job, HR deal with all that… if it goes wrong that's on the agency, not me". Disowning the problem twice
takes no ownership whatever the question's kind, even where the speaker's acts pass it on. Made-up answers."""

from __future__ import annotations

import pytest

from core.coach.score import score_answer

DELAY_Q = "A customer's repair is two days late and they are angry on the phone. How would you handle it?"
DISOWN_DELAY = ("To be honest the delays are never my fault. It's the engineers who are behind, and scheduling have "
                "put the job lower down. I tell the customer it's out of my hands and that they should complain to "
                "head office, not to me.")
OWN_DELAY = ("I'd apologise first and not pass the blame, even if the engineers are behind. I'd check the job in the "
             "system while they're on the line, ring the scheduler to get a firm slot, and call the customer back "
             "within the hour with the new time and a goodwill credit if the delay is ours.")
GAP_Q = ("This job involves health and safety law, which I don't see on your CV. Tell me about a time you had to "
         "learn something similar quickly: what did you do and how long did it take?")
DISOWN_GAP = ("Health and safety law isn't really my job, the safety officer deals with all that. If a driver breaks "
              "a rule I just report him to the agency, and if it goes wrong that's on the agency, not me.")


@pytest.mark.parametrize(("question", "disowning", "owning"), [(DELAY_Q, DISOWN_DELAY, OWN_DELAY)])
def test_disowning_a_situational_question_is_weak_and_below_owning_it(question, disowning, owning) -> None:
    weak, strong = score_answer(question, disowning), score_answer(question, owning)
    assert weak.overall <= 5 and weak.relevance.score <= 3
    assert "on others" in weak.relevance.evidence
    assert strong.overall >= weak.overall + 2
    assert "never my fault" not in weak.stronger_answer  # the excuse is never handed back as a model


def test_disowning_a_gap_question_is_weak() -> None:
    score = score_answer(GAP_Q, DISOWN_GAP)
    assert score.overall <= 5 and "on others" in score.relevance.evidence


def test_one_admission_in_an_owned_story_is_not_disowning() -> None:
    story = ("It wasn't my fault the parts were late, but the customer didn't care whose it was. I rang the supplier, "
             "got a courier slot for the next morning, told the customer the new time myself and they kept the order.")
    assert score_answer(DELAY_Q, story).overall >= 6


def test_the_stronger_answer_never_keeps_the_disowning_sentence() -> None:
    outline = score_answer(GAP_Q, DISOWN_GAP).stronger_answer
    assert "isn't really my job" not in outline and "not me" not in outline
    assert outline.startswith("Situation: ")
