"""Habitual wording that counts against an answer's specificity: "usually", "just", "generally" in an answer that tells
what usually happens, never in one that tells a dated occasion (issue 15, session 23: a follow-up reply "Last Monday I
had a safeguarding concern come in…" was called "Habitual wording (just) describes what usually happens" for the
"just" of the first answer it was read with; the reply IS the one occasion the note asks for).

:func:`habitual_hedges` gives the hedges that count: none when the answer tells one occasion of its own — a time
marker of a single day or event (:data:`_DATED_RE`: "last Monday", "yesterday", "on 3 March", "in May 2023", "two
weeks ago") and an act of the candidate's in the past (:data:`core.analysis.cues.STAR_EN` action); else the answer's
hedges when two or more, or one without a number (the rule of :func:`core.coach.dimensions.specificity`). A rule of
this project, not a figure from research: behavioural interviewing asks what the candidate did on one occasion (the
STAR method); English time markers only.
"""

from __future__ import annotations

import re

from core.analysis.answer import AnswerEvidence
from core.analysis.cues import STAR_EN

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# one day or event: "last Monday", "on Tuesday", "yesterday", "on 3 March", "on the 12th of May", "in May 2023", "two
# weeks ago", "one night shift last week"
_DATED_RE = re.compile(
    rf"\b(?:last|this|on|that|one) {_DAY}\b|\byesterday\b|\blast (?:night|week|weekend|shift)\b|"
    rf"\bon (?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}\b|\bon {_MONTH} \d{{1,2}}\b|"
    rf"\bin {_MONTH},? (?:19|20)\d\d\b|\b(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?) ago\b",
    re.IGNORECASE)


# an act of the candidate's in the past: "I did the safeguarding first", "I rang", "I moved" (not "I had", "I was")
_ACT_RE = re.compile(r"\bI (?:then |first |also )?(?!(?:used|needed|wanted|liked|loved|seemed|hoped|felt)\b)(?:[a-z]{2,}ed|did|"
                     r"rang|took|made|sent|went|told|gave|met|spoke|wrote|ran|got|found|kept|put|set|brought|led|sat|"
                     r"drove|chose|paid|sold|taught|built|left|came|cut|split|shut|swapped)\b")


def dated_occasion(text: str) -> bool:
    """Whether ``text`` tells one dated occasion of the candidate's own (see the module docstring)."""
    return bool(_DATED_RE.search(text or "")) and bool(STAR_EN["action"].search(text or "") or _ACT_RE.search(text or ""))


def habitual_hedges(ev: AnswerEvidence, numbers: list[str]) -> list[str]:
    """The hedges of ``ev`` (:attr:`AnswerEvidence.hedges`) that count as habitual wording, given the answer's
    ``numbers``: two or more, or one without a number, and none in an answer that tells a dated occasion
    (:func:`dated_occasion`); [] when none count."""
    if not ev.hedges or (ev.lang == "en" and dated_occasion(ev.text)):
        return []
    return ev.hedges if len(ev.hedges) >= 2 or not numbers else []
