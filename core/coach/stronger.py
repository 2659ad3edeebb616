"""A stronger answer built from the candidate's own: their sentences, rearranged into the parts
the question type expects, with bracketed gaps naming what to add ("[the result, with a number]").

Nothing of the question is pasted in (the old template did, and produced "makes I a strong fit"),
and nothing is invented: every sentence outside brackets is the candidate's, cleaned of filler
words and openers such as "Sure," or "Okay, thanks". With no answer to work from, the result is
the type's outline of gaps, with a CV achievement to draw on when one shares the question's terms,
or, for a bank question that has one, the curated model answer written for it (issue 14 point 6).
"""

from __future__ import annotations

import re

from core.analysis import cues
from core.analysis.answer import AnswerEvidence
from core.analysis.signals import FILLER_RE
from core.analysis.text import content_stems, sentences
from core.coach.bank import model_answer
from core.coach.phrasing import clip, quote
from core.coach.question_types import QuestionType

# Each type's parts: (label, what fills it when missing).
OUTLINES: dict[str, tuple[tuple[str, str], ...]] = {
    "behavioural": (
        ("Situation", "[where and when this happened, and what was at stake]"),
        ("Task", "[what you were responsible for]"),
        ("Action", "[what you did, step by step, and why you chose that]"),
        ("Result", "[the result, with a number: time, money, % or people]"),
    ),
    "situational": (
        ("Approach", "[how you would frame the problem first]"),
        ("Steps", "[the steps you would take, in order]"),
        ("Trade-offs", "[what you would weigh, and why you would choose this over the alternative]"),
    ),
    "technical": (
        ("Concepts", "[the components or concepts involved, named]"),
        ("Reasoning", "[how they fit together and why]"),
        ("Trade-offs", "[the trade-off you would accept, and when you would choose differently]"),
    ),
    "motivation": (
        ("Why this role", "[one specific reason tied to this role or organisation]"),
        ("Evidence", "[something you have done that shows this interest]"),
        ("What you bring", "[what you would contribute in the first months]"),
    ),
    "self_assessment": (
        ("The trait", "[the strength or weakness, named plainly]"),
        ("Example", "[one time it showed, and what happened]"),
        ("What I do about it", "[what you do now to use it or manage it, and the effect]"),
    ),
    "introduction": (
        ("Now", "[your current role and what you do best in it]"),
        ("Before", "[the one or two earlier steps that led here, with a result]"),
        ("Why this role", "[why this role is the natural next step]"),
    ),
}

_OPENER_RE = re.compile(
    r"^(?:(?:sure|okay|ok|right|well|so|yes|yeah|great question|good question|thanks|thank you)[,.!]?\s+)+", re.IGNORECASE
)
_ACK_RE = re.compile(r"^(?:thanks?(?: you)?|great question|good question|sure|okay|ok)[.!]?$", re.IGNORECASE)


def _tidy(sentence: str) -> str:
    """What removing filler words leaves behind tidied: no comma left alone or doubled, no space
    before punctuation, no leading or trailing comma ("Like, , I , , did it, ." -> "I did it.").
    Commas the candidate wrote ("we, as a team, shipped") stay."""
    sentence = re.sub(r"\b(I|we)(?:\s+,)+\s*", r"\1 ", sentence)  # "I , , just did": fillers were there
    sentence = re.sub(r"\b(I|we),\s*like,\s*", r"\1 ", sentence, flags=re.IGNORECASE)
    sentence = re.sub(r",\s*like,", ",", sentence, flags=re.IGNORECASE)  # ", like," as a filler
    sentence = re.sub(r"(?:\s*,)+", ",", sentence)  # ", ," -> ","
    sentence = re.sub(r"\s+([,.;:!?])", r"\1", sentence)
    sentence = re.sub(r",([.;:!?])", r"\1", sentence)
    sentence = re.sub(r"^(?:like|so|well|and),\s*", "", sentence.strip(" ,;"), flags=re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", sentence).strip(" ,;")


def _clean_sentences(text: str) -> list[str]:
    """The answer's sentences without labels, filler words, openers and bare acknowledgements."""
    text = cues.LABEL_RE.sub(" ", text)
    out = []
    for s in sentences(text):
        s = _tidy(FILLER_RE.sub("", s))
        s = _OPENER_RE.sub("", s)
        if len(s.split()) < 3 or _ACK_RE.match(s) or any(p.match(s) for p in cues.NON_ANSWER.values()):
            continue
        out.append(clip(_capitalised(s), 32).rstrip(".") + ".")
    return out


def _capitalised(sentence: str) -> str:
    """The sentence with a capital first letter, unless it opens with a name or figure written in lower
    case on purpose ("p95 fell to 210 ms", "iOS", "eBay")."""
    first = re.match(r"[^\W\d_]+(?=[\s,;:.!?]|$)", sentence)  # a whole word of letters only
    if not first or not first.group(0).islower():
        return sentence
    return sentence[:1].upper() + sentence[1:]


def _behavioural_part(sentence: str, index: int, total: int, lang: str) -> str:
    star = cues.STAR_CUES.get(lang, cues.STAR_EN)
    if index == 0 and star["situation"].search(sentence):
        return "Situation"
    if index > 0 and star["result"].search(sentence) and not star["task"].search(sentence):
        return "Result"
    if star["task"].search(sentence):
        return "Task"
    if star["action"].search(sentence):
        return "Action"
    if index == 0 or star["situation"].search(sentence):
        return "Situation"
    return "Result" if re.search(r"\d", sentence) and index >= total / 2 else "Action"


def _other_part(sentence: str, index: int, qtype: str, lang: str) -> str:
    labels = [label for label, _ in OUTLINES[qtype]]
    reasoning = cues.REASONING.get(lang)
    handling = cues.SELF_ACTION.get(lang)
    if qtype == "self_assessment":
        if index == 0:
            return labels[0]
        return labels[2] if handling and handling.search(sentence) else labels[1]
    if qtype in {"situational", "technical"}:
        if reasoning and reasoning.search(sentence) and index > 0:
            return labels[2]
        return labels[0] if index == 0 else labels[1]
    if qtype == "motivation":
        reasons = cues.REASONS.get(lang)
        return labels[0] if (reasons and reasons.search(sentence)) or index == 0 else labels[1]
    return labels[min(index, 1)] if index < 2 else labels[1]


def _arrange(text: str, qtype: QuestionType, lang: str) -> dict[str, list[str]]:
    parts: dict[str, list[str]] = {label: [] for label, _ in OUTLINES[qtype]}
    said = _clean_sentences(text)
    lesson = cues.LESSON.get(lang)
    for i, s in enumerate(said):
        if qtype == "behavioural" and i > 0 and lesson and lesson.search(s):
            parts.setdefault("Lesson", []).append(s)
            continue
        label = _behavioural_part(s, i, len(said), lang) if qtype == "behavioural" else _other_part(s, i, qtype, lang)
        if len(parts[label]) < 3:
            parts[label].append(s)
    return parts


def _cv_hint(question: str, facts: dict) -> str:
    q_stems = content_stems(question)
    for ach in facts.get("achievements") or []:
        if content_stems(ach) & q_stems:
            return f" [you could use the CV's {quote(clip(ach.rstrip('.'), 14))}]"
    return ""


def stronger_answer(
    question: str, text: str, qtype: QuestionType, ev: AnswerEvidence | None, facts: dict | None = None
) -> str:
    """The candidate's sentences under the type's part labels, with a bracketed gap for each missing part.

    Shape: ``"Situation: <their sentences> Task: [what you were responsible for] …"`` on one line (the
    Feedback page shows it as plain text); a result
    without a number gets "[add the number: …]". ``text`` empty gives the curated model answer of a
    bank question that has one (:func:`core.coach.bank.model_answer`), else the outline of gaps only.
    """
    lang = ev.lang if ev is not None else "en"
    curated = model_answer(question) if not text.strip() else None
    if curated:  # nothing of theirs to build on: the model answer written for this bank question
        return f"A model answer written for this question (tell your own example the same way): {curated}"
    if ev is not None and not ev.analysed:
        return " ".join(_clean_sentences(text)) + (
            " [The offline coach does not rearrange answers in this language: check it has an example, "
            "what you did, and a result with a number.]"
        )
    parts = _arrange(text, qtype, lang) if text.strip() else {label: [] for label, _ in OUTLINES[qtype]}
    lines = []
    for label, gap in OUTLINES[qtype]:
        said = " ".join(parts[label])
        if not said:
            if label == OUTLINES[qtype][0][0] and not text.strip():
                gap += _cv_hint(question, facts or {})
            lines.append(f"{label}: {gap}")
            continue
        if label == "Result" and not re.search(r"\d", said):
            said += " [add the number: by how much, how many, how fast]"
        lines.append(f"{label}: {said}")
    if parts.get("Lesson"):
        lines.append("Lesson: " + " ".join(parts["Lesson"][:2]))
    return " ".join(lines)
