"""CV co-employers: two organisations named on one header line, set apart by a bar ("NORDLICHT BIOTECH |
FSU JENA 01/2015 - 01/2020", a joint post of an institute and a university). The labelling rules of the
dev corpus count both as employers of the entry ("Two organisations in one entry are two employers"),
so a skill named in the entry holds for both. Used by :mod:`core.analysis.cv`.
"""

from __future__ import annotations

import logging
import re

from core.analysis.cv_entries import org_name
from core.analysis.cv_lang import has_legal_form
from core.analysis.cv_lines import DATE_RE, header_parts, is_place, is_role, natural_case
from core.analysis.skills import find_all_skills

logger = logging.getLogger(__name__)

_ACRONYM_RE = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,4}\b")  # "FSU", "iDiV" is not one, "UCL", "NIOO"
# a unit of the organisation before it, named after a slash (session 22): no employer of its own
_UNIT_RE = re.compile(r"(?i)\b(?:department|dept\.?|division|directorate|unit|team|section|office|branch|services)$")


def _organisation(name: str) -> bool:
    """A name that reads as an organisation's by itself: an organisation's word ("Acme Labs") or an
    acronym opening it ("FSU Jena"); not a sector or a theme ("Fintech", "Payments")."""
    return org_name(name) or bool(_ACRONYM_RE.match(name))


def co_employer(group: list[str], employer: str) -> str:
    """The second organisation of a header whose employer line names two, bar-separated, with no title
    on that line; "" when there is none (a place, a product, a sector or a department beside the name
    is not one)."""
    key = _key(employer)
    for line in group:
        if "|" not in line:
            continue
        parts = [p.strip(" ‐‑–—-") for p in header_parts(line)]
        names = [p for p in parts if p and not is_place(p)]
        if len(names) != 2 or any(is_role(p) for p in parts) or key not in (_key(n) for n in names):
            continue
        other = next(n for n in names if _key(n) != key)
        between = re.search(re.escape(names[0]) + r"\s*\|\s*" + re.escape(names[1]), line, re.IGNORECASE)
        hits = find_all_skills(other)
        if (between and len(other.split()) <= 6 and _organisation(other)
                and not (hits and sum(h.end - h.start for h in hits) >= 0.8 * len(other.replace(" ", "")))):
            return natural_case(_with_town(other, line))
    return ""


def _key(name: str) -> str:
    return re.sub(r"[\s‐‑–—-]+", " ", name.casefold()).strip()


def _with_town(name: str, line: str) -> str:
    """An acronym as the line writes it with the town that is part of the name ("FSU JENA", "TU Dresden":
    a university named by its town), where the header's parts cut the town off as a place."""
    if not _ACRONYM_RE.fullmatch(name):
        return name
    segment = next((s for s in line.split("|") if s.strip().startswith(name)), "")
    whole = re.sub(r"\s+", " ", DATE_RE.sub(" ", segment)).strip(" ‐‑–—-,")
    return whole if len(whole.split()) == 2 else name


def note_co_employer(walk, group: list[str], employer: str) -> None:
    """Record in ``walk`` (the CV walk of :mod:`core.analysis.cv`) the second employer a header names
    beside ``employer``, if any: an employer of its own, and the entry's skills hold for it too."""
    first, co = joint_employers(employer, getattr(walk, "text", ""))
    if co and _UNIT_RE.search(co) and not org_name(co):
        _rename(walk, employer, first)  # "BRIGHTWATER COUNCIL / HOUSING DEPARTMENT": the body, its unit no employer
        return
    if co:
        _rename(walk, employer, first)
        employer = first
    else:
        co = co_employer(group, employer)
    if co:
        walk.co_employers[employer] = co
        walk.employers.extend([co] if co not in walk.employers else [])


def joint_employers(employer: str, cv_text: str = "") -> tuple[str, str]:
    """The two organisations of a joint post named as one: ``(first, second)``, or ``(employer, "")``.

    With "&" ("University of Toronto & LAMAS"): each half an organisation by its words or an acronym, or
    one half a name a sentence of the CV gives as a place of work ("... projects at Tesla and Kyligence" for
    "Kyligence & Gaussian Robotics") and the other a capitalised name; so a firm named after its founders
    ("Ernst & Young", "Johnson & Johnson", "Bain & Company"), a legal form joined by "&" ("Lindauer GmbH & Co. KG",
    "Rossi & Cie") or a name whose halves are no names by
    themselves ("Bits & Bytes Consulting", "Outboost Media & Analytics") stays whole. With a spaced
    slash ("Pine Ridge Mobile Park / Lakeside Storage"): two names of two words or more each, neither a
    place nor a title, so "HP / Autonomy, Inc." (an acquisition, one employer) stays whole.
    """
    for joiner, split in ((" & ", _ampersand_pair), (" / ", _slash_pair)):
        halves = [h.strip() for h in employer.split(joiner)]
        if len(halves) == 2 and all(halves) and split(halves, cv_text):
            return halves[0], halves[1]
    return employer, ""


# the second half of a legal form joined by "&": "GmbH & Co. KG", "& Co. OHG", "& Cie", "& Co. Ltd", "& Company"
_LEGAL_TAIL_RE = re.compile(r"(?i)(?:co|cie|comp|company|compagnie)\.?(?:\s+(?P<form>\S.{0,12}))?")


def _legal_tail(half: str) -> bool:
    """Whether ``half`` is the tail of one organisation's legal form ("Co. KG", "Cie", "Co. Ltd"), no name."""
    m = _LEGAL_TAIL_RE.fullmatch(half.strip())
    return bool(m) and (not m.group("form") or has_legal_form("Name " + m.group("form")))


def _ampersand_pair(halves: list[str], cv_text: str) -> bool:
    if _legal_tail(halves[1]):
        return False  # "Lindauer Verlagsdienste GmbH & Co. KG", "Rossi & Cie": one firm's name and legal form
    if all(len(h.split()) <= 6 and _organisation(h) for h in halves):
        return True
    if _key(halves[0]) == _key(halves[1]) or not all(_proper_name(h) for h in halves):
        return False
    return any(_named_apart(h, cv_text) for h in halves)


def _slash_pair(halves: list[str], cv_text: str) -> bool:
    return all(len(h.split()) >= 2 and _proper_name(h) and "," not in h and not is_place(h) and not is_role(h)
               for h in halves)


# a word of a name: capitalised ("Gaussian", "RV", "McKinley", "3M") or a small joining word ("of", "de")
_NAME_WORD_RE = re.compile(r"(?:[A-Z0-9][\w'’.-]*|of|and|the|de|du|des|la|le|für|di|y)")


def _proper_name(half: str) -> bool:
    """A short name of capitalised words that is not one organisation's word alone ("Analytics", "Company")."""
    words = half.split()
    return (0 < len(words) <= 6 and words[0][:1].isupper() and all(_NAME_WORD_RE.fullmatch(w) for w in words)
            and not (len(words) == 1 and org_name(half)))


def _named_apart(name: str, cv_text: str) -> bool:
    """Whether the CV writes ``name`` by itself in a sentence as a place of work, after "at", "with", "for",
    "from" or "by", alone or as the last of a list ("Agile projects at Tesla and Kyligence"), not joined to
    another name by "&" or "/" ("Pulmonary and Critical Care Medicine" names a field, no employer)."""
    pattern = (r"\b(?:at|with|for|from|by)\s+(?:[A-Z][\w.'’-]*,?\s+){0,4}?(?:(?:and|&)\s+)?" + re.escape(name)
               + r"(?![\w'’])(?!\s*[&/])")
    return any(len(line.split()) >= 5 and re.search(pattern, line) for line in cv_text.splitlines())


def _rename(walk, old: str, new: str) -> None:
    """The walk's records of the entry just read under ``new`` instead of ``old``."""
    walk.employers = [new if e == old else e for e in walk.employers]
    walk.jobs = [(r, new if e == old else e) for r, e in walk.jobs]
    walk.entries = [(new if e == old else e, t) for e, t in walk.entries]
    walk.employer = new if walk.employer == old else walk.employer
