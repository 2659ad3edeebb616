"""Stories told twice in one interview, and the question each counts under (:mod:`core.coach.repeat_home`).

:func:`story_moves` reads the interview in order: an answer or follow-up reply that repeats an earlier question's
(:func:`core.coach.redirect.repeated_from`), was about something else there and answers its own question clearly better
(:func:`core.coach.repeat_home.fits_later`) moves there: the later question counts it as its own (no "This question
asks something else" in the chat, scored as its answer), and the earlier question is scored on what is left of its
own (:func:`core.interview.weighing.weighed_score`, ``later``). Any other repeat (one the interview took as the earlier
question's answer, a tie included) stays where it was first told, and the later question is told it is the same
answer. The decision is a plain function of the texts (the same at the
chat's turn and in the report), computed once per interview text (:func:`_moves`, cached).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from core.coach.redirect import repeated_from
from core.coach.repeat_home import fits_later

if TYPE_CHECKING:
    from core.interview.state import InterviewState

ANSWER, REPLY = "answer", "reply"  # which text of a question: its main answer or its follow-up reply


@dataclass(frozen=True)
class StoryMove:
    """A story told for question ``source`` (its ``source_part``, :data:`ANSWER` or :data:`REPLY`) and again for
    question ``home`` (its ``home_part``), which it answers better: it counts under ``home``."""

    source: int
    source_part: str
    home: int
    home_part: str
    text: str


Told = tuple[tuple[int, str, str, str], ...]  # (number, question, main answer, follow-up reply) of each question

def story_moves(state: InterviewState) -> tuple[StoryMove, ...]:
    """Every story of ``state`` that moved to a later question (see the module docstring), in the order told."""
    return _walk(_told(state))[0]


def _told(state: InterviewState) -> Told:
    return tuple((q.number, q.question, q.answer or "", q.follow_up_answer or "")
                 for q in state.questions if q.answered)


Counted = tuple[tuple[int, str, str], ...]  # (number, part, text) of what counts where it was told


@lru_cache(maxsize=64)
def _walk(told: Told) -> tuple[tuple[StoryMove, ...], dict[int, Counted]]:
    """The moves, and what counted once each question was read (by question number: what its answers are compared
    with is that, of the questions before it); an answer or reply that repeats a story counted already is not counted
    again, so a third telling names the story's home."""
    questions = {number: question for number, question, _, _ in told}
    counted: list[tuple[int, str, str]] = []
    moves: list[StoryMove] = []
    before_each: dict[int, Counted] = {}
    for number, question, answer, reply in told:
        for part, text in ((ANSWER, answer), (REPLY, reply)):
            if not text:
                continue
            source = repeated_from(text, [(n, t) for n, _, t in counted if n < number])
            if source is None:
                counted.append((number, part, text))
                continue
            match = next(c for c in counted if c[0] == source and repeated_from(text, [(source, c[2])]) is not None)
            if fits_later(text, questions[source], question):  # it counts here now
                counted.remove(match)
                moves.append(StoryMove(source, match[1], number, part, text))
                counted.append((number, part, text))
        before_each[number] = tuple(counted)  # filtered to the questions before: what counted, once this one moved
    before_each[max(questions, default=0) + 1] = tuple(counted)
    return tuple(moves), before_each


def moved_away(state: InterviewState, number: int) -> list[tuple[int, str]]:
    """(later question's number, text) of each story of question ``number`` that moved to a later question: what
    :func:`core.interview.weighing.weighed_score` takes as ``later``."""
    return [(m.home, m.text) for m in story_moves(state) if m.source == number]


def moved_here(state: InterviewState, number: int, part: str) -> int | None:
    """The earlier question whose story question ``number``'s ``part`` (:data:`ANSWER` or :data:`REPLY`) tells
    again and counts here instead, or None."""
    return next((m.source for m in story_moves(state) if m.home == number and m.home_part == part), None)


def counted_texts(state: InterviewState, number: int) -> list[tuple[int, str]]:
    """(question number, text) of the answers and follow-up replies before question ``number`` that count where they
    were told, as the interview stood when question ``number`` was answered: a story that moved to a later question
    (this one or an earlier) is left out of its first question's, and a story told again that stayed where it was is
    listed once, where it counts (a later telling then names the question it counts under)."""
    moves, before_each = _walk(_told(state))
    counted = before_each.get(number)
    if counted is None:  # a question not answered yet, or past the last: all that counts so far
        counted = before_each[max(before_each)] if before_each else ()
    return [(n, text) for n, _, text in counted if n < number]
