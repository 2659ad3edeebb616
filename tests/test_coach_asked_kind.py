"""A question about the candidate asks for a kind of answer (a reason, a weakness, a strength, who they
are), and an answer that gives none of it answers another question (core.coach.asked_kind); a story
that shares nothing with a question of a full subject is judged off it (core.coach.subject.penalty).
Made-up questions and answers."""

from __future__ import annotations

from core.coach.asked_kind import missing_kind
from core.coach.score import score_answer
from core.coach.subject import penalty, subject_of

DESIGN = ("I split the order service from the catalogue, put a queue between them and cache the price lookups "
          "for five minutes, then I load-test it at twice the peak and watch the p95 latency.")
MOTIVE = ("I enjoy seeing a feature I built used by real people the next morning, and I want to grow into "
          "owning a whole service end to end over the next two years.")
WEAKNESS = ("I tend to say yes to every request and then run late on my own work. I now keep a short list of "
            "what I have promised and check it before taking anything new.")
STORY = ("Last spring our checkout was timing out at lunchtime. I profiled the three slowest calls, added an "
         "index to the orders table and moved the receipt e-mails to a background job. As a result the "
         "timeouts fell from forty a day to two.")


def test_a_motivation_question_answered_with_a_system_design_is_less_relevant_than_a_reason():
    question = "What motivates you in your work?"
    assert missing_kind(question, "motivation", MOTIVE) is None
    assert missing_kind(question, "motivation", DESIGN)
    design, motive = score_answer(question, DESIGN), score_answer(question, MOTIVE)
    assert design.relevance.score < motive.relevance.score
    assert "does not give what the question asks for" in design.relevance.evidence


def test_a_weakness_question_needs_a_weakness_not_a_success_story():
    question = "What is your greatest weakness?"
    assert missing_kind(question, "self_assessment", WEAKNESS) is None  # never says "weakness", still one
    assert missing_kind(question, "self_assessment", STORY)
    assert score_answer(question, STORY).relevance.score < score_answer(question, WEAKNESS).relevance.score


def test_an_introduction_needs_who_the_candidate_is():
    question = "Tell me about yourself."
    intro = "I'm a junior developer at a small agency, where I build booking sites; before that I studied physics."
    assert missing_kind(question, "introduction", intro) is None
    assert missing_kind(question, "introduction", DESIGN)


def test_other_questions_ask_for_no_kind_here():
    assert missing_kind("How would you speed up a slow checkout page?", "situational", MOTIVE) is None


def test_a_story_sharing_nothing_with_a_full_subject_loses_two_points():
    # session 12: one point left an off-topic story at 4/5 relevance; two (the published set's figures held)
    question = "Tell me about a time you handled a dispute over an invoice with a long-standing supplier."
    said = subject_of(STORY, question)
    assert said.share == 0 and said.weight >= 4
    assert penalty(said, "behavioural", story=True) == 2
    own = subject_of(STORY, "Tell me about a time you fixed a slow checkout.")
    assert penalty(own, "behavioural", story=True) == 0
