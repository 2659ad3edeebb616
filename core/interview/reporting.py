"""The end of an interview: the report, with the overall derived from the answers, and retries.

A mixin of :class:`core.interview.engine.InterviewEngine` (it provides ``store``, ``load``,
``context``, ``turns``, ``validate_answer`` and the background scoring of
:class:`core.interview.scoring.BackgroundScoring`). The stored overall is the mean of the answers'
overall scores (:func:`core.schemas.aggregate_scores`), one point lower when the CV and the answers
show little of the job (:mod:`core.coach.fit`), whichever model wrote the report; the report's
summary then says why, in the same words for every model.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from core.coach.coverage import counted_answer
from core.coach.fit import RoleFit, adjusted_overall, agreed_fit, fit_note, role_fit
from core.interview.repeats import moved_away
from core.interview.state import earlier_answers
from core.schemas import DIMENSIONS, SKIPPED_ANSWER, AnswerScore, InterviewReport, aggregate_scores
from core.storage import ReportRow

if TYPE_CHECKING:  # the model layer imports LangChain; keep start-up light
    from core.models.chains import ModelChains

logger = logging.getLogger(__name__)


class Reporting:
    """Finishing an interview (score what is missing, build and store the report) and retrying a question."""

    def finish(self, chains: ModelChains, session_id: str, *, progress: Any = None) -> ReportRow | None:
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
            self._score_and_store(chains, ctx, record, turns, earlier_answers(state, record.number),
                                  moved_away(state, record.number))
        rows = {row.question_no: row for row in self.store.list_answer_scores(session_id)}
        answer_scores = []
        scores: list[AnswerScore] = []
        all_scores: list[AnswerScore | None] = []  # each question's, None when unscored
        for record in state.questions:
            row = rows.get(record.number) if record.answered else None
            score = AnswerScore.model_validate(row.score) if row else None
            all_scores.append(score)
            if score:
                scores.append(score)
            answer_scores.append({
                "question": record.question,
                # a skip reads as one; a question left open (the interview ended early) is empty
                "answer": record.combined_answer if record.answered else (SKIPPED_ANSWER if record.skipped else ""),
                "score": score.model_dump() if score else None,
            })
        if progress:
            progress(len(missing), max(1, len(missing)), "Writing your report…")
        report, info = chains.build_report(ctx, answer_scores, turns)
        # a follow-up reply about something else shows nothing of the job (core.coach.coverage.counted_answer)
        fit = agreed_fit(role_fit(ctx.cv_text, ctx.job_description,
                                  [counted_answer(a["answer"], s) for a, s in zip(answer_scores, all_scores, strict=True) if s],
                                  job_title=ctx.job_title),
                         report.coverage)  # one verdict per requirement: the report's rows (session 26)
        note = fit_note(fit, ctx.cv_text, ctx.job_description)
        return self.store_report(session_id, report, scores, model=info.model, fit=fit, fit_said=note)

    def store_report(self, session_id: str, report: InterviewReport, scores: list[AnswerScore],
                     *, model: str | None, fit: RoleFit | None = None, fit_said: str = "") -> ReportRow | None:
        """Store the report with the overall and dimension means of ``scores`` (not the model's own figure).

        No scored answer (everything skipped, or ended before any answer): the overall is None, so
        the session has no score and stays out of charts, trends and averages. With a low ``fit``
        (:mod:`core.coach.fit`) the overall is one point lower and the summary ends with ``fit_said``
        (once: the offline coach's report already says it).
        """
        overall, dims = aggregate_scores(scores)
        data = report.model_dump()
        data["overall"] = adjusted_overall(overall, fit) if fit is not None else overall
        if overall is not None and fit_said and fit_said not in (data.get("summary") or ""):
            data["summary"] = " ".join(filter(None, (data.get("summary"), fit_said)))
        self.store.save_report(session_id, data, dimension_scores=dims, model=model)
        return self.store.get_report(session_id)

    # -- retry ----------------------------------------------------------------------------

    def retry_question(self, chains: ModelChains, session_id: str, question_no: int, answer: str,
                       *, max_chars: int = 8000) -> tuple[dict[str, int], dict[str, int]]:
        """Score a new attempt at one question; returns (before, after) per-dimension scores.

        Held under the session's writer lock, so two submits of one form (Ctrl+Enter, then the button) run
        one after the other; the second, when its answer is the one the last attempt already holds, is a
        no-op: nothing is scored or stored, and (before, after) are those of that attempt. Raises
        :class:`~core.interview.engine.AnswerError` for an empty or too long answer, or when another writer
        kept the session past the wait."""
        from core.interview.answering import AnswerError

        cleaned = self.validate_answer(answer, max_chars=max_chars, skippable=False)  # no Skip on Feedback
        with self._turn(session_id) as mine:
            if not mine:
                raise AnswerError("Your last answer is still being scored; try again in a moment.")
            state = self.load(session_id)
            if state is None:
                raise ValueError("unknown session")
            record = next((q for q in state.questions if q.number == question_no), None)
            if record is None:
                raise ValueError("unknown question")
            rows = [r for r in self.store.list_answer_scores(session_id, attempt=None) if r.question_no == question_no]
            first = next((r for r in rows if r.attempt == 1), None)
            before = {d: getattr(first, d) for d in DIMENSIONS} if first else {}
            before["overall"] = first.overall if first else 0
            last = max(rows, key=lambda r: r.attempt, default=None)
            if last is not None and last.attempt > 1 and last.answer.strip() == cleaned.strip():
                logger.info("session %s: retry of Q%s already scored; not stored again", session_id, question_no)
                return before, {**{d: getattr(last, d) for d in DIMENSIONS}, "overall": last.overall}
            score, info = chains.score_answer(self.context(state), record.question, cleaned)
            self.store.save_answer_score(
                session_id, question_no, record.question, cleaned, score.model_dump(), model=info.model,
                attempt=max([1, *(r.attempt for r in rows)]) + 1,
            )
        after = {**score.dimension_map(), "overall": score.overall}
        return before, after
