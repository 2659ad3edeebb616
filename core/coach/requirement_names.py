"""The names whose mention or named instance shows a job requirement (:func:`requirement_names`).

A requirement is shown by itself, by the lexicon skill it is, by what a duty names after its verb
("coordinating imports" by imports), and by each alternative it allows ("WMS or TMS"); the lexicon's
``instance_of`` and ``instance_patterns`` then let a named instance count for its kind (a WMS product for
"WMS", OTIF for "KPIs", customs entries for imports). A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.job_context import product_hits
from core.analysis.job_duties import is_duty_gerund
from core.analysis.skills import field_requirement_names, find_skills, load_lexicon
from core.analysis.text import STOPWORDS

# A duty's verb before what it names: "coordinating imports", "driving guest satisfaction", "owning the P&L".
_DUTY_HEAD_RE = re.compile(r"^[a-z]+ing\s+(?:(?:the|a|an|our|its|their)\s+)?", re.IGNORECASE)
# ... and before the class it is done to or with: "selling to finance buyers", "presenting to the C-suite"
_DUTY_TO_RE = re.compile(r"^([a-z]+ing)\s+(?:to|with|into|for)\s+(?:(?:the|a|an|our|its|their)\s+)?", re.IGNORECASE)


def requirement_names(requirement: str) -> set[str]:
    """The names (lower case) whose mention or instance shows ``requirement``: the requirement itself; the lexicon
    skill it is (a tool named in two words or fewer); for a duty, what the duty names after its verb
    ("coordinating imports" -> "imports", a verb of work: :func:`core.analysis.job_duties.is_duty_gerund`); for alternatives, each of them ("WMS or TMS" -> "wms", "tms"). A
    named instance of any of these (the lexicon's ``instance_of``, ``instance_patterns``) then shows it."""
    whole = requirement.strip().lower()
    names = {whole} | {h.name.lower() for h in product_hits(requirement)  # "Oracle OPERA PMS": OPERA PMS
                       if h.surface.lower() == whole or h.named_tool and len(requirement.split()) <= 2}
    parts = [p.strip() for p in re.split(r"\s+(?:and/)?or\s+", requirement) if p.strip()]
    # a verb of work only: "Marketing automation" is no duty, so "automation" alone does not show it
    parts += [_DUTY_HEAD_RE.sub("", p, count=1) for p in parts
              if (head := _DUTY_HEAD_RE.match(p)) and is_duty_gerund(head.group(0).split()[0])]
    # a duty done to or with a class of people or things the field names by its members: "selling to finance buyers"
    # is shown by a sale to the CFO (data/field_equivalents.json), never by its bare object word alone
    parts += [obj for p in parts if (head := _DUTY_TO_RE.match(p)) and is_duty_gerund(head.group(1))
              and (obj := p[head.end():].strip(" .")).lower() in field_requirement_names()]
    for part in {p for p in parts if p.lower() != whole}:
        names.add(part.lower())
        names |= {h.name.lower() for h in find_skills(part) if h.surface.lower() == part.lower()}
    if kind := _kinds_by_words().get(_word_key(whole)):  # "improving processes": process improvement
        names.add(kind)
    # a requirement written out with its abbreviation in brackets is also the lexicon skill the abbreviation is:
    # "special educational needs and disabilities (SEND)" is SEN, so "a pupil with SEN" names it (session 23)
    if bracketed := _BRACKETED_ACRONYM_RE.search(requirement):
        names |= {h.name.lower() for h in find_skills(bracketed.group(1)) if h.surface == bracketed.group(1)}
    return names


_BRACKETED_ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z0-9&]{1,7})\)\s*$")


def _word_key(text: str) -> frozenset[str]:
    """The first five letters of each content word ("improving processes" and "process improvement" ->
    {"impro", "proce"}): a duty written as verb and object and the same practice written as a noun share it.
    Empty for fewer than two content words."""
    found = [w[:5] for w in re.findall(r"[a-z]+", text.lower()) if w not in STOPWORDS and len(w) > 2]
    return frozenset(found) if len(found) >= 2 and len(set(found)) == len(found) else frozenset()


@lru_cache(maxsize=1)
def _kinds_by_words() -> dict[frozenset[str], str]:
    """The lexicon's broader practices with named instances (``instance_patterns``: "process improvement",
    "people development"), by :func:`_word_key`."""
    return {key: kind for kind in load_lexicon().instance_patterns if (key := _word_key(kind))}
