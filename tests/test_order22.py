"""Issue 15, session 22 (order22): the offline scorer orders short technical answers by their substance, not their length.

Pairs of answers to one question, the better one first (``tests/data/order22_pairs.json``, made up by the team): a
one-word reply against a correct one-line explanation, a short specific answer against a short vague one, padding
against substance of about the same length, and a shorter answer against one that adds a reason, an example or a
trade-off. Padding, repetition and vague words never lift a short answer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.coach.score import score_answer

PAIRS = json.loads((Path(__file__).parent / "data" / "order22_pairs.json").read_text(encoding="utf-8"))["pairs"]
ORDERED_KINDS = ("one_word_vs_line", "short_specific_vs_vague", "padded_vs_substantive", "substance_vs_shorter")


def _case(p: dict) -> tuple[str, str, str]:
    return p["question"], p["better"], p["worse"]


@pytest.mark.parametrize("question, better, worse", [_case(p) for p in PAIRS if p["kind"] in ORDERED_KINDS])
def test_the_better_answer_of_a_team_pair_scores_higher(question, better, worse):
    good, bad = score_answer(question, better), score_answer(question, worse)
    assert good.overall > bad.overall, (good.dimension_scores(), bad.dimension_scores(), good.relevance.evidence)


@pytest.mark.parametrize("question, line, word", [
    ("What is a hash map?", "Stores key-value pairs with constant-time lookup by hashing keys.", "Dictionary."),
    ("What is a CI pipeline?", "Builds and tests every commit automatically before merging.", "Automation."),
    ("What is a JOIN in SQL?", "Combines rows from two tables on a matching column.", "Combining."),
    ("What is an invoice?", "A bill listing goods supplied, their prices and the payment terms.", "Bill."),
])
def test_a_one_line_explanation_outscores_a_one_word_reply(question, line, word):
    good, bad = score_answer(question, line), score_answer(question, word)
    assert bad.overall == 1
    assert good.overall > bad.overall, good.relevance.evidence


@pytest.mark.parametrize("question, answer", [
    ("What is a hash map?", "Same but different."),
    ("What is a CI pipeline?", "Pipeline thing."),
    ("What is a JOIN in SQL?", "Join join."),
    ("What is recursion?", "It is stuff, basically."),
])
def test_a_few_vague_words_stay_a_non_answer(question, answer):
    assert score_answer(question, answer).overall == 1


@pytest.mark.parametrize("question, line", [
    ("What is a hash map?", "Stores key-value pairs with constant-time lookup by hashing keys."),
    ("What is a JOIN in SQL?", "Combines rows from two tables on a matching column."),
])
def test_padding_a_short_answer_gains_nothing(question, line):
    base = score_answer(question, line).overall
    padded = [line + " Um, you know, basically, like, honestly, at the end of the day, so yeah.",
              line + " " + line + " " + line,
              "Well, I mean, so, basically, " + line.lower() + " and stuff, things like that, you know, really."]
    for text in padded:
        assert score_answer(question, text).overall <= base, text


@pytest.mark.parametrize("question, short, vague", [
    ("What is a mutex?", "A lock letting one thread at a time into a critical section.",
     "It is basically a thing that kind of stops stuff from going wrong."),
    ("What is a sprint in Scrum?", "A fixed two-week cycle ending in a review and a retrospective.",
     "It is when the team does some things really fast for a while."),
    ("What is a stored procedure?", "Precompiled SQL kept in the database and called by name with parameters.",
     "It is like a procedure that is stored somewhere for stuff."),
])
def test_a_short_specific_answer_outscores_a_short_vague_one(question, short, vague):
    good, bad = score_answer(question, short), score_answer(question, vague)
    assert good.overall > bad.overall, (good.dimension_scores(), bad.dimension_scores())


@pytest.mark.parametrize("question, line, full", [
    ("What is a hash map?", "Stores key-value pairs with constant-time lookup by hashing keys.",
     "A structure storing key-value pairs: the key is hashed to a bucket, so lookups take constant time on average; "
     "collisions are chained, and it needs more memory than a sorted list, so I use it when lookups dominate."),
])
def test_a_one_line_answer_stays_below_a_full_explanation(question, line, full):
    assert score_answer(question, line).overall < score_answer(question, full).overall


@pytest.mark.parametrize("question, when, what", [
    ("What is a database transaction?",
     "A group of statements that commit together, or roll back entirely if any one of them fails.",
     "A group of statements committed together in one unit."),
    ("What is a mutex?", "A lock that lets one thread into a critical section until that thread releases it.",
     "A lock that lets one thread into a critical section."),
])
def test_a_short_answer_saying_when_it_holds_outscores_one_saying_only_what(question, when, what):
    deeper, plain = score_answer(question, when), score_answer(question, what)
    assert deeper.depth.score > plain.depth.score
    assert deeper.overall >= plain.overall


@pytest.mark.parametrize("question", [
    "What causes a deadlock in a database?", "What happens when a Python list runs out of capacity?",
    "What happens to open file handles when a process exits?", "How to speed up a slow SQL query?",
    "Why avoid global variables?", "What triggers a Kubernetes pod restart?",
])
def test_a_knowledge_question_worded_as_cause_effect_or_how_to_is_technical(question):
    from core.coach.question_types import question_type

    assert question_type(question) == "technical"


@pytest.mark.parametrize("question", [
    "What happens when you disagree with your manager?", "What causes you stress at work?",
    "Tell me about a time you had to learn how to use a new tool quickly.",
])
def test_a_question_about_the_candidate_worded_alike_is_not_technical(question):
    from core.coach.question_types import question_type

    assert question_type(question) != "technical"


def test_a_one_line_answer_to_a_cause_question_outscores_one_word():
    question = "What causes a memory leak in a long-running service?"
    assert score_answer(question, "Caches and listeners never released.").overall > score_answer(question, "Memory.").overall


@pytest.mark.parametrize("question, answer", [
    ("What causes a memory leak in a long-running service?", "Memory problems."),
    ("What is a race condition?", "Threading issues."),
])
def test_a_question_word_beside_a_vague_noun_stays_a_non_answer(question, answer):
    assert score_answer(question, answer).overall == 1
