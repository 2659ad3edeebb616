"""Session 29 (re-check rc28, P1): a textbook de-escalation story that never says "de-escalate" is on topic.

The re-check's case: asked about de-escalation for a customer-support job, "I don't know", then the closest thing —
an angry caller heard out, an apology, a next step, the caller calmed — scored 1/10 "about something else", while the
same answer with "I de-escalated" scored 8/10: the off-topic check needed the literal word. The competency "an anxious
or refusing person" (data/competency_words.json) now holds the customer-service words (angry, irate, shouting, in
capitals, complaint) and the marks of calming someone (let him finish, heard her out, apologised, cooled down, kept
the account). Every answer below is written by the team, in several shapes (story, what I would do, after "I don't
know"); none is the re-check's page.
"""

from __future__ import annotations

import pytest

from core.coach.competency import asked, shows_asked
from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

JOB = """# Customer Support Specialist

## What you'll bring
- 2+ years in a customer-facing support role
- Zendesk or a similar ticketing tool
- Clear written communication and de-escalation
"""
CLOSEST = ("That's all right. What is the closest thing you have done, or how would you approach it if it happened in "
           "your first month here?")

QUESTIONS = [
    "How do you approach de-escalation with an upset customer?",
    "Tell me about a time you de-escalated a difficult situation.",
    "The job asks for de-escalation, which I don't see on your CV. How would you handle it?",
    "Your CV mentions De-escalation. Tell me about a time you used it.",
]
ANSWERS = [
    ("A customer called about a double charge and was shouting, really angry, saying he'd cancel. I let him finish, "
     "apologised and acknowledged how frustrating it was, found the duplicate payment and refunded it that day. By the "
     "end he had calmed down and he kept the account."),
    ("I would stay calm and let the customer finish without interrupting. Then I'd acknowledge their frustration, "
     "apologise for the trouble, and explain clearly what I can do and by when. If they keep shouting I'd offer to call "
     "back or hand over to a team lead, and I'd follow up in writing."),
    ("I'd keep my voice low, listen to the whole complaint, repeat back what I heard so they know I understood, say "
     "sorry for the inconvenience and give them a concrete next step with a time."),
    ("A client emailed us in capitals, furious that his order was late for the third time. I rang him instead of "
     "replying in writing, heard him out, apologised, and promised a courier by noon the next day. He cooled down, "
     "thanked me, and renewed his contract in March."),
]


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("answer", ANSWERS)
def test_a_de_escalation_in_other_words_is_on_topic(question: str, answer: str) -> None:
    out = score_answer(question, answer, job_description=JOB)
    assert out.relevance.score >= 4, (out.relevance, out.missing)
    assert not any("what the question is about" in m for m in out.missing), out.missing
    assert out.overall >= 5, out


@pytest.mark.parametrize("answer", ANSWERS[::3])
def test_after_i_dont_know_the_closest_de_escalation_is_judged_on_topic(answer: str) -> None:
    question = "Tell me about a time you de-escalated a difficult situation with a customer."
    record = QuestionRecord(number=2, question=question, answer="I don't know.", follow_up=CLOSEST,
                            follow_up_answer=answer)
    out = weighed_score(record, lambda q, a: score_answer(q, a, job_description=JOB))
    assert out.relevance.score >= 4, out.relevance
    assert out.overall >= 6, out


def test_the_competency_is_asked_by_de_escalation_and_by_an_angry_customer() -> None:
    for question in ("How do you de-escalate a call?", "Tell me about an irate customer you handled.",
                     "How do you handle escalation from an abusive caller?"):
        assert "an anxious or refusing person" in [c.name for c in asked(question)], question
    said = shows_asked("Tell me about a time you de-escalated an angry customer.",
                       "She was furious; I heard her out, apologised and she cooled down.")
    assert {"furious", "heard her out", "apologised", "cooled down"} <= set(said), said


@pytest.mark.parametrize("answer", [
    # another subject altogether still reads so: a database migration told to a de-escalation question
    ("We migrated our Postgres database to a new cluster over a weekend; I wrote the runbook, rehearsed it twice and "
     "we cut over with nine minutes of downtime."),
    # a holiday story
    "Last summer I went hiking in the Alps with friends; we walked about twenty kilometres a day and stayed in huts.",
])
def test_a_story_about_something_else_is_still_off_topic(answer: str) -> None:
    out = score_answer("Tell me about a time you de-escalated an angry customer.", answer, job_description=JOB)
    assert out.relevance.score <= 2, out.relevance
    assert out.overall <= 4, out


def test_everyday_calming_marks_do_not_make_another_question_about_it() -> None:
    # the marks show it only where it is asked: an apology in a deadline story is no de-escalation answer there
    assert not shows_asked("Tell me about a time you missed a deadline.",
                           "I said sorry to my manager, acknowledged the delay and we agreed a new date.")


@pytest.mark.parametrize("question", [
    "Tell me about a time you de-escalated a difficult situation with a customer.",
    "How do you keep a customer's details confidential when a caller claims to be their partner?",
])
def test_a_question_of_conduct_never_asks_for_the_jobs_tools(question: str) -> None:
    # session 30: "The tools or methods you used, by name (the job names Zendesk)" under a de-escalation story
    out = score_answer(question, ANSWERS[0], job_description=JOB)
    assert not any("the job names" in m for m in out.missing), out.missing


def test_a_question_about_the_work_still_asks_for_the_jobs_tool() -> None:
    out = score_answer("Tell me about a time you cleared a backlog of support tickets.",
                       "Last spring our queue grew to 300 tickets. I sorted them by age, answered the oldest first and "
                       "wrote three saved replies; the queue was back under 50 in two weeks.", job_description=JOB)
    assert any("the job names Zendesk" in m for m in out.missing), out.missing
