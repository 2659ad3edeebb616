"""A stronger answer to an answer in another language than English (newcomer, session 22: a Spanish nurse's answers got
only the outline to fill): the candidate's own sentences, as said and in the order said, under the English headings of
the question type's outline, with a bracketed gap for each part nothing fills.

The choice (a sentence is never translated, cut or reworded): with no English cue words to read, a sentence's part is
read from its place in the answer and from the answer language's cues where :mod:`core.analysis.cues` has them (Spanish
STAR, reasons, lessons and past work; a result in German, French, Portuguese or Italian). A story: its first sentence is
the Situation (the Action when it tells an act of theirs and no scene), a sentence with a result cue (or a figure, or no
act, told last) the Result, one with a task cue the Task, the rest the Action; its parts never go back in the outline's
order, so the answer's order is kept. Another type: a reason under "Why this role", past work under "Before", a lesson
or what one does about it under "What I do about it", the first sentence under the first part, the rest under the middle
one; in the order told under each heading.
"""

from __future__ import annotations

import re

from core.analysis import cues
from core.coach.stronger_sentences import clean_sentences

LANGUAGES = frozenset(cues.STAR_CUES) - {"en"}  # the languages whose answers are laid out this way
NOTE = ("[Your sentences as you said them, in order, under the parts they seem to fill (the offline coach reads an "
        "answer's parts by English cue words, so here by their place in the answer): check each heading, and add what "
        "each gap asks.] ")


def _cue(table: dict, lang: str, sentence: str) -> bool:
    found = table.get(lang)
    return bool(found is not None and found.search(sentence))


def _story_label(sentence: str, i: int, total: int, lang: str) -> str:
    star = cues.STAR_CUES.get(lang, {})
    told = {part for part, cue in star.items() if cue.search(sentence)}
    if i and ("result" in told or (i == total - 1 and re.search(r"\d", sentence))):
        return "Result"
    if "task" in told:
        return "Task"
    if i == 0:
        return "Action" if "action" in told and "situation" not in told else "Situation"
    return "Result" if i == total - 1 and "action" not in told else "Action"  # what came of it, told last


def _other_label(sentence: str, i: int, lang: str, kind: str, labels: list[str]) -> str:
    if kind in {"motivation", "introduction"} and _cue(cues.REASONS, lang, sentence):
        return labels[0] if kind == "motivation" else labels[2]  # "Quiero venir… porque…": why this role
    if kind == "introduction":
        return labels[1] if _cue(cues.EXPERIENCE, lang, sentence) else labels[0]  # past work by its cue, else the current
    if kind == "self_assessment" and (_cue(cues.LESSON, lang, sentence) or _cue(cues.SELF_ACTION, lang, sentence)):
        return labels[2]
    return labels[0] if i == 0 and kind != "motivation" else labels[1]


def foreign_parts(text: str, kind: str, lang: str, outline: tuple[tuple[str, str], ...]) -> dict[str, list[str]]:
    """The answer's sentences (``text``, in language ``lang``) under the labels of ``outline`` (the type's parts, in order)
    for the question kind ``kind`` (see the module docstring); a story's last sentence with a lesson cue under "Lesson".
    Shape: label -> sentences, every label of ``outline`` present (empty when nothing fills it); all empty when the answer
    has no sentence of substance."""
    labels = [label for label, _ in outline]
    parts: dict[str, list[str]] = {label: [] for label in labels}
    said = clean_sentences(text)
    story = labels[:4] == ["Situation", "Task", "Action", "Result"]
    reached = 0
    for i, sentence in enumerate(said):
        if story and i and i == len(said) - 1 and _cue(cues.LESSON, lang, sentence):
            parts.setdefault("Lesson", []).append(sentence)
            continue
        if not story:  # by its cue, in the order told under each heading
            parts[_other_label(sentence, i, lang, kind, labels)].append(sentence)
            continue
        reached = max(reached, labels.index(_story_label(sentence, i, len(said), lang)))  # never back: the order kept
        parts[labels[reached]].append(sentence)
    return parts
