"""What a sentence of the candidate's does in a stronger answer when its wording fits no part (session 22: keeping every
sentence had put one of no STAR cue under the nearest empty heading, "Task: Both went straight to the operations
director.", "Result: Any server reverts to follower if it sees a higher term.").

- :func:`fills_gap`: whether a sentence may fill an empty part by its role (context, task, action, result, a trade-off);
  one that may not goes with the heading of its neighbour (:func:`core.coach.stronger_keep.keep_all`);
- :func:`realised_act`: a realisation that led to an act, or found how things stood, is part of the story ("I realised the
  plate had been made from the previous proof, so I pulled the corrected file…"), never its lesson; only a stated
  lesson is one ("I learned…", "next time…", "now I always…", "I realised I need to…").
"""

from __future__ import annotations

import re

from core.coach.stronger_kinds import opens_on_own_action, star_kinds, told_result, told_step
from core.coach.stronger_story import sets_scene

_STAR = frozenset({"Situation", "Task", "Action", "Result"})


def fills_gap(label: str, sentence: str) -> bool:
    """Whether ``sentence``, placed under no part by its wording, may fill the empty part ``label``: a STAR part only with a
    sentence of its kind (:func:`core.coach.stronger_kinds.star_kinds`; a scene for the Situation, a step of the
    candidate's for the Action, what came of something for a Result, also an approach's example result), "Trade-offs"
    only with a choice weighed; any other part (Reasoning, Steps, Evidence…) takes it as before."""
    kinds = star_kinds(sentence)
    if label == "Situation":
        return "situation" in kinds or (sets_scene(sentence) and not opens_on_own_action(sentence))
    if label == "Action":
        return "action" in kinds or opens_on_own_action(sentence) or told_step(sentence)
    if label == "Result":
        return "result" in kinds or told_result(sentence)
    if label in _STAR:
        return label.lower() in kinds
    if label == "Trade-offs":
        from core.coach.stronger_place import _TRADE_OFF_RE

        return bool(_TRADE_OFF_RE.search(sentence))
    return True


# The candidate realising or finding something ("I realised", "we noticed", "I then saw").
_REALISED_RE = re.compile(r"\b(?:I|we)\s+(?:then\s+|soon\s+|quickly\s+|suddenly\s+)?(?:realised|realized|noticed|saw|spotted|"
                          r"found out|worked out|figured out)\b", re.IGNORECASE)
# What was realised told as how things stood ("…that the plate had been made…", "…the rota was short"), or an act after it.
_STOOD_RE = re.compile(r"\b(?:was|were|had|hadn't|wasn't|weren't|didn't|couldn't|did not|had not|was not)\b", re.IGNORECASE)
_ACT_AFTER_RE = re.compile(r"(?:,|;|\band\b|\bso\b|\bthen\b)\s+(?:so\s+|then\s+)?(?:I|we)\s+(?:\w+ly\s+|then\s+|also\s+)?"
                           r"(?!(?:was|were|had|learned|learnt|realised|realized)\b)(?:\w{3,}ed|ran|rang|took|got|made|gave|"
                           r"sent|put|set|told|wrote|drew|built|went|called|spoke|pulled)\b", re.IGNORECASE)
# A lesson said as one: learned, next time, since then, always or never now, or what one needs or should do.
_STATED_RE = re.compile(r"\b(?:learn\w*|lessons?|taught me|next time|since then|ever since|from now on|hindsight|looking back|"
                        r"differently|now I|I now|I always|I never|(?:I|we) (?:need|needed|should|must|have to|had to) "
                        r"(?:to )?(?:be|get|start|stop|involve|check|ask|listen|plan|trust|delegate))\b", re.IGNORECASE)


def realised_act(sentence: str) -> bool:
    """Whether ``sentence`` tells a realisation that is part of the story (see the module docstring): "I realised" or
    "I noticed" with how things stood in the past or an act of the candidate's after it, and no stated lesson."""
    found = _REALISED_RE.search(sentence)
    if not found or _STATED_RE.search(sentence):
        return False
    rest = sentence[found.end():]
    return bool(_ACT_AFTER_RE.search(rest) or _STOOD_RE.search(rest))
