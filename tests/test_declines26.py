"""A wish to skip a question moves the interview on; it is not taken for "I haven't done that" (session 26 newcomer:
"Skip me please, I'd rather not answer that one." got "That's fine, not everyone has. Then tell me how you would
handle it…")."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.coach.denial_turn import asks_closest_after, declines
from core.interview.state import build_state, decide_next_step
from core.storage import MessageRow, SessionRow

NOW = datetime(2026, 12, 2, 10, 0)
GAP_Q = ("This job involves cold calling, which I don't see on your CV. Tell me about a time you had to learn "
         "something similar quickly: what did you do and how long did it take?")
SKIPS = ["Skip me please, I'd rather not answer that one.", "Pass.", "Next question please.", "Can we skip this one?",
         "I'd prefer not to answer this.", "Je préfère ne pas répondre.", "Prefiero no contestar a esta.",
         "Lieber nicht, nächste Frage bitte."]


def _step(question: str, answer: str):
    session = SessionRow(id="d1", created_at=NOW, updated_at=NOW, job_title="Sales Development Representative",
                         company="", job_description="", cv_text="", cv_filename=None,
                         settings={"question_count": 4, "style": "neutral"}, status="in_progress", model=None,
                         overall_score=None, completed_at=None, owner=None)
    messages = [MessageRow(seq=i, role=role, content=text, kind=kind, question_no=1, created_at=NOW, model="m",
                           latency_ms=None, tokens_in=None, tokens_out=None)
                for i, (role, kind, text) in enumerate([("interviewer", "question", question),
                                                        ("candidate", "answer", answer)])]
    return decide_next_step(build_state(session, messages))


@pytest.mark.parametrize("answer", SKIPS)
def test_a_wish_to_skip_moves_on_to_the_next_question(answer):
    assert declines(answer)
    assert not asks_closest_after(GAP_Q, answer)
    step = _step(GAP_Q, answer)
    assert step is not None and step.kind == "question" and step.number == 2


@pytest.mark.parametrize("answer", ["I don't know.", "I haven't done that.", "I've never done cold calling."])
def test_not_knowing_or_not_having_done_it_still_gets_the_closest_thing(answer):
    assert not declines(answer)
    step = _step(GAP_Q, answer)
    assert step is not None and step.kind == "follow_up" and step.reason == "not_experienced"


@pytest.mark.parametrize("answer", [
    "I passed the exam first time and then I moved on to the next question of the audit checklist with my manager.",
    "I would rather not guess: I would ask the customer what they need first, then check the account history.",
    "I skip the small talk and open with the customer's last order, which got me a 20% reply rate.",
])
def test_answers_that_only_use_the_words_are_not_declines(answer):
    assert not declines(answer)
