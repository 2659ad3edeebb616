"""Issue 15 (newcomer's faults, session 10): a tough interviewer told a Spanish answer that did answer
"That doesn't answer what I asked", its restated question in lower case after a full stop. An answer in
another language than the question's is never pressed as off the question (its relevance cannot be judged
by the question's English words); every sentence a tough interviewer says opens with a capital."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from core.coach.follow_up import follow_up_reason
from core.coach.pressure import _LEADS, styled_reason, tough_follow_up
from core.interview.state import build_state, decide_next_step
from core.storage import MessageRow, SessionRow

NOW = datetime(2026, 2, 1, 9, 0)
STORY_Q = "Tell me about a time you calmed down an upset customer."
SPANISH = ("Una vez una clienta llegó muy enfadada porque su pedido llevaba tres semanas de retraso. Escuché su queja "
           "sin interrumpir, revisé el sistema, llamé a la empresa de transporte y le ofrecí un descuento. Al final "
           "volvió a comprar y nos dejó una buena reseña.")
ITALIAN = ("Una volta una cliente è arrivata molto arrabbiata perché il suo ordine era in ritardo di tre settimane. Ho "
           "ascoltato il problema, ho chiamato il corriere e le ho offerto uno sconto. Alla fine è tornata a comprare.")
ENGLISH_ELSEWHERE = "I really enjoy hiking at weekends and I have climbed most of the big hills in the north of the country."


def _session(style: str) -> SessionRow:
    return SessionRow(id="t1", created_at=NOW, updated_at=NOW, job_title="Shop Assistant", company="",
                      job_description="", cv_text="", cv_filename=None, settings={"question_count": 4, "style": style},
                      status="in_progress", model=None, overall_score=None, completed_at=None, owner=None)


def _message(kind: str, content: str) -> MessageRow:
    role = "interviewer" if kind in ("question", "follow_up") else "candidate"
    return MessageRow(seq=0, role=role, content=content, kind=kind, question_no=1, created_at=NOW, model="m",
                      latency_ms=None, tokens_in=None, tokens_out=None)


@pytest.mark.parametrize("answer", [SPANISH, ITALIAN])
def test_an_answer_in_another_language_is_never_pressed_as_off_the_question(answer):
    assert styled_reason(STORY_Q, answer, follow_up_reason(STORY_Q, answer), "tough") != "off_point"
    step = decide_next_step(build_state(_session("tough"), [_message("question", STORY_Q), _message("answer", answer)]))
    assert step is None or step.reason != "off_point"


def test_an_english_answer_about_something_else_is_still_pressed():
    assert styled_reason(STORY_Q, ENGLISH_ELSEWHERE, follow_up_reason(STORY_Q, ENGLISH_ELSEWHERE), "tough") == "off_point"


_QUESTIONS = (
    STORY_Q,
    "What did you learn from your last project?",
    "How would you plan the first week of a new stock count?",
    "Why do you want this role?",
    "Your CV mentions stock control at Harrow Foods. Which part of it was yours?",
)


def _sentence_starts(text: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r"(?:^|[.?!]\s+)([^\s\"“'‘(])", text)]


@pytest.mark.parametrize("question", _QUESTIONS)
@pytest.mark.parametrize("reason", ["off_point", "vague", *sorted(_LEADS)])
def test_every_pressure_line_opens_its_sentences_with_a_capital(question, reason):
    neutral = "You said \u201cwe fixed it\u201d. What did you personally do?"
    line = tough_follow_up(reason, question, neutral)
    starts = _sentence_starts(line)
    assert starts and all(s.isupper() or not s.isalpha() for s in starts), line
