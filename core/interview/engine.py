"""The interview engine: asks, records, scores in the background, reports.

Nothing here imports streamlit. The page asks :class:`InterviewEngine` what to do next and
shows what it streams; every question and answer is written to the store the moment it exists,
so the state (:mod:`core.interview.state`) can always be rebuilt from the database (refresh, new
tab, server restart).

One interview, one writer: two tabs (or two threads) on the same session take turns through a
per-session lock around "read the state, decide, write", and the store's unique index
(migration 4) refuses a second question with the same number from any other process.

This module asks (the stream of the next question, stored when complete) and holds the writer lock;
answers and skips are taken by :mod:`core.interview.answering`. Answers are scored in a background
thread (:mod:`core.interview.scoring`), started once the next question is on screen
(:meth:`InterviewEngine.start_scoring`), so a turn's CPU goes to the question the candidate waits for;
the report and retries are :mod:`core.interview.reporting`.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from core.interview.answering import EMPTY_ANSWER, AnswerError, Answering, InterviewClosedError
from core.interview.reporting import Reporting
from core.interview.scoring import BackgroundScoring
from core.interview.state import (
    InterviewSettings,
    InterviewState,
    NextStep,
    build_state,
    decide_next_step,
)
from core.storage import DuplicateTurnError, InterviewStore, MessageRow

if TYPE_CHECKING:  # the model layer imports LangChain; keep start-up light
    from collections.abc import Iterator

    from core.models.chains import ModelChains
    from core.models.types import InterviewContext, StreamEvent, Turn

logger = logging.getLogger(__name__)

__all__ = ["EMPTY_ANSWER", "AnswerError", "InterviewClosedError", "InterviewEngine"]

# How long a second tab waits for the first to finish writing the same turn before giving up.
TURN_WAIT_S = 120.0
TURN_POLL_S = 0.5  # how often a waiting writer checks that the one holding the turn is still alive
STATE_CACHE_SIZE = 256  # interview states kept between page runs (most recently loaded first out last)


class InterviewEngine(Answering, BackgroundScoring, Reporting):
    """Drives interviews: asks, records answers and skips (:class:`Answering`), scores in the background
    (:class:`BackgroundScoring`), reports and retries (:class:`Reporting`)."""

    def __init__(self, store: InterviewStore, executor: Executor | None = None) -> None:
        self.store = store
        self.executor = executor
        self._pending: dict[str, list[Future[Any]]] = {}
        self._held: dict[str, list[tuple[Any, ...]]] = {}  # score jobs waiting for start_scoring()
        self._lock = threading.Lock()
        self._turn_locks: dict[str, threading.Lock] = {}
        self._turn_holders: dict[str, threading.Thread] = {}  # the thread that last took each session's turn
        self._states: OrderedDict[str, tuple[int, InterviewState]] = OrderedDict()

    def _turn_lock(self, session_id: str) -> threading.Lock:
        with self._lock:
            return self._turn_locks.setdefault(session_id, threading.Lock())

    def _take_turn(self, session_id: str, wait: float = TURN_WAIT_S) -> threading.Lock | None:
        """This session's writer lock, held; None when a live writer kept it ``wait`` seconds.

        A writer whose thread has ended while holding it (a page run stopped while its question
        generator was suspended: the browser left or reloaded, and the generator waits in a reference
        cycle for the garbage collector) is abandoned: its lock is replaced by a fresh one, so the
        session is never stuck behind it; the abandoned generator, when collected, releases the old lock.
        """
        deadline = time.monotonic() + wait
        while True:
            lock = self._turn_lock(session_id)
            if lock.acquire(timeout=min(TURN_POLL_S, max(0.0, deadline - time.monotonic()))):
                self._turn_holders[session_id] = threading.current_thread()
                return lock
            holder = self._turn_holders.get(session_id)
            if holder is not None and not holder.is_alive():
                logger.warning("session %s: the writer of the turn (%s) ended without releasing it; taking over",
                               session_id, holder.name)
                with self._lock:
                    if self._turn_locks.get(session_id) is lock:
                        self._turn_locks[session_id] = threading.Lock()
                        self._turn_holders.pop(session_id, None)
                continue
            if time.monotonic() >= deadline:
                logger.warning("session %s: another writer held the turn for %.0f s", session_id, wait)
                return None

    @contextmanager
    def _turn(self, session_id: str, *, wait: float = TURN_WAIT_S) -> Iterator[bool]:
        """Hold this session's writer lock; yields False when another writer kept it ``wait`` seconds."""
        lock = self._take_turn(session_id, wait)
        try:
            yield lock is not None
        finally:
            if lock is not None:
                lock.release()

    # -- lifecycle ------------------------------------------------------------------------

    def create(
        self,
        *,
        job_title: str,
        company: str,
        job_description: str,
        cv_text: str,
        cv_filename: str | None = None,
        owner: str | None = None,
        reuse_unstarted: bool = False,
        session_id: str | None = None,
        **options: Any,
    ) -> str:
        """Store a new interview in progress; returns its id (``session_id`` when given: a benchmark's fixed id,
        which also seeds the plan's draws, so its runs repeat; else a new random one).

        ``options`` are :class:`InterviewSettings` fields (``interview_type``, ``seniority``,
        ``question_count`` (clamped to 1-20), ``style``, ``hide_contact_details``, ``focus``,
        ``follow_ups``); those not given take that model's defaults. ``reuse_unstarted`` (Setup's Start):
        when ``owner`` already has an interview in progress with the same job, CV and settings that the
        candidate has not begun (no reply, skip or draft: :meth:`InterviewStore.find_unstarted`), its id is
        returned instead of a second, identical one: Start pressed again after going back to Setup left
        two rows on Home that nothing told apart (newcomer, session 12). Raises ``ValueError`` with a
        sentence for a missing job title or an unknown option.
        """
        if not job_title.strip():
            raise ValueError("Enter the job title before starting.")
        if "question_count" in options:
            options["question_count"] = max(1, min(20, int(options["question_count"])))
        try:
            settings = InterviewSettings(**options).model_dump()
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise ValueError("Unknown interview option.") from exc
        if reuse_unstarted and (same := self.store.find_unstarted(
                job_title=job_title.strip(), company=company.strip(), job_description=job_description,
                cv_text=cv_text, settings=settings, owner=owner)):
            logger.info("session %s: the same interview, not begun yet, is opened again instead of a copy", same)
            return same
        return self.store.create_session(
            job_title=job_title.strip(),
            company=company.strip(),
            job_description=job_description,
            cv_text=cv_text,
            cv_filename=cv_filename,
            settings=settings,
            status="in_progress",
            owner=owner,
            session_id=session_id,
        )

    def load(self, session_id: str, *, owner: str | None = None) -> InterviewState | None:
        """The session's state, or None when it does not exist (or is not ``owner``'s).

        Rebuilt from the store only when the store says the session changed since the last load
        (:meth:`InterviewStore.version`), so a page run that asks several times reads it once.
        Callers must not mutate the returned state.
        """
        version = self.store.version(session_id)
        cached = self._states.get(session_id)
        if version is not None and cached is not None and cached[0] == version:
            state = cached[1]
        else:
            session = self.store.get_session(session_id)
            if session is None:
                return None
            state = build_state(session, self.store.list_messages(session_id))
            if version is not None:
                with self._lock:
                    self._states[session_id] = (version, state)
                    self._states.move_to_end(session_id)
                    while len(self._states) > STATE_CACHE_SIZE:
                        self._states.popitem(last=False)
        if owner is not None and state.session.owner != owner:
            return None
        return state

    def _append(self, state: InterviewState, role: str, content: str, **fields: Any) -> MessageRow:
        """Store a message of ``state``'s session. When nothing else was written since ``state`` was
        loaded, the state kept for the next :meth:`load` is ``state`` plus this row, not a new read."""
        session_id = state.session.id
        version = self.store.version(session_id)
        row = self.store.append_message(session_id, role, content, **fields)
        with self._lock:
            kept = self._states.get(session_id)
            if (version is not None and kept is not None and kept[0] == version and kept[1] is state
                    and self.store.version(session_id) == version + 1):  # the one write since: this one
                self._states[session_id] = (version + 1, build_state(state.session, [*state.messages, row]))
        return row

    def context(self, state: InterviewState) -> InterviewContext:
        from core.models.types import InterviewContext
        from core.privacy import redact_contact_details

        session = state.session
        settings = state.settings
        cv_text = session.cv_text
        job_description = session.job_description
        if settings.hide_contact_details:
            cv_text = redact_contact_details(cv_text)
        return InterviewContext(
            session_id=session.id,
            job_title=session.job_title,
            company=session.company,
            job_description=job_description,
            cv_text=cv_text,
            interview_type=settings.interview_type,
            seniority=settings.seniority,
            question_count=settings.question_count,
            style=settings.style,
            focus=tuple(settings.focus),
        )

    @staticmethod
    def turns(state: InterviewState) -> list[Turn]:
        """The conversation so far as the model layer sees it (question, reply) in order."""
        from core.models.types import Turn

        turns: list[Turn] = []
        asked: str | None = None
        for message in state.messages:
            if message.kind in ("question", "follow_up"):
                asked = message.content
            elif message.kind in ("answer", "skip") and asked is not None:
                turns.append(Turn(question=asked, answer=None if message.kind == "skip" else message.content))
                asked = None
        return turns

    # -- asking ---------------------------------------------------------------------------

    def stream_next(self, chains: ModelChains, session_id: str) -> Iterator[StreamEvent]:
        """Stream the next question (or follow-up) and store it when complete.

        Yields the model layer's events; the final ``done`` event is yielded after the message
        is stored. Yields nothing when the interview is over (call :meth:`finish`) or when another
        tab already asked this turn: the session's writer lock is held from reading the state to
        storing the question, so a second caller waits and then finds the question stored.
        """
        lock = self._take_turn(session_id)
        if lock is None:
            return
        try:
            state = self.load(session_id)
            if state is None or state.status != "in_progress" or state.awaiting_answer:
                return
            step = decide_next_step(state)
            if step is None:
                return
            for event in self._question_events(chains, state, step):
                if event.kind == "done" and event.info is not None:
                    stored = self._store_question(state, step, event)
                    lock.release()  # before the last yield: the caller need not finish the generator
                    lock = None
                    if stored:
                        yield event
                    return
                yield event
        finally:
            if lock is not None:
                lock.release()

    def _question_events(self, chains: ModelChains, state: InterviewState, step: NextStep) -> Iterator[StreamEvent]:
        """The model layer's events for ``step``; a failure is logged with its cause and raised again."""
        try:
            yield from chains.stream_question(self.context(state), self.turns(state), step.as_dict())
        except Exception:
            logger.exception("session %s: %s %d could not be written", state.session.id, step.kind, step.number)
            raise

    def _store_question(self, state: InterviewState, step: NextStep, event: StreamEvent) -> bool:
        """Store a finished question with its notice; False when another process stored it first."""
        session_id = state.session.id
        info = event.info
        try:
            self._append(state, "interviewer", event.text.strip(), kind=step.kind, question_no=step.number,
                         model=info.model, latency_ms=info.latency_ms, tokens_in=info.tokens_in,
                         tokens_out=info.tokens_out)
        except DuplicateTurnError:
            return False
        notices = [m.content for m in state.messages if m.kind == "notice"]
        if info.fallback_notice and _news(info.fallback_notice, notices):
            # once per change of circumstances, not on every question
            self.store.add_message(session_id, "system", info.fallback_notice, kind="notice",
                                   question_no=step.number)
        if state.session.model != info.model:
            self.store.update_session(session_id, model=info.model)
        return True

    def next_step(self, session_id: str, state: InterviewState | None = None) -> NextStep | None:
        """What comes next, or None (the interview is over, or a question is waiting)."""
        state = state or self.load(session_id)
        if state is None or state.awaiting_answer:
            return None
        return decide_next_step(state)

    # -- ending ---------------------------------------------------------------------------

    def abandon(self, session_id: str) -> None:
        self.store.update_session(session_id, status="abandoned")


def _news(notice: str, earlier: list[str]) -> bool:
    """Whether ``notice`` tells the candidate something the chat's ``earlier`` notices have not: not the
    same sentence again, and not "X is paused after recent failures" once a notice has said X failed."""
    if earlier and earlier[-1] == notice:
        return False
    paused = re.match(r"(.+?) is paused after recent failures;", notice)
    return not (paused and any(n.startswith(paused.group(1) + " ") for n in earlier))
