"""Background scoring for :class:`core.interview.engine.InterviewEngine` (a mixin: the engine's store,
executor, lock and state builders are used as they are).

An answer's score is held back until the page has drawn the next question (:meth:`start_scoring`):
a scoring thread in the same process competes with the page for the interpreter lock, and the offline
coach's scorer is pure Python. :meth:`wait_for_scoring` starts what is still held and waits; a failed
background score is logged and scored again when the report is made.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Executor, Future
from typing import TYPE_CHECKING, Any

from core.interview.state import InterviewState, QuestionRecord, earlier_answers
from core.interview.weighing import weighed_score
from core.schemas import AnswerScore

if TYPE_CHECKING:  # the model layer imports LangChain; keep start-up light
    from core.models.chains import ModelChains
    from core.models.types import InterviewContext, Turn
    from core.storage import InterviewStore

logger = logging.getLogger(__name__)


class BackgroundScoring:
    """Scores answers off the request path. The engine provides the attributes below and its
    ``context(state)`` and ``turns(state)``."""

    store: InterviewStore
    executor: Executor | None
    _lock: threading.Lock
    _pending: dict[str, list[Future[Any]]]
    _held: dict[str, list[tuple[Any, ...]]]

    def _score_later(self, delay: float, *job: Any) -> AnswerScore:
        if delay > 0:
            time.sleep(delay)
        return self._score_and_store(*job)

    def _score_and_store(self, chains: ModelChains, ctx: InterviewContext, record: QuestionRecord,
                         turns: list[Turn] | None = None, earlier: list[tuple[int, str]] | None = None,
                         later: list[tuple[int, str]] | None = None) -> AnswerScore:
        """Score one question (its answer weighed with the follow-up reply, :mod:`core.interview.weighing`) and
        store it with the model that scored it; ``earlier``: the answers before it, for a repeated answer; ``later``:
        its stories told again for a later question they answer better (:func:`core.interview.repeats.moved_away`)."""
        # the language detector loads on first use
        from core.coach.interview_language import documents_language

        infos = []

        def scorer(question: str, answer: str) -> AnswerScore:
            result, info = chains.score_answer(ctx, question, answer, turns or [])
            infos.append(info)
            return result

        score = weighed_score(record, scorer, earlier or [], documents_language(ctx.cv_text, ctx.job_description),
                              later or [])
        info = infos[0]
        self.store.save_answer_score(
            ctx.session_id, record.number, record.question, record.combined_answer, score.model_dump(),
            model=info.model,
        )
        return score

    def _schedule_score(self, chains: ModelChains, state: InterviewState, record: QuestionRecord) -> None:
        """Score ``record`` now (no executor), or hold the job until :meth:`start_scoring`."""
        ctx = self.context(state)
        turns = self.turns(state)
        earlier = earlier_answers(state, record.number)
        if self.executor is None:
            try:
                self._score_and_store(chains, ctx, record, turns, earlier)
            except Exception:  # noqa: BLE001 - scored again at report time
                logger.exception("scoring question %s of %s failed; finish() scores it again",
                                 record.number, ctx.session_id)
            return
        with self._lock:
            self._held.setdefault(ctx.session_id, []).append((chains, ctx, record, turns, earlier))

    def start_scoring(self, session_id: str, *, delay: float = 0.0) -> int:
        """Start, in the background, the scores held back for this session; returns how many.

        An answer's score is held back until the page has drawn the next question: a scoring thread
        in the same process competes with the page for the interpreter lock (the offline coach's
        scorer is pure Python). The page calls this once the question is drawn, with ``delay``
        (seconds) before the work starts: the web server's thread still has to send the question's
        messages, and while another thread computes it gets the interpreter lock back only every
        switch interval (5 ms) for each of them. :meth:`wait_for_scoring` (and so :meth:`finish`)
        starts what is still held, at once.
        """
        if self.executor is None:
            return 0
        with self._lock:
            jobs = self._held.pop(session_id, [])
            pending = [f for f in self._pending.get(session_id, []) if not f.done()]
            pending += [self.executor.submit(self._score_later, delay, *job) for job in jobs]
            self._pending[session_id] = pending
        return len(jobs)

    def wait_for_scoring(self, session_id: str, timeout: float = 60.0) -> None:
        """Start the held-back scores, then wait for every background score of the session."""
        self.start_scoring(session_id)
        with self._lock:
            pending = list(self._pending.pop(session_id, []))
        for future in pending:
            try:
                future.result(timeout=timeout)
            except Exception:  # noqa: BLE001 - a failed background score is redone by finish()
                logger.exception("background scoring of session %s failed; finish() scores it again", session_id)

    def missing_scores(self, state: InterviewState) -> list[QuestionRecord]:
        """Answered questions whose stored score is absent or was for an older answer text, or whose story was told
        again for a later question it answers better (scored before that: :mod:`core.interview.repeats`)."""
        from core.interview.repeats import story_moves

        stored = {row.question_no: row.answer for row in self.store.list_answer_scores(state.session.id)}
        moved = {m.source for m in story_moves(state)}
        return [q for q in state.questions if q.answered and (stored.get(q.number) != q.combined_answer
                                                              or q.number in moved)]
