"""CV entry kinds: what a line or part of an experience entry's header is besides a title or an employer: a whole
dated header on one line, a job (not a project) under a Projects heading, a project named as one, a street address, a
contact line. Used by :mod:`core.analysis.cv_entries` (which re-exports these names), :mod:`core.analysis.cv`,
:mod:`core.analysis.cv_entry_bounds` and :mod:`core.analysis.cv_headline`."""

from __future__ import annotations

import re

from core.analysis.cv_header_parts import ORG_WORDS_RE, line_parts, org_name
from core.analysis.cv_lines import DATE_RE, header_parts, is_place, is_role

# a project the person worked on, named as one ("Puppeteer, Open Source Google Project"), no organisation worked for
_PROJECT_RE = re.compile(r"(?i)\b(?:project|projekt|projet|proyecto|progetto|projeto)$")
# open-source work named by its kind, whatever word ends it ("Open Source Google Proect", "Open-source Rust Crates");
# an organisation by its words ("Open Source Robotics Foundation") is an employer
_OPEN_SOURCE_RE = re.compile(r"(?i)^open[- ]source\b")


def is_project(part: str) -> bool:
    """A header part naming a project, no organisation ("Open Source Google Project", "Open-source Rust Crates")."""
    return bool(_PROJECT_RE.search(part)) or (bool(_OPEN_SOURCE_RE.match(part)) and not org_name(part))


def without_project_names(candidates: list[tuple[int, str]], group: list[str]) -> list[tuple[int, str]]:
    """The candidates without the names an open-source project's line gives beside its kind ("Maintainer -
    Tidewater, Open-source Rust Crates": "Tidewater" is the project's name); an organisation by its words stays."""
    lines = {i for i, line in enumerate(group) if any(_OPEN_SOURCE_RE.match(p) and is_project(p) for p in line_parts(line))}
    return [c for c in candidates if c[0] not in lines or org_name(c[1])]


def full_header(line: str) -> bool:
    """A dated line naming a role and something else: a whole job header on its own."""
    parts = header_parts(line)
    return bool(DATE_RE.search(line)) and len(parts) >= 2 and any(is_role(p) for p in parts)


_EMPLOYMENT_ROLE_RE = re.compile(r"\b(?:intern|internship|trainee|apprentice|freelance|freelancer|contractor|consultant|"
                                 r"employee|part-time|full-time|working student)\b", re.IGNORECASE)


def job_like(group: list[str], role: str, employer: str) -> bool:
    """Whether a dated "role, name" entry under a Projects heading is a job rather than a project
    ("Full Stack Developer, Exteractive, 2020"): the name is an organisation's ("Acme Labs", "Initech
    Inc"), the header gives a place ("Berlin, Germany"), or the role is one of employment ("Intern",
    "Freelance Developer")."""
    places = any(is_place(p) for g in group for p in header_parts(g))
    return bool(ORG_WORDS_RE.search(employer) or places or _EMPLOYMENT_ROLE_RE.search(role))


# a street address: a street word and a house number ("Avda. Irrazábal 727", "Calle Mitre 1234", "12 Park Road",
# "Hauptstraße 12", "5 rue de la Paix")
STREET_RE = re.compile(r"(?i)(?<!\w)(?:avda\.|av\.|avenida|calle|c/|rua|via|viale|piazza|plaza)\s+[^,|]{1,40}?\d{1,5}\b"
                       r"|\b\d{1,5},?\s+(?:[A-Z][\w'-]*\s+){0,3}(?:rue|avenue|street|road|lane|st\.|rd\.)(?!\w)|\w(?:straße|strasse|str\.)\s+\d{1,4}\b")


# contact lines: addresses, profiles, and a profile's name alone as a link ("GitHub", "GitHub-Link | Live-Link")
CONTACT_RE = re.compile(
    r"https?://|www\.|\S@\S|\b(?:github|gitlab|linkedin|bitbucket)\.(?:com|io|org)\b"
    r"|^\s*(?:github|gitlab|linkedin|bitbucket)\s*(?::|$)|\b(?:github|gitlab)[\s-]*link\b"
    # "MOBILE | EMAIL | GITHUB | LINKEDIN": the names of links whose addresses the file hides behind them
    r"|^\s*(?:(?:mobile|phone|e-?mail|github|gitlab|linkedin|portfolio|website|blog|twitter)\s*(?:[|•·]\s*|$)){2,}$",
    re.IGNORECASE,
)
