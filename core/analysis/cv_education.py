"""CV education sections read line by line: the schools each line names (:mod:`core.analysis.cv_schools` tells a
school's name on a line), a name a PDF broke over two lines joined again. Used by :mod:`core.analysis.cv`."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_entry_bounds import is_body
from core.analysis.cv_layout import CvLine
from core.analysis.cv_schools import (
    COURSES_RE,
    continued_school,
    in_passing,
    school_abbreviation,
    school_after_at,
    school_before_place,
    school_name,
)

logger = logging.getLogger(__name__)


def education_line(line: CvLine, schools: list[str], recent: list[str]) -> list[str]:
    """Reads one line of an education section: adds the schools it names to ``schools`` (in place, each once)
    and returns ``recent``, the last three lines read there, with this one."""
    if is_body(line) and len(line.text.split()) > 20:
        return recent
    # "University: Port City International University, ..." (a form's label before the name); a
    # table row "B.E | RAMCO INSTITUTE OF TECHNOLOGY | ANNA UNIVERSITY | 2020" names two
    text = re.sub(r"^(?:university|institute|institution|school|college)\s*:\s*", "", line.text, flags=re.I)
    if COURSES_RE.match(text):
        return recent  # "Courses Taken: Neuroscience Research Lab, Neurobiology": classes, no school
    recent = [*recent[-2:], text]
    before = " ".join(recent[:-1])
    if schools and (joined := continued_school(schools[-1], text)):
        schools[-1] = joined  # "University of Maryland" / "Baltimore County (UMBC)": one name a PDF broke
        return recent
    for part in text.split(" | ") if text.count(" | ") >= 2 else [text]:
        school = (school_name(part) or school_abbreviation(part, before) or school_after_at(part)
                  or school_before_place(part, recent[-2] if len(recent) > 1 else ""))
        if school and school not in schools and not in_passing(part, school, 3 if line.bullet else 4):
            schools.append(school)
    return recent
