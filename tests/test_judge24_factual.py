"""A factual question (a licence held, a notice period, the right to work) answered plainly is judged as a fact said
first and backed, never on a story's situation, task, action and result (issue 15, session 24: a dental nurse's "Yes,
I've held a full UK driving licence since…" got "What was missing: The situation: where and when this happened… What
you personally did, step by step" and Structure "Missing: situation, task, action"). Made-up answers."""

import pytest

from core.coach.score import score_answer

STAR_GAPS = ("The situation:", "What you personally did", "The result, with a number", "What you learned")

PLAIN = [
    ("The post needs a valid HGV Class 1 licence, and I don't see it on your CV. Do you hold it?",
     "Yes, I passed my Class 1 in 2017 and my driver CPC card is current until 2027, with no points on my licence."),
    ("What notice period would you have to work?",
     "It's one month. My contract says four weeks, and my manager has already said she would let me go sooner."),
    ("Do you have the right to work in the UK?",
     "Yes, I have settled status under the EU Settlement Scheme since 2020, so I can work here without a visa."),
    ("When could you start?",
     "I could start on the first of March: I have two weeks' notice to give and no holiday booked."),
]


@pytest.mark.parametrize(("question", "answer"), PLAIN)
def test_a_plain_factual_answer_is_never_asked_for_a_story(question, answer):
    score = score_answer(question, answer)
    assert not [m for m in score.missing if m.startswith(STAR_GAPS)], score.missing
    assert "Missing: situation" not in score.structure.evidence
    assert "STAR is not expected" in score.structure.evidence
    assert score.structure.score >= 4, score.structure.evidence
    assert score.relevance.score >= 4, score.relevance.evidence


def test_a_fact_said_without_what_backs_it_is_asked_for_that_not_a_story():
    score = score_answer("The role asks for a first aid at work certificate. Do you hold it?",
                         "Yes, I do hold a first aid at work certificate from my current employer's training days.")
    assert not [m for m in score.missing if m.startswith(STAR_GAPS)], score.missing
    assert score.structure.score < 5
    assert any("since when" in m or "renews" in m for m in score.missing), score.missing


def test_a_story_question_about_a_licence_is_still_judged_as_a_story():
    # "where did it last matter in your work?" asks for a story, not a yes or no
    score = score_answer("Tell me about a time your driving licence mattered in your work.",
                         "In 2022 I covered the Harrogate van route for a month when our driver was off sick. I planned "
                         "the drops each morning and we kept every delivery slot.")
    assert "STAR is not expected" not in score.structure.evidence
