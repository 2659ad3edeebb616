"""A job header written "Role– Employer; Town" (the dash glued to the part before it, a semicolon before the town):
which part is the title and which the employer. Used by :mod:`core.analysis.cv_entries`."""

from __future__ import annotations

import re

from core.analysis.cv_header_parts import titled
from core.analysis.cv_lines import DATE_RE, WORK_MODE_RE, is_place, natural_case

# "After School Robotics CREW– Brightpath; Austin, TX | Sept 2017 – Present": a part, a dash glued to its last
# word, a second part, a semicolon, then the town (its dates after a bar or a tab, if any)
_GLUED_DASH_RE = re.compile(r"^(?P<first>[^–—|;:]{2,80}?\S)[–—-]\s*(?P<second>[^–—|;:]{2,80}?)\s*;\s*"
                            r"(?P<town>[^;|\t]{2,60}?)\s*(?:[|\t].*)?$")


def glued_dash_pair(group: list[str]) -> tuple[str, str] | None:
    """(title, employer) of a header whose first line is "Role– Employer; Town": the part after the dash is the
    title when it is one or a kind of engagement ("Harlow Hospital- Internship; Galveston, TX") and the part
    before it is no title; else the part before the dash is the title and the part after it the employer. None when
    the group's first line has another layout, its town is no place or a part holds a date."""
    m = _GLUED_DASH_RE.match(group[0].strip()) if group else None
    if not m or not is_place(DATE_RE.sub(" ", m.group("town")).strip(" ,")):
        return None
    first, second = m.group("first").strip(), m.group("second").strip()
    if DATE_RE.search(first) or DATE_RE.search(second) or not re.search(r"[A-Za-z]{2}", second):
        return None
    if (titled(second) or WORK_MODE_RE.match(second)) and not titled(first):
        return natural_case(second), first
    return natural_case(first), second
