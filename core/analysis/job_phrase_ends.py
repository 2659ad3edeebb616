"""Where an English requirement phrase may end, so that a label is a whole noun phrase (session 22 newcomer:
"dispensing inpatient" of "Dispense inpatient, outpatient and discharge prescriptions", "Degree in social" of
"Degree in social work and current registration…", "Calm under pressure and a great" of "Calm under pressure and a
great communicator").

- A list of modifiers that share one head noun ("inpatient, outpatient and discharge prescriptions", "weekly, monthly
  and quarterly reviews") is one phrase: its commas and its "and" are no cut (:func:`modifier_lists`).
- A noun that the stop-word list holds ("work", "team", "role") ends a phrase as any noun does, unless a "to" or a
  modal makes it a verb ("ability to work") (:func:`noun_end`).
- A cut inside a phrase an article opens ("and a great | communicator") takes the phrase whole when the line is
  short, else stops before the article (:func:`open_article`).
"""

from __future__ import annotations

import re

# one lower-case word that is no plural (a modifier: "inpatient", "weekly"), then ", word" items, then "and|or" and a
# two-word item whose second word is a plural noun, the head all the items share ("discharge prescriptions")
_MODIFIER_LIST_RE = re.compile(
    r"(?:(?<=\w\s)|^)[a-z][a-z-]*[a-rt-z-](?:,\s+[a-z][a-z-]*)+,?\s+(?:and|or)\s+(?:[a-z][a-z-]*\s+){1,2}[a-z][a-z-]*[a-z]s\b")

# nouns of the stop-word list (core.analysis.text.STOPWORDS) that end a phrase like any noun
_NOUN_STOPWORDS = frozenset({"work", "team", "teams", "job", "role", "time", "example", "way", "ways", "thing", "things"})
# words after which one of those nouns is a verb or no phrase's head ("ability to work", "will work")
_VERB_BEFORE = frozenset({"to", "can", "will", "must", "should", "would", "could", "may", "and", "or", "not"})
_ARTICLES = frozenset({"a", "an", "the"})


def modifier_lists(text: str) -> list[tuple[int, int]]:
    """The (start, end) character spans of ``text`` that are lists of modifiers sharing one plural head noun
    ("inpatient, outpatient and discharge prescriptions"); [] when none. A list whose first item is a plural
    ("reports, minutes and action logs") is a list of objects, not of modifiers, and is no span."""
    return [m.span() for m in _MODIFIER_LIST_RE.finditer(text or "")]


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether character offset ``at`` lies inside one of ``spans`` (:func:`modifier_lists`)."""
    return any(start < at < end for start, end in spans)


def noun_end(tokens: list[str]) -> bool:
    """Whether the last of ``tokens`` is a noun of the stop-word list that heads the phrase ("Degree in social work",
    "leading a weekend team"), not a verb after "to" or a modal ("Ability to work")."""
    return (len(tokens) >= 2 and tokens[-1].lower() in _NOUN_STOPWORDS
            and tokens[-2].lower() not in _VERB_BEFORE)


def open_article(tokens: list[str], cut: int) -> int:
    """The index of an article two words before ``cut`` whose noun phrase the cut leaves open ("Calm under pressure
    and a great | communicator": 4), or -1 when none or the line ends at ``cut`` (a cut right after an article
    backs off to the phrase before it, as :func:`core.analysis.job._phrase_end` does)."""
    if cut >= len(tokens) or cut < 2 or tokens[cut - 2].lower() not in _ARTICLES or tokens[cut - 1][-1:] in ",;:":
        return -1
    return cut - 2


def listed_words(tokens: list[str]) -> set[int]:
    """The indices of ``tokens`` (a phrase's words) that stand inside a list of modifiers of one noun
    (:func:`modifier_lists` of the words joined by spaces): a cut or an adjunct never starts at one of them."""
    spans = modifier_lists(" ".join(tokens))
    out, at = set(), 0
    for i, token in enumerate(tokens):
        if inside(spans, at):
            out.add(i)
        at += len(token) + 1
    return out
