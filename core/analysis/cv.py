"""CV facts: skills, employers, roles, achievements and where each skill was used."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from core.analysis.skills import find_all_skills, find_skills
from core.analysis.text import BULLET_RE, NUMBER_RE, strip_injections, words

_ROLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|analyst|scientist|designer|nurse|teacher|consultant|specialist|representative|"
    r"executive|lead|director|officer|coordinator|assistant|associate|intern|administrator|architect|accountant|"
    r"advisor|adviser|agent|tutor|lecturer|technician|supervisor|head|owner|programmer|marketer|strategist|"
    r"researcher|practitioner|therapist|controller|bookkeeper|auditor|founder|partner|clerk|sister|midwife)\b",
    re.IGNORECASE,
)
_DATE_RE = re.compile(
    r"\b(19|20)\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(19|20)\d{2}|present|current",
    re.IGNORECASE,
)
_SECTION_WORDS = (
    r"experience|employment|career history|work history|education|skills|projects|certifications?|summary|profile|"
    r"about me|interests|languages|references|volunteering|awards|publications|training|qualifications|achievements"
)
_SECTION_RE = re.compile(
    r"^\s*(?:[A-Za-z]+\s+){0,2}(" + _SECTION_WORDS + r")\b[\sA-Za-z&]{0,25}:?\s*$", re.IGNORECASE
)


_ORG_HINT = re.compile(
    r"\b(inc|ltd|llc|gmbh|plc|corp|corporation|company|co\.|group|bank|hospital|clinic|school|academy|college|"
    r"university|trust|nhs|labs?|technologies|systems|solutions|agency|partners|studio|council|foundation|"
    r"health|retail|logistics|software|consulting|capital|ventures)\b",
    re.IGNORECASE,
)
_ACTION_VERB_RE = re.compile(
    r"\b(led|built|designed|launched|reduced|increased|improved|cut|grew|saved|delivered|created|developed|"
    r"implemented|automated|introduced|managed|migrated|won|closed|raised|achieved|trained|mentored|negotiated|"
    r"streamlined|redesigned|established|generated|lowered|boosted|scaled|shipped|resolved)\b",
    re.IGNORECASE,
)
WEAK_VERB_RE = re.compile(
    r"\b(responsible for|helped with|helped to|assisted with|assisted in|worked on|involved in|duties included|"
    r"tasked with|participated in)\b",
    re.IGNORECASE,
)


def _split_header(line: str) -> tuple[str, str]:
    """(role, employer) from an experience header line such as "Senior Engineer, Acme Ltd (2019-2023)"."""
    text = re.sub(r"\(.*?\)", " ", line)
    text = _DATE_RE.sub(" ", text)
    text = re.sub(r"[–—-]\s*(?=\s|$)|\s[–—-]\s", " | ", text)
    parts = [
        p.strip(" ,|–—-·•")
        for p in re.split(r"\s+at\s+|\s+@\s+|\||,|\s[–—-]\s|·|•|\t", text)
        if p.strip(" ,|–—-·•")
    ]
    parts = [p for p in parts if re.search(r"[A-Za-z]{2}", p)]
    role = next((p for p in parts if _ROLE_WORDS.search(p)), "")
    others = [
        p
        for p in parts
        if p != role
        and not re.fullmatch(r"(?i)(remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)", p)
    ]
    employer = next((p for p in others if _ORG_HINT.search(p)), others[0] if others else "")
    # A trailing location such as "London" after the employer is dropped by taking the first other part.
    return role[:60], employer[:60]


def extract_cv_facts(cv_text: str) -> dict:
    """Skills, employers, roles and achievements from a CV, plus where each skill was used.

    Returns ``{"skills": [...], "employers": [...], "roles": [...], "achievements": [...],
    "skill_employer": {skill: employer}, "bullets": [...], "word_count": int}``.
    """
    facts = _extract_cv_facts(cv_text or "")
    return {
        k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
        for k, v in facts.items()
    }


_EMPLOYMENT_SECTIONS = {"employment", "employment history", "career history"}
_NON_JOB_SECTIONS = {
    "education",
    "skills",
    "technical skills",
    "key skills",
    "summary",
    "profile",
    "certifications",
    "training",
}


def _join_wrapped_bullets(text: str) -> list[str]:
    """The CV's lines, with a bullet wrapped by a PDF (continuing on a line that starts in lower
    case or with a number, or after a line with no closing punctuation) joined back into one."""
    lines: list[str] = []
    for raw in text.splitlines():
        stripped = raw.strip()
        continues = bool(stripped) and (
            re.match(r"[a-z0-9(£$€]", stripped)
            or (
                not re.search(r"[.!?;:]$", lines[-1].strip() if lines else ".")
                and not BULLET_RE.match(raw)
                and not _SECTION_RE.match(stripped)
                and not _DATE_RE.search(stripped)
            )
        )
        if lines and BULLET_RE.match(lines[-1]) and continues:
            lines[-1] = lines[-1].rstrip() + " " + raw.strip()
        else:
            lines.append(raw)
    return lines


@dataclass
class _CvWalk:
    """One pass over the CV's lines, tracking the section and the employer each line sits under."""

    employers: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    achievements: list[str] = field(default_factory=list)
    achievement_employer: dict[str, str] = field(default_factory=dict)
    bullets: list[str] = field(default_factory=list)
    line_employer: list[str] = field(default_factory=list)
    employer: str = ""
    section: str = ""

    def feed(self, raw: str) -> None:
        self.line_employer.append(self.employer)
        line = raw.strip()
        if not line:
            return
        header = _SECTION_RE.match(line)
        if header:
            self.section = header.group(1).lower()
            if not self.section.endswith("experience") and self.section not in _EMPLOYMENT_SECTIONS:
                self.employer = ""
            return
        is_bullet = bool(BULLET_RE.match(raw))
        if not is_bullet and self._is_job_header(line) and self._take_job_header(line):
            return
        if is_bullet or (self.section.endswith("experience") and len(line.split()) > 5):
            self._take_bullet(line)

    def _is_job_header(self, line: str) -> bool:
        return (
            len(line.split()) <= 14
            and bool(_DATE_RE.search(line) or _ROLE_WORDS.search(line))
            and self.section not in _NON_JOB_SECTIONS
            and not line.endswith(".")
        )

    def _take_job_header(self, line: str) -> bool:
        role, employer = _split_header(line)
        if not (role and employer):
            return False
        self.employer = employer
        if employer not in self.employers:
            self.employers.append(employer)
        if role not in self.roles:
            self.roles.append(role)
        return True

    def _take_bullet(self, line: str) -> None:
        body = BULLET_RE.sub("", line).strip()
        self.bullets.append(body)
        if NUMBER_RE.search(body) and _ACTION_VERB_RE.search(body) and not _DATE_RE.fullmatch(body):
            self.achievements.append(body)
            if self.employer:
                self.achievement_employer[body] = self.employer


def _skill_employers(lines: list[str], line_employer: list[str], cv_joined: str) -> dict[str, str]:
    """One pass of the lexicon over the CV, then each skill to the first employer it appears under."""
    starts = [0]
    for raw in lines:
        starts.append(starts[-1] + len(raw) + 1)
    skill_employer: dict[str, str] = {}
    for hit in find_all_skills(cv_joined):
        employer = line_employer[bisect.bisect_right(starts, hit.start) - 1]
        if employer:
            skill_employer.setdefault(hit.name, employer)
    return skill_employer


@lru_cache(maxsize=64)
def _extract_cv_facts(cv_text: str) -> dict:
    text = strip_injections(cv_text or "")
    lines = _join_wrapped_bullets(text)
    cv_joined = "\n".join(lines)
    walk = _CvWalk()
    for raw in lines:
        walk.feed(raw)
    return {
        "skills": [h.name for h in find_skills(cv_joined)],
        "employers": walk.employers,
        "roles": walk.roles,
        "achievements": walk.achievements,
        "skill_employer": _skill_employers(lines, walk.line_employer, cv_joined),
        "achievement_employer": walk.achievement_employer,
        "bullets": walk.bullets,
        "word_count": len(words(text)),
    }
