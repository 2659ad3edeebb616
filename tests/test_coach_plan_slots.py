"""A requirement's noun phrase reads in every plan template: "the ropes in kitchen experience" or "get up to
speed on retail experience" never comes out; a slot after "in" or "on" takes the field the requirement names
("kitchen work", "Xero"), and the interviewer harness catches the kind automatically (made-up inputs; they
failed before the change)."""

from __future__ import annotations

import pytest

from bench.interviewer_checks import _FRAME_SLOT
from core.coach.plan_text import (
    GAP_TEMPLATES,
    RELATED_TEMPLATES,
    SKILL_TEMPLATES,
    SKILL_TEMPLATES_SENIOR,
    gap_question,
    related_question,
    shown_question,
    topic_phrase,
)

SAID = ("kitchen", "retail experience", "knowledge of Xero", "front-of-house experience", "Xero", "menu planning")


@pytest.mark.parametrize("said", SAID)
def test_no_template_puts_a_frame_word_where_a_field_belongs(said):
    texts = [shown_question(said, i, "Brightside Cafe", SKILL_TEMPLATES + SKILL_TEMPLATES_SENIOR) for i in range(6)]
    texts += [related_question(said, i, "Brightside Cafe") for i in range(len(RELATED_TEMPLATES))]
    texts += [gap_question(said, i) for i in range(len(GAP_TEMPLATES))]
    for text in texts:
        assert not _FRAME_SLOT.search(text), text


def test_the_field_a_requirement_names():
    assert topic_phrase("kitchen") == "kitchen work"
    assert topic_phrase("retail experience") == "retail work"
    assert topic_phrase("knowledge of Xero") == "Xero"
    assert topic_phrase("menu planning") == "menu planning"  # an activity reads after "in" as it is
    assert topic_phrase("food safety audits") == "food safety audits"
    assert "the ropes in kitchen work" in shown_question("kitchen", 3)


def test_the_harness_check_catches_the_kind_and_passes_ordinary_wording():
    assert _FRAME_SLOT.search("If you were showing a new colleague the ropes in bakery experience, which example?")
    assert _FRAME_SLOT.search("How would you get up to speed on kitchen experience in your first months here?")
    assert not _FRAME_SLOT.search("What in your experience so far makes you a strong fit?")
    assert not _FRAME_SLOT.search("Tell me about your work in customer experience.")
    assert not _FRAME_SLOT.search("You have experience in Xero: how did you use it?")
