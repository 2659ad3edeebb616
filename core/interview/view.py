"""What the Feedback page draws, built from the store: one card per question, in order.

The page draws; it does not regroup score rows itself. Each card carries the first scored attempt
(the interview's own answer), each reply with how it was delivered (figures stored with a spoken
answer, the text-based part for a typed one: the answer, then the follow-up's answer, each under its
own text) and, when the candidate retried, the latest retry with its evidence, its own delivery
figures (typed) and the change per rubric dimension. :func:`next_steps` gives the report's three next steps.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

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
class Delivery:
    """One reply and how it was delivered: ``which`` is "Answer", "Follow-up answer" or "Retry";
    ``figures`` is ``core.speech.DeliveryReport.to_dict()`` (spoken: pace, pauses; typed: word count and
    fillers); ``text`` the reply; ``prompt`` the follow-up question a follow-up answer replies to; ``length_note``
    what is said of a very long reply or one that repeats itself (:func:`core.coach.long_answer.length_note`)."""

    which: str
    figures: dict[str, Any]
    text: str = ""
    prompt: str = ""
    length_note: str = ""

    @property
    def spoken(self) -> bool:
        return bool(self.figures.get("spoken"))


@dataclass(frozen=True)
class RetryComparison:
    """The first attempt against the latest retry: (label, before, after) per dimension, then overall 1-10,
    and the retry's own answer, evidence per dimension and missing items."""

    retry_number: int  # 1 for the first retry
    rows: list[tuple[str, int, int]]
    answer: str = ""
    dimensions: list[DimensionRow] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    delivery: Delivery | None = None  # the retry's own figures (a retry is typed)
    repeats: str = ""  # said when the retry repeats an earlier attempt (:func:`retry_repeats`), else ""

    @property
    def overall_change(self) -> int:
        return self.rows[-1][2] - self.rows[-1][1]


def signed(change: float) -> str:
    """A change as people write it: ``"+4"``, ``"−2"`` (minus sign), ``"0"``; one decimal if not whole."""
    text = f"{abs(change):g}" if float(change).is_integer() else f"{abs(change):.1f}"
    return "0" if change == 0 else ("+" if change > 0 else "−") + text


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
    delivery: list[Delivery] = field(default_factory=list)  # each reply (answer, follow-up answer) in order

    @property
    def scored(self) -> bool:
        return self.overall is not None


def _dimension_rows(row: ScoreRow) -> list[DimensionRow]:
    return [DimensionRow(DIMENSION_LABELS[d], int(getattr(row, d)), row.evidence.get(d, "")) for d in DIMENSIONS]


def _comparison(first: ScoreRow, latest: ScoreRow) -> RetryComparison:
    from core.speech.delivery import analyse_text  # numpy only; no engine

    rows = [(DIMENSION_LABELS[d], int(getattr(first, d)), int(getattr(latest, d))) for d in DIMENSIONS]
    rows.append(("Overall (1-10)", int(first.overall), int(latest.overall)))
    return RetryComparison(retry_number=int(latest.attempt) - 1, rows=rows, answer=latest.answer,
                           dimensions=_dimension_rows(latest), missing=list(latest.missing),
                           delivery=Delivery("Retry", analyse_text(latest.answer).to_dict(), latest.answer))


def retry_repeats(answer: str, earlier: list[tuple[int, str]]) -> str:
    """A sentence saying that a retry repeats an earlier attempt of the same question, or "": ``earlier``
    holds (attempt, text) pairs, attempt 1 the interview's own answer (its main answer and its follow-up
    reply each a pair). A repeat is the same text (spacing and case aside) or nearly the same, as the live
    chat reads a repeated answer (:func:`core.coach.redirect.repeated_from`: most of its word 4-grams)."""
    from core.coach.redirect import repeated_from

    def key(text: str) -> str:
        return " ".join((text or "").lower().split())

    same = next((n for n, text in earlier if key(text) and key(text) == key(answer)), None)
    number = same if same is not None else repeated_from(answer, earlier)
    if number is None:
        return ""
    which = "your first answer" if number == 1 else f"your retry {number - 1}"
    how = "the same as" if same is not None else "nearly the same as"
    return (f"This retry is {how} {which}, so its scores say little new: answer again with what you would "
            "change (the missing parts below), in your own words.")


def _deliveries(record: Any) -> list[Delivery]:
    """Each reply of a question with its stored delivery, or the text-based part for a typed reply; none
    for a skipped question or a skipped follow-up (nothing was said)."""
    from core.coach.long_answer import length_note
    from core.speech.delivery import analyse_text  # numpy only; no engine

    out = []
    for which, text, meta, prompt in (("Answer", record.answer, record.answer_meta, ""),
                                      ("Follow-up answer", record.follow_up_answer, record.follow_up_meta,
                                       record.follow_up or "")):
        if not text or record.skipped:
            continue
        figures = (meta or {}).get("delivery") or analyse_text(text).to_dict()
        out.append(Delivery(which, figures, text, prompt, length_note(text)))
    return out


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
            card.dimensions = _dimension_rows(first)
            card.missing = list(first.missing)
            card.stronger_answer = first.stronger_answer or ""
            retries = [r for r in rows if r.attempt > 1]
            if retries:
                earlier = [(1, t) for t in (record.answer, record.follow_up_answer) if t]
                earlier += [(int(r.attempt), r.answer) for r in retries[:-1]]
                card.retry = replace(_comparison(first, retries[-1]), repeats=retry_repeats(retries[-1].answer, earlier))
        card.delivery = _deliveries(record)
        cards.append(card)
    return cards


# One concrete habit per rubric dimension (the rubric's own words, ``core.schemas.DIMENSION_HELP``).
DIMENSION_TIPS: dict[str, str] = {
    "relevance": "answer the question asked in your first sentence, then tie it to this role.",
    "structure": "tell each example as STAR: the situation, your task, what you did, and the result.",
    "specificity": "name the tool, the number and the outcome (\"cut p95 latency from 900 to 210 ms\").",
    "depth": "say why you chose what you did, the trade-off you weighed, and what you learned.",
    "communication": "lead with the point, keep to about two minutes, and drop filler words.",
}


NOTHING_TO_FIX = ("Nothing stands out to fix: keep answering this way, and try a harder interview next "
                  "(a tough interviewer or a more senior level).")


def next_steps(cards: list[QuestionCard], dimension_scores: dict[str, float] | None,
               given: list[str] | None = None, *, count: int = 3) -> list[str]:
    """The report's next steps: ``given`` (the scorer's ``ReportRow.next_steps``) when it wrote them,
    else derived here.

    Derived: the weakest rubric dimensions (lowest mean first, from ``dimension_scores``, 1-5) each with
    one habit from :data:`DIMENSION_TIPS`, and the item most often listed as missing across the scored
    questions. Returns at most ``count`` sentences; one sentence when nothing was scored, and
    :data:`NOTHING_TO_FIX` when every dimension is at 4.5 or more and nothing was missing.
    """
    given = [str(s) for s in (given or []) if str(s).strip()]
    if given:
        return given[:count]
    scored = [c for c in cards if c.scored]
    if not scored:
        return ["Answer at least a few questions in full: a skipped question gets no feedback."]
    dims = dimension_scores or {}
    ranked = sorted((d for d in DIMENSIONS if d in dims), key=lambda d: (dims[d], DIMENSIONS.index(d)))
    missing = Counter(item.strip() for c in scored for item in c.missing if item.strip())
    room = count - (1 if missing else 0)
    steps = [f"{DIMENSION_LABELS[d]} ({dims[d]:.1f}/5): {DIMENSION_TIPS[d]}" for d in ranked if dims[d] < 4.5][:room]
    if missing:
        item, _n = missing.most_common(1)[0]
        where = [f"Q{c.number}" for c in scored if item in (m.strip() for m in c.missing)]
        steps.append(f"Add what was most often missing: {item} ({', '.join(where)}).")
    return steps[:count] or [NOTHING_TO_FIX]
