"""CV education sections read line by line: the schools each line names (:mod:`core.analysis.cv_schools` tells a
school's name on a line), a name a PDF broke over two lines joined again. Used by :mod:`core.analysis.cv`."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_entry_bounds import is_body
from core.analysis.cv_layout import CvLine
from core.analysis.cv_lines import header_parts, is_place
from core.analysis.cv_schools import (
    _DEGREE_WORD_RE,
    _GRADE_RE,
    COURSES_RE,
    continued_school,
    in_passing,
    school_abbreviation,
    school_after_at,
    school_before_place,
    school_name,
)

logger = logging.getLogger(__name__)


# a form's label before the institution's name ("Institution: Osco Pharmacy", "University: Port City University")
_LABEL_RE = re.compile(r"^(?:university|institute|institution|school|college)\s*:\s*", re.IGNORECASE)


def _labelled_school(text: str) -> str:
    """The institution a form's label gives ("Institution: Osco Pharmacy, Harvard, IL" -> "Osco Pharmacy"),
    whatever its words: its first part, when that is a name and no place; "" otherwise."""
    parts = header_parts(text)
    name = parts[0] if parts else ""
    return name if name[:1].isupper() and not is_place(name) and len(name.split()) <= 8 else ""


# "Curso RRHH from Servicio Nacional de Aprendizaje SENA, 2021-08-01 - 2021-08-01" (a JSON Resume's education entry
# as the app reads it, and as people write it): what was studied, "from", the institution up to a comma or the end
_FROM_RE = re.compile(r"^[^|,]{2,80}?\s+from\s+(?P<name>[A-ZÀ-Ý][^,|()]{1,80}?)\s*(?:,|\(|$)")


def _school_from(text: str) -> str:
    """The institution an education line names after "from" though no institution word is in its name ("Curso
    RRHH from Politecnico superior de Colombia, 2020"): up to eight words, no place, degree or grade; "" otherwise."""
    m = _FROM_RE.match(text.strip())
    name = m.group("name").strip() if m else ""
    if not name or len(name.split()) > 8 or is_place(name) or _DEGREE_WORD_RE.search(name) or _GRADE_RE.search(name):
        return ""
    return name


def education_line(line: CvLine, schools: list[str], recent: list[str]) -> list[str]:
    """Reads one line of an education section: adds the schools it names to ``schools`` (in place, each once)
    and returns ``recent``, the last three lines read there, with this one."""
    if is_body(line) and len(line.text.split()) > 20:
        return recent
    # "University: Port City International University, ..." (a form's label before the name); a
    # table row "B.E | RAMCO INSTITUTE OF TECHNOLOGY | ANNA UNIVERSITY | 2020" names two
    text = _LABEL_RE.sub("", line.text)
    labelled = text != line.text
    if COURSES_RE.match(text):
        return recent  # "Courses Taken: Neuroscience Research Lab, Neurobiology": classes, no school
    recent = [*recent[-2:], text]
    before = " ".join(recent[:-1])
    if schools and (joined := continued_school(schools[-1], text)):
        schools[-1] = joined  # "University of Maryland" / "Baltimore County (UMBC)": one name a PDF broke
        return recent
    for part in text.split(" | ") if text.count(" | ") >= 2 else [text]:
        school = (school_name(part) or school_abbreviation(part, before) or school_after_at(part)
                  or school_before_place(part, recent[-2] if len(recent) > 1 else "") or _school_from(part)
                  or (_labelled_school(part) if labelled else ""))
        if school and school not in schools and not in_passing(part, school, 3 if line.bullet else 4):
            schools.append(school)
    return recent
