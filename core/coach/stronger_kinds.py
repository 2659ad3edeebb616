"""Which STAR parts a sentence is, by its own wording (split from :mod:`core.coach.stronger_limits`, which re-exports
it): :func:`star_kinds` reads the STAR cues of :data:`core.analysis.cues.STAR_EN`, with the setting of a situation told
without anyone acting, a place of work, a change "from 22 to 7" as a result and an own action in the past."""

from __future__ import annotations

import re

from core.analysis import cues
from core.analysis.results import measured_result

# The setting told without the candidate acting in it ("Our nightly run took 90 minutes"), where one works
# ("I work in a busy ED"), and a change stated as a result ("went from 22 to 7 minutes").
_SETTING_RE = re.compile(
    r"\b(?:was|were|had|took|kept|used to|wasn't|weren't|couldn't|didn't|would|often|every (?:day|night|morning|week))\b",
    re.IGNORECASE,
)
_WORKPLACE_RE = re.compile(r"\b(?:I|we) (?:work|worked) (?:in|at|on|for)\b", re.IGNORECASE)
_ACTOR_RE = re.compile(r"\b(?:I|we)\b(?!'m| am| was| were| had| have)", re.IGNORECASE)
_OWN_ACTION_RE = re.compile(r"\bI\s+(?:\w+ly\s+|then\s+|also\s+|first\s+)?(?!was\b|were\b|had\b|wanted\b|needed\b|liked\b|"
                            r"loved\b|hoped\b|seemed\b|used\b)\w{3,}ed\b")
_CHANGE_RE = re.compile(r"\b(?:went (?:from|up|down)|from \d[\d.,]*\s*\S* to \d|cut|reduced|fell|rose|dropped)\b",
                        re.IGNORECASE)


def star_kinds(sentence: str) -> set[str]:
    """The STAR parts (``"situation"``, ``"task"``, ``"action"``, ``"result"``) ``sentence`` is, by its cues."""
    kinds = {part for part, cue in cues.STAR_EN.items() if cue.search(sentence)}
    if _WORKPLACE_RE.search(sentence) or (_SETTING_RE.search(sentence) and not _ACTOR_RE.search(sentence)):
        kinds.add("situation")
    if _CHANGE_RE.search(sentence) or measured_result(sentence):
        kinds.add("result")
    if _OWN_ACTION_RE.search(sentence):  # "I cleaned the supplier data": a verb of the cue list's kind, in the past
        kinds.add("action")
    return kinds
