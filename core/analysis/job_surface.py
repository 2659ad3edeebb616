"""How a job writes a skill it requires: its words as written, a short gloss in brackets, a coordinated phrase
("written and verbal communication"), and a common noun after a product's name ("the Jira board": Jira).
Moved out of :mod:`core.analysis.job`."""

from __future__ import annotations

import re

from core.analysis.job_duties import is_verb
from core.analysis.job_prose import acronyms_in
from core.analysis.skills import find_skills
from core.analysis.text import STOPWORDS


def product_head(text: str, hit, hits: list) -> bool:
    """Whether ``hit`` is a lower-case head noun right after a capitalised product name, the two one phrase
    ("our Snowflake warehouse", "the Jira board"): the product is the requirement, not the common noun."""
    if not hit.surface[:1].islower():
        return False
    return any(g is not hit and g.named_tool and g.surface[:1].isupper() and text[g.end:hit.start] == " "
               for g in hits)


# Words that name no practice alone: the lexicon reads "analysis" as data analysis, but "analysis" is no term a
# hiring manager says; the job's own modifier ("sales analysis") or the lexicon's full name names it.
_GENERIC_HEADS = frozenset({"analysis", "analytics", "conversion", "messaging", "press"})
# Words before a generic head that rate it or join it, not say what kind it is ("strong analysis").
_NO_MODIFIER = frozenset({"strong", "good", "great", "excellent", "solid", "sound", "proven", "advanced", "basic",
                          "robust", "clear", "effective", "demonstrable", "confident", "some", "any", "and", "or",
                          "of", "in", "the", "a", "an", "with", "your", "our", "their", "own", "for", "to", "on",
                          "detailed", "thorough", "rigorous", "careful", "deep", "data-driven"})


def _modifies(word: str) -> bool:
    """Whether a word before a generic head can say what kind it is: a content word, no verb ("do", "perform"),
    no rating ("strong") and no adverb."""
    low = word.lower()
    return (bool(re.fullmatch(r"[a-z][a-z-]*", low)) and low not in _NO_MODIFIER and low not in STOPWORDS
            and not low.endswith("ly") and not is_verb(low))


def _whole_term(text: str, hit) -> str:
    """A verb's command form of a practice named by its gerund as that practice ("close deals" -> "closing
    deals"); a lone generic word (:data:`_GENERIC_HEADS`) as a whole term: with the job's own modifier right before it
    ("Sales analysis" -> "Sales analysis"), else the lexicon's name in two words or more, its first letter lower
    ("Strong analysis skills" -> "data analysis"); "" for any other hit."""
    said, name = hit.surface.split(), hit.name.split()
    if len(said) == len(name) > 1 and name[0].lower().endswith("ing") and said[0].lower() != name[0].lower() \
            and is_verb(said[0]) and [w.lower() for w in said[1:]] == [w.lower() for w in name[1:]]:
        return " ".join([name[0].lower(), *said[1:]])  # "close deals": a command; the practice is "closing deals"
    if " " in hit.surface or hit.surface.lower() not in _GENERIC_HEADS or " " not in hit.name or hit.named_tool:
        return ""
    modifier: list[str] = []
    for word in reversed(re.findall(r"[A-Za-z][\w-]*|\S", text[: hit.start])[-2:]):
        if not _modifies(word):
            break
        modifier.insert(0, word)
    if modifier:  # "ad hoc analysis", "post-mortem analysis", never "do analysis"
        return f"{' '.join(modifier)} {hit.surface}"
    return hit.name[0].lower() + hit.name[1:] if hit.name[1:].islower() or not hit.name[1:2].isupper() else hit.name


def surface(text: str, hit) -> str:
    """How the job writes a skill: its words; the words of a short gloss in brackets right after them when the
    gloss is the same skill by its own name ("pricing experiments (A/B tests)" -> "A/B tests"), or the two
    together when the gloss names no skill ("dashboards (self-serve)"); a lone generic word as a whole term
    (:func:`_whole_term`: "analysis" -> "data analysis", "sales analysis")."""
    if coordinated := _coordinated(text, hit):
        return coordinated
    if whole := _whole_term(text, hit):
        return whole
    gloss = re.match(r" ?\(([A-Za-z0-9/+#&' -]{2,30})\)", text[hit.end:])
    if not gloss or len(gloss.group(1).split()) > 3 or acronyms_in(gloss.group(1)):
        return hit.surface
    named = find_skills(gloss.group(1))
    if len(named) == 1 and named[0].name == hit.name and named[0].surface == gloss.group(1).strip():
        return named[0].surface  # "pricing experiments (A/B tests)": the gloss is the skill's own name
    return hit.surface if named else f"{hit.surface} ({gloss.group(1)})"


def _coordinated(text: str, hit) -> str:
    """The whole of a coordinated phrase when the word before "and"/"or" with the hit's head is the same skill
    too ("written and verbal communication": "written communication" is one, so "written" is not dropped); ""
    otherwise ("data and machine learning" stays two)."""
    before = re.search(r"\b([a-z][a-z-]+) (and|or|&) $", text[: hit.start])
    words = hit.surface.split()
    if not before or len(words) < 2:
        return ""
    other = f"{before.group(1)} {' '.join(words[1:])}"
    if any(h.name == hit.name and h.surface.lower() == other for h in find_skills(other)):
        return f"{before.group(1)} {before.group(2)} {hit.surface}"
    return ""
