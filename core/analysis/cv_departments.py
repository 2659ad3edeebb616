"""CV entries: departments, wards, teams and institutes in a job's header, told from its title and its employer
("Staff Nurse – Emergency Department" keeps its ward; "Research Assistant – Institute of Statistics" over
"University of X" is the university's assistant). Used by :mod:`core.analysis.cv_entries`."""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

TEAM_RE = re.compile(r"(?i)\b(?:team|squad)$")
DEPARTMENT_RE = re.compile(r"(?i:\b(?:department|unit|ward|team|division|squad)$)"
                           # a hospital ward by its acronym, after a nurse's title ("Registered Nurse - ICU")
                           r"|^(?:ICU|NICU|PICU|CICU|CVICU|MICU|SICU|CCU|PACU|ER|ED|OR|L&D|Med[- ]Surg)$")


def with_department(role: str, role_line: int, candidates: list[tuple[int, str]],
                     group: list[str]) -> tuple[str, list[tuple[int, str]]]:
    """(role, candidates) without the departments, wards and teams among the candidates when another names
    the employer: a ward, unit or department on the title's line names the role's field, written into it
    ("Staff Nurse – Emergency Department", "Staff Nurse, Paediatric Ward", "Registered Nurse - ICU"); a team
    is where the role sits, no part of the title ("Analytical Lead, Payments Team, Acme")."""
    departments = [c for c in candidates if DEPARTMENT_RE.search(c[1])]
    if len(departments) == len(candidates):
        return role, candidates
    same = [d for i, d in departments if i == role_line and not TEAM_RE.search(d)]
    if role and same:
        joined = re.search(re.escape(role) + r"\s*([,–—-])\s*" + re.escape(same[0]), group[role_line])
        role = joined.group(0) if joined else f"{role} – {same[0]}"
    return role, [c for c in candidates if c not in departments]


# an institute, chair, faculty or school of a university named after a dash or a comma in the title ("– Institut für
# Statistik", "– Lehrstuhl für Informatik", "– Dipartimento di Fisica", "– Institute of Physics", ", Faculty of Nursing",
# ", School of Public Health")
_UNIT_AFTER_DASH_RE = re.compile(
    r"^(?P<title>.*?[^\s,])(?:\s+[–—-]|,)\s+(?:Institut|Institute|Lehrstuhl|Abteilung|Fakultät|Fachbereich|Dipartimento|"
    r"Departamento|Département|Department|Chair|Faculty|Faculdade|Facultad|Faculté|School|Escuela|Escola|École)\s+"
    r"(?:of|for|für|de|di|du|des|del|der|am|an|d')\b.*$")


def without_unit(role: str, employer: str) -> str:
    """The title without the university's institute, chair, faculty or school a dash or a comma adds to it when the
    entry names its employer apart ("Studentische Mitarbeiterin – Institut für Statistik" over "Universität X" ->
    "Studentische Mitarbeiterin"; "Associate Professor, Faculty of Nursing, Northgate University" -> "Associate
    Professor"); the role unchanged otherwise (no employer, or no such unit)."""
    m = _UNIT_AFTER_DASH_RE.match(role or "")
    if not m or not employer or employer.casefold() in role.casefold():
        return role
    return m.group("title")


# a site of an organisation by its last word: a library, museum, gallery, archive, theatre or hall
SITE_NAME_RE = re.compile(r"(?i)\b(?:library|libraries|museum|gallery|archives?|theat(?:er|re)|hall|observatory|herbarium)$")


# a unit's word alone on a line: the last word of a department's name a narrow column wrapped ("Digital & User
# Experience" / "Department"), never an employer of its own (session 24)
LONE_UNIT_RE = re.compile(r"(?i)^(?:department|dept\.?|division|unit|team|office|section|ward|branch)$")


def unit_start(lines: list[str], start: int) -> int:
    """Where an entry's header gathered from ``lines[start:]`` begins when its first line is a unit's word alone: back
    over the name it ends, the town above that and the employer's line above the town ("KESTREL WATER" / "Leeds, UK" /
    "Customer Insight & Design" / "Department" / "Service Designer" / "March 2019-Present" -> the employer's line);
    ``start`` unchanged otherwise, or when a line on the way is dated or a sentence."""
    from core.analysis.cv_lines import DATE_RE, is_place  # cv_lines reads the modules that read this one

    if not (0 < start < len(lines)) or not LONE_UNIT_RE.match(lines[start].strip()):
        return start
    back = start - 1  # the unit's name
    if back > 0 and is_place(lines[back - 1].strip()):
        back -= 1  # its town
    back -= 1  # the employer
    ok = back >= 0 and all(not DATE_RE.search(line) and len(line.split()) <= 6 and not line.rstrip().endswith(".")
                           for line in lines[back:start])
    return back if ok else start


# a unit and its organisation joined by a dash with no space on one side or either ("Robotics Team- Eastvale
# University", "Campus Computing Services-Northgate State University"): the organisation after the dash
_UNIT_DASH_ORG_RE = re.compile(r"^(?P<unit>.+?\b(?:Team|Services?|Department|Dept\.?|Office|Labs?|Laboratory|Division|Group|"
                               r"Program(?:me)?|Unit|Cent(?:er|re)|Club))(?:-\s*|\s+-)(?P<org>[A-Z].{2,80})$")


def org_after_unit(name: str) -> str:
    """An employer's name without the unit written before it with a dash ("Coastal Robotics Team- Eastvale Polytechnic
    University" -> "Eastvale Polytechnic University") when the part after the dash is an organisation by its words;
    the name as written otherwise ("Hewlett-Packard")."""
    from core.analysis.cv_header_parts import org_name  # cv_header_parts reads the modules that read this one

    m = _UNIT_DASH_ORG_RE.match(name or "")
    return m.group("org").strip() if m and org_name(m.group("org")) else name


def joined_units(group: list[str]) -> list[str]:
    """A header's lines without a department's name a narrow column wrapped before a unit's word alone ("Member
    Research" / "Division"): the unit is where the job sat, neither its title nor its employer (both lines dropped
    when two lines or more are left, the group as it is otherwise)."""
    cut = [i for i, line in enumerate(group) if i and LONE_UNIT_RE.match(line.strip()) and not re.search(r"\d", group[i - 1])]
    kept = [line for i, line in enumerate(group) if i not in cut and i + 1 not in cut]
    return kept if cut and len(kept) >= 2 else group
