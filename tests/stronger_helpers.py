"""Helpers of the stronger-answer tests (tests/test_stronger16*.py): one heading's text, and the stronger answer
with the run limit checked (no run of more than ``SHORT_PHRASE`` of the answer's words given back, outside the
candidate's sentences given back whole: session 18)."""

from __future__ import annotations

import re

from core.coach.score import score_answer
from core.coach.stronger_limits import SHORT_PHRASE
from core.coach.stronger_whole import longest_cut_run

HEADS = r"(?:Answer|Detail|Closest experience|Plan|Situation|Task|Action|Result|Lesson|Now|Before|Why this role|Evidence|What you bring)"


def part(stronger: str, label: str) -> str:
    """The text under ``label:`` up to the next heading, without [placeholders]; fails when the heading is absent."""
    found = re.search(rf"\b{label}: (.*?)(?= {HEADS}: |$)", stronger)
    assert found, (label, stronger)
    return re.sub(r"\[[^\]]*\]", "", found.group(1)).strip()


def stronger(question: str, answer: str) -> str:
    """The scorer's stronger answer to ``answer``, after checking it gives back no run over the limit."""
    out = score_answer(question, answer).stronger_answer
    assert longest_cut_run(out, answer) <= SHORT_PHRASE, out  # the run limit still holds outside sentences kept whole
    return out
