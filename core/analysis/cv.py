"""CV facts: current title, employers, schools, skills (as written), achievements, and which skill
appears under which employer.

The CV is read line by line (:mod:`core.analysis.cv_lines` cleans Markdown, HTML, icon glyphs and
page stamps first; :mod:`core.analysis.cv_layout` joins lines that a PDF wrapped) and split into
sections. In an experience section, the short lines before a
run of bullets or sentences form a job header, split into role, employer, location and dates
(a place is never an employer, a second job title is never an employer). Skills come from the
skills section's lists as written plus named tools of the lexicon anywhere
(:mod:`core.analysis.cv_skills`); a skill is tied to an employer only when it is named inside that
employer's entry. A job entry that a DOCX's text boxes strand inside the education section is still
read as one.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from core.analysis.cv_layout import CvLine, cv_lines
from core.analysis.cv_lines import (
    DATE_RE,
    header_parts,
    is_place,
    is_region,
    is_role,
    natural_case,
    section_kind,
    strip_placeholder,
    strip_trailing_place,
)
from core.analysis.cv_skills import (
    ACTION_VERB_RE,
    cue_items,
    skill_employers,
    skill_items,
    skills_found,
)
from core.analysis.skills import find_all_skills
from core.analysis.text import NUMBER_RE, strip_injections
from core.words import count_words

logger = logging.getLogger(__name__)

_ORG_FIRST = re.compile(
    r"\b(inc|ltd|llc|gmbh|plc|corp|corporation|company|group|bank|hospital|clinic|trust|nhs|labs?|technologies|"
    r"systems|solutions|agency|partners|studio|council|foundation|consulting|capital|ventures|institute|ministry|"
    r"media|insurance|financial|interactive|commerce|university|college|school|academy|infirmary|logistics|"
    r"software|retail|health|bank)\b",
    re.IGNORECASE,
)
WEAK_VERB_RE = re.compile(
    r"\b(responsible for|helped with|helped to|assisted with|assisted in|worked on|involved in|duties included|"
    r"tasked with|participated in)\b",
    re.IGNORECASE,
)
_HEADER_MAX_WORDS = 16
_DEPARTMENT_RE = re.compile(r"\b(?:department|unit|ward|team|division|squad)$", re.IGNORECASE)


def extract_cv_facts(cv_text: str) -> dict:
    """Facts of a CV.

    Returns ``{"current_title": str, "roles": [...], "jobs": [(role, employer)] in CV order, "employers": [...], "schools": [...],
    "skills": [canonical lexicon names], "skills_as_written": [...], "skill_surface": {name: as
    written}, "skill_employer": {name: first employer it is named under}, "skill_employer_pairs":
    [(as written, employer)], "achievements": [...], "achievement_employer": {achievement:
    employer}, "bullets": [...], "word_count": int}``.
    """
    facts = _extract_cv_facts(cv_text or "")
    return {
        k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
        for k, v in facts.items()
    }


def _is_body(line: CvLine) -> bool:
    n = len(line.text.split())
    ends_sentence = line.text.endswith(".") and not re.search(r"\b(?:inc|ltd|corp|co|llc|plc|s\.a|o\.o)\.$", line.text, re.I)
    # a paragraph wrapped onto the next line ("...software implementation for"), not a header
    tokens = line.text.split()
    wraps_on = (line.text.endswith(",") and n > 4) or (n >= 8 and sum(t[:1].islower() for t in tokens) > n / 2)
    return line.bullet or n > _HEADER_MAX_WORDS or (ends_sentence and n > 2) or line.text.endswith(":") or wraps_on


def _skill_only(part: str) -> bool:
    """A part that is only skill names ("Kotlin | Postgres"), not an organisation named after one
    ("Summit Logistics")."""
    if _ORG_FIRST.search(part) and len(part.split()) > 1:
        return False
    hits = find_all_skills(part)
    return bool(hits) and sum(h.end - h.start for h in hits) >= 0.8 * len(part.replace(" ", ""))


# "Government agency with 18k+ employees": a line describing the employer, not its name
_DESCRIPTION_RE = re.compile(r"^(?=(?:\S+\s+){3}).*\b(?:with|for|in|on|to|is|are|was|which|that)\b(?=.*\d|.*\b[a-z]+\s+[a-z]+)")


def parse_header(group: list[str]) -> tuple[str, str]:
    """(role, employer) from the short lines heading a job entry; either may be ""."""
    role, role_line = "", -1
    candidates: list[tuple[int, str]] = []
    for idx, line in enumerate(group):
        parts = header_parts(line)
        if line.count("|") >= 2 and not DATE_RE.search(line) and not any(is_role(p) for p in parts):
            continue  # a tag line of skills or themes under the header
        for part in parts:
            if is_place(part) or _skill_only(part) or re.match(r"(?i)(?:https?://|www\.)", part):
                continue  # a place, a tag of skills or the employer's web address is not the employer
            if is_role(part):
                if not role:
                    role, role_line = part, idx
                continue
            if len(part.split()) <= 10 and not _DESCRIPTION_RE.search(part):
                candidates.append((idx, part))
    if not candidates:
        return role[:80], ""
    departments = [c for c in candidates if _DEPARTMENT_RE.search(c[1])]
    if len(departments) < len(candidates):
        candidates = [c for c in candidates if c not in departments]
        same = [d for i, d in departments if i == role_line]
        if role and same:  # "Staff Nurse – Emergency Department", "Staff Nurse, Paediatric Ward": as written
            joined = re.search(re.escape(role) + r"\s*([,–—-])\s*" + re.escape(same[0]), group[role_line])
            role = joined.group(0) if joined else f"{role} – {same[0]}"
    org = [c for c in candidates if _ORG_FIRST.search(c[1])]
    same_line = [c for c in candidates if c[0] == role_line]
    other_line = [c for c in candidates if c[0] != role_line]
    employer = (org or same_line or other_line)[0][1]
    return role[:80], natural_case(employer)[:80]


_SCHOOL_WORDS = ("University", "Universit[éyà]", "Universidad", "College", "Institute", "School", "Academy", "Polytechnic",
                 "Campus", "Lab", "Bootcamp", "ESILV")
_SMALL = r"(?:of|de|and|OF|DE|AND|&)"
_SCHOOL_NAME_RE = re.compile(
    rf"((?:(?:(?<!\w)(?!(?:19|20)\d\d\b)[A-Z0-9][\w'’.&-]*|{_SMALL})\s+){{0,5}}"
    # the institution word as written or in capitals ("RAMCO INSTITUTE OF TECHNOLOGY"); a short name
    # ending in "High" or "Tech" ("Desert Hills High", "Georgia Tech") before a comma, dash or the end
    r"(?:" + "|".join(w + "|" + w.upper() for w in _SCHOOL_WORDS) + r"|(?<=[a-z] )(?:High|Tech)(?=\s*(?:[,:|—–-]|$)))\b"
    r"(?:\s+(?:of|for|de|in|at|OF|FOR|DE|IN|AT)(?:\s+[A-Z][\w'’.&-]*){1,4}|\s+[A-Z][\w'’.&-]*){0,3}(?:\s+\([A-Z]{2,6}\))?)"
)


def school_name(line: str) -> str:
    """The institution named on an education line ("BSc Computing, University of Leeds, 2016" ->
    "University of Leeds"), a trailing place dropped ("Harvey Mudd College Claremont"); "" if none."""
    matches = list(_SCHOOL_NAME_RE.finditer(line))
    if not matches:
        return ""
    # "Media Lab, Massachusetts Institute of Technology": the university over its lab or campus
    m = min(matches, key=lambda x: bool(re.search(r"(?i)\b(?:lab|campus|bootcamp)\b", x.group(1))))
    name = re.sub(r"^(?:(?:of|de|and|&)\s+)+", "", m.group(1).strip(" ,.-–:"))
    if re.fullmatch(r"(?i)(?:" + "|".join(_SCHOOL_WORDS) + r")", name):
        return ""  # a table's column heading ("COLLEGE/SCHOOL | UNIVERSITY/BOARD"), not a name
    name = re.sub(r"^(?:[A-Z]{2,5}\s+)?(?:(?:Computer|Political|Data)?\s*Science|Engineering|Arts)\s+", "", name)
    if re.match(r"(?i)(?:bachelor|master|b\.?s|m\.?s|ph\.?d|high school:)", name) or re.search(
            r"(?i)diploma|honou?rs|gpa|certificate$", name):
        return ""
    rest = line[m.end():]
    # a city run into the name is dropped only when its region follows ("Harvey Mudd College Claremont, CA");
    # "King's College London | London, UK" and "Brigham Young University Idaho, Rexburg" keep theirs
    region = re.match(r",\s*([A-Za-z][A-Za-z .]*?)\s*(?:[,|•–—-]|\d|$)", rest)
    if not re.search(r"\b(?:of|de|at|in)\s+\S+$", name) and region and is_region(region.group(1)):
        name = strip_trailing_place(name)
    after = re.match(r",\s*([A-Z][\w ]+?)(?:,|\s[–—-]|\s*\d|$)", rest)
    if after and name.endswith(tuple(f"of {w}" for w in ("California", "Texas", "Wisconsin", "Illinois", "Massachusetts"))) and is_place(after.group(1)):
        name = f"{name}, {after.group(1).strip()}"
    return natural_case(name) if len(name.split()) <= 10 else ""


def _full_header(line: str) -> bool:
    """A dated line naming a role and something else: a whole job header on its own."""
    parts = header_parts(line)
    return bool(DATE_RE.search(line)) and len(parts) >= 2 and any(is_role(p) for p in parts)


_ROLE_AT_RE = re.compile(
    r"^(?:\d+\s+(?:years?|months?)\s+(?:as\s+)?)?(?P<role>[^,;]{2,60}?)\s+(?:at|@)\s+(?P<employer>[^,;()]{2,80}?)"
    r"\s*(?:,\s*[^,;()]+?)?\s+(?:from|since|\()\s*(?:[A-Za-z]+\.?\s+)?(?:19|20)\d\d",
    re.IGNORECASE,
)


def role_at_employer(line: str) -> tuple[str, str]:
    """(role, employer) of a one-line entry "[2 years as] Front-End Captain at Synthesio from 2014 to
    today" or "Engineer at Acme (2019 - 2021)"; ("", "") for any other line."""
    m = _ROLE_AT_RE.match(line)
    if not m or is_place(m.group("employer")) or not (is_role(m.group("role")) or re.match(r"\d+\s+\w+\s+as\s", line)):
        return "", ""
    return m.group("role").strip(), natural_case(m.group("employer").strip(" -–"))


def _many_employers(line: str) -> list[str]:
    """The employers of a "<roles> at A, B, C, D (years)" line; [] for any other line."""
    many = re.search(r"\bat\s+([^()]+?)(?:\s*\(|$)", line)
    names = [n.strip(" .") for n in many.group(1).split(",")] if many else []
    if len(names) >= 3 and all(n[:1].isupper() and len(n.split()) <= 4 for n in names) and DATE_RE.search(line):
        return [natural_case(n) for n in names]
    return []


_DATE_RANGE_RE = re.compile(
    rf"(?:{DATE_RE.pattern})\s*(?:[-–—~]|to|till|until)\s*(?:{DATE_RE.pattern}|date|today)",
    re.IGNORECASE,
)
_ENTRY_SUBHEAD_RE = re.compile(
    r"^(?:key |main |selected |notable )?(?:achievements|accomplishments|highlights|responsibilities|duties)\s*:?$",
    re.IGNORECASE,
)


@dataclass
class _Walk:
    """One pass over the CV's cleaned lines, tracking the section and the current job entry."""

    roles: list[str] = field(default_factory=list)
    employers: list[str] = field(default_factory=list)
    schools: list[str] = field(default_factory=list)
    section_items: list[str] = field(default_factory=list)
    achievements: list[str] = field(default_factory=list)
    achievement_employer: dict[str, str] = field(default_factory=dict)
    bullets: list[str] = field(default_factory=list)
    entries: list[tuple[str, str]] = field(default_factory=list)  # (employer, text named in the entry)
    jobs: list[tuple[str, str]] = field(default_factory=list)  # (role, employer) in CV order
    section: str = ""
    employer: str = ""
    group: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)  # header-like lines outside experience (see _stray_entry)

    def feed(self, line: CvLine) -> None:
        if not line.text:
            return
        kind = section_kind(line.text) if not line.bullet else None
        if kind == "other" and self.section == "experience" and _ENTRY_SUBHEAD_RE.match(line.text):
            return  # "Achievements" inside a job entry heads its bullets, not a new section
        if kind:
            self.flush()
            self.section, self.employer, self.recent = kind, "", []
            return
        if self.section == "education" and self._stray_entry(line):
            self.section = "experience"
        if self.section == "experience":
            self._experience(line)
        elif self.section == "education":
            self._education(line)
        elif self.section == "skills" and not (line.bold_only or line.paragraph or line.text.endswith(":")):
            # a template's filler ("Customer Service Lorem ipsum dolor...") is no skill
            self.section_items.extend(skill_items(strip_placeholder(line.text)))
        if self.section != "education":
            self.section_items.extend(cue_items(line.text))
        if line.bullet or (self.section == "experience" and _is_body(line)):
            self._bullet(line.text)

    def _stray_entry(self, line: CvLine) -> bool:
        """Whether the lines just read in an education section are a job entry (a DOCX whose
        text boxes put "Career path" or the education box between two jobs): a header with a date
        range, a title and an employer, no school, then a bullet or a sentence."""
        if not (line.bullet or _is_body(line)):
            if len(line.text.split()) <= _HEADER_MAX_WORDS:
                self.recent = [*self.recent[-3:], line.text]
            return False
        group = self._entry_lines()
        self.recent = []
        if not group or not any(_DATE_RANGE_RE.search(g) for g in group) or any(school_name(g) for g in group):
            return False
        role, employer = parse_header(group)
        if role and employer:
            self.group = group
            return True
        return False

    def _entry_lines(self) -> list[str]:
        """The recent header lines from the one with a date range on, plus the undated lines before it
        ("Title" above "Employer | 2019 – 2021"; not "2005 – Shell Scripter" of a list above)."""
        ranged = [i for i, g in enumerate(self.recent) if _DATE_RANGE_RE.search(g)]
        if not ranged:
            return []
        start = ranged[-1]
        while start > 0 and not DATE_RE.search(self.recent[start - 1]) and ranged[-1] - start < 2:
            start -= 1
        return self.recent[start:]

    def _experience(self, line: CvLine) -> None:
        role, employer = role_at_employer(line.text)
        if employer:  # "2 years as Front-End Captain at Synthesio from 2014 to today"
            self.flush()
            self.employer = "" if line.bullet else employer  # a bullet of its own is the whole entry
            if employer not in self.employers:
                self.employers.append(employer)
            if role not in self.roles:
                self.roles.append(role)
            self.jobs.append((role, employer))
            return
        names = _many_employers(line.text)
        if names:  # "Lead Developer at Chaucer, Omnifone, Centrica (2005-2013)": several employers, one line
            self.flush()
            self.employers.extend(n for n in names if n not in self.employers)
            self.employer = ""
            return
        if _is_body(line):
            self.flush()
            if self.employer:
                self.entries.append((self.employer, line.text))
            return
        if _full_header(line.text) and any(_full_header(g) for g in self.group):
            self.flush()  # "2024- CROWDSTRIKE Senior SE" then "2018-2023 SALSIFY, Staff SE": two entries, no bullets between
        self.group.append(line.text)
        if len(self.group) > 4:
            self.group.pop(0)

    def flush(self) -> None:
        if not self.group:
            return
        group, self.group = self.group, []

        role, employer = parse_header(group)
        dated = any(DATE_RE.search(g) for g in group)
        if not employer and (role or dated):
            self.employer = ""  # a new entry whose employer is not named: nothing below is tied
            if role and dated and role not in self.roles:
                self.roles.append(role)
                self.jobs.append((role, ""))
        if employer and (role or dated):
            self.employer = employer
            if employer not in self.employers:
                self.employers.append(employer)
            if role and role not in self.roles:
                self.roles.append(role)
            self.jobs.append((role, employer))
            self.entries.extend((employer, g) for g in group)

    def _education(self, line: CvLine) -> None:
        if _is_body(line) and len(line.text.split()) > 20:
            return
        # "University: Port City International University, ..." (a form's label before the name); a
        # table row "B.E | RAMCO INSTITUTE OF TECHNOLOGY | ANNA UNIVERSITY | 2020" names two
        text = re.sub(r"^(?:university|institute|institution|school|college)\s*:\s*", "", line.text, flags=re.I)
        for part in text.split(" | ") if text.count(" | ") >= 2 else [text]:
            school = school_name(part)
            if school and school not in self.schools:
                self.schools.append(school)

    def _bullet(self, text: str) -> None:
        self.bullets.append(text)
        if NUMBER_RE.search(text) and ACTION_VERB_RE.search(text) and not DATE_RE.fullmatch(text):
            self.achievements.append(text)
            if self.employer:
                self.achievement_employer[text] = self.employer


# contact lines: addresses, profiles, and a profile's name alone as a link ("GitHub", "GitHub-Link | Live-Link")
_CONTACT_RE = re.compile(
    r"https?://|www\.|\S@\S|\b(?:github|gitlab|linkedin|bitbucket)\.(?:com|io|org)\b"
    r"|^\s*(?:github|gitlab|linkedin|bitbucket)\s*(?::|$)|\b(?:github|gitlab)[\s-]*link\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _extract_cv_facts(cv_text: str) -> dict:
    text = strip_injections(cv_text or "")
    lines = cv_lines(text)
    walk = _Walk()
    for line in lines:
        walk.feed(line)
    walk.flush()
    texts = [line.text for line in lines if line.text]
    if len(texts) >= 40 and sum(len(t.split()) <= 1 and t[:1].isalpha() for t in texts) > 0.75 * len(texts):
        walk.section_items = []  # one word per line (a PDF without spaces): no lists to read
    joined = "\n".join("" if _CONTACT_RE.search(line.text) else line.text for line in lines)  # "GitHub: github.com/x" is no skill
    names, written, surface = skills_found(walk.section_items, joined)
    first, pairs = skill_employers(walk.entries, walk.section_items)
    return {
        "current_title": walk.roles[0] if walk.roles else "",
        "roles": walk.roles,
        "jobs": walk.jobs,
        "employers": walk.employers,
        "schools": walk.schools,
        "skills": names,
        "skills_as_written": written,
        "skill_surface": surface,
        "skill_employer": first,
        "skill_employer_pairs": pairs,
        "achievements": walk.achievements,
        "achievement_employer": walk.achievement_employer,
        "bullets": walk.bullets,
        "word_count": count_words(text),
    }
