"""Newcomer, session 24: "why the band 6 MSK physiotherapist role at … appeals to you" — a grade ("Band 6", "Grade 7",
"Level 3") is a name the NHS and civil service write with its capital, and reads as a typo lowered. Made-up titles."""

from __future__ import annotations

import pytest

from core.coach.plan_text import title_in_sentence


@pytest.mark.parametrize(("title", "said"), [
    ("Band 6 MSK Physiotherapist", "Band 6 MSK physiotherapist"),
    ("Band 8a Lead Pharmacist", "Band 8a lead pharmacist"),
    ("Grade 7 Policy Adviser", "Grade 7 policy adviser"),
    ("Staff Nurse Band 5", "staff nurse Band 5"),
    ("Level 3 Apprentice Electrician", "Level 3 apprentice electrician"),
])
def test_a_grade_keeps_its_capital_in_a_sentence(title: str, said: str) -> None:
    assert title_in_sentence(title) == said


@pytest.mark.parametrize(("title", "said"), [
    ("Band Manager", "band manager"),            # a music band, no grade
    ("Senior Physiotherapist", "senior physiotherapist"),
])
def test_other_title_words_are_lowered_as_before(title: str, said: str) -> None:
    assert title_in_sentence(title) == said
