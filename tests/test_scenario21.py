"""Role-play and dilemma stations (session 21): a reply spoken to the person the question quotes, or a reasoned
judgement of a dilemma, is the answer to such a question, judged on acknowledgement, checking understanding, safety
and escalation, and the principle and its trade-off; never "about something else" or a missing STAR story.

All questions and answers here are made up for these tests."""

from __future__ import annotations

import pytest

from core.coach.question_types import question_type
from core.coach.scene import scene_kind
from core.coach.score import score_answer

PHARMACY = ('A customer at the pharmacy counter says: "I can\'t swallow tablets, I choked on one as a child." '
            "How would you respond?")
PHARMACY_STRONG = (
    "Thank you for telling me, that sounds like it was a really frightening experience, and it makes sense that you "
    "feel nervous. Is it all tablets, or only the big ones? Let me ask the pharmacist whether this medicine comes as a "
    "liquid or a dispersible form, so you don't have to swallow anything whole. If there isn't one, we can talk "
    "through some techniques that help, and the pharmacist can check with your doctor about alternatives.")
PHARMACY_WEAK = "Everyone swallows tablets, just drink more water."

GYM = ('A new member at the leisure centre reception says: "Your instructor laughed at me in the spin class." '
       "What would you say to him?")
GYM_STRONG = (
    "I'm really sorry that happened, nobody should feel laughed at here and thank you for telling me. Can you tell me "
    "when the class was and what was said, so I understand exactly what happened? I'll pass this on to the duty manager "
    "today, and they will speak with the instructor and get back to you by the end of the week. Would you like us to "
    "book you into a different class in the meantime?")
GYM_WEAK = "He was probably just having a laugh with everyone, don't take it so seriously mate."

SCHOOL = ('During a lesson a pupil whispers to you: "I don\'t want to go home tonight, my stepdad gets really angry." '
          "What would you say?")
SCHOOL_STRONG = (
    "I'm really glad you told me, you've done the right thing. You're not in any trouble. I can't keep this a secret, "
    "because I need to make sure you're safe, but I will only tell the person whose job it is to help, the designated "
    "safeguarding lead, and I'll do that straight after this lesson. Is there anything else you want to tell me right "
    "now?")
SCHOOL_WEAK = "All parents shout sometimes, it will be fine tomorrow I promise."

ORGAN = ("Two patients need the same scarce treatment: one is a well-known local businessman who has donated to the "
         "hospital, the other is younger and has been on the list longer. What should guide the decision?")
ORGAN_STRONG = (
    "The decision should rest on clinical need and the likely benefit of the treatment, using the same criteria for "
    "everyone, not on donations, fame or who can pay. Time on the list matters as a fair tie-breaker, but it shouldn't "
    "outweigh a clear difference in need. I would not make this call alone: it belongs to the clinical team and, if "
    "it is contested, the hospital's ethics committee. Whatever is decided should be explained honestly to both "
    "patients and recorded, so it can be defended as fair.")
ORGAN_WEAK = "The businessman, because he gave money to the hospital."


@pytest.mark.parametrize("question, kind", [
    (PHARMACY, "roleplay"), (GYM, "roleplay"), (SCHOOL, "roleplay"), (ORGAN, "dilemma"),
    ('An employee tells you: "I think my colleague is stealing from the till." How would you handle it?', "roleplay"),
    ("Is it ever right to break a patient's confidentiality? What should guide the decision?", "dilemma"),
])
def test_role_play_and_dilemma_questions_are_situational_scenes(question, kind):
    assert question_type(question) == "situational"
    assert scene_kind(question) == kind


@pytest.mark.parametrize("question", [
    'Tell me about a time a customer said: "I want my money back." How did you respond?',
    "What would you do in your first 90 days?",
    "How would you design a rate limiter for an API?",
    "What does a good handover look like?",
])
def test_other_questions_are_no_scene(question):
    assert scene_kind(question) is None


@pytest.mark.parametrize("question, strong, weak", [
    (PHARMACY, PHARMACY_STRONG, PHARMACY_WEAK), (GYM, GYM_STRONG, GYM_WEAK), (SCHOOL, SCHOOL_STRONG, SCHOOL_WEAK),
    (ORGAN, ORGAN_STRONG, ORGAN_WEAK),
])
def test_a_reply_to_the_person_or_a_reasoned_judgement_scores_high_and_a_dismissive_one_low(question, strong, weak):
    good, bad = score_answer(question, strong), score_answer(question, weak)
    assert good.overall >= 6, good.relevance.evidence
    assert good.relevance.score >= 4
    assert "something else" not in good.relevance.evidence
    assert bad.overall <= 3
    assert good.overall - bad.overall >= 3


def test_a_dismissive_reply_is_told_what_it_lacks():
    bad = score_answer(GYM, GYM_WEAK)
    missing = " ".join(bad.missing).lower()
    assert "acknowledge" in missing
    assert "question" in missing or "understand" in missing  # checking what happened


def test_the_stronger_answer_follows_the_scene_outline_not_star():
    for question, answer in ((GYM, GYM_STRONG), (ORGAN, ORGAN_STRONG), (GYM, GYM_WEAK)):
        outline = score_answer(question, answer).stronger_answer
        assert "Situation:" not in outline and "Task:" not in outline
    assert "Acknowledge:" in score_answer(GYM, GYM_WEAK).stronger_answer
    assert "Principle:" in score_answer(ORGAN, ORGAN_WEAK).stronger_answer


def test_a_plan_told_in_steps_to_a_quoted_demand_is_never_held_lower_than_as_a_plan():
    question = ('A client emails you: "The launch has to move forward a month." Your team is already at capacity. '
                "How would you respond?")
    plan = ("First I would ask the client which features matter most for the earlier date, so we know what the launch "
            "really needs. Then I would work out with the team what we can deliver by then, for example the checkout "
            "and the account pages, and put the rest in a second release two weeks later. I would confirm the revised "
            "plan with the client in writing and flag the risk to quality early, because a rushed launch that breaks "
            "costs them more than a phased one.")
    assert scene_kind(question) == "roleplay"
    assert score_answer(question, plan).overall >= 7
