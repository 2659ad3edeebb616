"""A true answer in other words than its question's is on topic (session 26, judge26: a re-check on real documents
called an executive assistant's push-back story "about money and costs", a Microsoft Teams rollout and a statsmodels
regression "about something else", and said a reward chart "shows nothing of behaviour management"); an off-topic
story to a question that names its topic only by near terms is still called off. Made-up text."""

from __future__ import annotations

import pytest

from core.analysis.term_meanings import meant, meant_words
from core.coach.follow_up import follow_up_question, follow_up_reason
from core.coach.redirect import redirect_reason
from core.coach.score import score_answer

TA_JOB = ("Teaching Assistant, Elm Road Primary. Support pupils in Year 3 and help the teacher with behaviour "
          "management. Requirements: experience of behaviour management, good literacy.")
HGV_JOB = ("Class 1 Driver, Marsh Haulage, Doncaster. Trunking between depots. Requirements: HGV Class 1 (C+E) licence, "
           "Driver CPC, two years' experience.")
_CALLED_OFF = ("takes up none of what", "is about something else", "the answer is about", "shows nothing of",
               "does not clearly take up", "but not what the question asks for")

ON_TOPIC = [
    ("Tell me about a time you pushed back on a request from your boss.",
     "My director asked me to move her whole Friday to fit in a supplier lunch. I told her the board papers were due "
     "that afternoon and suggested two slots the following week instead. She took the Tuesday, the papers went out on "
     "time and the lunch still happened.", ""),
    ("Tell me about a time you introduced a new collaboration tool.",
     "At Dunmore Housing I led the rollout of Slack to the 40 people in our repairs team in 2023. I set up a channel "
     "for each patch, showed the supervisors first and ran two lunchtime sessions. Within a month phone calls between "
     "the office and the vans had halved."),
    ("Tell me about a predictive model you built.",
     "For the food bank I fitted a logistic regression in scikit-learn to predict which referrals would need a second "
     "parcel. I checked the coefficients with the volunteers, cross-validated it on last winter's data and it caught "
     "eight in ten repeat visits, so we packed ahead on Fridays."),
    ("How do you manage behaviour with a class that won't settle?",
     "I start every lesson with the same routine and a seating plan, and I use a sticker chart for the whole table, "
     "not one child. When two boys kept setting each other off I moved one of them next to me. The class settled "
     "within a fortnight and we lost far less time after lunch.", TA_JOB),
    ("Tell me about your experience of HGV driving.",
     "I've held my Cat C+E for eight years and drove artics on night trunking for Pallet Express, about 1,800 miles a "
     "week, with no accidents and a clean licence.", HGV_JOB),
]


def _case(case: tuple) -> tuple[str, str, str]:
    question, answer, *rest = case
    return question, answer, (rest[0] if rest else "")


@pytest.mark.parametrize("case", ON_TOPIC, ids=["manage_up", "slack", "regression", "behaviour", "hgv"])
def test_an_answer_in_other_words_is_on_topic(case: tuple) -> None:
    question, answer, job = _case(case)
    score = score_answer(question, answer, job_description=job)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert not any(c in score.relevance.evidence for c in _CALLED_OFF), score.relevance.evidence
    reason = follow_up_reason(question, answer)
    assert reason != "non_answer"
    assert redirect_reason(question, answer, reason=reason) is None


def test_a_requirement_shown_by_its_acts_is_not_shown_nothing_of() -> None:
    answer = ("On my placement I used a reward chart and house points for each table, and a clear routine at the "
              "start of every lesson. Over the term the number of pupils sent out fell from five a week to one.")
    score = score_answer("Tell me about your experience of behaviour management.", answer, job_description=TA_JOB)
    assert "shows nothing of" not in score.relevance.evidence
    assert score.relevance.score >= 4


def test_a_story_of_something_else_is_not_lifted_by_meaning() -> None:
    question = "Tell me about your experience of HGV driving."
    answer = ("Last spring I repainted my kitchen. I chose a sage green, sanded the cupboard doors over two weekends "
              "and changed all the handles to brass.")
    assert meant(question, answer) == []
    score = score_answer(question, answer, job_description=HGV_JOB)
    assert score.relevance.score <= 3
    assert "takes up none of what the question is about" in score.relevance.evidence


def test_an_off_topic_story_to_a_safeguarding_question_by_near_terms_is_redirected() -> None:
    question = "Tell me about a time you were worried about a child's welfare and reported a concern."
    answer = ("Last year I ran an A/B test on our pricing page. Half the visitors saw the annual price first and half "
              "the monthly one. After three weeks the annual-first page brought 11% more annual sign-ups, and I "
              "reported the results to the product team.")
    score = score_answer(question, answer)
    assert score.relevance.score <= 2
    assert "welfare" in score.relevance.evidence  # what was asked, in its own words (two near terms name no topic)
    reason = follow_up_reason(question, answer)
    redirect = redirect_reason(question, answer, reason=reason)
    assert redirect is not None and redirect[0] == "off_topic"


def test_meant_reads_only_concepts_the_question_names() -> None:
    question = "Tell me about a time you introduced a collaboration tool."
    answer = "I led our move from email to Microsoft Teams in 2022."
    assert meant(question, answer) == ["collaboration tool", "introduce"]
    assert meant_words(question, answer) == ["collaboration", "tool", "introduced"]
    # the same answer to a question that names neither concept means nothing of it
    assert meant("Tell me about a time you handled a difficult customer.", answer) == []
    assert meant("", answer) == [] and meant(question, "") == []


@pytest.mark.parametrize("question", ["What is your approach to record keeping?", "Tell me how you keep patient notes."])
def test_a_short_statement_is_asked_for_more_never_a_different_situation(question: str) -> None:
    answer = "They're all up to date"
    reason = follow_up_reason(question, answer)
    asked = follow_up_question(reason or "too_short", question, answer)
    assert "different situation" not in asked
    assert asked  # a follow-up is asked


def test_a_bare_heading_of_another_situation_is_still_called_one() -> None:
    question = "Tell me about a time you reassured an anxious patient."
    answer = "Handling a conflict with a physician"
    assert "different situation" in follow_up_question(follow_up_reason(question, answer) or "too_short", question, answer)
