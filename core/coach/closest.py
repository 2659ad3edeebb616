"""The closest thing: a follow-up reply, after "I haven't done that", that gives a related experience instead.

Issue 15, session 20: after "I haven't done that yet, I'm only on the first modules of the diploma", the reply "The
hardest assignment so far was on employee relations. I had to compare a performance case…" was scored as an answer
to the question itself, found never to name what it asked about (the CIPD), set aside as "about something else", and
the question scored 1/10. A question the candidate has not done asks, from then on, for the closest thing they have
done (the coach's follow-up says so), which need not name it, as a gap question's does not
(:mod:`core.coach.topic`).

:func:`closest_reply` tells such a reply: it says it is the closest thing (:data:`_CUE_RE`: "the closest", "a case
study on my course", "my volunteer role") or the scorer found it names something of the question or the job
(relevance above 1), and it is about no other subject: not about something else in the chat's judgement
(:func:`core.coach.follow_up.off_topic`: no work content, or another question's answer) and no story of a subject no
question asks about (an office move, a holiday: :func:`core.coach.competency.other_subject`).
:func:`closest_score` scores it as what it is: on its own, as a story of something similar (:data:`CLOSEST_ASK`), its
relevance :data:`CLOSEST_RELEVANCE` and the overall at most :data:`CLOSEST_OVERALL_CAP` (a related experience counts,
though less than the thing asked). English cues only; any scorer (the offline coach or a model).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.analysis.text import readable_text
from core.coach.phrasing import clip, quote
from core.schemas import AnswerScore, DimensionScore, overall_from_dimensions

CLOSEST_ASK = "Tell me about a time you did something like it."  # no subject of its own: the reply is judged on itself
CLOSEST_PLAN_ASK = "What would you do in a situation like it?"  # ... for a reply that is a plan ("I would check…")
CLOSEST_RELEVANCE = 3  # relevance (1-5) of the closest thing: related, not the thing asked
CLOSEST_OVERALL_CAP = 6  # the most a closest-thing reply after "I haven't done that" scores (1-10)
# what the coach's closest-thing prompt says ("What is the closest thing you have done…", "a related experience")
_PROMPT_RE = re.compile(r"\bclosest\b|\brelated experience\b|\bsomething similar\b", re.IGNORECASE)
# a reply saying it gives the closest thing, or where it comes from: a course, a placement, a volunteer role
_CUE_RE = re.compile(
    r"\b(?:closest|nearest|most similar|similar|comes? close|came close|related)\b|"
    r"\b(?:on|in|for|during) (?:my|the|our) (?:\w+ ){0,3}(?:course|module|diploma|degree|certificate|training|"
    r"apprenticeship|placement|internship)\b|\b(?:assignment|case study|coursework|dissertation|placement|"
    r"internship|volunteer(?:ed|ing)?|work experience)\b", re.IGNORECASE)
NAMES_SOMETHING = 2  # the scorer's relevance (1-5) of a reply that names something of the question or the job


def asks_closest(follow_up: str) -> bool:
    """Whether the coach's follow-up asks for the closest thing ("What is the closest thing you have done…")."""
    return bool(_PROMPT_RE.search(follow_up or ""))


def closest_reply(question: str, reply: str, alone: AnswerScore) -> bool:
    """Whether ``reply`` (``alone``: its score as an answer to ``question`` itself) gives the closest thing to what
    ``question`` asks (see the module docstring)."""
    from core.coach.competency import other_subject
    from core.coach.follow_up import off_topic

    text = readable_text(reply or "").strip()
    if not text or other_subject(text) or off_topic(question, text):
        return False
    return bool(_CUE_RE.search(text)) or alone.relevance.score >= NAMES_SOMETHING


# a question asking how the candidate would learn what they lack, and a reply saying how
_UP_TO_SPEED_ASK_RE = re.compile(r"\bup to speed\b|\bhow would you (?:learn|pick up)\b", re.IGNORECASE)
_LEARNING_RE = re.compile(r"\b(?:learn\w*|train\w*|course|tutorials?|shadow\w*|up to speed|practi[cs]e\w*|"
                          r"certif\w*|demo|sandbox|self-taught|teach myself|taught myself)\b", re.IGNORECASE)


# what the candidate would do ("I would check…", "I'd ring…"), and an act of their own past ("I moved…", "I did…")
_WOULD_RE = re.compile(r"\b(?:I|we)(?:'d|’d| would|'ll|’ll| will)\s+(?:first\s+|then\s+)?[a-z]{2,}", re.IGNORECASE)
_DID_RE = re.compile(r"\b(?:I|we) (?:[a-z]+ed|did|was|were|had|went|took|made|led|ran|set|got|told|found|kept|built|"
                     r"wrote|gave|spoke|sent|put)\b")


def closest_score(reply: str, score: Callable[[str, str], AnswerScore], *, question: str = "",
                  after_off: bool = False) -> AnswerScore:
    """``reply`` scored as the closest thing (see the module docstring), each capped dimension saying why: a reply
    that is a plan (:func:`core.coach.follow_plan.plan_only`, or what one would do and no act of one's past: "I would
    check his hours, move the drop…") as a plan
    (:data:`CLOSEST_PLAN_ASK`), any other as a story (:data:`CLOSEST_ASK`). ``question``: the question asked; when it
    asks how the candidate would get up to speed and the reply says nothing of learning, that is missing.
    ``after_off``: the first answer was about something else (:func:`core.coach.redirect.about_something_else`), not
    "I haven't done that", and relevance says so (session 21: a bonus-and-a-new-car story to a gap question, then the
    closest work in the reply)."""
    from core.coach.follow_plan import plan_only

    text = readable_text(reply).strip()
    plan = plan_only(text) or (bool(_WOULD_RE.search(text)) and not _DID_RE.search(text))
    own = score(CLOSEST_PLAN_ASK if plan else CLOSEST_ASK, reply)
    said = quote(clip(text, 10).rstrip("."))
    first = "was about something else" if after_off else "says this was not done"
    relevance = DimensionScore(score=CLOSEST_RELEVANCE, evidence=(
        f"The first answer {first}; the follow-up reply gives the closest thing instead, {said}. A "
        "related experience counts, though less than the thing asked: say how it carries over."))
    dims = {"relevance": relevance, "structure": own.structure, "specificity": own.specificity, "depth": own.depth,
            "communication": own.communication}
    note = " Counted for less: it is the closest thing, not what was asked."
    while overall_from_dimensions([d.score for d in dims.values()]) > CLOSEST_OVERALL_CAP:
        key = max(("structure", "specificity", "depth"), key=lambda k: dims[k].score)
        dim = dims[key]
        if dim.score <= 1:
            break
        dims[key] = DimensionScore(score=dim.score - 1, evidence=dim.evidence if note in dim.evidence
                                   else dim.evidence + note)
    missing = ["How your closest experience carries over to what was asked",
               *[m for m in own.missing if not m.startswith("An answer to the question")]]
    if _UP_TO_SPEED_ASK_RE.search(question or "") and not _LEARNING_RE.search(text):
        from core.coach.topic_tools import asked_tools

        named = " and ".join(asked_tools(question)[:2])
        missing.insert(1, f"How you would get up to speed{' on ' + named if named else ''}")
    return AnswerScore.model_validate({**own.model_dump(), **{k: v.model_dump() for k, v in dims.items()},
                                       "missing": list(dict.fromkeys(missing))[:6]})
