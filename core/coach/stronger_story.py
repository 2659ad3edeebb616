"""A story's scene and what came of it, told in words that carry no STAR cue (re-check, session 19, the nurse's stories):
read by :func:`core.coach.stronger_kinds.star_kinds`.

* :func:`sets_scene`: a sentence that sets a story's scene, a time or place opening it ("During a pre-launch load test,
  our API returned errors…", "While we were negotiating…, their procurement team asked for…") or a state in progress or
  gone wrong ("We were doing the forecast and realised the figures didn't match"): the situation, never left out (the
  story's first sentence was dropped, and a later event, "His wife arrived after.", stood as its situation).
* :func:`told_outcome`: what came of the steps with no figure of change, told as nothing going wrong ("Nobody missed
  their medication rounds", "None of the orders shipped late"), as what someone else got by a time ("the patient had
  sepsis and got antibiotics within the hour", "the order was signed by Friday") or as what was back by then ("we got a
  bank nurse by 2am"): the result (it was left out, or filed under the situation).
"""

from __future__ import annotations

import re

from core.coach.stronger_tense import _HABIT_RE, _PAST_OWN_RE, _PLAN_RE, _PRESENT_OWN_RE

# A time or place that opens a story's sentence ("During a release in May", "While we were…", "On my ward last spring").
_SCENE_OPEN_RE = re.compile(r"^(?:during|while|whilst|in|at|on|over|last|early|late|back in|one)\b", re.IGNORECASE)
# A state in progress or gone wrong ("we were doing", "couldn't handle", "didn't match", "kept alarming").
_STATE_RE = re.compile(r"\b(?:was|were)\s+(?!\w+ed\b)\w{3,}ing\b|\b(?:wasn't|weren't|didn't|couldn't|hadn't|could not|"
                       r"did not|had not|was not|were not)\b|\b(?:kept|started|began)\s+\w+ing\b", re.IGNORECASE)
# A verb in the past: the scene is told, not a habit or a plan ("When I disagree with someone I try to…" is none).
_PAST_VERB_RE = re.compile(r"\b(?:was|were|had|\w{3,}ed|took|went|ran|came|got|lost|broke|fell|rose|began|grew|sent|"
                           r"told|said|saw|found|left|made|gave|brought)\b", re.IGNORECASE)
# What the brief was, not what came of it ("the deadline was by Friday", "it had to be live within a week").
_BRIEF_RE = re.compile(r"\b(?:due|deadline|had to|needed to|was to|were to|required|asked (?:us |me )?to|wanted)\b",
                       re.IGNORECASE)

# Nothing went wrong, told as its outcome ("Nobody missed their medication rounds", "No customer lost data", "None of the
# orders shipped late", "Not one client cancelled").
_NOTHING_WRONG_RE = re.compile(
    r"^(?:and\s+|so\s+)?(?:nobody|no one|not (?:one|a single) (?:[\w-]+ ){0,2}?|none of (?:the|our|my|their|them)(?: [\w-]+){0,2}?|"
    r"no (?:[\w-]+ ){0,2}?(?:patients?|clients?|customers?|orders?|children|pupils?|students?|residents?|staff|users?|"
    r"shipments?|deliveries|accounts?|deals?|guests?|families|members?|colleagues?|one))\s+(?:\w+\s+)?"
    r"(?:missed|was|were|had|lost|left|fell|complained|needed|waited|breached|shipped|churned|cancell?ed|failed|"
    r"suffered|dropped|escalated|came to harm|went without|noticed)\b", re.IGNORECASE)
# A time by which or within which it happened ("within the hour", "in under ten minutes", "by 2am", "by Friday").
_BY_TIME = (r"(?:within|in under|inside)\s+(?:the|an?|half an|one|two|three|four|five|six|ten|fifteen|twenty|thirty|\d+)\s*"
            r"(?:hours?|minutes?|days?|weeks?)\b|\bby\s+(?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)|midnight|noon|midday|(?:the )?morning|"
            r"the end of (?:the )?(?:day|shift|week|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
BY_TIME_RE = re.compile(_BY_TIME, re.IGNORECASE)  # a result's measure of time: no "[Add the number…]" after it
# Someone else got or was somewhere by a time ("the patient … got antibiotics within the hour", "the order was signed by
# Friday", "error rates were back to normal within half an hour").
_OTHERS_BY_TIME_RE = re.compile(r"\b(?:got|received|was|were|had|arrived|reached|came)\b[^.;]{0,60}?" + _BY_TIME, re.IGNORECASE)
# The candidate got what was missing by a time ("we got a bank nurse by 2am", "we got the cluster back by 4am").
_GOT_BY_TIME_RE = re.compile(r"^(?:and\s+|so\s+)?(?:I|we)\s+(?:finally\s+|eventually\s+|then\s+)?(?:got|had)\s+[^.;]{1,50}?"
                             + _BY_TIME, re.IGNORECASE)
_ACTOR_RE = re.compile(r"\b(?:I|we)\b", re.IGNORECASE)
_NEGATED_PAST_RE = re.compile(r"\b(?:I|we)\s+(?:didn't|did not|couldn't|could not|wasn't|weren't|hadn't|had not)\b",
                              re.IGNORECASE)


def sets_scene(sentence: str) -> bool:
    """Whether ``sentence`` sets a story's scene (see the module docstring): told in the past, no plan ("I would…") nor a
    habit ("I usually…", "I try…"), and opening on a time or place or telling a state in progress or gone wrong. The
    caller checks it tells no STAR part otherwise and no step of the candidate's."""
    if _PLAN_RE.search(sentence) or _HABIT_RE.search(sentence) or not _PAST_VERB_RE.search(sentence):
        return False
    told = _NEGATED_PAST_RE.sub("", sentence)  # "I didn't realise…" is told in the past, no habit
    if _PRESENT_OWN_RE.search(told) and not _PAST_OWN_RE.search(told):
        return False
    return bool(_SCENE_OPEN_RE.match(sentence) or _STATE_RE.search(sentence))


def told_outcome(sentence: str) -> bool:
    """Whether ``sentence`` tells what came of the steps in words (see the module docstring); a brief ("the deadline was
    by Friday"), a plan or a sentence whose "I"/"we" acts otherwise than getting what was missing is none."""
    if _PLAN_RE.search(sentence) or _BRIEF_RE.search(sentence):
        return False
    said = sentence.strip()
    if _NOTHING_WRONG_RE.match(said) or _GOT_BY_TIME_RE.match(said):
        return True
    return bool(_OTHERS_BY_TIME_RE.search(said) and not _ACTOR_RE.search(said))
