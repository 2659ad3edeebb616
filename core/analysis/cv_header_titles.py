"""CV entry headers, the titles a header's line holds beside its first: two titles joined by a dash held as one
post, a title's bracketed stack left out, and the employer of a header whose other parts were all set aside (split
from :mod:`core.analysis.cv_entries` in session 22, no change). Used by :mod:`core.analysis.cv_entries`."""

from __future__ import annotations

import re

from core.analysis.cv_entry_kinds import is_project
from core.analysis.cv_header_parts import line_parts, skill_only


def dashed_titles(role: str, second: str, line: str) -> str:
    """Two titles joined by a dash, held as one post ("Production Planner - Shipping Coordinator"): the title
    as written, when the header names its employer in another part; else the first title."""
    joined = re.search(re.escape(role) + r"\s+[–—-]\s+" + re.escape(second) + r"(?=\s*(?:[,|(–—]|$))", line)
    return joined.group(0) if joined else role


def without_stack(role: str) -> str:
    """A title without the stack it names in brackets ("Database Kernel R&D(Golang/Rust)" -> "Database
    Kernel R&D"); a bracket of anything else stays ("Research Assistant (Part time)", "Class Teacher
    (Year 4)")."""
    m = re.search(r"\s*\(([^()]+)\)$", role)
    if m and all(skill_only(p.strip()) for p in re.split(r"[/,&]", m.group(1)) if p.strip()):
        return role[: m.start()].rstrip()
    return role


def fallback_employer(products: list[tuple[int, str]], leading: list[tuple[int, str]],
                       group: list[str]) -> list[tuple[int, str]]:
    """The employer of a header whose only other parts were set aside: a company named like its product
    ("Account Executive at Salesforce", "Intercom, Dublin  2017 - 2020") when it stands alone on its
    line (not a tag line "Kotlin | Postgres"), else a one-word name that is also a town, written
    first before the title ("Gap | Stock Associate | 2017 - 2019")."""
    if any(is_project(p) for line in group for p in line_parts(line)):
        return []  # "Contributor - Puppeteer, Open Source Google Project": a project's product, no employer
    lone = [p for p in products if sum(q[0] == p[0] for q in products) == 1]
    return lone[:1] or leading[:1]


def listed_titles_apart(candidates: list[tuple[int, str]], role_line: int, group: list[str]) -> list[tuple[int, str]]:
    """A header's candidate employers without the last item of a list of titles on the title's line ("Tractor Driver,
    Mechanic, Wrangler" under "Hillside Orchards, Grower, April 2001 – December 2010": the duties a post named, one
    of them a title the lexicon lacks), when another line of the header names a candidate. The list is three or more
    parts a comma parts, every other part of it a title, the item one or two words with no organisation's word or
    legal form. Session 22."""
    from core.analysis.cv_header_parts import org_name, titled

    if not any(i != role_line for i, _ in candidates) or not 0 <= role_line < len(group):
        return candidates
    items = [p.strip() for p in group[role_line].split(",") if p.strip()]

    def listed(part: str) -> bool:
        others = [p for p in items if p != part]
        return (len(items) >= 3 and part in items and len(part.split()) <= 2 and not org_name(part)
                and all(titled(p) for p in others))
    return [c for c in candidates if c[0] != role_line or not listed(c[1])]
