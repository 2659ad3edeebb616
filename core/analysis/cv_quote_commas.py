"""A name whose comma may be its own: which of two names on a header line is the employer, when the line says no
title (session 22, issue 15 point 3: the interviewer names an employer only when the CV shows it).

"Revenue Management, Remote Solutions | August 2015 - Present" over "Revenue Manager": the line holds two names
and no title, and a comma parts them; it may be one name with a comma inside (a unit's name the way the company
writes it), a unit and its parent, or a parent and its unit. The line does not say which, so neither half is said
as the employer. A place ("Cinemark, Orem, UT"), a date, a work mode ("Remote"), a title or a legal form's part after
the comma ("Acme, Inc.") leaves the name whole, and a name with a legal form of its own ("Acme Ltd, Finance")
ends where the legal form does. Used by :mod:`core.analysis.cv_trust`.
"""

from __future__ import annotations

import re

from core.analysis.cv_entry_bounds import DATE_RANGE_RE, HEADER_MAX_WORDS
from core.analysis.cv_lang import has_legal_form
from core.analysis.cv_names import legal_form_name

# a work mode, a "present", or a legal form's part written after a comma ("Acme, Inc.", "Acme, LLC"): never a name
_NOT_NAME_RE = re.compile(r"(?i)^(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|freelance|temporary|"
                          r"permanent|present|current|inc|ltd|llc|llp|plc|corp|co|gmbh|ag|sa|s\.a|bv|nv|pty|limited)\.?$")
# a part of a line between separators (a comma, a bar, a bullet, a spaced dash)
_SEPARATOR_RE = re.compile(r"\s*(?:[|·•;–—]|\s-\s)\s*")


def _name_like(part: str) -> bool:
    """Whether a header line's part reads as a name: one to five words opening in capitals, none of them a date,
    and the part no place, title, work mode or legal form's part."""
    from core.analysis.cv_lines import is_place, is_role

    part = part.strip(" .*_#`>()[]")
    words = part.split()
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or re.search(r"\d", part):
        return False
    return not (_NOT_NAME_RE.match(part) or is_place(part) or is_role(part)
                or all(is_place(w) or re.fullmatch(r"[A-Z]{2}", w) for w in words))


def _comma_neighbour(line: str, span: tuple[int, int]) -> bool:
    """Whether the name at ``span`` of ``line`` stands in one of the line's parts beside another name with only a
    comma between them ("Revenue Management, Remote Solutions")."""
    before = re.split(r",\s*$", line[: span[0]])
    after = re.match(r"^\s*,\s*", line[span[1]:])
    if len(before) == 2 and _name_like(_SEPARATOR_RE.split(before[0])[-1].split(",")[-1]):
        return True
    return bool(after) and _name_like(_SEPARATOR_RE.split(line[span[1] + after.end():])[0].split(",")[0])


def comma_parted(employer: str, cv_text: str, roles: tuple[str, ...] | list[str] = ()) -> bool:
    """Whether every dated header line of ``cv_text`` that holds ``employer`` holds it beside another name, a comma
    between them, and names none of ``roles`` (the titles read from the CV): the line does not say which name is
    the employer's, or whether the comma is inside one name. False for a name with a legal form of its own
    ("Acme Ltd"), and when no dated header line holds the name (another check's concern)."""
    employer = (employer or "").strip()
    if not employer or has_legal_form(employer) or legal_form_name(employer):
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(employer)}(?!\w)", re.IGNORECASE)
    titles = [r.strip() for r in roles if r and r.strip()]
    found = []
    for raw in (cv_text or "").splitlines():
        line = " ".join(re.sub(r"[*_#`>]+", " ", raw).split())
        match = pattern.search(line)
        if match and DATE_RANGE_RE.search(line) and len(line.split()) <= HEADER_MAX_WORDS + 4:
            titled = any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", line, re.IGNORECASE) for t in titles)
            found.append(not titled and _comma_neighbour(line, match.span()))
    return bool(found) and all(found)
