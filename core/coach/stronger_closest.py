"""The stronger answer to an answer that says the thing was never done, then tells the closest thing the candidate did, in
detail, with what came of it ("I haven't run a tender myself. The closest is our 2024 van lease: the dealer quoted
£9,000, so I got two other quotes and agreed £7,400. That saving paid for the winter tyres."): its own sentences laid out
under a story's headings, in the order said (newcomer, session 23: a detailed closest-thing answer got "[You said you
have not done this, and gave no way of going about it…]" and an empty STAR template). An answer whose rest tells no step
of theirs, no result or no figure keeps the denial lead (:mod:`core.coach.stronger_denial`).
"""

from __future__ import annotations

import re

from core.coach.stronger_kinds import opens_on_own_action, star_kinds, told_lesson
from core.coach.stronger_sentences import clean_sentences
from core.coach.stronger_split import semicolon_clauses, split_mixed
from core.coach.stronger_tense import _PAST_OWN_RE, _PRESENT_OWN_RE

# A sentence saying it was not done ("I haven't done anything with R.", "our venue manager signs them").
_NOT_DONE_RE = re.compile(r"\b(?:haven'?t|have not|hasn'?t|has not|never|didn'?t|did not|no (?:direct |real )?experience)\b",
                          re.IGNORECASE)
# A view, not a step ("I think you mean IR(ME)R", "I guess it was luck").
_VIEW_RE = re.compile(r"^(?:I|we)\s+(?:think|believe|guess|suppose|know|feel|mean|reckon|assume)\b", re.IGNORECASE)
CLOSEST_LEAD = ("[You said you have not done this, and told the closest thing you have done: here it is laid out as a "
                "story, with what to add. Say how you would use it here.] ")


def _own_step(piece: str) -> bool:
    """Whether ``piece`` tells a step of the candidate's, done ("I got two quotes") or done as a rule ("I take…")."""
    if _VIEW_RE.match(piece):
        return False
    return bool(opens_on_own_action(piece) or _PAST_OWN_RE.search(piece) or _PRESENT_OWN_RE.search(piece))


def closest_parts(text: str) -> dict[str, list[str]] | None:
    """``text`` (an answer opening on a denial) as STAR label -> its sentences (or clauses: a scene and the candidate's
    step said in one are two), in the order said: the denial sentences it opens on left out; before the first step of
    theirs under Situation, the steps under Action, after a step what tells a result (or, not a step, ends the answer) under Result, a lesson under Lesson.
    ``None`` when it tells no closest experience: no step of theirs, no result after it, or no figure."""
    said = clean_sentences(text)
    while said and _NOT_DONE_RE.search(said[0]):
        said = said[1:]
    pieces = [p for s in said for c in semicolon_clauses(s) for p in split_mixed(c)]
    parts: dict[str, list[str]] = {"Situation": [], "Task": [], "Action": [], "Result": [], "Lesson": []}
    stepped = False
    for i, piece in enumerate(pieces):
        kinds = star_kinds(piece)
        if stepped and told_lesson(piece):
            label = "Lesson"
        elif stepped and not opens_on_own_action(piece) and ("result" in kinds or (
                i == len(pieces) - 1 and not _own_step(piece))):  # what the story ends on, after the steps
            label = "Result"
        elif _own_step(piece) or (stepped and "action" in kinds):
            label, stepped = "Action", True
        else:
            label = "Result" if parts["Result"] else ("Action" if stepped else "Situation")
        parts[label].append(piece)
    if not parts["Action"] or not parts["Result"] or not any(re.search(r"\d", s) for s in pieces):
        return None
    return parts


def closest_story(text: str, outline: tuple[tuple[str, str], ...], lesson_gap: str) -> str:
    """The stronger answer to ``text`` (see the module docstring): :data:`CLOSEST_LEAD`, then each heading of ``outline``
    (a story's (label, gap) pairs) with the answer's sentences under it, whole and in the order said, or its gap, then
    the Lesson said or ``lesson_gap``; "" when :func:`closest_parts` finds no closest experience told."""
    parts = closest_parts(text)
    if parts is None:
        return ""
    lines = [f"{label}: {' '.join(parts[label]) or gap}" for label, gap in outline]
    lines.append(f"Lesson: {' '.join(parts['Lesson']) or lesson_gap}")
    return CLOSEST_LEAD + " ".join(lines)
