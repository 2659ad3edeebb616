""""Every part of the question" lists the question's real asks, never how it is worded (issue 15, session 13:
a report said "Every part of the question: kpi, involves, sentence"). The coach's own templates give only
their filled slots, every template the plan writes included; a question no template wrote loses its frame
clause ("This position involves") and the form it asks of the answer ("in one sentence"). Made-up questions
and answers; each test failed before the change."""

from __future__ import annotations

import re

import pytest

from core.analysis.answer import analyse_answer
from core.coach.framing import question_content
from core.coach.plan_core import CORE_GAP_TEMPLATES, CORE_SHOWN_TEMPLATES, core_question
from core.coach.plan_text import GAP_TEMPLATES, RELATED_TEMPLATES, gap_question, related_question
from core.coach.score import score_answer

WORDING = {"involves", "involving", "sentence", "sentences", "calls", "closest", "nearest", "centres", "speed",
           "briefly", "words", "minutes", "accountable", "related"}


def _parts(question: str, answer: str) -> set[str]:
    missing = score_answer(question, answer).missing
    found = [m for m in missing if m.startswith("Every part of the question: ")]
    return {w.strip() for m in found for w in m.split(": ", 1)[1].split(",")}


QUESTIONS = [
    *(related_question("stock rotation and waste logs", i) for i in range(len(RELATED_TEMPLATES))),
    *(gap_question("stock rotation and waste logs", i) for i in range(len(GAP_TEMPLATES))),
    *(core_question("stock rotation and waste logs", shown, i) for shown in (True, False)
      for i in range(len(CORE_SHOWN_TEMPLATES if shown else CORE_GAP_TEMPLATES))),
    "This position involves stock rotation and waste logs for a bakery. In one sentence, how would you cut waste?",
    "The role requires stock rotation and waste logs. Briefly, which would you check first, and why?",
    "Your CV mentions waste logs. In two minutes, walk me through how you used them at a bakery.",
]
ANSWER = "I would check the bakery shelves every morning and move older trays to the front, so less is thrown away."


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_parts_an_answer_leaves_aside_are_the_questions_asks(question):
    untouched = set(analyse_answer(ANSWER, question_content(question)).question_untouched)
    assert not untouched & WORDING, untouched


def test_the_reports_line_names_asks_only():
    """The newcomer's kind: the line read "Every part of the question: involves, logs, rotation, sentence"
    (with the wording gone, the answer covers enough of the asks that the line may not be needed at all)."""
    parts = _parts(QUESTIONS[-3], ANSWER)
    assert not parts & WORDING, parts
    assert parts <= {"stock", "rotation", "waste", "logs", "bakery"}, parts
@pytest.mark.parametrize("index", range(len(GAP_TEMPLATES)))
def test_every_gap_template_keeps_what_it_is_about(index):
    """The "get up to speed on {topic}" template is about its topic, not about nothing."""
    assert question_content(gap_question("waste logs", index)) == "waste logs"


def test_a_model_question_keeps_its_asks():
    text = question_content("This position involves KPI reporting. In one sentence, which KPI would you set first?")
    assert "KPI reporting" in text and "KPI would you set first" in text
    assert not re.search(r"involves|sentence", text)
