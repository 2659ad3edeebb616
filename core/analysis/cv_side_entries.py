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

from core.analysis.cv_entries import ORG_WORDS_RE, org_name, parse_header
from core.analysis.cv_lines import header_parts, is_place, is_role
from core.analysis.cv_schools import school_name

logger = logging.getLogger(__name__)

# a company's legal form closing its name ("Lumen Security Corporation", "Kestrel Analytics Inc.")
_LEGAL_END_RE = re.compile(r"(?i)\b(?:inc|corp|corporation|incorporated|llc|ltd|limited|gmbh|plc|company|co|pvt|"
                           r"pty|s\.?a|ag|bv|oy|ab)\.?$")
# a Chinese company's name ends in its form: 有限公司 ("Co., Ltd."), 公司 ("company"), 集团 ("group")
_CJK_LEGAL_END_RE = re.compile(r"[\u4e00-\u9fff](?:公司|集团)$")
# headings whose dated lines are never employments: awards, certificates, publications, courses, languages
SIDE_NO_JOBS_RE = re.compile(r"(?i)award|honou?r|certif|licen[cs]|publication|talk|course|training|reference|"
                             r"language|interest|hobb|skill|affiliat|membership|service|"
                             # an academic CV's lists of works ("Published Books", "Journal Articles", "Invited Talks")
                             r"\bbooks?\b|articles|chapters|papers|proceedings|presentations|keynotes|abstracts|\breviews\b|"
                             r"\bseries\b|collections|funding|grants|workshops|involvement|"
                             # the same in German, French, Spanish, Italian, Portuguese ("Weiterbildung", "Formation
                             # continue", "Cursos", "Zertifikate", "Auszeichnungen", "Sprachen")
                             r"weiterbildung|fortbildung|kurse|zertifikat|auszeichnung|publikation|sprachen|"
                             r"formation continue|formaci[oó]n complementaria|cursos|corsi|premios|premi|idiomas|lingue|langues")
# bodies one belongs to rather than works for
_CLUB_RE = re.compile(r"(?i)\b(?:club|society|association|fraternity|sorority|chapter|league|committee|union)\b")


def _named(name: str) -> bool:
    """A name, every word capitalised but its small words ("Bank of Montreal", "Smith & Sons Ltd"), or a
    name in a script without capitals ("北京星河数据科技有限公司"); not a description ("project sponsored by ...")."""
    return all(not w[:1].islower() or w in ("of", "and", "the", "de", "du", "der", "für", "for", "&") for w in name.split()) \
        and not re.search(r"\b(?:for|by|with)\b", name)


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # "2016/03", "2009年" too
_RANGE_RE = re.compile(r"(?:19|20)\d\d\D{0,12}?\s*[-–—~]\s*\D{0,12}?(?:(?:19|20)\d\d|present|current|now|至今)", re.I)


def side_job(line: str | list[str], section: str, ranged: bool) -> tuple[str, str] | None:
    """(role, employer) when a line (or the short lines over an entry's first sentence) outside the
    experience section is a whole job header by its shape; None for a project, an award, a volunteer
    role or a school. ``section`` is the section the line sits in ("education", "other"); ``ranged``
    whether the header holds a date range."""
    group = [line] if isinstance(line, str) else line
    whole = " ".join(group)
    if not _YEAR_RE.search(whole) or len(whole.split()) > 22 or re.search(r"(?i)\bvolunteer", whole):
        return None
    if any(school_name(g) for g in group):
        return None  # "Teaching Assistant, Acme University, 2019", "Chess Club President, X High School": school life
    role, employer = parse_header(group)
    if not employer or _CLUB_RE.search(employer) or not _named(employer):
        return None  # "Rotary Club of Springfield"; "Capstone project sponsored by Acme Corporation": no name
    if re.match(r"(?i)(?:\w+\s+)?member\b", role):
        return None  # "Member, Royal College of Nursing": a membership, no employment
    legal = bool(_LEGAL_END_RE.search(employer.strip()) or _CJK_LEGAL_END_RE.search(employer.strip()))
    if (legal and (role or ranged)) or (role and org_name(employer)):
        return role, employer
    return None


def _dated_group(recent: list[str]) -> list[str]:
    """The short lines read before a sentence, from the last dated one's neighbour on: "Acme Co., Ltd." /
    "2016/03 – 至今" / "Engineer"; [] when none holds a year."""
    dated = [i for i, g in enumerate(recent) if _YEAR_RE.search(g)]
    return recent[max(0, dated[-1] - 1):] if dated else []


def side_entry(walk, text: str, bullet: bool, body: bool, ranged: bool) -> bool:
    """Read one line outside the experience section into ``walk`` (the CV walk of
    :mod:`core.analysis.cv`): a job header by its shape (:func:`side_job`; one line, or the short lines
    over a first sentence) records its employer, and the lines after it, up to the next dated line, are
    its entry (a line without a bullet continues the one before: "... Node-RED, Visual" / "Studio Code").
    True when the line was a one-line header."""
    found = side_job(text, walk.section, ranged)
    if not found and body and not walk.side_employer:
        group = _dated_group(walk.side_recent)
        found = side_job(group, walk.section, any(_RANGE_RE.search(g) for g in group)) if group else None
        if found:
            _record(walk, found, group)
            walk.entries.append((walk.side_employer, text))
            walk.side_recent = []
            return False
    walk.side_recent = [] if body else [*walk.side_recent[-3:], text]
    if found:
        _record(walk, found, [text])
        return True
    if walk.side_employer and _YEAR_RE.search(text):
        walk.side_employer = ""  # the next dated entry (a project, an award) is not this job's
    elif walk.side_employer and not bullet and walk.entries and walk.entries[-1][0] == walk.side_employer:
        walk.entries[-1] = (walk.side_employer, f"{walk.entries[-1][1]} {text}")
    elif walk.side_employer:
        walk.entries.append((walk.side_employer, text))
    return False


def _record(walk, found: tuple[str, str], header: list[str]) -> None:
    walk.flush()
    role, employer = found
    walk.side_employer = employer
    if employer not in walk.employers:
        walk.employers.append(employer)
    if role and not walk.jobs and role not in walk.roles:
        walk.roles.append(role)  # the CV's first job: its title is the current one unless the experience section names one
        walk.side_roles.append(role)
    walk.jobs.append((role, employer))
    walk.side_jobs += 1
    walk.entries.extend((employer, re.sub(re.escape(employer), " ", h, flags=re.IGNORECASE)) for h in header)


def colon_employer(text: str) -> tuple[str, str]:
    """(employer, the rest) of a bullet that is a whole entry, its organisation before a colon: "Harwick
    Institute of Marine Engineering, Portsmouth (HIME) : Hull stress monitoring using ..." -> the
    institute; ("", "") when the words before the colon are no organisation's name alone (a label such
    as "Key results", a title, a place) or what follows is a list of names ("CMS & technologies associées :
    WordPress, Prestashop, Elementor": a labelled list of tools, whatever words its label has); an organisation's word alone ("Consulting")
    is a label too."""
    m = re.match(r"^([^:]{3,100}?)\s*:\s+(\S.*)$", text)
    if not m or _name_list(m.group(2)):
        return "", ""
    head = re.sub(r"\s*\([^()]*\)\s*$", "", m.group(1))  # "(HIME)": the acronym after the name
    names = [p for p in header_parts(head) if not is_place(p)]
    if (len(names) != 1 or len(names[0].split()) > 10 or is_role(names[0]) or not org_name(names[0])
            or ORG_WORDS_RE.fullmatch(names[0])):  # "Consulting : définition du besoin client, ...": a label
        return "", ""
    return names[0], m.group(2)


def _name_list(text: str) -> bool:
    """Whether a text is a list of three names or more, each of four words at most ("WordPress, Prestashop,
    Elementor", "Python, SQL and Tableau"), no sentence."""
    items = [i.strip() for i in re.split(r",|;|\s+(?:and|et|und|y|e)\s+", text.strip().rstrip("."))]
    return len(items) >= 3 and all(0 < len(i.split()) <= 4 for i in items)


def colon_entry(walk, text: str) -> bool:
    """Read a bullet that is a whole entry, its organisation before a colon (:func:`colon_employer`),
    into ``walk``: the organisation is the employer of what follows. True when it was one."""
    named, rest = colon_employer(text)
    if not named:
        return False
    walk.employer = named
    walk.employers.extend([named] if named not in walk.employers else [])
    walk.jobs.append(("", named))
    walk.entries.append((named, rest))
    return True
