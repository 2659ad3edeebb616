"""A story's sentence cut into the clauses a stronger answer files apart (split from :mod:`core.coach.stronger_kinds`,
session 22, no behaviour change): :func:`split_mixed` (a result beside an action, a scene before the steps) and
:func:`semicolon_clauses` (a task or a lesson told beside another part at a semicolon)."""

from __future__ import annotations

import re

from core.analysis import cues
from core.coach.stronger_kinds import (
    _ACTOR_RE,
    _LEADING_WHEN_RE,
    _SKILL_LEARNED_RE,
    _scene_clause,
    opens_on_own_action,
    star_kinds,
)

# Where one clause ends and another with its own subject begins: ", and I …", "; we …", ", so I …", ", which cut …".
_MIXED_SPLIT_RE = re.compile(r"(?:,\s*(?:and\s+|so\s+|then\s+)?|;\s*|\s+and then\s+|\s+and\s+)(?=(?:I|we|which|this)\b)|"
                             # what came of the steps with its own subject after "and" (session 22: "…with the scaffold
                             # contractor and the wait dropped to one day", "…daily, and he passed the check in Year 2")
                             r"\s+and\s+(?=the\s+(?:[\w-]+\s+){0,2}?(?:dropped|fell|rose|halved|doubled|came down|shrank|"
                             r"went (?:from|up|down))\b)|"
                             r"(?:,\s*|\s+)and\s+(?=(?:he|she|they)\s+(?:\w+ly\s+)?(?:passed|recovered|qualified|was discharged|"
                             r"were discharged|made up|caught up|clawed back)\b)|"  # "…lookahead and they recovered…" (s23)
                             r";\s*(?=(?:our|the|my|their)\s)|\s+and\s+(?=it\s+was\s+(?:approved|signed off|accepted)\b)|"
                             r",\s*and\s+(?=(?:there|it|they|nothing)\s+(?:hasn't|haven't|has not|have not)\s+been\b)|"  # s21
                             r";\s*(?=it\s+(?:rose|fell|grew|dropped|went|doubled|halved)\b)|"  # "…set OKRs; it rose from 52%…" 
                             # what came of the steps, timed: ", and he was thrombolysed within 20 minutes" (session 16)
                             r",\s*and\s+(?=(?:(?:he|she|they|it)\s+|the\s+(?:\w+\s+){1,2}?)(?:was|were)\s+\w+ed\b[^,;.]{0,30}?\s(?:with)?in\s+\d)|"
                             # a measure that changed, told with its own subject after the steps: "…, and invoice errors
                             # fell from 40 to 6", "; our pass rate rose…" (session 19: both went under Result, or Action)
                             r",\s*and\s+(?=because\s+(?:I|we)\b[^,;.]{3,80},\s)|"  # ", and because I had…, every record…"
                             r"(?:,\s*(?:and\s+|so\s+)?|;\s*)(?=(?!(?:when|if|once|while|because|as|which|who|where|but|then|"
                             r"I|we)\b)(?:[\w'%-]+\s+){1,6}?(?:went (?:from|up|down)|rose|fell|dropped|grew|improved|increased|"
                             r"doubled|halved|came down|climbed|shrank|(?:was|were) (?:cut|reduced|halved))\b)|"
                             # a share that reached a mark after the steps: "…, and 64% got A* to B" (session 20)
                             r",\s*and\s+(?=\d[\d.,]*\s?(?:%|per ?cent)\s+(?:of\s+\w+\s+)?(?:got|achieved|passed|reached|hit|gained)\b)")


# A sentence that opens on when or where ("During a 35% drop last quarter, I…", "When procurement stalled, I…"): its
# first piece is no clause alone.
_OPENING_PHRASE_RE = re.compile(r"(?:during|in|at|on|after|before|over|within|for|by|with|amid|following|when|whenever|if|"
                                 r"once|while|because|although|as soon as|rather than|instead of)\s", re.IGNORECASE)


# A state of the candidate's, then their act: "When we moved to it in 2016 I was a sergeant and I learned it…".
_STATE_THEN_ACT_RE = re.compile(r"^(.{8,}?\b(?:I|we) (?:was|were)\b[^,;.]{2,60}?),?\s+and\s+(I\s.+)$")


def split_mixed(sentence: str) -> list[str]:
    """``sentence`` cut into its clauses when one tells a result and another an action (:func:`star_kinds`): "Returns
    now take four days, and I trained the new starters on the new flow" -> a result and an action, each a sentence
    ("which cut…" becomes "This cut…"); ``[sentence]`` when it holds one kind, or a clause would not stand alone
    (under three words, or of no STAR kind)."""
    scene = _STATE_THEN_ACT_RE.match(sentence)  # "…in 2016 I was a sergeant and I learned it in two weeks" (session 20)
    if scene and (opens_on_own_action(scene.group(2)) or _SKILL_LEARNED_RE.match(scene.group(2))):
        return [scene.group(1).rstrip(" ,") + ".", scene.group(2)]
    pieces = _glued_asides([p for p in re.split(f"({_MIXED_SPLIT_RE.pattern})", sentence) if p])
    # "When he still didn't come I escalated…, who came in ten minutes; the patient…": a clause of time before the
    # candidate's act is no piece alone, the act is its main clause (re-check, session 19: it all went under Result)
    opening_only = not (_scene_clause(pieces[0]) or (len(pieces) > 1 and _LEADING_WHEN_RE.match(pieces[0])
                                                      and opens_on_own_action(pieces[0])))
    if len(pieces) < 2 or (_OPENING_PHRASE_RE.match(sentence) and opening_only) or any(
            re.match(r"which\s+(?:I|we|they|he|she|you|it)\b", p, re.I) for p in pieces):
        # "…, which I raised with the team": "which" is what was raised, no clause of its own
        return [sentence]
    # "I cut the prep list to twelve items": a step, whatever result word it opens on, when it measures no change
    kinds = [star_kinds(p) - ({"result"} if opens_on_own_action(p) else set()) for p in pieces]
    results = [k for k in kinds if "result" in k and "action" not in k]
    actions = [k for k in kinds if "action" in k and "result" not in k]
    # "In 2023 forecasts dropped 8%, so I had to cut labour cost": the state before, then the task (session 16)
    tasks = [i for i, p in enumerate(pieces) if cues.STAR_EN["task"].search(p)]
    before_task = len(tasks) == 1 and tasks[0] > 0 and all("situation" in k for k in kinds[:tasks[0]])
    # "In Q1 2024 inbound dried up, so I picked 60 accounts": the scene, then the step (session 16: both went under Result)
    scene_first = ({"situation"} == kinds[0] - {"task"} and len(pieces) == 2 and "action" in kinds[1]
                   and "result" not in kinds[1] and re.search(r",\s*so\s+(?:I|we)\b", sentence))
    # "…: the inspector checked our logs, and because I had brought in probe checks, every record was complete": the
    # scene, then what came of it with its cause (session 19: both stayed under Situation)
    scene_result = (len(pieces) == 2 and kinds[0] == {"situation"} and "result" in kinds[1]
                    and re.search(r",\s*and\s+because\s+(?:I|we)\b", sentence))
    # "The director had a list of ideas and I built the tracker…": the scene, then the steps (re-check 19: all Result)
    scene_steps = (len(pieces) >= 2 and kinds[0] == {"situation"} and not _ACTOR_RE.match(pieces[0])
                   and all(k == {"action"} for k in kinds[1:]) and all(opens_on_own_action(p) for p in pieces[1:]))
    # "I needed to find out why, so I compared the counts with the till data": the task, then the step taken for it (s26)
    task_then_act = (len(pieces) == 2 and bool(cues.STAR_EN["task"].search(pieces[0]))
                     and not cues.STAR_EN["task"].search(pieces[1]) and opens_on_own_action(pieces[1])
                     and "result" not in kinds[1])
    if not (before_task or scene_first or scene_result or scene_steps or task_then_act) and (not results or not actions) or any(
            len(p.split()) < 3 or not k for p, k in zip(pieces, kinds, strict=True)):
        return [sentence]
    end = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in ".!?" else "."
    if scene_result:  # "because I had brought in probe checks, every record was complete": the step, then its result
        pieces = [pieces[0], *(p.strip(" ,") for p in re.match(r"because\s+((?:I|we)\b[^,;]+),\s*(.+)", pieces[1]).groups())]
    out = []
    for piece in pieces:
        piece = re.sub(r"^which\b", "This", piece)
        piece = piece[:1].upper() + piece[1:]
        out.append(piece if piece[-1:] in ".!?" else piece + end)
    return out


def _glued_asides(split: list[str]) -> list[str]:
    """The clauses of a sentence split at :data:`_MIXED_SPLIT_RE` (pieces and the separators between them, in order),
    an aside saying what a figure amounts to kept on the clause before it ("…fell from 34% to 29%, which is a 71% GP": session 19)."""
    out: list[str] = []
    for i in range(0, len(split), 2):
        piece = split[i].strip(" ,;")
        if not piece:
            continue
        if out and re.match(r"which\s+(?:is|was|are|were|works? out)\b", piece, re.I):
            out[-1] = out[-1] + split[i - 1].rstrip() + " " + split[i].strip()
        else:
            out.append(piece)
    return out


_SEMI_CLAUSE_RE = re.compile(r";\s+(?=(?:I|we|my|our|this|that|the)\b)", re.IGNORECASE)


def semicolon_clauses(sentence: str) -> list[str]:
    """A story's sentence cut at a semicolon before a clause with its own subject when a piece tells the task or the
    lesson ("My role was to plan the training; I learned to share the data"), each then under its own heading; whole
    when a piece is under 3 words or neither is a task or lesson."""
    pieces = [p.strip() for p in _SEMI_CLAUSE_RE.split(sentence)]
    said = (cues.LESSON["en"], cues.STAR_EN["task"])
    if len(pieces) < 2 or any(len(p.split()) < 3 for p in pieces) or not any(
            cue.search(p) for cue in said for p in pieces):  # only a task or a lesson told beside another part
        return [sentence]
    return [(p[:1].upper() + p[1:]).rstrip(".!?") + "." for p in pieces]
