"""Requirement coverage counts a requirement as probed when a question asked about it by another form of its
name or a known synonym (newcomer, session 12: "live-chat: not probed" after a question about live chat).
Made-up questions and answers; the synonyms are the skills lexicon's aliases, the forms a hyphen or a space."""

from __future__ import annotations

import pytest

from core.analysis.job import mentions
from core.coach.coverage import coverage_item

ANSWER = "I kept a calm tone and wrote down what the customer needed before I replied."  # shows none of them


@pytest.mark.parametrize(("requirement", "question"), [
    ("live-chat", "Tell me about a time you handled three live chat conversations at once."),
    ("Live chat", "How do you keep replies accurate in chat support when the queue is long?"),
    ("live-chat", "What do you do first when a web chat customer is angry?"),
    ("chat support", "Walk me through your live-chat routine on a busy Monday."),
    ("on-call", "How do you hand over an on call shift?"),
    ("front-end testing", "Which front end testing tools have you used, and why?"),
])
def test_a_question_about_another_form_or_synonym_probes_it(requirement: str, question: str) -> None:
    item = coverage_item(requirement, [(question, ANSWER, None)])
    assert item.status == "weak" and item.evidence.startswith("Asked about in"), item


def test_a_question_about_something_else_does_not_probe_it() -> None:
    item = coverage_item("live-chat", [("Tell me about a difficult phone call with a customer.", ANSWER, None)])
    assert item.status == "not probed", item


@pytest.mark.parametrize(("text", "requirement"), [
    ("Answered live chat and email tickets.", "live-chat"),
    ("Answered live-chat and email tickets.", "Live chat"),
    ("Covered the on call rota twice a month.", "on-call rota"),
])
def test_a_hyphen_or_a_space_is_one_name(text: str, requirement: str) -> None:
    assert mentions(text, requirement)[0]
