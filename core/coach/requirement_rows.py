"""One row per requirement the job allows several ways: "Terraform or CloudFormation", "Zendesk or Intercom".

The job's requirements (:func:`core.analysis.job.extract_requirements`) list each skill of an either/or apart;
the report's coverage and CV tips show the alternatives as one requirement, met by any of them
(:func:`core.analysis.job.alternatives` reads which skills the job's wording allows in place of each other).
"""

from __future__ import annotations

import re

from core.analysis.job import alternatives
from core.analysis.job_choice import choice_parts, kind_choice
from core.analysis.language import detect_language, zipf
from core.analysis.requirement_name import requirement_name
from core.analysis.skills import find_skills, skill_kinds
from core.coach.casing import natural_case
from core.coach.evidence_cv import FOREIGN_ZIPF
from core.coach.phrasing import quote
from core.schemas import CoverageItem

_STATUS_RANK = {"evidenced": 2, "weak": 1}


def requirement_groups(requirements: list[str], job_description: str) -> list[tuple[str, ...]]:
    """``requirements`` grouped by the alternatives the job allows, in their first order: ["Terraform",
    "pytest", "CloudFormation"] with "Terraform or CloudFormation" -> [("Terraform", "CloudFormation"),
    ("pytest",)]. Each requirement is in exactly one group; all singletons when the job allows none."""
    groups: list[list[str]] = []
    placed: dict[str, int] = {}
    # a tool the job names only as an example of a kind is the kind with its examples, once ("route planning software
    # (Paragon, Descartes or similar)" for "Descartes": session 21, a lone "Descartes" row beside a CV showing Paragon)
    kinds = [(kind_choice(job_description, r) if job_description and find_skills(r) else "") or r for r in requirements]
    for req in without_near_duplicates(list(dict.fromkeys(kinds))):
        others = alternatives(job_description, req) if job_description else set()
        home = next((placed[o] for o in others if o in placed and o != req.lower()), None)
        if home is None:
            home = len(groups)
            groups.append([])
        groups[home].append(req)
        placed.setdefault(req.lower(), home)
    return [tuple(g) for g in groups]


# words that add no requirement of their own beside a skill: "Salesforce CRM proficiency" asks for Salesforce
_ADDS_NOTHING = frozenset({"proficiency", "proficient", "experience", "experienced", "skills", "skill", "knowledge",
                           "software", "system", "systems", "platform", "tool", "tools", "tooling", "use", "using",
                           "of", "in", "with", "the", "a", "an", "and", "strong", "good", "solid", "advanced"})


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w+#&/-]+", text)}


def _same_requirement(short: str, long: str) -> bool:
    """Whether ``long`` asks for nothing but ``short``: all of ``short``'s words are in it, and each other word is one
    that adds nothing (:data:`_ADDS_NOTHING`) or names a kind of ``short``'s skill (:func:`core.analysis.skills.
    skill_kinds`: "CRM" of Salesforce), or both name the same lexicon skills and no other ("Excel", "Microsoft
    Excel"), so "Salesforce" and "Salesforce CRM" are one row (session 21)."""
    shorter, longer = _words(short), _words(long)
    if not shorter or not shorter < longer:
        return False
    named = {h.name for h in find_skills(short)}
    if named and named == {h.name for h in find_skills(long)}:  # "Excel" and "Microsoft Excel": one skill
        return True
    kinds = {k.lower() for name in named for k in (*skill_kinds(name), name)}
    return all(w in _ADDS_NOTHING or w in kinds for w in longer - shorter)


def without_near_duplicates(requirements: list[str]) -> list[str]:
    """``requirements`` less each that another of them only repeats (:func:`_same_requirement`): the fuller wording
    is kept, in the first one's place (["Salesforce CRM", "Salesforce", "demos"] -> ["Salesforce CRM", "demos"])."""
    kept: list[str] = []
    for req in requirements:
        if any(_same_requirement(req, k) for k in kept):
            continue
        fuller = next((i for i, k in enumerate(kept) if _same_requirement(k, req)), None)
        if fuller is None:
            kept.append(req)
        else:
            kept[fuller] = req
    return kept


def group_label(group: tuple[str, ...] | list[str]) -> str:
    """The row's name: the alternatives joined by "or" ("Zendesk or Intercom", "Go, Java or Rust")."""
    return group[0] if len(group) == 1 else f"{', '.join(group[:-1])} or {group[-1]}"


def group_coverage(items: list[CoverageItem]) -> CoverageItem:
    """The coverage row of one group from its members' rows (in the group's order): the best status among them
    (evidenced, then weak, then not probed), the first such member's evidence, under the group's label."""
    best = max(items, key=lambda it: _STATUS_RANK.get(it.status, 0))  # max keeps the first of equal rank
    label = group_label([it.requirement for it in items])
    return CoverageItem(requirement=label, status=best.status, evidence=best.evidence)


def tip_name(requirement: str, texts: tuple[str, ...]) -> str:
    """A requirement as an English tip names it: mid-sentence (:func:`core.coach.casing.natural_case`), or, when
    half its words or more are no English words (:data:`core.coach.evidence_cv.FOREIGN_ZIPF`, names in capitals
    aside, and the lexicon's skills) or the detector reads it as another language, the job's own words in
    quotes ("Participer à l'amélioration continue des processus" is quoted, never read as English)."""
    kind, examples = choice_parts(requirement)
    if kind and examples and requirement.rstrip().endswith(")"):  # the examples are names: as the job writes them
        return f"{tip_name(kind, texts)} {requirement[requirement.rindex('(', 0, len(requirement.rstrip())):].strip()}"
    names = {w.lower() for h in find_skills(requirement) for w in re.findall(r"\w+", h.name)}  # "Grafana" is a name
    words = [w for w in re.findall(r"[^\W\d_]{3,}", requirement) if not w.isupper() and w.lower() not in names]
    foreign = 2 * sum(zipf(w.lower(), "en") < FOREIGN_ZIPF for w in words) >= len(words)
    if len(words) >= 2 and (foreign or detect_language(requirement) != "en"):
        return quote(requirement.strip().rstrip("."))
    return natural_case(requirement_name(requirement), texts)  # "possess multistate licensure": the thing asked
