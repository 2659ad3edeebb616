"""Relevance follows what the question asked (its topic, a tool it asks about), not only its type.

Made-up questions and answers of the kinds a newcomer met: a story on another subject scored as if
it answered. Each pair is scored twice: on its own question, and as the answer to another question.
"""

from __future__ import annotations

import pytest

from core.coach.report import build_report
from core.coach.score import score_answer
from core.coach.topic import answer_topics, asked_tools, question_topics

BUDGET_Q = "Tell me about a time you ran a renovation with a tight budget. How did you keep costs under control?"
BUDGET_A = ("At Hollybank Care Home in 2021 I ran the kitchen refit with £40k. I got three quotes, dropped the "
            "marble worktops for laminate and moved the work to the quiet month. We finished £3k under budget.")
SAFETY_Q = "You see a crew regularly skip a safety check to go faster. What would you do?"
SAFETY_A = ("I would stop the job, ask the crew why the check is skipped, walk the check with them and report the "
            "near-miss, then add the check to the toolbox talk and audit it for a month.")
TOOL_Q = "Your CV mentions Salesforce. Walk me through a piece of work where you used it and how it turned out."
TOOL_A = ("At Corvel I cleaned the pipeline reports in Salesforce: I merged 1,200 duplicate accounts and set up "
          "a weekly dashboard, so forecast calls took 20 minutes instead of an hour.")


def test_the_question_names_its_topic_and_the_answer_takes_it_up_in_its_own_words():
    assert question_topics(BUDGET_Q) == ["money and costs"]
    assert "money and costs" in answer_topics(BUDGET_A)  # "£40k", "under budget"
    assert "safety" in answer_topics(SAFETY_A)  # "near-miss", "toolbox talk"
    assert asked_tools(TOOL_Q) == ["Salesforce"]
    # a tool inside a quoted CV line is what the line says, not what the question asks about
    assert asked_tools('Your CV says "Built reports in Salesforce". What was hardest?') == []


@pytest.mark.parametrize(("question", "own", "other"), [
    (BUDGET_Q, BUDGET_A, SAFETY_A),
    (SAFETY_Q, SAFETY_A, BUDGET_A),
])
def test_an_answer_about_another_topic_scores_low_on_relevance_and_overall(question, own, other):
    right = score_answer(question, own)
    wrong = score_answer(question, other)
    assert wrong.relevance.score <= 2 < right.relevance.score
    assert wrong.overall <= 4 < right.overall
    assert "The question asked about" in wrong.relevance.evidence  # says kindly what was asked
    assert "does what the question asks" not in wrong.relevance.evidence
    assert any("about what was asked" in m for m in wrong.missing)


def test_an_answer_that_never_names_the_tool_asked_about_is_off_the_question():
    without = score_answer(TOOL_Q, "Content strategy starts with the buyer. At Corvel we interviewed 12 customers, "
                                   "mapped their questions to funnel stages and dropped two series; leads rose 35%.")
    with_tool = score_answer(TOOL_Q, TOOL_A)
    assert without.relevance.score <= 2 < with_tool.relevance.score
    assert "Salesforce" in without.relevance.evidence and without.overall <= 4 < with_tool.overall


def test_the_report_never_calls_off_topic_answers_its_strength():
    rows = [{"question": q, "answer": a, "score": score_answer(q, a)}
            for q, a in ((BUDGET_Q, SAFETY_A), (SAFETY_Q, BUDGET_A), (TOOL_Q, TOOL_A))]
    report = build_report(rows, job_title="Site manager")
    assert not any(s.startswith(("In Q1", "In Q2")) for s in report.strengths), report.strengths
    assert "strongest on answering the question asked" not in report.summary


def test_a_story_that_never_says_the_competency_word_is_not_called_off_topic():
    # "leadership", "failed": shown by what the story tells, which word matching cannot see: never judged
    score = score_answer("Tell me about a time you showed leadership.",
                         "In my last role I led a team of five developers through a migration: I split the work, "
                         "ran daily stand-ups and we shipped two weeks early.")
    assert "The question asked about" not in score.relevance.evidence and score.relevance.score >= 4


def test_5s_and_lean_six_sigma_evidence_lean():
    from core.coach.evidence import answer_evidence

    assert answer_evidence("At the depot I ran weekly 5S audits with the team leads.", "Lean")[0] == "evidenced"
    assert answer_evidence("I hold a Lean Six Sigma Green Belt and ran kaizen events.", "Lean")[0] == "evidenced"
