"""The interview as a state machine over stored messages: setup -> in progress -> completed.

Nothing here imports streamlit. The page asks :class:`InterviewEngine` what to do next and
shows what it streams; every question and answer is written to the store the moment it exists,
so the state can always be rebuilt from the database (refresh, new tab, server restart).

Messages a session holds, in order (``kind``):
- ``question``: a main question, ``question_no`` = 1..total, role ``interviewer``;
- ``follow_up``: at most one per main question, same ``question_no``;
- ``answer``: the candidate's reply to the question or follow-up before it, role ``candidate``;
- ``skip``: the candidate skipped the question (role ``candidate``);
- ``notice``: a small system note (e.g. a provider fell back), role ``system``.
"""

from __future__ import annotations

import contextlib
import threading
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.schemas import DIMENSIONS, AnswerScore, InterviewReport, aggregate_scores
from core.store import InterviewStore

if TYPE_CHECKING:  # the model layer imports LangChain; keep start-up light
    from collections.abc import Iterator

    from core.llm import InterviewContext, ModelChains, StreamEvent, Turn

INTERVIEW_TYPES = ("mixed", "behavioral", "technical")
SENIORITIES = ("junior", "mid", "senior", "lead")
STYLES = ("friendly", "neutral", "tough")
SKIPPED_TEXT = "(skipped)"


class AnswerError(ValueError):
    """An answer that cannot be accepted, worded for the candidate."""


@dataclass
class QuestionRecord:
    """One main question with its optional follow-up and the candidate's replies."""

    number: int
    question: str
    answer: str | None = None
    follow_up: str | None = None
    follow_up_answer: str | None = None
    skipped: bool = False
    model: str | None = None

    @property
    def combined_answer(self) -> str:
        """The text scored for this question: the answer plus the follow-up answer."""
        parts = [self.answer or ""]
        if self.follow_up and self.follow_up_answer:
            parts.append(f"(Follow-up: {self.follow_up})\n{self.follow_up_answer}")
        return "\n\n".join(p for p in parts if p).strip()

    @property
    def scored_question_and_answer(self) -> tuple[str, str]:
        """What a scorer reads: the question (with the follow-up question, if any) and only the
        candidate's words, so the interviewer's wording is never scored or quoted as theirs."""
        if not (self.follow_up and self.follow_up_answer):
            return self.question, self.answer or ""
        return (f"{self.question}\n(Follow-up: {self.follow_up})",
                "\n\n".join(p for p in (self.answer or "", self.follow_up_answer) if p).strip())

    @property
    def answered(self) -> bool:
        return bool(self.answer) and not self.skipped


@dataclass
class InterviewState:
    """Everything the page needs, rebuilt from the store."""

    session: dict[str, Any]
    messages: list[dict[str, Any]]
    questions: list[QuestionRecord] = field(default_factory=list)

    @property
    def settings(self) -> dict[str, Any]:
        return self.session.get("settings") or {}

    @property
    def total(self) -> int:
        return int(self.settings.get("question_count", 8))

    @property
    def status(self) -> str:
        return self.session["status"]

    @property
    def current_number(self) -> int:
        return self.questions[-1].number if self.questions else 0

    @property
    def awaiting_answer(self) -> bool:
        """True when the last thing said is a question the candidate has not answered yet."""
        relevant = [m for m in self.messages if m["kind"] in ("question", "follow_up", "answer", "skip")]
        return bool(relevant) and relevant[-1]["kind"] in ("question", "follow_up")

    @property
    def last_question_text(self) -> str | None:
        for message in reversed(self.messages):
            if message["kind"] in ("question", "follow_up"):
                return message["content"]
        return None


def build_state(session: dict[str, Any], messages: list[dict[str, Any]]) -> InterviewState:
    state = InterviewState(session=session, messages=messages)
    for message in messages:
        kind = message["kind"]
        if kind == "question":
            state.questions.append(
                QuestionRecord(number=message["question_no"], question=message["content"], model=message["model"])
            )
        elif not state.questions:
            continue
        elif kind == "follow_up":
            state.questions[-1].follow_up = message["content"]
        elif kind == "answer":
            record = state.questions[-1]
            if record.follow_up is not None:
                record.follow_up_answer = message["content"]
            else:
                record.answer = message["content"]
        elif kind == "skip":
            state.questions[-1].skipped = True
    return state


def decide_next_step(state: InterviewState) -> dict[str, Any] | None:
    """The next step after the candidate's last reply: a question, a follow-up, or None (finish)."""
    from core.coach import follow_up_reason

    if state.awaiting_answer:
        raise RuntimeError("the candidate has not answered the last question yet")
    total = state.total
    if not state.questions:
        return {"kind": "question", "number": 1, "total": total, "reason": None}
    last = state.questions[-1]
    follow_ups_on = state.settings.get("follow_ups", True)
    if follow_ups_on and last.answered and last.follow_up is None:
        reason = follow_up_reason(last.question, last.answer or "")
        if reason and reason != "non_answer":
            return {"kind": "follow_up", "number": last.number, "total": total, "reason": reason}
    if last.number >= total:
        return None
    return {"kind": "question", "number": last.number + 1, "total": total, "reason": None}


class InterviewEngine:
    """Drives interviews: asks, records, scores in the background, reports."""

    def __init__(self, store: InterviewStore, executor: Executor | None = None) -> None:
        self.store = store
        self.executor = executor
        self._pending: dict[str, list[Future[Any]]] = {}
        self._lock = threading.Lock()

    # -- lifecycle ------------------------------------------------------------------------

    def create(
        self,
        *,
        job_title: str,
        company: str,
        job_description: str,
        cv_text: str,
        cv_filename: str | None = None,
        interview_type: str = "mixed",
        seniority: str = "mid",
        question_count: int = 8,
        style: str = "neutral",
        hide_contact_details: bool = False,
        focus: list[str] | None = None,
        follow_ups: bool = True,
        owner: str | None = None,
    ) -> str:
        if not job_title.strip():
            raise ValueError("Enter the job title before starting.")
        if interview_type not in INTERVIEW_TYPES or seniority not in SENIORITIES or style not in STYLES:
            raise ValueError("Unknown interview option.")
        settings = {
            "interview_type": interview_type,
            "seniority": seniority,
            "question_count": max(1, min(20, int(question_count))),
            "style": style,
            "hide_contact_details": hide_contact_details,
            "focus": list(focus or []),
            "follow_ups": follow_ups,
        }
        return self.store.create_session(
            job_title=job_title.strip(),
            company=company.strip(),
            job_description=job_description,
            cv_text=cv_text,
            cv_filename=cv_filename,
            settings=settings,
            status="in_progress",
            owner=owner,
        )

    def load(self, session_id: str, *, owner: str | None = None) -> InterviewState | None:
        session = self.store.get_session(session_id, owner=owner)
        if session is None:
            return None
        return build_state(session, self.store.list_messages(session_id))

    def context(self, state: InterviewState) -> InterviewContext:
        from core.documents import redact_contact_details
        from core.llm import InterviewContext

        session = state.session
        cv_text = session["cv_text"]
        job_description = session["job_description"]
        if state.settings.get("hide_contact_details"):
            cv_text = redact_contact_details(cv_text)
        return InterviewContext(
            session_id=session["id"],
            job_title=session["job_title"],
            company=session["company"],
            job_description=job_description,
            cv_text=cv_text,
            interview_type=state.settings.get("interview_type", "mixed"),
            seniority=state.settings.get("seniority", "mid"),
            question_count=state.total,
            style=state.settings.get("style", "neutral"),
            focus=tuple(state.settings.get("focus") or ()),
        )

    @staticmethod
    def turns(state: InterviewState) -> list[Turn]:
        """The conversation so far as the model layer sees it (question, reply) in order."""
        from core.llm import Turn

        turns: list[Turn] = []
        asked: str | None = None
        for message in state.messages:
            if message["kind"] in ("question", "follow_up"):
                asked = message["content"]
            elif message["kind"] in ("answer", "skip") and asked is not None:
                turns.append(Turn(question=asked, answer=None if message["kind"] == "skip" else message["content"]))
                asked = None
        return turns

    # -- asking ---------------------------------------------------------------------------

    def stream_next(self, chains: ModelChains, session_id: str) -> Iterator[StreamEvent]:
        """Stream the next question (or follow-up) and store it when complete.

        Yields the model layer's events; the final ``done`` event is yielded after the message
        is stored. Yields nothing when the interview is over (call :meth:`finish`).
        """
        state = self.load(session_id)
        if state is None or state.status != "in_progress" or state.awaiting_answer:
            return
        step = decide_next_step(state)
        if step is None:
            return
        for event in chains.stream_question(self.context(state), self.turns(state), step):
            if event.kind == "done" and event.info is not None:
                info = event.info
                text = event.text.strip()
                self.store.add_message(
                    session_id,
                    "interviewer",
                    text,
                    kind="question" if step["kind"] == "question" else "follow_up",
                    question_no=step["number"],
                    model=info.model,
                    latency_ms=info.latency_ms,
                    tokens_in=info.tokens_in,
                    tokens_out=info.tokens_out,
                )
                notices = [m["content"] for m in state.messages if m["kind"] == "notice"]
                if info.fallback_notice and (not notices or notices[-1] != info.fallback_notice):
                    # once per change of circumstances, not on every question
                    self.store.add_message(session_id, "system", info.fallback_notice, kind="notice",
                                           question_no=step["number"])
                if state.session.get("model") != info.model:
                    self.store.update_session(session_id, model=info.model)
            yield event

    def next_step(self, session_id: str) -> dict[str, Any] | None:
        state = self.load(session_id)
        if state is None or state.awaiting_answer:
            return None
        return decide_next_step(state)

    # -- answering ------------------------------------------------------------------------

    def validate_answer(self, text: str, *, max_chars: int) -> str:
        cleaned = (text or "").strip()
        if not cleaned:
            raise AnswerError("Your answer is empty. Type an answer, or use Skip question.")
        if len(cleaned) > max_chars:
            raise AnswerError(
                f"Your answer is {len(cleaned):,} characters; the limit is {max_chars:,}. "
                "Shorten it and send it again: your text is kept on this page, nothing is lost."
            )
        return cleaned

    def submit_answer(self, chains: ModelChains, session_id: str, text: str, *, max_chars: int = 8000) -> int:
        """Store an answer at once and score its question in the background; returns its seq."""
        cleaned = self.validate_answer(text, max_chars=max_chars)
        state = self.load(session_id)
        if state is None or state.status != "in_progress":
            raise AnswerError("This interview is no longer in progress; start a new one from Home.")
        if not state.awaiting_answer:
            raise AnswerError("There is no question waiting for an answer yet.")
        number = state.current_number
        seq = self.store.add_message(session_id, "candidate", cleaned, kind="answer", question_no=number)
        fresh = build_state(state.session, self.store.list_messages(session_id))
        upcoming = decide_next_step(fresh)
        if not (upcoming and upcoming["kind"] == "follow_up"):
            # A follow-up is coming: score the question once, with both replies, after it.
            self._schedule_score(chains, fresh, fresh.questions[-1])
        return seq

    def skip(self, session_id: str) -> None:
        state = self.load(session_id)
        if state is None or not state.awaiting_answer:
            return
        self.store.add_message(session_id, "candidate", SKIPPED_TEXT, kind="skip", question_no=state.current_number)

    # -- scoring --------------------------------------------------------------------------

    def _score_and_store(self, chains: ModelChains, ctx: InterviewContext, record: QuestionRecord,
                         turns: list[Turn] | None = None) -> AnswerScore:
        score, info = chains.score_answer(ctx, *record.scored_question_and_answer, turns or [])
        self.store.save_answer_score(
            ctx.session_id, record.number, record.question, record.combined_answer, score.model_dump(),
            model=info.model,
        )
        return score

    def _schedule_score(self, chains: ModelChains, state: InterviewState, record: QuestionRecord) -> None:
        ctx = self.context(state)
        turns = self.turns(state)
        if self.executor is None:
            with contextlib.suppress(Exception):  # scored again at report time
                self._score_and_store(chains, ctx, record, turns)
            return
        future = self.executor.submit(self._score_and_store, chains, ctx, record, turns)
        with self._lock:
            pending = [f for f in self._pending.get(ctx.session_id, []) if not f.done()]
            pending.append(future)
            self._pending[ctx.session_id] = pending

    def wait_for_scoring(self, session_id: str, timeout: float = 60.0) -> None:
        with self._lock:
            pending = list(self._pending.pop(session_id, []))
        for future in pending:
            try:
                future.result(timeout=timeout)
            except Exception:  # noqa: BLE001 - a failed background score is redone by finish()
                continue

    def missing_scores(self, state: InterviewState) -> list[QuestionRecord]:
        """Answered questions whose stored score is absent or was for an older answer text."""
        stored = {row["question_no"]: row["answer"] for row in self.store.list_answer_scores(state.session["id"])}
        return [q for q in state.questions if q.answered and stored.get(q.number) != q.combined_answer]

    # -- finishing ------------------------------------------------------------------------

    def finish(self, chains: ModelChains, session_id: str, *, progress: Any = None) -> dict[str, Any]:
        """Complete the interview: score what is missing, build and store the report.

        ``progress`` is an optional callable ``(done, total, text)`` for a progress indicator.
        Returns the stored report row.
        """
        self.wait_for_scoring(session_id)
        state = self.load(session_id)
        if state is None:
            raise ValueError("unknown session")
        ctx = self.context(state)
        turns = self.turns(state)
        missing = self.missing_scores(state)
        for index, record in enumerate(missing, start=1):
            if progress:
                progress(index - 1, len(missing), f"Scoring answer {record.number}…")
            self._score_and_store(chains, ctx, record, turns)
        rows = {row["question_no"]: row for row in self.store.list_answer_scores(session_id)}
        answer_scores = []
        scores: list[AnswerScore] = []
        for record in state.questions:
            row = rows.get(record.number) if record.answered else None
            score = AnswerScore.model_validate(row["score"]) if row else None
            if score:
                scores.append(score)
            answer_scores.append({
                "question": record.question,
                "answer": record.combined_answer if record.answered else "",
                "score": score.model_dump() if score else None,
            })
        if progress:
            progress(len(missing), max(1, len(missing)), "Writing your report…")
        report, info = chains.build_report(ctx, answer_scores, turns)
        return self.store_report(session_id, report, scores, model=info.model)

    def store_report(self, session_id: str, report: InterviewReport, scores: list[AnswerScore],
                     *, model: str | None) -> dict[str, Any]:
        overall, dims = aggregate_scores(scores)
        data = report.model_dump()
        data["overall"] = overall if scores else 1
        self.store.save_report(session_id, data, dimension_scores=dims, model=model)
        return self.store.get_report(session_id) or {}

    def abandon(self, session_id: str) -> None:
        self.store.update_session(session_id, status="abandoned")

    # -- retry ----------------------------------------------------------------------------

    def retry_question(self, chains: ModelChains, session_id: str, question_no: int, answer: str,
                       *, max_chars: int = 8000) -> tuple[dict[str, int], dict[str, int]]:
        """Score a new attempt at one question; returns (before, after) per-dimension scores."""
        cleaned = self.validate_answer(answer, max_chars=max_chars)
        state = self.load(session_id)
        if state is None:
            raise ValueError("unknown session")
        record = next((q for q in state.questions if q.number == question_no), None)
        if record is None:
            raise ValueError("unknown question")
        before_rows = self.store.list_answer_scores(session_id, attempt=None)
        first = next((r for r in before_rows if r["question_no"] == question_no and r["attempt"] == 1), None)
        attempts = [r["attempt"] for r in before_rows if r["question_no"] == question_no]
        score, info = chains.score_answer(self.context(state), record.question, cleaned)
        self.store.save_answer_score(
            session_id, question_no, record.question, cleaned, score.model_dump(), model=info.model,
            attempt=max([1, *attempts]) + 1,
        )
        before = {d: first[d] for d in DIMENSIONS} if first else {}
        before["overall"] = first["overall"] if first else 0
        after = {**score.dimension_map(), "overall": score.overall}
        return before, after
