"""A story's stronger answer keeps the candidate's story in order and under the right STAR headings (re-check, session 19,
the nurse's escalation story: "Situation: [gap] … Action: I repeated… I documented every call… Result: When he still
didn't come I escalated to the registrar…"), as counts of answers over the dev answers of :func:`bench.bench_stronger.run`.
Read by plain text rules of their own (no function of the stronger answer's), so the counts stay a check on it:

- an act of the candidate's under "Result:" (:func:`act_in_result`): a Result sentence whose main clause, after a clause
  of time ("When he still didn't come"), opens on "I" or "we" and a verb in the past, and holds no figure or measure of
  time and no word of change (a result told as the candidate's act, "I cut the close from 8 to 5 days", "We kept first
  response under 4 hours", is none);
- the answer's first sentence dropped though it sets the scene (:func:`scene_dropped`): a story of three sentences or
  more whose first one tells a time, a place or a state ("In ICU last year a patient's NEWS2 went from 3 to 7…") and is
  nowhere in the stronger answer, its opening words missing;
- the candidate's acts out of the answer's order (:func:`acts_out_of_order`): two sentences of the answer whose main
  clause is an act of "I" (a team's "We defibrillated twice and had ROSC…" is the result, told after the steps), both given back under "Action:" or "Result:", in the other order ("I documented every call" before "I
  escalated", told after it).
"""

from __future__ import annotations

import re

# The candidate's act in the past at the start of a clause: "I escalated", "we rebuilt", "I then rang".
_PAST_ACT = (r"\s+(?:\w+ly\s+|then\s+|also\s+|first\s+|finally\s+)?(?!(?:was|were|had|needed|wanted|used|"
             r"liked|loved|hoped|felt|learned|learnt|realised|realized|noticed|saw)\b)(?:\w{3,}ed|rang|ran|went|took|"
             r"got|gave|made|built|wrote|led|sent|told|met|spoke|brought|taught|kept|found|set|put|sat|drew|chose)\b")
_ACT_RE = re.compile(r"(?:I|[Ww]e)" + _PAST_ACT)
_I_ACT_RE = re.compile(r"I" + _PAST_ACT)  # "I escalated…": the candidate's own act, never the team's
# A clause of time that opens a sentence before its main clause, with or without its comma.
_TIME_LEAD_RE = re.compile(r"^(?:then\s+|so\s+|and\s+)?(?:when|once|after|as soon as|because|since|while)\b[^.;]*?,?\s+"
                           r"(?=(?:I|we)\s)", re.IGNORECASE)
# A result the candidate's act brought about: a figure, a measure of time, or a word of change.
_CHANGE_RE = re.compile(r"\d|\b(?:within|in under|by) (?:the|an?|one|two|three|four|five|six|ten|half)\b|"
                        r"\b(?:cut|reduced|halved|doubled|saved|increased|improved|raised|lowered|won|closed|signed|hit|beat|exceeded|achieved|delivered)\b", re.IGNORECASE)
# What sets a story's scene in its first sentence: a time or a place opening it, or a state told in the past.
_SCENE_RE = re.compile(r"^(?:in|at|on|during|last|one|a few|earlier|back in|while|when|over)\b|\b(?:was|were|had|wasn't|"
                       r"weren't|didn't|couldn't|went from|rose|dropped|fell)\b", re.IGNORECASE)
_LINK_LEAD_RE = re.compile(r"^(?:then|so|and|also|after that|afterwards|later|finally|next|first|as a result),?\s+",
                           re.IGNORECASE)


def _parts(stronger: str) -> dict[str, list[str]]:
    from bench.bench_stronger_checks import _parts as parts

    return parts(stronger)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9£$€%']+", text.lower())


def _where(sentence: str, text: str) -> int:
    """Where the opening words (up to five, after a linking word) of ``sentence`` stand in ``text``, by words; -1 when
    they are nowhere."""
    head = _words(_LINK_LEAD_RE.sub("", sentence))[:5]
    words = _words(text)
    if len(head) < 3:
        return -1
    return next((i for i in range(len(words) - len(head) + 1) if words[i:i + len(head)] == head), -1)


def act_in_result(stronger: str) -> bool:
    """Whether a sentence under "Result:" is an act of the candidate's in its main clause that measures no change."""
    for sentence in _parts(stronger).get("Result", []):
        main = _TIME_LEAD_RE.sub("", _LINK_LEAD_RE.sub("", sentence.strip()))
        if _ACT_RE.match(main) and not _CHANGE_RE.search(main.split(";")[0]):  # "…; the patient got…": another clause
            return True
    return False


def scene_dropped(answer: str, stronger: str) -> bool:
    """Whether a story's first sentence that sets its scene is nowhere in its stronger answer."""
    from core.coach.stronger_sentences import clean_sentences

    said = clean_sentences(answer)
    if len(said) < 3 or "Situation:" not in stronger:
        return False
    first = said[0]
    sets_scene = _SCENE_RE.search(first) and not _ACT_RE.match(_LINK_LEAD_RE.sub("", first))
    theirs = re.sub(r"\[[^\]]*\]|\b[A-Z][\w -]*: ", " ", stronger)
    if not re.search(r"[a-z]{3}", theirs):
        return False  # the outline of gaps only: none of the answer's sentences was placed
    return bool(sets_scene) and _where(first, theirs) < 0


def acts_out_of_order(answer: str, stronger: str) -> bool:
    """Whether two of the answer's sentences telling an act of "I", both under "Action:" or "Result:", come back in the
    other order."""
    from core.coach.stronger_sentences import clean_sentences

    parts = _parts(stronger)
    steps = " ".join(parts.get("Action", []) + parts.get("Result", []))
    if not steps:
        return False
    acts = [s for s in clean_sentences(answer) if _I_ACT_RE.match(_TIME_LEAD_RE.sub("", _LINK_LEAD_RE.sub("", s.strip())))]
    places = [p for p in (_where(s, steps) for s in acts) if p >= 0]
    return any(b < a for a, b in zip(places, places[1:], strict=False))


def rows(answers: list[str], strongers: list[str]) -> list[tuple[str, float, str, str]]:
    """The bench rows of this module's counts over the dev ``answers`` and their ``strongers``."""
    pairs = list(zip(answers, strongers, strict=True))
    return [
        ("stronger: answers with an act of the candidate's under Result ('Result: When he didn't come I escalated…')",
         float(sum(act_in_result(s) for s in strongers)), "count", "0"),
        ("stronger: stories whose first sentence, setting the scene, is nowhere in the stronger answer",
         float(sum(scene_dropped(a, s) for a, s in pairs)), "count", "0"),
        ("stronger: answers with the candidate's acts out of the answer's order under Action and Result",
         float(sum(acts_out_of_order(a, s) for a, s in pairs)), "count", "0"),
    ]
