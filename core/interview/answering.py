"""Taking the candidate's turn: an answer (checked, stored at once, scored in the background) or a skip.

A mixin of :class:`core.interview.engine.InterviewEngine`, which provides ``load``, ``_append``, the
per-session writer lock ``_turn`` and ``_schedule_score`` (:class:`core.interview.scoring.BackgroundScoring`).
Each write happens under the session's writer lock, after the state is read again: an answer or a skip
sent from a tab that another tab has moved on is refused with a sentence (:class:`AnswerError`), never
filed under a question the candidate did not read.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from core.coach.declines import skip_request, skip_said
from core.interview.state import InterviewState, decide_next_step
from core.schemas import SKIPPED_ANSWER

if TYPE_CHECKING:  # the model layer imports LangChain; keep start-up light
    from core.models.chains import ModelChains

logger = logging.getLogger(__name__)

EMPTY_ANSWER = "Your answer is empty: it has no words yet, only spaces, line breaks or punctuation if anything."


class AnswerError(ValueError):
    """An answer that cannot be accepted, worded for the candidate."""


class InterviewClosedError(AnswerError):
    """An answer sent to an interview that is no longer in progress (finished or ended, e.g. in another
    tab) or whose last question is done, its report to be prepared: ``status`` is its status now ("completed" or
    "abandoned"), or "finishing" for the latter, so the page can say so and show the answer back."""

    def __init__(self, message: str, status: str) -> None:
        super().__init__(message)
        self.status = status


class Answering:
    """The candidate's side of a turn: :meth:`validate_answer`, :meth:`submit_answer`, :meth:`skip`."""

    def validate_answer(self, text: str, *, max_chars: int, skippable: bool = True) -> str:
        """The answer without surrounding whitespace; :class:`AnswerError` with one sentence for an empty
        answer, one of only whitespace or of only punctuation and symbols ("...": no letter or digit;
        the same sentence for all) or one over ``max_chars``."""
        cleaned = (text or "").strip()
        if not any(char.isalnum() for char in cleaned):  # "..." or "?!" has no word: empty too (session 17)
            raise AnswerError(EMPTY_ANSWER + (" Type an answer, or use Skip question." if skippable else
                                              " Type an answer to score it."))
        if len(cleaned) > max_chars:
            raise AnswerError(
                f"Your answer is {len(cleaned) - max_chars:,} characters over the {max_chars:,}-character "
                f"limit ({len(cleaned):,} in all): shorten it in the answer box, where it is kept, and send it again."
            )
        return cleaned

    def submit_answer(self, chains: ModelChains, session_id: str, text: str, *, max_chars: int = 8000,
                      meta: dict[str, Any] | None = None, question_seq: int | None = None) -> int:
        """Store an answer at once and score its question in the background; returns its seq.

        With an executor the score is held back until :meth:`start_scoring` (the page calls it once
        the next question is drawn), so scoring never slows the next question down.

        A request to skip and nothing more ("skip this one", "next question please", "passons":
        :func:`core.coach.declines.skip_request`) is a skip, as the Skip button's (:meth:`_record_skip`), with the
        interviewer's short line back (:func:`core.coach.declines.skip_said`); its seq is returned.

        ``meta`` (JSON-ready) is stored with the answer, e.g. ``{"delivery": DeliveryReport.to_dict()}``
        for a spoken answer; never audio. ``question_seq`` is the seq of the question the candidate
        saw: when another tab has moved the interview on since, the answer is refused
        (:class:`AnswerError`) instead of being filed under a question they never read.
        """
        cleaned = self.validate_answer(text, max_chars=max_chars)
        with self._turn(session_id) as mine:
            state = self.load(session_id) if mine else None
            if state is None or state.status != "in_progress":
                raise InterviewClosedError("This interview is no longer in progress; start a new one from Home.",
                                           state.status if state else "unknown")
            if not state.awaiting_answer:
                if decide_next_step(state) is None:  # the last question is done: its report comes next
                    raise InterviewClosedError("This interview's last question is done; its report is being "
                                               "prepared.", "finishing")
                raise AnswerError(_not_waiting(state, cleaned))
            if question_seq is not None and state.last_question_seq not in (None, question_seq):
                raise AnswerError(moved_on(state, question_seq, cleaned) + " Your answer was not sent and is kept in "
                                  "the answer box: read the new question, then send it again.")
            if lang := skip_request(cleaned):  # "skip this one", "passons": what the Skip button does (rc26 N2)
                seq, fresh = self._record_skip(state, said=skip_said(lang, state.current_number), typed=cleaned,
                                               meta=meta)
                skipped = True
            else:
                seq, skipped = self._take_answer(state, cleaned, meta), False
                fresh = self.load(session_id)
                fresh = self._notes(fresh, cleaned)
        if skipped:
            self._score_kept_answer(chains, fresh)
            return seq
        upcoming = decide_next_step(fresh)
        if not (upcoming and upcoming.kind == "follow_up"):
            # A follow-up is coming: score the question once, with both replies, after it.
            self._schedule_score(chains, fresh, fresh.questions[-1])
        return seq

    def _take_answer(self, state: InterviewState, cleaned: str, meta: dict[str, Any] | None) -> int:
        """Store the answer; returns its seq."""
        return self._append(state, "candidate", cleaned, kind="answer", question_no=state.current_number, meta=meta).seq

    def _notes(self, fresh: InterviewState | None, cleaned: str) -> InterviewState | None:
        """The notices an answer may call for, stored after it; the state read again after each one stored."""
        session_id = fresh.session.id if fresh is not None else ""
        if fresh is not None and self._note_language(fresh, cleaned):
            fresh = self.load(session_id)
        if fresh is not None and self._note_repeat(fresh, cleaned):
            fresh = self.load(session_id)
        if fresh is not None and self._note_moved(fresh, cleaned):
            fresh = self.load(session_id)
        if fresh is not None and self._note_length(fresh, cleaned):
            fresh = self.load(session_id)
        return fresh

    def _note_language(self, state: InterviewState, answer: str) -> bool:
        """Tell the candidate in the chat, once per sentence, when an answer is not in the interview's
        language (:func:`core.coach.language_note.language_notice`); True when a notice was stored."""
        # the language detector loads on first use
        from core.coach.interview_language import documents_language
        from core.coach.language_note import language_notice

        question = next((m.content for m in reversed(state.messages) if m.kind in ("question", "follow_up")), "")
        notice = language_notice(question, answer, documents_language(state.session.cv_text,
                                                                      state.session.job_description))
        if not notice or notice in (m.content for m in state.messages if m.kind == "notice"):
            return False
        self._append(state, "system", notice, kind="notice", question_no=state.current_number)
        return True

    def _note_repeat(self, state: InterviewState, reply: str) -> bool:
        """Tell the candidate in the chat when a follow-up reply holds instructions to the interviewer
        (:func:`core.coach.redirect.reply_instructions_notice`) or repeats an answer
        (:func:`core.coach.redirect.reply_repeat_notice`), as the report will; True when a notice was stored."""
        from core.coach.redirect import reply_instructions_notice, reply_repeat_notice
        from core.interview.state import earlier_answers

        record = state.questions[-1] if state.questions else None
        if record is None or record.follow_up is None or record.follow_up_answer != reply:
            return False
        notice = reply_instructions_notice(reply) or reply_repeat_notice(
            reply, record.answer or "", earlier_answers(state), last=record.number >= state.total)
        if not notice:
            return False
        self._append(state, "system", notice, kind="notice", question_no=state.current_number)
        return True

    def _note_moved(self, state: InterviewState, text: str) -> bool:
        """Tell the candidate in the chat when an answer or follow-up reply tells again a story given to an earlier
        question and answers this one better (:mod:`core.interview.repeats`): it counts here, as the report will say
        (:func:`core.coach.repeat_home.moved_notice`); True when a notice was stored."""
        from core.coach.repeat_home import moved_notice
        from core.interview.repeats import ANSWER, REPLY, moved_here

        record = state.questions[-1] if state.questions else None
        if record is None:
            return False
        part = REPLY if record.follow_up is not None and record.follow_up_answer == text else (
            ANSWER if record.follow_up is None and record.answer == text else None)
        source = moved_here(state, record.number, part) if part else None
        if source is None:
            return False
        self._append(state, "system", moved_notice(source), kind="notice", question_no=state.current_number)
        return True

    def _note_length(self, state: InterviewState, answer: str) -> bool:
        """Tell the candidate in the chat when an answer is very long or says itself again
        (:func:`core.coach.long_answer.length_note`), as the report will; True when a notice was stored."""
        from core.coach.long_answer import length_note

        notice = length_note(answer)
        if not notice:
            return False
        self._append(state, "system", notice, kind="notice", question_no=state.current_number)
        return True

    def skip(self, session_id: str, chains: ModelChains | None = None, *, question_seq: int | None = None) -> None:
        """Skip the question waiting for an answer.

        Skipping a follow-up keeps the main answer: with ``chains`` it is scored in the background at
        once (as an answer with no follow-up would be); without, :meth:`finish` scores it.
        ``question_seq`` is the seq of the question the candidate saw: when another tab has moved the
        interview on since, nothing is skipped and :class:`AnswerError` says so (a question they never
        read is never skipped).
        """
        with self._turn(session_id) as mine:
            state = self.load(session_id) if mine else None
            if state is None or not state.awaiting_answer:
                return
            if question_seq is not None and state.last_question_seq not in (None, question_seq):
                raise AnswerError(moved_on(state, question_seq) + " Nothing was skipped: read the new question first.")
            _seq, fresh = self._record_skip(state)
        self._score_kept_answer(chains, fresh)

    def _record_skip(self, state: InterviewState, *, said: str = "", typed: str = "",
                     meta: dict[str, Any] | None = None) -> tuple[int, InterviewState | None]:
        """Store the skip of the question (or only its follow-up) ``state`` waits for, under the writer lock the
        caller holds; returns its seq and the state read again. A skip typed in the chat box keeps the words
        ``typed`` and the line the interviewer ``said`` back in its meta (``{"typed": ..., "said": ...}``, with the
        voice figures of ``meta`` when spoken); its content is :data:`core.schemas.SKIPPED_ANSWER`, as the Skip
        button's, so the state, the score, the report, History and the export read both the same."""
        extra = {**(meta or {}), "typed": typed, "said": said} if typed else None
        seq = self._append(state, "candidate", SKIPPED_ANSWER, kind="skip", question_no=state.current_number,
                           meta=extra).seq
        return seq, self.load(state.session.id)

    def _score_kept_answer(self, chains: ModelChains | None, fresh: InterviewState | None) -> None:
        """After a skip of a follow-up only, score the main answer it keeps, in the background, when ``chains`` is
        given (without, :meth:`finish` scores it)."""
        if chains is not None and fresh is not None and fresh.questions and fresh.questions[-1].follow_up_skipped:
            self._schedule_score(chains, fresh, fresh.questions[-1])


def moved_on(state: InterviewState, question_seq: int, text: str = "") -> str:
    """One true sentence for a reply or a skip sent to the question of seq ``question_seq`` when ``state`` has moved
    past it: the same reply ``text`` sent twice ("Your answer to that question was already sent"); the question
    answered or skipped since, which this page did not send (another tab or window of the interview); or, with no
    reply to it stored, the interview moved on since the page showed it. Each says where the interview is now, the
    follow-up or the question (rc26: "moved on in another tab" was said of every case)."""
    now = (f"the follow-up to question {state.current_number} of {state.total}"
           if state.questions and state.questions[-1].follow_up is not None and state.awaiting_answer
           else f"question {state.current_number} of {state.total}")
    shown = next((m for m in state.messages if m.seq == question_seq), None)
    asked = "follow-up" if shown is not None and shown.kind == "follow_up" else "question"
    later = [m for m in state.messages if m.seq > question_seq and m.role == "candidate" and m.kind in ("answer", "skip")]
    reply = later[0] if shown is not None and later else None
    if reply is not None and text and reply.kind == "answer" and reply.content.strip() == text.strip():
        return f"Your answer to that {asked} was already sent; the interview is now at {now}."
    if reply is not None:
        done = "skipped" if reply.kind == "skip" else "answered"
        return (f"That {asked} was already {done} from another tab or window of this interview, so the interview is "
                f"now at {now}.")
    return f"This interview has moved on since this page showed that {asked}: it is now at {now}."


def _not_waiting(state: InterviewState, text: str) -> str:
    """One true sentence for a reply sent while the interviewer is writing its next turn (the last answer stored,
    no question waiting yet): the same reply sent again ("already sent: it is in the chat above"), or another text,
    kept in the answer box to send once the next question appears. Re-check rc28, m5 (session 29): "There is no
    question waiting for an answer yet." stood under a follow-up already on screen."""
    said = [m for m in state.messages if m.role == "candidate" and m.kind == "answer"]
    if said and text and said[-1].content.strip() == text.strip():
        return "This answer was already sent: it is in the chat above. The next question is on its way."
    return ("Your last answer was received and the next question is on its way. This text is kept in the answer box: "
            "send it again once the next question appears.")
