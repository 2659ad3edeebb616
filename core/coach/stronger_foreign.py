"""A stronger answer to an answer in another language than English (newcomer, session 22: a Spanish nurse's answers got
only the outline to fill): the candidate's own sentences, as said and in the order said, under the English headings of
the question type's outline, with a bracketed gap for each part nothing fills.

The choice (a sentence is never translated or reworded, and cut only into the clauses a story told in one sentence sets
off by semicolons or by ", y" before its result: session 26): with no English cue words to read, a sentence's part is
read from its place in the answer and from the answer language's cues where :mod:`core.analysis.cues` has them (Spanish
STAR, reasons, lessons and past work; a result in German, French, Portuguese or Italian). A story: its first sentence is
the Situation (the Action when it tells an act of theirs and no scene), a sentence with a result cue (or a figure, or no
act, told last) the Result, one with a task cue the Task, the rest the Action; its parts never go back in the outline's
order, so the answer's order is kept. Another type: a reason under "Why this role", past work under "Before", a lesson
or what one does about it under "What I do about it", the first sentence under the first part, the rest under the middle
one; in the order told under each heading. An English answer with sentences in such a language is laid out the same way
(:func:`mixed_language`), each sentence read by its own language's cues (:func:`sentence_language`), so its other-language
sentences are never dropped nor joined with English connectives (session 26).
"""

from __future__ import annotations

import re

from core.analysis import cues
from core.analysis.language import detect_language
from core.coach.stronger_sentences import clean_sentences

LANGUAGES = frozenset(cues.STAR_CUES) - {"en"}  # the languages whose answers are laid out this way
NOTE = ("[Your sentences as you said them, in order, under the parts they seem to fill (the offline coach reads an "
        "answer's parts by English cue words, so here by their place in the answer): check each heading, and add what "
        "each gap asks.] ")


# The parts of a German story told by their own words, for this layout only (the scorer reads German for a result only,
# :data:`core.analysis.cues.STAR_CUES`, and its structure marks stay as they are): the task given ("Ich sollte…", "Meine
# Aufgabe war…") and the candidate's act ("Ich habe … gesucht"). Session 26: "Ich sollte das Problem lösen" went under
# Action, the Task left a gap.
_PARTS_MORE: dict[str, dict[str, re.Pattern[str]]] = {
    "de": {
        "task": re.compile(r"\b(?:ich (?:sollte|musste|hatte die aufgabe)|meine (?:aufgabe|rolle|verantwortung) (?:war|bestand)|"
                           r"mein (?:ziel|auftrag) war|ich war (?:dafür )?verantwortlich|man (?:hat|bat) mich|"
                           r"ich wurde (?:gebeten|beauftragt))\b", re.IGNORECASE),
        "action": re.compile(r"\b(?:ich|wir) (?:habe|haben|hab) (?:[\wäöüß-]+ ){0,8}?(?:ge[\wäöüß]+(?:t|en)|[\wäöüß]+iert)\b",
                             re.IGNORECASE),
    },
}


def _story_cues(lang: str) -> dict[str, re.Pattern[str]]:
    """The STAR cues a sentence in ``lang`` is read by here: :data:`core.analysis.cues.STAR_CUES` with
    :data:`_PARTS_MORE` added."""
    return {**cues.STAR_CUES.get(lang, {}), **_PARTS_MORE.get(lang, {})}


def sentence_language(sentence: str, lang: str) -> str:
    """The language a sentence of an answer in ``lang`` is read in: its own when the detector is sure it is English or
    another laid-out language (a mixed answer: "En 2022… I checked the orders… Las roturas bajaron…"), else ``lang``."""
    own = detect_language(sentence) if len(sentence.split()) >= 6 else lang
    return own if own in cues.STAR_CUES else lang


def mixed_language(sentences: list[str]) -> str:
    """The other laid-out language (:data:`LANGUAGES`) of an English answer some of whose sentences (``sentences``, as
    :func:`core.coach.stronger_sentences.clean_sentences` gives them) are in it ("En 2022 … nos faltaban antibióticos. I
    checked the orders… Las roturas bajaron…": session 26, its Spanish sentences were dropped, the English cues and
    connectives read them as English); "" when none is."""
    found = [lang for s in sentences if len(s.split()) >= 6 and (lang := detect_language(s)) in LANGUAGES]
    return max(set(found), key=found.count) if found else ""


def _cue(table: dict, lang: str, sentence: str) -> bool:
    found = table.get(lang)
    return bool(found is not None and found.search(sentence))


def _story_label(sentence: str, i: int, total: int, lang: str) -> str:
    star = _story_cues(lang)
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
    story = labels[:4] == ["Situation", "Task", "Action", "Result"]
    # a story told in one sentence of clauses set off by semicolons: each clause as said, in order (session 26)
    said = [c for s in clean_sentences(text) for c in (_story_clauses(s, sentence_language(s, lang)) if story else [s])]
    reached = 0
    for i, sentence in enumerate(said):
        own = sentence_language(sentence, lang)  # a mixed answer's sentence by its own language's cues
        if story and i and i == len(said) - 1 and _cue(cues.LESSON, own, sentence):
            parts.setdefault("Lesson", []).append(sentence)
            continue
        if not story:  # by its cue, in the order told under each heading
            parts[_other_label(sentence, i, own, kind, labels)].append(sentence)
            continue
        reached = max(reached, labels.index(_story_label(sentence, i, len(said), own)))  # never back: the order kept
        parts[labels[reached]].append(sentence)
    return parts


def _before_result(clause: str, result: re.Pattern[str]) -> list[str]:
    """``clause`` cut before each ", y" (", und", ", et", ", e") whose next words open on the ``result`` cue."""
    cuts = [m for m in re.finditer(r",\s+(?:y|und|et|e)\s+", clause) if result.match(clause, m.end())]
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(clause)]
    return [clause[a:b].strip() for a, b in zip(starts, ends, strict=True)]


def _story_clauses(sentence: str, lang: str) -> list[str]:
    """``sentence`` (in ``lang``) cut at each semicolon, and before ", y" (", und", ", et", ", e") opening on a result cue
    of its language (", y al final las roturas bajaron…"), into clauses of three words or more, each given back as said
    and closed with the sentence's stop; ``[sentence]`` when it has no such clauses."""
    result = _story_cues(lang).get("result")
    pieces = [p.strip() for p in re.split(r";\s+", sentence)]
    if result is not None:
        pieces = [c for p in pieces for c in _before_result(p, result)]
    if len(pieces) < 2 or any(len(p.split()) < 3 for p in pieces):
        return [sentence]
    end = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in ".!?" else "."
    return [p[:1].upper() + p[1:] + ("" if p[-1:] in ".!?" else end) for p in pieces]
