"""A story's STAR parts as the structure evidence finds and quotes them, agreeing with the stronger answer's headings:
:func:`told_star` (the parts a story told in one sentence gives, read as the stronger answer reads them, session 25) and
:func:`_as_placed` (split from :mod:`core.coach.dimensions`, session 25, no change of behaviour)."""

from __future__ import annotations

from core.analysis.answer import AnswerEvidence
from core.analysis.text import sentences
from core.analysis.text_quotes import phrase_words
from core.coach.phrasing import norm_key
from core.coach.stronger_clauses import story_parts


def told_star(ev: AnswerEvidence) -> dict[str, str]:
    """``ev.star`` (STAR part -> quote) with the parts a story told in one sentence gives by where each piece stands
    (:func:`core.coach.stronger_clauses.story_parts`: "It last mattered in March, when…; I recognised…, and the MRI
    confirmed compression, so he had surgery that night" tells a situation, an action and a result): one reading for the
    report's "Missing: …" and the stronger answer's headings (re-check, session 24: "Missing: situation, task, result"
    beside that answer). English only; a part ``ev.star`` found keeps its quote."""
    if ev.lang != "en" or not ev.analysed:
        return ev.star
    told = {part.lower(): piece.rstrip(".!?") for s in sentences(ev.text) for piece, part in story_parts(s) if part}
    if not (added := {k: v for k, v in told.items() if k not in ev.star}):
        return ev.star
    found = {**added, **ev.star}
    return {k: found[k] for k in sorted(found, key=lambda k: _STAR_ORDER.index(k) if k in _STAR_ORDER else len(_STAR_ORDER))}


_STAR_ORDER = ("situation", "task", "action", "result")


def _as_placed(ev: AnswerEvidence, parts: dict[str, str]) -> dict[str, str]:
    """``parts`` (STAR part -> quote) with each quote agreeing with the stronger answer's headings
    (:func:`core.coach.stronger.placed_parts`): a part whose quoted words are another part's too and sit under another
    heading of the stronger answer, while it puts a sentence of its own under this one, is quoted from that sentence (session 16: "action: 'At Radisson
    Blu Glasgow I led the move…'" was the situation's sentence, the steps went unquoted). The parts found, and so the
    score, stay as they are."""
    if ev.lang != "en" or not parts:
        return parts
    from core.coach.stronger import (
        placed_parts,  # the stronger answer reads the dimensions' cues: imported when used
    )

    placed = {label.lower(): said for label, said in placed_parts(ev).items()}
    out = {}
    for part, said in parts.items():
        key = norm_key(said)
        shared = any(other != part and (key in norm_key(q) or norm_key(q) in key) for other, q in parts.items())
        where = {label for label, sentences in placed.items() if any(key in norm_key(s) for s in sentences)}
        here = placed.get(part) or []
        # only words quoted for two parts are moved ("situation: 'At X I led…'; action: 'At X I led… for 250 rooms'")
        out[part] = phrase_words(here[0].rstrip(".!?"), 12) if shared and here and where and part not in where else said
    return out
