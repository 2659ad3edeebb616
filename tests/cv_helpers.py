"""Helpers the CV-reading tests share: the facts read from a made-up CV, its skills and its
skill-under-employer pairs, each case-folded (as the dev labels are matched)."""

from __future__ import annotations

from core.analysis import extract_cv_facts


def cv_facts(cv: str) -> dict:
    return extract_cv_facts(cv)


def cv_skills(cv: str) -> set[str]:
    return {s.casefold() for s in cv_facts(cv)["skills_as_written"]}


def cv_pairs(cv: str) -> set[tuple[str, str]]:
    return {(s.casefold(), e.casefold()) for s, e in cv_facts(cv)["skill_employer_pairs"]}
