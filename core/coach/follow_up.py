"""Follow-ups and the interviewer's turn.

:func:`follow_up_reason` decides whether an answer warrants a follow-up (one reason of
:data:`FOLLOW_UP_REASONS`), :func:`follow_up_question` words it from the answer's own words, and
:func:`next_question_text` is the interviewer's whole reply for one ``next_question`` call: a
short acknowledgement in the session's style, then the next planned question or the follow-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from core.analysis.answer import analyse_answer, is_experience_question
from core.analysis.skills import find_skills
from core.analysis.text import sentences, strip_injections
from core.coach.phrasing import clip, norm_key, quote
from core.coach.plan import plan_questions
from core.coach.score import non_answer_kind

# Follow-up reason codes, in the priority order follow_up_reason checks them.
FOLLOW_UP_REASONS: tuple[str, ...] = ("non_answer", "too_short", "no_example", "we_not_i", "no_result")


def follow_up_reason(question: str, answer: str) -> str | None:
    """The one reason a follow-up is warranted, or None. Checked in this priority order:

    ``non_answer`` ("I don't know", pasted or off-topic: move on kindly), ``too_short`` (under 35
    words), ``no_example`` (nothing concrete: no situation, number or named tool), ``we_not_i``
    ("we" throughout, little "I"), ``no_result`` (an experience with no stated outcome or number).
    """
    clean = strip_injections(answer or "")
    ev = analyse_answer(clean, question)
    kind = non_answer_kind(question, clean, ev, "", "")
    if kind in {"empty", "dont_know", "pasted", "off_topic"}:
        return "non_answer"
    if ev.word_count < 35:
        return "too_short"
    concrete = "situation" in ev.star or bool(ev.numbers) or len(ev.tools) >= 2
    if not concrete:
        return "no_example"
    if ev.we_count >= 3 and ev.i_count * 3 <= ev.we_count:
        return "we_not_i"
    if is_experience_question(question) and "result" not in ev.star and not ev.numbers:
        return "no_result"
    return None


_FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "no_result": (
        "You mentioned {quote}. What was the measurable outcome: what changed, by how much, and how did you know?",
        "How did that turn out in the end? Give me a number if you can: time, money, percentage or people affected.",
    ),
    "no_example": (
        "Can you make that concrete with one real example from your own work: where it was, what you did, and what happened?",
        "You said {quote}. Tell me about one specific time you actually did that.",
    ),
    "we_not_i": (
        "You described what the team did, {quote}. What did you personally do, and which decisions were yours?",
        'I heard a lot of "we". Which part of that was yours alone?',
    ),
    "too_short": (
        "Could you go a bit deeper? Pick one example and walk me through the situation, what you did and the result.",
        "Say more about {quote}: what was the context, and what exactly did you do?",
    ),
    "non_answer": (
        "No problem. Is there a related experience you could draw on instead, even from study or outside work?",
        "That's fine. Let's move on.",
    ),
}


def _salientquote(answer: str) -> str:
    sents = sentences(strip_injections(answer))
    if not sents:
        return ""
    best = max(sents[:4], key=lambda s: (len(find_skills(s)), len(s.split()) >= 5, -sents.index(s)))
    return quote(clip(best.rstrip(".!?"), 9))


def follow_up_question(reason: str, question: str, answer: str, *, variant: int = 0) -> str:
    """A follow-up tailored to the reason and to the answer's own words."""
    templates = _FOLLOW_UPS.get(reason) or _FOLLOW_UPS["too_short"]
    quote = _salientquote(answer)
    choices = [t for t in templates if quote or "{quote}" not in t]
    seed = len(norm_key(question)) + variant
    text = choices[seed % len(choices)]
    return text.format(quote=quote or "that")


# ================================================================ interviewer turn (next_question)

_ACKS = {
    "friendly": (
        "Thank you, that's helpful.",
        "Thanks for sharing that.",
        "Great, thank you.",
        "I appreciate the detail, thank you.",
    ),
    "neutral": ("Thank you.", "Understood, thanks.", "Okay, thank you.", "Noted, thank you."),
    "tough": ("Noted.", "Okay.", "Right.", "Understood."),
}
_KIND_ACKS = {
    "friendly": "No problem at all, that one can be tricky. Let's try a different angle.",
    "neutral": "That's fine, let's move on.",
    "tough": "All right, let's move on.",
}
_TOUGH_TAILS = (
    " Be specific.",
    " Keep it concrete: names, numbers and your own part.",
    " I'll want details.",
)
_FRIENDLY_OPEN = "Hi, and thanks for taking the time today. "


def _style_question(text: str, style: str, number: int) -> str:
    if style == "tough" and number > 1:
        return text + _TOUGH_TAILS[number % len(_TOUGH_TAILS)]
    return text



def _follow_up_turn(
    style: str, asked: Sequence[str], last_answer: str | None, step: dict[str, Any], already: Callable[[str], bool]
) -> str:
    """A follow-up on the last answer, worded differently from anything already asked."""
    reason = (
        str(step.get("reason") or "")
        or follow_up_reason(asked[-1] if asked else "", last_answer or "")
        or "too_short"
    )
    question = asked[-1] if asked else ""
    for variant in range(4):
        text = follow_up_question(reason, question, last_answer or "", variant=variant)
        if not already(text):
            break
    else:
        text = "Could you add one more concrete detail to that: a name, a number or a decision you made?"
    if style == "friendly" and reason != "non_answer":
        text = "Thanks. " + text
    elif style == "tough" and reason != "non_answer":
        text += " Be precise."
    return text


def _next_planned(
    settings: dict[str, Any], plan_args: dict[str, str], number: int, total: int, already: Callable[[str], bool]
) -> str:
    """The plan's question ``number`` (or the next one not yet asked), from a longer plan when needed."""

    def plan(count: int, seed_suffix: str = "") -> list[str]:
        return plan_questions(
            plan_args["cv_text"],
            plan_args["job_description"],
            plan_args["job_title"],
            interview_type=str(settings.get("interview_type") or "mixed"),
            seniority=str(settings.get("seniority") or "mid"),
            count=count,
            company=plan_args["company"],
            seed=str(settings.get("session_id") or "") + seed_suffix,
            focus=list(settings.get("focus") or []),
        )

    first = plan(max(total, number))
    candidates = first[number - 1 :] + first[: number - 1]
    chosen = next((q for q in candidates if not already(q)), None)
    if chosen is None:
        more = plan(max(total, number) + 12, "+")
        chosen = next((q for q in more if not already(q)), None)
    if chosen is None:
        role = plan_args["job_title"] or "role"
        chosen = f"Is there anything else from your experience that shows you're right for the {role} that we haven't covered?"
    return chosen


def next_question_text(
    settings: dict[str, Any],
    *,
    job_title: str,
    company: str,
    job_description: str,
    cv_text: str,
    asked: Sequence[str],
    last_answer: str | None,
    step: dict[str, Any],
) -> str:
    """The interviewer's reply for one ``next_question`` call.

    ``settings`` holds the interview settings (style, interview_type, seniority, question_count,
    session_id, focus); ``step`` is ``{"kind": "question"|"follow_up", "number": n, "total": t,
    "reason": ...}``; ``asked`` the questions so far. A follow-up step gets a follow-up; otherwise an
    acknowledgement of the last answer (kinder after a non-answer) and the next planned question.
    """
    style = str(settings.get("style") or "neutral")
    style = style if style in _ACKS else "neutral"
    number = int(step.get("number") or len(asked) + 1)
    total = int(step.get("total") or settings.get("question_count") or 8)
    asked_norm = [norm_key(a) for a in asked]

    def already(text: str) -> bool:
        key = norm_key(text)
        return any(key and key in a for a in asked_norm)

    if step.get("kind") == "follow_up":
        return _follow_up_turn(style, asked, last_answer, step, already)

    plan_args = {
        "cv_text": cv_text, "job_description": job_description, "job_title": job_title, "company": company,
    }
    body = _style_question(_next_planned(settings, plan_args, number, total, already), style, number)
    if not asked or last_answer is None:
        return (_FRIENDLY_OPEN if style == "friendly" else "") + body
    reason = follow_up_reason(asked[-1], last_answer)
    if reason == "non_answer":
        ack = _KIND_ACKS[style]
    else:
        ack = _ACKS[style][(number + len(str(settings.get("session_id") or ""))) % len(_ACKS[style])]
    return f"{ack} {body}"
