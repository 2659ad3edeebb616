"""CV current title: which of the roles a CV's job entries name is the one held now (the first job's, or the
first whose dates run to "Present" when the first ended; a paid role before a volunteer one). Used by
:mod:`core.analysis.cv`, which reads the entries."""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

# an entry's dates running to now: "2019 – Present", "since 2021", "2020 - current"
PRESENT_RE = re.compile(
    r"[-–—~]\s*(?:present|current|now|today|date|actualidad|presente|atual|aujourd'hui|heute)\b|\bsince\s+(?:\w+\s+)?(?:19|20)\d\d"
    r"|[-–—~]\s*至今",
    re.IGNORECASE,
)
CLOSED_RANGE_RE = re.compile(r"(?:19|20)\d\d\s*(?:[-–—~]|to)\s*(?:[A-Za-z]+\.?\s*|\d{1,2}/)?(?:19|20)\d\d", re.IGNORECASE)


def current_title(walk) -> str:
    """The role held now, from ``walk`` (the CV walk of :mod:`core.analysis.cv`: its roles and jobs, and the
    roles whose dates run to "Present", end in a year, were read under a Projects heading or are a
    volunteer's): when the first job's dates end in a year, the first whose dates run to "Present" (a CV
    listing its jobs oldest first ends with it), else the first job of the experience section, else the
    first role read under a Projects heading (a job there is the current one only when the experience
    section names none); a volunteer role running to "Present" gives way to a paid one that does too."""
    jobs = walk.jobs
    block = len(jobs) > 1 and jobs[1][0] and jobs[1][1] == jobs[0][1]  # an employer's line over its titles
    if jobs and not jobs[0][0] and jobs[0][1] and not walk.side_roles and not block:
        return ""  # the first job names its employer but no title: a later job's title is not the current one
    first = next((r for r in walk.roles if r not in walk.side_roles), walk.roles[0] if walk.roles else "")
    present = [r for r in walk.present_roles if r not in walk.side_roles]
    if present and first in walk.ended_roles:
        return present[0]
    paid = [r for r in present if r not in walk.volunteer_roles]
    if first in walk.volunteer_roles and first in present and paid:
        return paid[0]  # "Volunteer Mentor, 2021 – Present" above "Accountant, 2018 – Present": the paid role held now
    return first
