"""CV current title: which of the roles a CV's job entries name is the one held now (the first job's, or the
first whose dates run to "Present" when the first ended; a paid role before a volunteer one). Used by
:mod:`core.analysis.cv`, which reads the entries."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_lang import PRESENT_WORDS, RANGE_TO_WORDS, SINCE_WORDS

logger = logging.getLogger(__name__)

_TO = rf"(?:[-–—~]|\bto\b|(?<!\w)(?:{RANGE_TO_WORDS})(?!\w))"
# an entry's dates running to now: "2019 – Present", "since 2021", "2020 - current", and in German, Spanish,
# Italian, French, Portuguese, Dutch ("seit 03/2019", "2018 bis heute", "desde 2018", "giugno 2019 - oggi",
# "depuis 2020", "sep 2020 - heden"); "dal 2016 al 2019" (an opening word, then an end) is no open range
PRESENT_RE = re.compile(
    rf"[-–—~]\s*(?:present|current|now|today|date|actualidad|presente|atual|aujourd'hui|heute|{PRESENT_WORDS})(?!\w)"
    rf"|(?:19|20)\d\d\s*{_TO}?\s*(?:{PRESENT_WORDS})(?!\w)"
    rf"|(?<!\w)(?:since|{SINCE_WORDS})\s+(?:[^\W\d_]+\.?\s+)?(?:\d{{1,2}}[./]\s*)?(?:19|20)\d\d\b"
    rf"(?!\s*{_TO}\s*(?:[^\W\d_]+\.?\s*)?(?:\d{{1,2}}[./]\s*)?(?:19|20)\d\d)"
    r"|[-–—~]\s*至今",
    re.IGNORECASE,
)
# dates that end in a year: "2015 – 2018", "Mar 2018 - Dec 2020", "dal 2016 al 2019", "de 2015 à 2018", "03/2016 – 02/2019"
CLOSED_RANGE_RE = re.compile(rf"(?:19|20)\d\d\s*{_TO}\s*(?:[^\W\d_]+\.?\s*|\d{{1,2}}[/.])?(?:19|20)\d\d", re.IGNORECASE)


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
