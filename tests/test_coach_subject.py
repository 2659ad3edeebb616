"""Relevance weighs how much of its question's subject an answer takes up, not only whether it does
what the question's type asks. Made-up questions and answers: each answer does what a "How do you…"
question asks (steps, reasons), so only its subject tells whether it answers this question."""

from __future__ import annotations

from core.coach.score import score_answer
from core.coach.subject import penalty, subject_of, subject_terms, term_weight

ROTA_Q = "How do you plan the staffing rota for a hospital pharmacy over a bank-holiday weekend?"
ROTA_A = ("I start from the dispensing volumes of the last three bank holidays, then I build the rota so each "
          "shift has one pharmacist and two technicians, because discharge prescriptions peak on Monday. I "
          "share the draft rota with the team two weeks ahead and keep one person on call for the wards.")
SLOW_Q = "How do you troubleshoot a checkout page that became slow after a release?"
SLOW_A = ("I first check the release notes and compare response times before and after, then I profile the "
          "checkout request to find the slowest query, because one missing index is often the cause. I test "
          "the fix on staging, roll it out behind a flag and watch the latency dashboard for a day.")


def test_rare_terms_weigh_more_than_everyday_words_and_framing_weighs_nothing():
    terms = subject_terms("Describe how you usually prioritise triage in a busy emergency department.")
    words = {word for word, _ in terms.values()}
    assert "triage" in words and "emergency" in words
    assert not {"describe", "usually", "you"} & words  # framing and habitual wording are no subject
    assert term_weight("triage") > term_weight("department") > term_weight("time")


def test_an_answer_takes_up_a_term_by_its_stem_or_a_longer_word_built_on_it():
    said = subject_of("We set priorities each morning and used caching for the hot reads.",
                      "How do you prioritise work, and when would you add a cache?")
    assert set(said.taken) == {"prioritise", "cache"} and said.left == ["add"]


def test_a_question_about_the_candidate_has_no_subject_to_take_up():
    said = subject_of(ROTA_A, "Tell me about yourself.")
    assert not said.judged and penalty(said, "introduction") == 0


def test_a_how_do_you_answer_on_another_subject_is_judged_less_relevant_than_on_its_own():
    for question, own, other in ((ROTA_Q, ROTA_A, SLOW_A), (SLOW_Q, SLOW_A, ROTA_A)):
        right = score_answer(question, own)
        moved = score_answer(question, other)
        assert moved.relevance.score < right.relevance.score
        assert "none of what the question is about" in moved.relevance.evidence
        asked = {"rota", "staffing", "pharmacy", "checkout", "troubleshoot", "release"}
        assert any(set(m.replace(",", " ").split()) & asked for m in moved.missing)  # says what was asked


def test_a_short_direct_answer_on_another_subject_is_not_called_complete():
    question = "What is a foreign key in a relational database?"
    short = "I would ask the family what matters most to them, then agree a simple plan with the ward sister."
    scored = score_answer(question, short)
    assert scored.relevance.score <= 3
    assert "answers directly" not in scored.relevance.evidence


def test_a_story_told_to_a_question_asking_for_one_is_not_judged_on_the_question_words():
    question = "Tell me about a time you paid down technical debt."
    story = ("In 2022 our billing service had five copies of the same retry code. I proposed two sprints to merge "
             "them into one client library, wrote the tests first and moved each caller over. As a result, "
             "incidents from failed retries fell from six a month to one.")
    said = subject_of(story, question)
    assert said.share == 0 and said.judged  # none of "technical", "debt" is said
    assert penalty(said, "behavioural", story=True) == 0
    assert penalty(said, "behavioural", story=False) == 1


def test_a_skill_named_by_an_instance_counts_as_the_skill_said():
    question = "How do you prioritise a roadmap when three teams want different things?"
    answer = "I would score every request with MoSCoW, then agree the order with the three leads."
    assert "prioritise" not in subject_of(answer, question).taken
    assert "prioritise" in subject_of(answer, question, named=("Prioritisation",)).taken
