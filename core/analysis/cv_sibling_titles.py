"""CV entries written "Title - Employer" on one line whose title the reader could not tell for one (an acronym of a
team's function, "ICQA - Target Distribution"): when another entry of the same CV names the part after the dash as its
employer, the part before it is this entry's title, not an employer of its own (session 24). Used by
:mod:`core.analysis.cv` after the walk."""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

_DASH = r"\s+[-–—|]\s+"


def _header_line(lines: list[str], first: str, second: str) -> int:
    """The row of the line "``first`` - ``second``" (a dash, an en or em dash or a bar between), -1 if none."""
    pattern = re.compile(rf"^\W{{0,3}}{re.escape(first)}{_DASH}{re.escape(second)}\s*$", re.IGNORECASE)
    return next((i for i, line in enumerate(lines) if pattern.match(line.strip())), -1)


def titled_by_siblings(walk) -> None:
    """Rewrite ``walk`` (the CV walk of :mod:`core.analysis.cv`: its jobs, roles, employers, entries and the roles
    held to "Present") in place: a job read with no title whose employer ``E`` is written on a line "E - F", ``F``
    being another job's employer (one read with a title), becomes the job (E, F); ``E`` is then no employer unless
    another job names it. The line after the header tells whether its dates run to "Present"."""
    from core.analysis.cv_current import (
        PRESENT_RE,  # cv_current reads the walk's module, which reads this one
    )

    lines = walk.text.splitlines()
    titled = {e.casefold(): e for r, e in walk.jobs if r and e}
    for i, (role, employer) in enumerate(list(walk.jobs)):
        if role or not employer:
            continue
        for other in titled.values():
            row = _header_line(lines, employer, other) if other.casefold() != employer.casefold() else -1
            if row < 0:
                continue
            walk.jobs[i] = (employer, other)
            later = [r for r, _ in walk.jobs[i + 1:] if r in walk.roles]
            walk.roles.insert(walk.roles.index(later[0]) if later else len(walk.roles), employer)
            if any(PRESENT_RE.search(line) for line in lines[row:row + 2]):
                walk.present_roles.append(employer)
            if not any(e == employer for _, e in walk.jobs):
                walk.employers = [e for e in walk.employers if e != employer]
            walk.entries = [(other if e == employer else e, t) for e, t in walk.entries]
            walk.achievement_employer = {a: (other if e == employer else e) for a, e in walk.achievement_employer.items()}
            logger.debug("%r read as the title at %r (another entry names it)", employer, other)
            break
