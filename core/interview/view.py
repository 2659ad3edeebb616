"""What the Feedback page draws, built from the store: one card per question, in order.

The page draws; it does not regroup score rows itself. Each card carries the first scored attempt
(the interview's own answer) and, when the candidate retried, the latest retry with the change per
rubric dimension.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.interview.state import InterviewState
from core.schemas import DIMENSION_LABELS, DIMENSIONS
from core.storage import InterviewStore, ScoreRow


@dataclass(frozen=True)
class DimensionRow:
    """One rubric dimension of a scored answer (score 1-5) and the words it rests on."""

    label: str
    score: int
    evidence: str


@dataclass(frozen=True)
class RetryComparison:
    """The first attempt against the latest retry: (label, before, after) per dimension, then overall 1-10."""

    retry_number: int  # 1 for the first retry
    rows: list[tuple[str, int, int]]


@dataclass
class QuestionCard:
    """One question as Feedback shows it."""

    number: int
    question: str
    answer: str
    skipped: bool
    overall: int | None = None  # 1-10; None when not scored
    dimensions: list[DimensionRow] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    stronger_answer: str = ""
    retry: RetryComparison | None = None

    @property
    def scored(self) -> bool:
        return self.overall is not None


def _comparison(first: ScoreRow, latest: ScoreRow) -> RetryComparison:
    rows = [(DIMENSION_LABELS[d], int(getattr(first, d)), int(getattr(latest, d))) for d in DIMENSIONS]
    rows.append(("Overall (1-10)", int(first.overall), int(latest.overall)))
    return RetryComparison(retry_number=int(latest.attempt) - 1, rows=rows)


def question_cards(store: InterviewStore, state: InterviewState) -> list[QuestionCard]:
    """The cards of a session's questions, in order, from its stored scores (all attempts)."""
    attempts: dict[int, list[ScoreRow]] = {}
    for row in store.list_answer_scores(state.session.id, attempt=None):  # ordered by question, attempt
        attempts.setdefault(row.question_no, []).append(row)
    cards = []
    for record in state.questions:
        rows = attempts.get(record.number, [])
        first = next((r for r in rows if r.attempt == 1), None)
        card = QuestionCard(number=record.number, question=record.question, answer=record.combined_answer,
                            skipped=record.skipped)
        if first is not None and not record.skipped:
            card.overall = int(first.overall)
            card.dimensions = [DimensionRow(DIMENSION_LABELS[d], int(getattr(first, d)), first.evidence.get(d, ""))
                               for d in DIMENSIONS]
            card.missing = list(first.missing)
            card.stronger_answer = first.stronger_answer or ""
            retries = [r for r in rows if r.attempt > 1]
            if retries:
                card.retry = _comparison(first, retries[-1])
        cards.append(card)
    return cards
