"""CV current title: which of the roles a CV's job entries name is the one held now (the first job's, or the
first whose dates run to "Present" when the first ended; a paid role before a volunteer one). Used by
:mod:`core.analysis.cv`, which reads the entries."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_lang import MONTH_WORDS, PRESENT_WORDS, RANGE_TO_WORDS, SINCE_WORDS
from core.analysis.cv_sections import section_kind

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
# dates that end in a year: "2015 – 2018", "Mar 2018 - Dec 2020", "dal 2016 al 2019", "de 2015 à 2018", "03/2016 – 02/2019";
# session 21: two months of one year, the first without it ("June - July 2016", "May-June 2019": a summer's post)
_MONTH = rf"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|{MONTH_WORDS})"
CLOSED_RANGE_RE = re.compile(rf"(?:19|20)\d\d\s*{_TO}\s*(?:[^\W\d_]+\.?\s*|\d{{1,2}}[/.])?(?:19|20)\d\d"
                             rf"|(?<!\w){_MONTH}\s*[-–—]\s*{_MONTH}\s*'?(?:19|20)\d\d\b", re.IGNORECASE)
# two months written without the dash between them ("- 03/2018 08/2018", a list's date line): a closed range too
_BARE_RANGE_RE = re.compile(r"(?<![\d/.])\d{1,2}[/.](?:19|20)\d\d\s+\d{1,2}[/.]((?:19|20)\d\d)(?![\d/.])")


# a post held beside the main one (session 21): a volunteer's, a part-time one, one on one's own account ("Founder &
# Independent Developer", "Freelance", "Self-employed"), a board's or a trustee's; of two posts running to now, the
# other one is the current title (an employee's post over one's own side business: fresh set 20)
SIDE_POST_RE = re.compile(r"(?i)\b(?:volunteer\w*|part[- ]time|self[- ]employed|independent|freelanc\w*|board member|"
                          r"trustee|ehrenamt\w*|nebenberuflich|b[ée]n[ée]vole|voluntari[oa])\b")
# a range left open: "2022 –" at the end of a line, or before a separator ("2022 – | Acme")
_OPEN_END_RE = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*(?:$|[|·•,;(])")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
OPEN_END = 9999  # the end year of a job held now
_NEAR_LINES = 2  # lines after (or before) a job's title where its dates are read


def _dates_at(lines: list[str], i: int, offsets: tuple[int, ...]) -> tuple[int, int] | None:
    """(end year, line index) of the first dated line at ``offsets`` from line ``i``, or None."""
    for offset in offsets:
        if not 0 <= i + offset < len(lines):
            continue
        near = lines[i + offset]
        if offset and section_kind(near.strip()):
            break  # "Lagerist" / "SCHULBILDUNG" / "Schule X, 2019 – heute": the next section's dates are no job's
        if PRESENT_RE.search(near) or _OPEN_END_RE.search(near):
            return OPEN_END, i + offset
        closed = CLOSED_RANGE_RE.findall(near)
        if closed:
            return int(_YEAR_RE.findall(closed[-1])[-1]), i + offset
        bare = _BARE_RANGE_RE.search(near)
        if bare:
            return int(bare.group(1)), i + offset
    return None


def _role_line(lines: list[str], role: str, roles: list[str]) -> int | None:
    """The first line naming ``role`` where no longer role holding its words is named ("Designer" on the line of
    "Pixelar - Designer", not of "Estúdio Lira - Designer Gráfico"); the first naming it at all else, or None."""
    longer = [r for r in roles if r != role and role in r]
    hits = [i for i, line in enumerate(lines) if role and role in line]
    return next((i for i in hits if not any(r in lines[i] for r in longer)), hits[0] if hits else None)


def end_years(cv_text: str, roles: list[str]) -> dict[str, int]:
    """Each job title's end year, read from the dates on its line or, the same way for every title of the CV,
    the nearest dated line after it or else before it (within :data:`_NEAR_LINES`): :data:`OPEN_END` for a
    range running to now ("2019 – Present", "since 2021", "2022 –"), the last year of a closed range
    ("2013 – 2015" -> 2015, "03/2018 08/2018" -> 2018). A title is found on the first line naming it and no longer
    title holding its words. Empty when some title has no dated line near it, or two titles would share
    one (the layout is not clear enough to read)."""
    lines = (cv_text or "").splitlines()
    where = {role: _role_line(lines, role, roles) for role in roles}
    if not roles or any(i is None for i in where.values()):
        return {}
    after = tuple(range(0, _NEAR_LINES + 1))
    before = (0, *range(-1, -_NEAR_LINES - 1, -1))
    for offsets in (after, before):
        found = {role: _dates_at(lines, i, offsets) for role, i in where.items()}
        if all(found.values()) and len({f[1] for f in found.values()}) == len(found):
            return {role: f[0] for role, f in found.items()}
    return {}


def latest_role(cv_text: str, roles: list[str], first: str) -> str:
    """The role held now by its dates, whatever the CV's order: ``first`` (the role the CV's order gives)
    unless another of ``roles`` runs to now while ``first`` ended, or, with none running to now, ended in a
    later year than ``first`` (a CV listing its jobs oldest first). ``first`` when the dates cannot be read
    (:func:`end_years`)."""
    ends = end_years(cv_text, list(dict.fromkeys([first, *roles])))
    if first not in ends or ends[first] == OPEN_END:
        return first
    later = max(((end, -i, role) for i, (role, end) in enumerate(ends.items()) if end > ends[first]), default=None)
    return later[2] if later else first


# a study, not a job: "Undergraduate Student", "PhD Candidate in Physics", "Doctorant en chimie", "Étudiante en
# master", "Estudiante de Ingeniería", "Masterstudent"; never a job held while studying ("Student Assistant",
# "Graduate Research Assistant", "Werkstudent", "Student Ambassador")
STUDY_ROLE_RE = re.compile(
    r"(?i)^(?:(?:full[- ]time|part[- ]time|undergraduate|graduate|postgraduate|doctoral|ph\.?\s?d\.?|master'?s?|bachelor'?s?|"
    r"msc|m\.sc\.?|bsc|b\.sc\.?|mba|exchange|visiting|senior|junior|final[- ]year|(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]year|"
    r"university|college|[a-z]+ science|engineering|computer science)\s+)*(?:student|candidate)(?:\s+(?:in|of|at)\s+.*)?$"
    r"|^(?:doctorant|doctorante|[ée]tudiante?|estudiante?|studentin|studierender?|bachelorstudent(?:in)?|masterstudent(?:in)?|"
    r"dottorand[oa]|studente(?:ssa)?|doutorand[oa]|estudante)(?:\s+(?:en|de|du|in|im|di|em|der)\s+.*)?$")


def _without_study(roles: list[str], side: list[str]) -> list[str]:
    """The roles that are no study ("Undergraduate Student", "Doctorant en chimie": :data:`STUDY_ROLE_RE`) when
    the CV names another job; all of them when it names none (a student's only entry is its current one)."""
    jobs = [r for r in roles if r not in side and not STUDY_ROLE_RE.match(r.strip())]
    return [r for r in roles if not STUDY_ROLE_RE.match(r.strip())] if jobs else roles


def current_title(walk, cv_text: str = "") -> str:
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
    # "Undergraduate Student, Acme University, 2020 – present" above the jobs: a study, no post held now
    roles = _without_study(walk.roles, walk.side_roles)
    first = next((r for r in roles if r not in walk.side_roles), roles[0] if roles else "")
    present = [r for r in walk.present_roles if r not in walk.side_roles and r in roles]
    if present and first in walk.ended_roles:
        return present[0]
    paid = [r for r in present if r not in walk.volunteer_roles]
    if first in walk.volunteer_roles and first in present and paid:
        # "Volunteer Mentor, 2021 – Present" above "Accountant, 2018 – Present": the paid role held now; the same for a
        # part-time post or one on one's own account (:data:`SIDE_POST_RE`, session 21)
        return paid[0]
    if cv_text and first and first not in present:
        paid = [r for r in roles if r not in walk.side_roles and r not in walk.volunteer_roles]
        return latest_role(cv_text, paid, first)
    return first
