"""The terms an answer names: the job's terms it uses, shown whole, and the tools it names.

A multi-word tool of the job ("Power BI") counts only whole, never by one of its words ("power"); a
generic term written capitalised inside an organisation's name ("Velox Supply Chain") is no tool the
candidate named; nor, in an answer in another language, a one-word term that is a common word of that
language ("personas" in Spanish).
"""

from __future__ import annotations

import re

from core.analysis.language import zipf
from core.analysis.skills import SkillHit, find_skills
from core.analysis.text import content_stems


def job_overlap(text: str, requirements: list[str], a_stems: set[str], surface: dict[str, str]) -> list[str]:
    """The job's terms the answer uses, as shown: a multi-word named tool ("Power BI") only whole, as the
    job writes it, never one of its words ("power"); other terms by their stems, as the answer writes them."""
    said = {h.name.lower() for h in find_skills(text)}
    whole: dict[str, str] = {}
    parts: set[str] = set()
    for req in requirements:
        for hit in find_skills(req):
            if hit.named_tool and len(hit.surface.split()) > 1:
                parts |= content_stems(hit.surface)
                if hit.name.lower() in said:
                    whole.setdefault(hit.name.lower(), hit.surface)
    jd_terms = content_stems(" ".join(requirements)) - parts
    return sorted([surface[st] for st in jd_terms & a_stems] + list(whole.values()), key=str.lower)


_CAPITALISED_RE = re.compile(r"[A-Z][\w&'-]*|[A-Z0-9]{2,}")
# A word at least this frequent in its language (Zipf, wordfreq) is an everyday word, not a tool or skill:
# "personas" in Spanish, "send" in English.
COMMON_WORD_ZIPF = 4.0


def _acronym_as_a_word(surface: str, name: str) -> bool:
    """An acronym of the lexicon written as a name or an everyday word: "Ajax" (a football club, not AJAX),
    "send" (the verb, not SEND); "SQL", "sql" and "aws" stay the tools they name."""
    if not (name.isalpha() and name.isupper() and len(name) >= 3) or surface == name:
        return False
    return surface.istitle() or (surface.islower() and zipf(surface, "en") >= COMMON_WORD_ZIPF)


def not_a_tool(text: str, hit: SkillHit, lang: str) -> bool:
    """Whether a lexicon hit is no tool the candidate named: a generic term ("supply chain") written
    capitalised inside an organisation's name ("Velox Supply Chain": a capitalised word right before or
    after it, mid-sentence), an acronym written as a name or an everyday word ("Ajax", "send"), or, in an answer in another language than English, a one-word term in
    other case than the lexicon's that is a common word of that language ("personas" in Spanish)."""
    surface = text[hit.start:hit.end]
    if _acronym_as_a_word(surface, hit.name):
        return True
    if lang != "en" and " " not in surface and surface != hit.name and zipf(surface.lower(), lang) >= COMMON_WORD_ZIPF:
        return True
    if surface == hit.name or not surface[:1].isupper():
        return False
    if hit.name != hit.name.lower() and hit.name.split()[1:] == surface.split()[1:]:
        return False  # written as the lexicon writes it ("Power BI")
    before = re.search(r"(\S+)\s+$", text[:hit.start])
    after = re.match(r"\s+(\S+)", text[hit.end:])
    mid_sentence = bool(before) and before.group(1)[-1] not in ".!?:"
    return bool(mid_sentence and _CAPITALISED_RE.fullmatch(before.group(1).strip(",;"))
                or after and _CAPITALISED_RE.fullmatch(after.group(1).strip(",;.")))
