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
