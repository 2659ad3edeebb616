"""The interviewer's turn: :func:`next_question_text` is the reply for one ``next_question`` call, the next
planned question or the follow-up the step asks for, alone (no acknowledgement of the last answer is
said, so a stored question and a report heading are only the question). A
follow-up for an answer that did not answer (about something else, instructions to the interviewer, the same
answer as an earlier question's) is a redirect (:mod:`core.coach.redirect`); the others come from
:mod:`core.coach.follow_up`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from core.analysis.cues_non_answer import says_dont_know
from core.coach.covered import covered_by, deeper_angle
from core.coach.follow_up import asks_hypothetical, follow_up_question, follow_up_reason
from core.coach.phrasing import curly_quotes, norm_key
from core.coach.plan import plan_items
from core.coach.plan_state import MAX_PER_EMPLOYER, Planned
from core.coach.plan_text import TOUGH_TAILS, title_in_sentence
from core.coach.pressure import tough_follow_up
from core.coach.redirect import REDIRECT_REASONS, redirect_question
from core.coach.restate import restated_question

# Spare follow-ups on a question about what the candidate would do: how, never what happened.
_SPARE_PLAN_FOLLOW_UPS = (
    "What would you do first, and why that before anything else?",
    "Who would you involve, and when?",
    "How would you know it was working, and what would make you change course?",
    "What would you trade off, and what would you refuse to compromise on?",
)
_SPARE_FOLLOW_UPS = (
    "What was your own part in that, in a sentence or two?",
    "What would someone who worked with you then say you did well there?",
    "If you did it again tomorrow, what is the one thing you would change?",
    "Which part of that are you most confident about, and why?",
    "Who else was involved, and how did you work with them?",
    "Which decision in that was yours, and what did you weigh up?",
)
# Spare follow-ups on a bare answer ("Fine.", "OK"): the non-answer move, never a probe of a story not told.
_SPARE_BARE_FOLLOW_UPS = (
    "Let's take it again: {asked} One real occasion is enough, even a small one.",
    "Is there a related experience you could draw on instead, even from study or outside work?",
    "Think of one real occasion, even a small one: where were you, and what happened first?",
)
BARE_WORDS = 3  # an answer of this many words or fewer that tells nothing is bare ("Fine.", "Not really, no.")
GREETING = "Hi, and thanks for taking the time today."
STYLES = frozenset({"friendly", "neutral", "tough"})  # the interviewer styles


def _style_question(text: str, style: str, number: int) -> str:
    if style == "tough" and number > 1:
        return text + TOUGH_TAILS[number % len(TOUGH_TAILS)]
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
    if reason in REDIRECT_REASONS:  # about something else, instructions, the same answer again: say so, ask again
        same_as = step.get("same_as")
        redirects = [redirect_question(reason, question, same_as=same_as if isinstance(same_as, int) else None,
                                       variant=v, answer=last_answer or "") for v in range(4)]
        return next((t for t in redirects if not already(t)), redirects[0])
    candidates = [follow_up_question(reason, question, last_answer or "", variant=v) for v in range(4)]
    spare = _SPARE_PLAN_FOLLOW_UPS if asks_hypothetical(question) else _SPARE_FOLLOW_UPS
    declined = says_dont_know(last_answer or "")  # "No idea, sorry.", "I'd rather not say, it depends."
    if declined or len(re.findall(r"\w+", last_answer or "")) <= BARE_WORDS:
        asked_again = restated_question(question) or "what I asked."
        spare = tuple(t.format(asked=asked_again) for t in _SPARE_BARE_FOLLOW_UPS)
        # a non-answer whose move-ons are used up: a related experience, never the question's example asked again
        spare = spare[1:] if declined else spare
    text = next((t for t in candidates + list(spare) if not already(t)), spare[0])
    if style == "tough":
        text = tough_follow_up(reason, question, text)  # "That's vague. …": says what was wrong
    return text


@lru_cache(maxsize=64)
def _cached_plan(cv_text: str, job_description: str, job_title: str, interview_type: str, seniority: str,
                 count: int, company: str, seed: str, focus: tuple[str, ...]) -> tuple[Planned, ...]:
    """The plan is a pure function of its inputs (seeded by the session id), so an interview reads its
    CV and job once, not once per question: the offline coach's share of a turn drops from ~100 ms to
    the cost of choosing the next question."""
    return tuple(plan_items(cv_text, job_description, job_title, interview_type=interview_type,
                            seniority=seniority, count=count, company=company, seed=seed, focus=list(focus)))


# the plan's questions on the job's own requirements, in the order a hiring manager reaches for them (the role's
# scenarios, its central requirement, its gaps, the skills it names): the next subject not yet asked is one of these
# before a CV achievement or a behavioural story
_REQUIREMENT_SOURCES = {"role": 0, "core": 1, "gap": 2, "credential": 2, "skill": 3}


def _fits(item: Planned, asked: Sequence[str], asked_keys: set[str]) -> bool:
    """Whether a question of a longer plan may join this interview: no second opener, no competency asked already,
    no employer past :data:`core.coach.plan_state.MAX_PER_EMPLOYER` questions."""
    if item.source == "opener" or item.keys() & asked_keys:
        return False
    return not item.employer or sum(item.employer in a for a in asked) < MAX_PER_EMPLOYER


def _next_planned(
    settings: dict[str, Any], plan_args: dict[str, str], number: int, total: int, already: Callable[[str], bool],
    answers: Sequence[str] = (), asked: Sequence[str] = (),
) -> str:
    """The plan's question ``number`` (or the next one not yet asked, nor told in detail by one of ``answers``, the
    earlier answers: :func:`core.coach.covered.covered_by`); when every one left was told, the next subject not yet
    asked from a longer plan, a job requirement's first (:func:`_fits` the questions ``asked``); only when none is left, a covered one asked
    again, saying so, from a new angle (:func:`core.coach.covered.deeper_angle`)."""

    def plan(count: int, seed_suffix: str = "") -> list[Planned]:
        return list(_cached_plan(
            plan_args["cv_text"], plan_args["job_description"], plan_args["job_title"],
            str(settings.get("interview_type") or "mixed"), str(settings.get("seniority") or "mid"), count,
            plan_args["company"], str(settings.get("session_id") or "") + seed_suffix,
            tuple(settings.get("focus") or ()),
        ))

    first_items = plan(max(total, number))
    first = [p.text for p in first_items]
    candidates = first[number - 1 :] + first[: number - 1]
    fresh = [q for q in candidates if not already(q)]
    chosen = next((q for q in fresh if covered_by(q, answers) is None), None)
    if chosen is None and fresh:  # every subject left in this plan was told already: the next one not yet asked
        # (session 17: "Looking back, what would you change…" on a subject just told read as the same question again)
        asked_keys = set().union(*(p.keys() for p in first_items if already(p.text)))
        more = sorted(plan(max(total, number) + 12, "+"), key=lambda p: _REQUIREMENT_SOURCES.get(p.source, 9))
        chosen = next((p.text for p in more if not already(p.text) and _fits(p, asked, asked_keys)
                       and covered_by(p.text, answers) is None), None)
    if chosen is None:  # nothing new is left: a told subject again, saying so, from a new angle
        chosen = next((d for q in fresh if (d := deeper_angle(q)) and not already(d)), None)
    if chosen is None:
        more = plan(max(total, number) + 12, "+")
        chosen = next((p.text for p in more if not already(p.text)), None)
    if chosen is None:
        role = f"the {title_in_sentence(plan_args['job_title'].strip(), plan_args['job_description'])} role" if plan_args["job_title"].strip() else "this role"
        chosen = f"Is there anything else from your experience that shows you're right for {role} that we haven't covered?"
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
    answers: Sequence[str] = (),
) -> str:
    """The interviewer's reply for one ``next_question`` call.

    ``settings`` holds the interview settings (style, interview_type, seniority, question_count,
    session_id, focus); ``step`` is ``{"kind": "question"|"follow_up", "number": n, "total": t,
    "reason": ...}``; ``asked`` the questions so far; ``answers`` the answers so far (a planned question whose
    subject one of them told in detail is passed over: :mod:`core.coach.covered`). A follow-up step gets a follow-up; otherwise the
    next planned question, alone: no acknowledgement of the last answer is said, so a stored question (and a
    report heading) is the question.
    """
    style = str(settings.get("style") or "neutral")
    style = style if style in STYLES else "neutral"
    number = int(step.get("number") or len(asked) + 1)
    total = int(step.get("total") or settings.get("question_count") or 8)
    asked_norm = [norm_key(a) for a in asked]

    def already(text: str) -> bool:
        key = norm_key(text)
        return any(key and key in a for a in asked_norm)

    if step.get("kind") == "follow_up":  # one style of quotation marks in the whole interview: curly
        return curly_quotes(_follow_up_turn(style, asked, last_answer, step, already))

    plan_args = {
        "cv_text": cv_text, "job_description": job_description, "job_title": job_title, "company": company,
    }
    body = curly_quotes(_style_question(_next_planned(settings, plan_args, number, total, already, answers, asked),
                                        style, number))
    if not asked and style == "friendly":
        return f"{GREETING} {body}"
    # No acknowledgement of the last answer is part of the question (issue 15 point 4).
    return body
