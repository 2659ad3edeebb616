"""Question types: each kind of question is recognised by its wording (core.coach.question_types)."""

from __future__ import annotations

import pytest

from core.coach.question_types import QUESTION_TYPES, detect_question_type, question_type


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is your greatest weakness?", "self_assessment"),
        ("How would your colleagues describe you?", "self_assessment"),
        ("Why did you leave your last job?", "motivation"),
        ("Why should we hire you?", "motivation"),
        ("Why do you want to work in healthcare?", "motivation"),
        ("Tell me about a time you disagreed with your manager.", "behavioural"),
        ("Give me an example of a goal you missed.", "behavioural"),
        ("How would you handle an angry customer who wants a refund?", "situational"),
        ("What would your first 90 days look like?", "situational"),
        ("Design a URL shortener for a million users a day.", "technical"),
        ("Explain the difference between a process and a thread.", "technical"),
        ("Tell me about yourself.", "introduction"),
    ],
)
def test_detects_the_kind_of_question(question: str, expected: str) -> None:
    assert detect_question_type(question) == expected
    assert expected in QUESTION_TYPES


def test_unknown_wording_defaults_to_behavioural() -> None:
    assert detect_question_type("") == "behavioural"
    assert question_type("Something else entirely") == "behavioural"
