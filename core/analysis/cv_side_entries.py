"""CV side entries: an employment written outside the experience section, told by its shape.

Some CVs list a paid job under "Projects", "Community Leadership" or "Activities", or write each
entry's header as a bullet ("- TicketFlow Greenbelt, MD Lumen Security Corporation June 2019 - August
2019"). The labelling rule of the dev corpus counts the organisation one worked for as an employer
whatever the heading, and a project as none; so the decision is taken from the entry's own line, not
from the heading: a dated one-line header whose name carries a company's legal form ("Inc",
"Corporation", "Ltd", ...) with a title or a date range, or a title with an organisation's name
("Web Developer ... Maple Chinese Schools August 2018"). Volunteer roles and schools of an education
section are not employments. Used by :mod:`core.analysis.cv`.
"""

from __future__ import annotations

import logging
import re

from core.analysis.cv_entries import org_name, parse_header
from core.analysis.cv_schools import school_name

logger = logging.getLogger(__name__)

# a company's legal form closing its name ("Lumen Security Corporation", "Kestrel Analytics Inc.")
_LEGAL_END_RE = re.compile(r"(?i)\b(?:inc|corp|corporation|incorporated|llc|ltd|limited|gmbh|plc|company|co|pvt|"
                           r"pty|s\.?a|ag|bv|oy|ab)\.?$")
# headings whose dated lines are never employments: awards, certificates, publications, courses, languages
SIDE_NO_JOBS_RE = re.compile(r"(?i)award|honou?r|certif|licen[cs]|publication|talk|course|training|reference|"
                             r"language|interest|hobb|skill|affiliat|membership")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def side_job(line: str, section: str, ranged: bool) -> tuple[str, str] | None:
    """(role, employer) when a line outside the experience section is a whole job header by its shape;
    None for a project, an award, a volunteer role or a school. ``section`` is the section the line sits
    in ("education", "other"); ``ranged`` whether the line holds a date range."""
    if not _YEAR_RE.search(line) or len(line.split()) > 22 or re.search(r"(?i)\bvolunteer", line):
        return None
    if section == "education" and school_name(line):
        return None  # "Teaching Assistant, Acme University, 2019": the education entry's own line
    role, employer = parse_header([line])
    if not employer:
        return None
    if re.match(r"(?i)(?:\w+\s+)?member\b", role):
        return None  # "Member, Royal College of Nursing": a membership, no employment
    legal = bool(_LEGAL_END_RE.search(employer.strip()))
    if (legal and (role or ranged)) or (role and org_name(employer)):
        return role, employer
    return None


def side_entry(walk, text: str, bullet: bool, ranged: bool) -> bool:
    """Read one line outside the experience section into ``walk`` (the CV walk of
    :mod:`core.analysis.cv`): a job header by its shape (:func:`side_job`) records its employer, and
    the lines after it, up to the next dated line, are its entry (a line without a bullet continues
    the one before: "... Node-RED, Visual" / "Studio Code"). True when the line was such a header."""
    found = side_job(text, walk.section, ranged)
    if found:
        walk.flush()
        role, employer = found
        walk.side_employer = employer
        if employer not in walk.employers:
            walk.employers.append(employer)
        walk.jobs.append((role, employer))  # its role is no current title: the experience section's are
        walk.side_jobs += 1
        walk.entries.append((employer, re.sub(re.escape(employer), " ", text, flags=re.IGNORECASE)))
        return True
    if walk.side_employer and _YEAR_RE.search(text):
        walk.side_employer = ""  # the next dated entry (a project, an award) is not this job's
    elif walk.side_employer and not bullet and walk.entries and walk.entries[-1][0] == walk.side_employer:
        walk.entries[-1] = (walk.side_employer, f"{walk.entries[-1][1]} {text}")
    elif walk.side_employer:
        walk.entries.append((walk.side_employer, text))
    return False
