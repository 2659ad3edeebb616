"""What a question's words mean, said in an answer's other words (issue 15, session 26, judge26).

A true answer often shows what its question asks without the question's words: a Microsoft Teams rollout for "a
collaboration tool you introduced", an OLS regression in statsmodels for "a statistical model you built", "Cat C+E"
for HGV driving, a reward chart for behaviour management, checking breathing and calling 999 for first aid, "I told
him the cost was over budget and showed him two cheaper venues" for pushing back on a boss. Word overlap (stems, and
lemmas for irregular forms) cannot see those, and the scorer called them "about something else" or said they "show
nothing of" the requirement asked.

``data/term_meanings.json`` holds concepts, each with the phrases a question or a requirement names it by (``asks``)
and the phrases an answer shows it by (``shown``: a named instance, a paraphrase, an act of it). :func:`meant` reads
which concepts a question asks that an answer shows; :func:`meant_words` gives the question's own words those
concepts cover, so the scorer's subject counts them as taken up. A concept is only ever read for a question that
names it, so its ``shown`` phrases never make an answer about something the question did not ask.

A rule of this project, not a figure from research; English words only.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

logger = logging.getLogger(__name__)

MEANINGS_PATH = Path(__file__).resolve().parents[2] / "data" / "term_meanings.json"


@dataclass(frozen=True)
class Concept:
    """One concept of ``data/term_meanings.json``: its name, and its ``asks`` and ``shown`` phrases as patterns."""

    name: str
    asks: re.Pattern[str]
    shown: re.Pattern[str]


def _phrase(phrase: str) -> str:
    """One phrase as a pattern: words at word boundaries, any run of spaces or a hyphen between them, a plural 's'
    allowed at the end, '…' for up to four words."""
    parts = [r"(?:\S+\s+){0,4}?" if w == "…" else re.escape(w) for w in phrase.lower().split()]
    body = r"[\s-]+".join(parts).replace(r"(?:\S+\s+){0,4}?[\s-]+", r"(?:\S+\s+){0,4}?")
    return rf"(?<![\w+-]){body}s?(?![\w+])"


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True)), re.IGNORECASE)


@lru_cache(maxsize=1)
def concepts() -> tuple[Concept, ...]:
    """The concepts of ``data/term_meanings.json`` (none, with a warning, when it cannot be read)."""
    try:
        data = json.loads(MEANINGS_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.warning("term meanings could not be read (%s); answers are read by their words only", exc)
        return ()
    return tuple(Concept(c["concept"], _pattern(c["asks"]), _pattern(c["shown"])) for c in data.get("concepts", [])
                 if c.get("asks") and c.get("shown"))


def meant(question: str, answer: str) -> list[str]:
    """The concepts ``question`` names (by an ``asks`` phrase) that ``answer`` shows (by a ``shown`` phrase), in the
    lexicon's order: "Tell me about a time you introduced a collaboration tool" and "I led our move to Microsoft
    Teams" -> ["collaboration tool", "introduce"]. [] for empty text."""
    if not (question or "").strip() or not (answer or "").strip():
        return []
    return [c.name for c in concepts() if c.asks.search(question) and c.shown.search(answer)]


def meant_words(question: str, answer: str) -> list[str]:
    """The words of ``question`` that name a concept ``answer`` shows (:func:`meant`), lower case, in the question's
    order: ["collaboration", "tool", "introduced"] for the example above."""
    out: list[str] = []
    for concept in concepts():
        if not concept.shown.search(answer or ""):
            continue
        for m in concept.asks.finditer(question or ""):
            out += [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z+'-]*", m.group(0))]
    return list(dict.fromkeys(out))


def shows_concept_of(answer: str, requirement: str) -> list[str]:
    """The concepts a job ``requirement`` names that ``answer`` shows in its own words (:func:`meant` with the
    requirement for the question): "Behaviour management" and "I used a reward chart" -> ["behaviour management"]."""
    return meant(requirement, answer)


def as_concepts(question: str, answer: str, said: list[str]) -> list[str]:
    """The question's words ``said`` (those an answer takes up, as :attr:`core.analysis.answer.AnswerEvidence.
    question_overlap` lists them) told by the concept of ``data/term_meanings.json`` that holds them, as the question
    names it, when ``answer`` shows that concept (a ``shown`` phrase) or names it (an ``asks`` phrase: "BLS"): "basic" ->
    "basic life support" for an answer about compressions in a code (session 27: the evidence line read "picks up the
    question's terms (basic)"). Each once, in the order given; a word no such concept holds stays as it is."""
    if not said or not (question or "").strip() or not (answer or "").strip():
        return list(said)
    held: dict[str, str] = {}
    for concept in concepts():
        if not (concept.shown.search(answer) or concept.asks.search(answer)):
            continue
        for m in concept.asks.finditer(question):
            named = m.group(0).strip()
            for word in re.findall(r"[A-Za-z][A-Za-z+'-]*", named):
                held.setdefault(word.lower(), named)
    out: list[str] = []
    for word in said:
        told = held.get(word.lower(), word)
        if told not in out:
            out.append(told)
    return out
