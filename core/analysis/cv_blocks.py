"""CV blocks: several titles under one employer's header ("Maxar Technologies – Westminster, CO / March 2006 –
March 2025", then "Senior Strategist (July 2022 – March 2025)", "Service Manager, Customer Operations (January
2017 – May 2019)", "Other Maxar Roles (2006 – 2013)"). A header whose years lie inside the block's is one of
its titles: its employer is the block's, and a part after its title ("Customer Operations") or a heading
without a title ("Other Maxar Roles") is no employer of its own. Used by :mod:`core.analysis.cv`."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_entries import org_name

logger = logging.getLogger(__name__)

# (employer, (first year, last year), whether its header names a title); "Present" counts as 9999
Block = tuple[str, tuple[int, int], bool]

_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# "Present", and the same word in the languages the dates reader knows ("Presente", "Actualidad", "heute"), "till date"
_NOW_RE = re.compile(r"(?i)\b(?:present|current|now|today|presente|actualidad|actual|atual|aujourd.hui|heute)\b|\btill date\b|至今")


def _span(text: str) -> tuple[int, int] | None:
    years = [int(y) for y in _YEAR_RE.findall(text)]
    if not years:
        return None
    return min(years), 9999 if _NOW_RE.search(text) else max(years)


def new_block(role: str, employer: str, group: list[str]) -> Block | None:
    """The block an employer's header opens: one that names no title, or whose employer has years of its own
    beside the title's (two date ranges, the wider one the employer's), or a titled one ("Marrowby
    (Co-Founder) 2021 – Present"), which only titles naming no employer of their own can join; None for a
    header with no employer or no years."""
    spans = [s for s in (_span(g) for g in group) if s]
    if not employer or not spans:
        return None
    return employer, max(spans, key=lambda s: (s[1] - s[0], -s[0])), bool(role) and len(spans) < 2


_ON_ONES_OWN_RE = re.compile(r"(?i)\b(?:freelanc\w*|self[- ]employed|independent|volunteer\w*|contractor)\b")


def in_block(block: Block | None, role: str, employer: str, group: list[str]) -> tuple[str, str, bool]:
    """(role, employer, whether the header is one of the block's titles). Inside the block's years (both
    given, and narrower), a header with no employer, or one whose employer is no organisation by its words
    and is written after the title with a comma, a dash or "at" (a team: "Analyst at Growth") or on a heading
    line without a title, takes the block's."""
    if not block:
        return role, employer, False
    name, (start, end), titled = block
    span = _span(" ".join(group))
    if not span or not (start <= span[0] and span[1] <= end) or span == (start, end):
        return role, employer, False
    if titled and not employer and _ON_ONES_OWN_RE.search(role):
        return role, employer, False  # "Freelance Consultant (2019 – 2020)" beside a job: work of one's own
    if not employer or employer == name:
        return role, name, True
    if titled:
        return role, employer, False  # "Engineer, Acme (2018 – 2022)" then "Consultant, Globex (2019)": a second job
    if org_name(employer):
        return role, employer, False
    if role and re.search(re.escape(role) + r",\s*" + re.escape(employer), " ".join(group)):
        return f"{role}, {employer}", name, True  # "Service Manager, Customer Operations": the title's function
    dashed = re.search(re.escape(role) + r"\s+[–—-]\s+" + re.escape(employer), " ".join(group)) if role else None
    if dashed:
        return dashed.group(0), name, True  # "Registered Nurse - Step-Down Unit (2013 - 2014)": the title's ward
    if role and re.search(re.escape(role) + r"\s+(?:at|@)\s+" + re.escape(employer), " ".join(group)):
        return role, name, True  # "Analyst at Growth (2021 – 2022)" under "Rappi 2020 – 2022": the team the title sat in
    if not role:
        return role, name, True  # "Other Maxar Roles (2006 – 2013)": a heading inside the block
    return role, employer, False


def opens_entry(text: str, group: list[str]) -> bool:
    """Whether a header line opens the next entry although no bullet came between (entries of a title line
    each, "Harbourview Clinic (June 2014 – Current)" over "Staff Nurse – Intensive Care", then "Eastfield
    Hospital (2010 – 2014)"): a dated line naming one thing that is no title and no place, when the header
    read so far already holds a title and a date; or a line that is only "Title bei Employer" when the header read so
    far holds one too ("Lagerhelfer bei Nordhafen Logistik GmbH" then "Kassierer bei Tankstelle Brenner", a CV writing
    its dates in a column of their own)."""
    from core.analysis.cv_line_entries import undated_role_at
    from core.analysis.cv_lines import DATE_RE, header_parts, is_place, is_role

    if undated_role_at(text)[1] and any(undated_role_at(g)[1] for g in group):
        return True
    parts = header_parts(text)
    if len(parts) != 1 or not DATE_RE.search(text) or is_role(parts[0]) or is_place(parts[0]):
        return False
    return (any(DATE_RE.search(g) for g in group)
            and any(is_role(p) for g in group for p in header_parts(g)))


_UNPAID_RE = re.compile(r"(?i)\b(?:organi[sz]er|organi[sz]ing committee|volunteer(?:ing)?)\b")


def unpaid_post(role: str, group: list[str]) -> bool:
    """Whether a header is an undated organiser's or volunteer's post ("University Fest (Attendance ~2000) –
    Lead Organizer", "Spring Conference 2023 – Volunteer"): an event's name, no employer's."""
    return bool(role and _UNPAID_RE.search(role)) and not any(_span(g) and re.search(r"\d\s*[-–—]", g) for g in group)


def entry_in_block(block: Block | None, role: str, employer: str, group: list[str]) -> tuple[str, str, bool]:
    """:func:`in_block`, with an undated organiser's or volunteer's post read as no job at all ("University
    Fest (Attendance ~2000) – Lead Organizer": no title, no employer; :func:`unpaid_post`)."""
    role, employer, under = in_block(block, role, employer, group)
    return ("", "", under) if unpaid_post(role, group) else (role, employer, under)


def _heads_titles(group: list[str], role: str, employer: str) -> bool:
    """Whether a header writes its employer on a line of its own above its title ("HALVERSON BANK, London" over
    "Senior Analyst, 2021 – Present"; "Orbital Freight" over "Senior Data Analyst" over its dates)."""
    where = [i for i, g in enumerate(group) if employer.casefold() in g.casefold()]
    titled = [i for i, g in enumerate(group) if role.casefold() in g.casefold()]
    return bool(where and titled) and where[0] < titled[0] and role.casefold() not in group[where[0]].casefold()


def promotion(lead: str, role: str, employer: str, group: list[str], dated: bool) -> tuple[str, str]:
    """(the header's employer, the lead for the next header). ``lead`` is the employer an earlier header wrote on a
    line of its own above its title; a dated title with no employer after it ("Analyst, 2018 – 2021" after "HALVERSON
    BANK, London" / "Senior Analyst, 2021 – Present" and its bullets) is an earlier post there (a promotion, the shape
    LinkedIn's export and many Word CVs write), unless it is work of one's own ("Freelance Consultant"). The lead
    holds until a header names an employer of its own; the caller clears it at a new section."""
    if not employer and role and dated and lead and not _ON_ONES_OWN_RE.search(role):
        return lead, lead
    if not employer:
        return employer, lead
    return employer, employer if role and _heads_titles(group, role, employer) else ""
