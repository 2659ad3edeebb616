"""A tough interviewer presses at least as often as the default one (issue 15, session 13: a vague answer
passed a tough interviewer with no follow-up). A vague story about something else is redirected by the
default interviewer; a tough one, who presses instead of redirecting, must not let it pass. Made-up
questions and answers; the tests failed before the change."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.interview.state import build_state, decide_next_step
from core.storage import MessageRow, SessionRow

NOW = datetime(2026, 3, 2, 10, 0)

QUESTIONS = (
    "Describe a time you caught a medication error on a ward. What did you do? I'll want details.",
    "Tell me about a time you had to deliver a difficult safeguarding referral. Be specific.",
    "Describe a time you found a defect in a production database migration. Keep it concrete: names, numbers and "
    "your own part.",
    "How would you plan the first month of a new recycling scheme across three depots?",
)
# Vague (no figure, no outcome), and about something else than each question.
VAGUE_ELSEWHERE = (
    "At Larkfield Garden Centre a customer was unhappy about a delay, so I phoned her and explained what had "
    "happened. We sorted out a new date with the warehouse and she seemed fine with that after a while.",
    "At the town library a visitor was annoyed about a late book order, so I called him and said what went wrong. "
    "We agreed a new collection day with the supplier and he was happy enough in the end.",
)
VAGUE = (
    "I usually just try to stay organised and talk to people, and it generally works out fine in the end.",
    "I think communication is really important, so I would make sure everyone is on the same page.",
)


def _session(style: str) -> SessionRow:
    return SessionRow(id="t2", created_at=NOW, updated_at=NOW, job_title="Duty Manager", company="",
                      job_description="", cv_text="", cv_filename=None,
                      settings={"question_count": 4, "style": style}, status="in_progress", model=None,
                      overall_score=None, completed_at=None, owner=None)


def _message(kind: str, content: str) -> MessageRow:
    role = "interviewer" if kind in ("question", "follow_up") else "candidate"
    return MessageRow(seq=0, role=role, content=content, kind=kind, question_no=1, created_at=NOW, model="m",
                      latency_ms=None, tokens_in=None, tokens_out=None)


def _follows_up(style: str, question: str, answer: str) -> bool:
    step = decide_next_step(build_state(_session(style), [_message("question", question), _message("answer", answer)]))
    return step is not None and step.kind == "follow_up"


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("answer", VAGUE_ELSEWHERE + VAGUE)
def test_tough_follows_up_whenever_the_default_does(question, answer):
    if _follows_up("neutral", question, answer):
        assert _follows_up("tough", question, answer)


def test_a_vague_answer_about_something_else_is_pressed_by_a_tough_interviewer():
    """A named place ("the warehouse") made it read as concrete to the tough check, and the redirect was skipped."""
    step = decide_next_step(build_state(_session("tough"), [_message("question", QUESTIONS[0]),
                                                            _message("answer", VAGUE_ELSEWHERE[0])]))
    assert step is not None and (step.kind, step.reason) == ("follow_up", "off_point")
