"""A story told in one sentence cut into its scene, the candidate's act and what came of it (issue 15, session 25: "It last
mattered in March, when a 45-year-old… mentioned saddle numbness; I recognised possible cauda equina, sent him straight to
A&E…, and the MRI confirmed compression, so he had surgery that night" went whole under Action, the report saying
"Missing: situation, result"). English only; a sentence of another shape is given back as it was."""

from __future__ import annotations

import re

from core.analysis.results import measured_result
from core.coach.stronger_tense import OWN_PAST_ACT

# The scene before the candidate's act, set off by a semicolon or a colon: "It last mattered in March, when a patient
# mentioned…; I recognised…", "Last winter a resident was stuck in the lift: I stayed…". No "I" acts in it.
_SCENE_THEN_ACT_RE = re.compile(r"^(?P<scene>(?:(?!\bI\b)[^;:])*?\b(?:when|while|after|as|it (?:last )?(?:mattered|happened|came "
                                r"up|was)|last \w+|in (?:january|february|march|april|may|june|july|august|september|october|"
                                r"november|december|\d{4}))\b(?:(?!\bI\b)[^;:]){3,160}?)\s*[;:]\s+(?P<act>I\s.+)$",
                                re.IGNORECASE)
# What came of the act, told with its own subject after it: ", and the MRI confirmed compression, so he had surgery",
# ", and she gave us a five rating that week": set off by a comma ("told them she was awake and the team was with her" is
# what was told). The subject is no "I" or "we" (their own act is a step); a finding ("and it turned out…") is no outcome.
_OUTCOME_AFTER_RE = re.compile(r"^(?P<act>I\s[^;]+?),\s+and\s+(?P<outcome>(?!(?:it|this|that|the \w+) (?:turned out|showed|revealed|"
                               r"emerged|appeared|seemed)\b)(?:the|he|she|they|his|her|their|it)\b(?:(?!\b(?:I|we)\b)"
                               r"[^;])*?\b(?:\w+ed|had|gave|got|was|were|went|came|took|made|passed|won|rose|fell|grew|became|"
                               r"kept|stayed|left|hit|began)\b"
                               r"(?:(?!\b(?:I|we)\b)[^;])*)$", re.IGNORECASE)
_OWN_ACT_RE = re.compile("^" + OWN_PAST_ACT, re.IGNORECASE)
# What the act changed, measured, told after "and" with no subject of its own (the act's "I"): "…and cut delivery costs by
# 18%, saving £40k a year"; the act before it changes nothing itself.
_CHANGE_AFTER_RE = re.compile(r"^(?P<act>I\s(?:(?!\b(?:cut|reduced|halved|saved|lowered|raised|increased|doubled)\b)[^;])+?),?"
                              r"\s+and\s+(?P<change>(?:then\s+|so\s+)?(?:cut|reduced|halved|doubled|tripled|saved|lowered|"
                              r"raised|increased|improved|shortened|brought (?:down|up)|"
                              # the option kept by a measured comparison: "…and kept the one with the higher open
                              # rate, 31 percent against 22" (re-check, session 26: "Result: [the result, with a number]")
                              r"kept|chose|picked|went with|rolled out)\b(?:(?!\b(?:I|we)\b)[^;])*)$",
                              re.IGNORECASE)
# Who the work was for, named as a lead phrase before the candidate's act: "For the CoCo program board I built a small
# dashboard…" (re-check, session 26: "Missing: situation"); the scene is said as a sentence of its own.
_FOR_LEAD_RE = re.compile(r"^(?P<scene>For (?:the |our |my |a |an )?[A-Z][\w&-]*\b(?: [\w&-]+){0,3}? (?:board|team|client|"
                          r"customer|department|office|school|ward|clinic|charity|council|company|firm|project|programme|"
                          r"program|course|committee|unit|branch|site|store|group|agency|account|launch|campaign)),?\s+"
                          r"(?P<act>I\s.+)$")


def story_clauses(sentence: str) -> list[str]:
    """The pieces of :func:`story_parts`, without their parts."""
    return [piece for piece, _ in story_parts(sentence)]


def story_parts(sentence: str) -> list[tuple[str, str | None]]:
    """``sentence`` as its scene, the candidate's act and its outcome, each a sentence with its STAR part ("Situation",
    "Action", "Result"), when it tells them in that order: a scene clause with no "I" set off by a semicolon or colon
    before "I <past act>…", and/or an outcome with its own subject after "…, and" (:data:`_OUTCOME_AFTER_RE`);
    ``[(sentence, None)]`` otherwise (its part is read from its own wording)."""
    end = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in ".!?" else "."
    pieces: list[tuple[str, str | None]] = []
    rest = sentence.strip()
    if (scene := _SCENE_THEN_ACT_RE.match(rest)) and _OWN_ACT_RE.match(scene.group("act")):
        pieces.append((scene.group("scene").strip(" ,"), "Situation"))
        rest = scene.group("act")
    elif (lead := _FOR_LEAD_RE.match(rest)) and _OWN_ACT_RE.match(lead.group("act")):
        pieces.append(("This was f" + lead.group("scene")[1:], "Situation"))
        rest = lead.group("act")
    if _OWN_ACT_RE.match(rest) and (out := _OUTCOME_AFTER_RE.match(rest.rstrip(".!?"))) and len(
            out.group("outcome").split()) >= 3:
        pieces += [(out.group("act").strip(" ,"), "Action"), (out.group("outcome").strip(" ,"), "Result")]
    elif _OWN_ACT_RE.match(rest) and (done := _CHANGE_AFTER_RE.match(rest.rstrip(".!?"))) and measured_result(
            done.group("change")):
        # "I renegotiated our courier contract and cut delivery costs by 18%": the act, then what it changed, told by
        # the same "I" (session 26: the whole went under Situation, the Action and Result left as gaps)
        pieces += [(done.group("act").strip(" ,"), "Action"), ("I " + done.group("change").strip(" ,"), "Result")]
    elif pieces:
        pieces.append((rest.rstrip(".!?"), None))
    if len(pieces) < 2:
        return [(sentence, None)]
    return [(p[:1].upper() + p[1:] + ("" if p[-1:] in ".!?" else end), part) for p, part in pieces]
