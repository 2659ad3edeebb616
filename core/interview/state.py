"""The interview's state, rebuilt from stored messages: setup -> in progress -> completed.

Pure functions and value types; nothing here touches the store or a model. Messages a session
holds, in order (:data:`MessageKind`):

- ``question``: a main question, ``question_no`` = 1..total, role ``interviewer``;
- ``follow_up``: at most one per main question, same ``question_no``;
- ``answer``: the candidate's reply to the question or follow-up before it, role ``candidate``;
- ``skip``: the candidate skipped the question, or only its follow-up (role ``candidate``): a
  skipped follow-up keeps the main answer, which is still scored;
- ``notice``: a small system note (e.g. a provider fell back), role ``system``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from core.schemas import job_label
from core.storage.rows import MessageRow, SessionRow

MessageKind = Literal["question", "follow_up", "answer", "skip", "notice"]
StepKind = Literal["question", "follow_up"]
InterviewType = Literal["mixed", "behavioral", "technical"]
Seniority = Literal["junior", "mid", "senior", "lead"]
Style = Literal["friendly", "neutral", "tough"]

INTERVIEW_TYPES: tuple[str, ...] = InterviewType.__args__
SENIORITIES: tuple[str, ...] = Seniority.__args__
STYLES: tuple[str, ...] = Style.__args__


class InterviewSettings(BaseModel):
    """How an interview is run, chosen on Setup and stored with the session (JSON).

    The single place for the defaults; a stored session missing a field gets the default here.
    Unknown fields are refused (a misspelt option is an error, not silently ignored).
    """

    model_config = ConfigDict(extra="forbid")

    interview_type: InterviewType = "mixed"
    seniority: Seniority = "mid"
    question_count: int = Field(8, ge=1, le=20)
    style: Style = "neutral"
    hide_contact_details: bool = False
    focus: list[str] = Field(default_factory=list)
    follow_ups: bool = True

    @classmethod
    def from_stored(cls, data: dict[str, Any] | None) -> InterviewSettings:
        """Settings read back from the store; unknown or invalid fields fall back to the defaults."""
        data = dict(data or {})
        try:
            return cls.model_validate(data)
        except ValueError:
            known = {}
            for name in cls.model_fields:
                if name in data:
                    try:
                        cls.model_validate({name: data[name]})
                    except ValueError:
                        continue
                    known[name] = data[name]
            return cls.model_validate(known)


@dataclass(frozen=True)
class NextStep:
    """What the interviewer does next: a main question or a follow-up on question ``number``."""

    kind: StepKind
    number: int
    total: int
    reason: str | None = None
    same_as: int | None = None  # a "repeated" answer: the earlier question whose answer it repeats

    def as_dict(self) -> dict[str, Any]:
        """The step as the model layer's prompt takes it (``kind``, ``number``, ``total``, ``reason``, and
        ``same_as`` for a repeated answer)."""
        data = asdict(self)
        if data["same_as"] is None:
            del data["same_as"]
        return data


@dataclass
class QuestionRecord:
    """One main question with its optional follow-up and the candidate's replies."""

    number: int
    question: str
    answer: str | None = None
    follow_up: str | None = None
    follow_up_answer: str | None = None
    skipped: bool = False  # the main question was skipped: nothing to score
    repeat_request: str | None = None  # "Sorry, can you repeat the question?": asked again, then answered
    follow_up_skipped: bool = False  # only the follow-up was skipped: the main answer is still scored
    # "Sorry, could you repeat that?" said to the follow-up: it is asked again (once), and the request is no reply
    follow_up_repeat: str | None = None
    follow_up_asked_again: bool = False
    model: str | None = None
    answer_meta: dict[str, Any] | None = None  # stored with the answer message (a spoken answer's delivery)
    follow_up_meta: dict[str, Any] | None = None

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
        if _is_redirect(self.follow_up):  # the question asked again: its opening is the interviewer's, not asked
            return self.question, "\n\n".join(p for p in (self.answer or "", self.follow_up_answer) if p).strip()
        # the follow-up's quote of the answer is the candidate's own words, not what was asked: an answer on
        # something else never "picks up the question's terms" from its own quote
        asked = re.sub(r'["“][^"”\n]{3,}["”]', "that", self.follow_up)
        return (f"{self.question}\n(Follow-up: {asked})",
                "\n\n".join(p for p in (self.answer or "", self.follow_up_answer) if p).strip())

    @property
    def answered(self) -> bool:
        """An answer was given: a request to hear the question again (:func:`core.coach.redirect.asks_to_repeat`)
        is none, so it is never scored."""
        return bool(self.answer) and not self.skipped and not _asks_to_repeat(self.answer or "")

    @property
    def asks_again(self) -> bool:
        """The answer only asks to hear the question again, which has not been asked again yet (once a question)."""
        return bool(self.answer) and not self.skipped and self.follow_up is None and self.repeat_request is None \
            and _asks_to_repeat(self.answer or "")


    @property
    def asks_follow_up_again(self) -> bool:
        """The reply to the follow-up only asks to hear it again, which has not been asked again yet."""
        return (self.follow_up is not None and self.follow_up_repeat is not None and not self.follow_up_asked_again
                and self.follow_up_answer is None and not self.follow_up_skipped)


def _asks_to_repeat(answer: str) -> bool:
    from core.coach.redirect import asks_to_repeat

    return asks_to_repeat(answer)


def _is_redirect(follow_up: str) -> bool:
    from core.coach.redirect import is_redirect

    return is_redirect(follow_up)


@dataclass
class InterviewState:
    """Everything the page needs, rebuilt from the store."""

    session: SessionRow  # from InterviewStore.get_session
    messages: list[MessageRow]  # from InterviewStore.list_messages, in order
    questions: list[QuestionRecord] = field(default_factory=list)
    _next: list[NextStep | None] = field(default_factory=list, repr=False, compare=False)  # memo of decide_next_step

    @cached_property
    def settings(self) -> InterviewSettings:
        return InterviewSettings.from_stored(self.session.settings)

    @property
    def total(self) -> int:
        return self.settings.question_count

    @property
    def status(self) -> str:
        return self.session.status

    @property
    def title(self) -> str:
        """The interview's name, e.g. "Data Analyst at Acme"."""
        return job_label(self.session.job_title, self.session.company)

    @property
    def current_number(self) -> int:
        return self.questions[-1].number if self.questions else 0

    @property
    def last_question_seq(self) -> int | None:
        """The seq of the last question or follow-up asked (what a tab shows as the question to answer)."""
        return next((m.seq for m in reversed(self.messages) if m.kind in ("question", "follow_up")), None)

    @property
    def awaiting_answer(self) -> bool:
        """True when the last thing said is a question the candidate has not answered yet."""
        for message in reversed(self.messages):
            if message.kind in ("question", "follow_up"):
                return True
            if message.kind in ("answer", "skip"):
                return False
        return False


def build_state(session: SessionRow, messages: list[MessageRow]) -> InterviewState:
    """Fold the messages into questions with their replies."""
    state = InterviewState(session=session, messages=messages)
    for message in messages:
        kind = message.kind
        if kind == "question":
            state.questions.append(
                QuestionRecord(number=message.question_no or 0, question=message.content, model=message.model)
            )
        elif not state.questions:
            continue
        elif kind == "follow_up":
            record = state.questions[-1]
            if record.follow_up is not None and record.follow_up_repeat is not None:
                record.follow_up_asked_again = True  # the follow-up again, on request: the first wording stays
            else:
                record.follow_up = message.content
        elif kind == "answer":
            record = state.questions[-1]
            if record.follow_up is not None and record.repeat_request is None and _asks_to_repeat(record.answer or ""):
                # the question asked again on request: this is the answer, and the request no answer at all
                record.repeat_request, record.answer, record.answer_meta = record.answer, message.content, message.meta
                record.follow_up = None
            elif (record.follow_up is not None and record.follow_up_answer is None and record.follow_up_repeat is None
                  and _asks_to_repeat(message.content)):
                record.follow_up_repeat = message.content  # no reply yet: the follow-up is asked again
            elif record.follow_up is not None:
                record.follow_up_answer = message.content
                record.follow_up_meta = message.meta
            else:
                record.answer = message.content
                record.answer_meta = message.meta
        elif kind == "skip":
            record = state.questions[-1]
            if record.follow_up is not None and record.answer and not _asks_to_repeat(record.answer):
                record.follow_up_skipped = True
            else:
                record.skipped = True
    return state


def decide_next_step(state: InterviewState) -> NextStep | None:
    """The next step after the candidate's last reply: a question, a follow-up, or None (finish).

    Raises ``RuntimeError`` when the last question is still waiting for its answer.
    """
    if state.awaiting_answer:
        raise RuntimeError("the candidate has not answered the last question yet")
    if not state._next:  # the state never changes once built: decide once
        state._next.append(_decide(state))
    return state._next[0]


def _decide(state: InterviewState) -> NextStep | None:
    from core.analysis.language import probably_english
    from core.coach import follow_up_reason
    from core.coach.denial_turn import asks_closest_after
    from core.coach.interview_language import documents_language
    from core.coach.pressure import styled_reason
    from core.coach.redirect import redirect_reason
    from core.coach.relevance_across import off_question_across

    total = state.total
    if not state.questions:
        return NextStep("question", 1, total)
    last = state.questions[-1]
    if last.asks_again:  # "Sorry, can you repeat the question?": asked again, plainly, whatever the settings
        return NextStep("follow_up", last.number, total, "repeat_request")
    if last.asks_follow_up_again:  # the same, said to the follow-up: the follow-up again, plainly
        return NextStep("follow_up", last.number, total, "repeat_request")
    if state.settings.follow_ups and last.answered and last.follow_up is None:
        # an answer in the language the CV and the job share is read for what it lacks, as an English one (the
        # language detector, a second to load, is asked only for an answer that is not plainly English)
        documents = "" if probably_english(last.answer or "") else documents_language(
            state.session.cv_text or "", state.session.job_description or "")
        reason = follow_up_reason(last.question, last.answer or "", documents)
        # an answer about something else, instructions, or an earlier answer again: said so, and asked again once
        redirect = redirect_reason(last.question, last.answer or "", earlier_answers(state), reason=reason)
        if redirect is None and reason == "non_answer" and documents and off_question_across(
                last.question, last.answer or "", documents):  # in the documents' language, as the scorer reads it
            redirect = ("off_topic", None)  # about something else: asked again, as an English one (session 21)
        if redirect and not (redirect[0] == "off_topic" and state.settings.style == "tough"):
            return NextStep("follow_up", last.number, total, redirect[0], same_as=redirect[1])
        reason = styled_reason(last.question, last.answer or "", reason, state.settings.style,
                               off_topic=bool(redirect and redirect[0] == "off_topic"))
        if reason and reason != "non_answer":
            return NextStep("follow_up", last.number, total, reason)
        asked = [m.content for m in state.messages if m.kind == "follow_up"]
        if reason == "non_answer" and not redirect and asks_closest_after(last.question, last.answer or "",
                                                                          state.settings.style, asked):
            return NextStep("follow_up", last.number, total, "not_experienced")  # the kind move-on, once
    if last.number >= total:
        return None
    return NextStep("question", last.number + 1, total)


def earlier_answers(state: InterviewState, number: int | None = None) -> list[tuple[int, str]]:
    """(question number, text) of every answer and follow-up reply before question ``number`` (default: the
    last question), in order: what a repeated answer is compared with (:func:`core.coach.redirect.repeated_from`).
    A story told again for question ``number`` (or an earlier one) that answers it better counts there, not under the
    question it was first told to (:func:`core.interview.repeats.counted_texts`)."""
    from core.interview.repeats import counted_texts

    if number is None:
        number = state.questions[-1].number if state.questions else 0
    return counted_texts(state, number)
