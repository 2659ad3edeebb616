"""How the interviewer's style changes its follow-ups: a tough interviewer presses where a neutral one
lets an answer pass, and says so directly.

- More often: a vague answer (no number, no named tool or method and under 80 words; or hedged with
  "usually", "just", "generally" and at most one figure or tool) gets a follow-up even when it has nothing else missing; an answer that
  talks around the question (but is a real attempt: six words or more, no "I don't know", no pasted
  text, no instructions) is pressed back to the question instead of moved past.
- More directly: the follow-up opens by naming what was wrong ("That's vague.", "That doesn't answer
  what I asked.").
A true non-answer and "I haven't done that" are treated as by any interviewer: a kind move on, or the
closest thing. An answer in another language than the question's is never pressed as off the question:
its relevance cannot be judged by the question's English terms (the chat's language notice,
:func:`core.coach.language_note.language_notice`, tells the candidate so). Friendly and neutral
interviewers are unchanged. Every line a tough interviewer says opens its sentences with a capital.
"""

from __future__ import annotations

import logging
import re

from core.analysis.answer import analyse_answer
from core.analysis.text import readable_text, strip_injections, strip_markup
from core.coach.language_note import answer_language
from core.coach.restate import restated_question
from core.coach.score import non_answer_kind

logger = logging.getLogger(__name__)

_MIN_ATTEMPT_WORDS = 6
_DETAILED_WORDS = 80

_LEADS = {
    "too_short": "That's not enough to go on.",
    "too_short_plan": "That's not enough to go on.",
    "too_short_why": "That's not enough to go on.",
    "no_example": "That's general.",
    "no_steps": "That's still abstract.",
    "no_result": "You haven't told me the outcome.",
    "we_not_i": "That's what the team did.",
}
_VAGUE = "That's vague. Give me one real case: where it was, what you did yourself, and the number that shows how it turned out."
_VAGUE_PLAN = "That's vague. What exactly would you do first, and which number would tell you it was working?"
_OFF_POINT = "That doesn't answer what I asked. {asked} Answer it directly, with one concrete example."
_OFF_POINT_UNSTATED = "That doesn't answer what I asked. Answer the question directly, with one concrete example."


def styled_reason(question: str, answer: str, reason: str | None, style: str, *, off_topic: bool = False) -> str | None:
    """The follow-up reason for an interviewer of ``style``: ``reason`` (from
    :func:`core.coach.follow_up.follow_up_reason`) as it is, except for a tough interviewer, who also
    follows up a ``"vague"`` answer that reason let pass and presses an ``"off_point"`` attempt that
    reason called a non-answer. ``off_topic``: any interviewer would say the answer is about something
    else (:func:`core.coach.redirect.redirect_reason`); a tough one, who presses instead of redirecting,
    then presses it back to the question ("off_point") whatever else the answer lacks ("I haven't done that" aside),
    so it presses at least as often as the default and says what any interviewer would. None means no
    follow-up; "non_answer" means move on."""
    pressed = _pressed(question, answer, reason, style)
    # an answer about something else is pressed back to the question whatever else it lacks: "That's not enough to
    # go on" said to a bonus-and-a-new-car story told to a gap question let it pass as on topic (session 21)
    if style == "tough" and off_topic and pressed != "not_experienced":
        return "off_point"
    return pressed


def _pressed(question: str, answer: str, reason: str | None, style: str) -> str | None:
    if style != "tough" or reason not in (None, "non_answer"):
        return reason
    plain = strip_markup(answer or "")
    clean = strip_injections(plain)
    if clean != plain:
        return reason  # instructions to the interviewer: never dug into
    ev = analyse_answer(clean, question)
    if reason == "non_answer":
        if not same_language(question, clean):
            return reason  # its relevance cannot be judged by English terms: never pressed as off the question
        kind = non_answer_kind(question, clean, ev, "", "")
        real_attempt = kind not in {"empty", "dont_know", "pasted", "gibberish"} and ev.word_count >= _MIN_ATTEMPT_WORDS
        return "off_point" if real_attempt else reason
    details = len(ev.numbers) + len(ev.spelled_numbers) + len(ev.tools)
    concrete = details > 0 or ev.word_count >= _DETAILED_WORDS
    # A hedge makes a thin answer vague; an answer with several figures or named tools is not vague for
    # one "just" or "about" in it.
    hedged = bool(ev.hedges) and details < 2 and ev.word_count < _DETAILED_WORDS
    return "vague" if not concrete or hedged else None


def same_language(question: str, answer: str) -> bool:
    """Whether ``answer`` is in the question's language (as the chat's language notice reads both), so that
    the question's own words can judge whether it answers it."""
    return answer_language(answer) == answer_language(question)


def _sentence_start(text: str) -> str:
    """``text`` with its first letter in capitals: a restated question ("what did you…?") opening a sentence."""
    return text[:1].upper() + text[1:]


def tough_follow_up(reason: str, question: str, text: str) -> str:
    """The follow-up a tough interviewer asks: its own for "vague" and "off_point", else ``text`` (the
    neutral follow-up) opened by what was wrong with the answer."""
    from core.coach.follow_up import asks_hypothetical  # follow_up imports this module

    if reason == "vague":
        return _VAGUE_PLAN if asks_hypothetical(question) else _VAGUE
    if reason == "off_point":
        asked = restated_question(readable_text(question))
        return _OFF_POINT.format(asked=_sentence_start(asked)) if asked else _OFF_POINT_UNSTATED
    lead = _LEADS.get(reason)
    said = re.sub(r"^(?:That's (?:still )?|You haven't told me )", "", lead or "").rstrip(".").lower()
    if lead and len(said.split()) >= 2 and said in text.lower():  # "You described what the team did": said once
        return text
    return f"{lead} {text}" if lead else text
