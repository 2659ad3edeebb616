"""CV education sections read line by line: the schools each line names (:mod:`core.analysis.cv_schools` tells a
school's name on a line), a name a PDF broke over two lines joined again. Used by :mod:`core.analysis.cv`."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_entry_bounds import DATE_RANGE_RE, is_body
from core.analysis.cv_lang import has_legal_form
from core.analysis.cv_layout import CvLine
from core.analysis.cv_lines import header_parts, is_place, is_role
from core.analysis.cv_schools import (
    _DEGREE_ABBREVIATIONS,
    _DEGREE_WORD_RE,
    _FIELD_WORD_RE,
    _GRADE_RE,
    COURSES_RE,
    _short_form_town,
    continued_school,
    in_passing,
    school_abbreviation,
    school_after_at,
    school_before_place,
    school_name,
    studied,
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


# a qualification's line: a degree ("BSc", "Grado Superior", "Abitur"), or a certificate, course or bootcamp
_QUALIFICATION_RE = re.compile(r"(?i)^(?:associate|certificate|certification|diploma|course|curso|bootcamp)\b|"
                               r"\b(?:certification|bootcamp)$")
# words of a line beside a degree that name no institution: a distinction, a grade, a subject's detail
_NOT_INSTITUTION_RE = re.compile(r"(?i)\b(?:honou?rs|class|grade|gpa|cgpa|distinction|merit|cum laude|dean|award|"
                                 r"scholarship|thesis|coursework|courses?|minor|major|focus|concentration|exchange|"
                                 r"semester|years?|list|score|average)\b")
_NAME_WORD_RE = re.compile(r"[A-ZÀ-Ý0-9][\w'’.&-]*|&|of|de|del|la|y|and|für|der|di")


def _qualification(text: str) -> bool:
    return bool(_DEGREE_WORD_RE.search(text) or _QUALIFICATION_RE.search(text.strip(" .")))


def _named_beside(text: str) -> str:
    """The one name a line gives beside its dates or its town ("IES Hermanos Machado | 2024 - 2025", "Activa
    Training Center - Miami"): one to six capitalised words, no qualification, distinction, title or field
    of study; "" otherwise (a line that is its name alone is not enough: "Phi Beta Kappa")."""
    parts = header_parts(text)
    names = [p for p in parts if not is_place(p)]
    if len(names) != 1 or not (DATE_RANGE_RE.search(text) or len(parts) > 1):
        return ""
    name = names[0]
    if len(parts) == 1:  # "IES Hermanos Machado | 2024 - 2025": no town apart, so none run into the name either
        name = next((w.strip() for w in re.split(r"\s*[|,;]\s*|\s+[–—-]\s+", text) if w.strip().startswith(name)), name)
    words = name.split()
    if (not 1 <= len(words) <= 6 or not all(_NAME_WORD_RE.fullmatch(w) for w in words) or _qualification(name)
            or _NOT_INSTITUTION_RE.search(name) or is_role(name) or _FIELD_WORD_RE.search(name)):
        return ""
    return name


def _school_beside_degree(recent: list[str]) -> str:
    """The institution of an education entry whose name has no institution word, written on the line next to the
    qualification's, with its dates or its town ("IES Hermanos Machado | 2024 - 2025" over "Grado Superior en
    Desarrollo Web"; "Certificate: Medical Billing" over "Northside Training Center - Miami"): the name, when
    neither line names a school the usual way; "" otherwise."""
    if len(recent) < 2:
        return ""
    prev, text = recent[-2], recent[-1]
    if any(school_name(t) or school_after_at(t) or _school_from(t) for t in (prev, text)):
        return ""
    if _qualification(text) and not _qualification(prev):
        return _named_beside(prev)
    if _qualification(prev) and not _qualification(text):
        return _named_beside(text)
    return ""


# "02/2019 – 12/2019 | ": an education line's dates before a bar
_DATES_BAR_RE = re.compile(r"^[^|]*\d{4}[^|]*\|\s*")


def _school_last(text: str) -> str:
    """The school an education line writes last, after a comma or a dash, with no institution word in its name:
    a short form and its town ("Bachelor in Informatik, ETH Zürich (1 Semester)" -> "ETH Zürich", "Matura - KV
    Obertal") or a private school's name up to its legal form ("Diplom Controlling, Muster Akad AG Zürich" ->
    "Muster Akad AG"); "" otherwise."""
    parts = re.split(r",\s+|\s+[–—-]\s+", _DATES_BAR_RE.sub("", text.strip()))
    if len(parts) < 2:
        return ""
    last = re.sub(r"\s*\([^()]*\)", "", parts[-1]).strip(" .")
    if alone := _short_form_town(last):
        return alone
    words = last.split()
    ends = [i for i in range(2, len(words) + 1) if has_legal_form(" ".join(words[:i]))]
    name = words[:ends[0]] if ends else []  # each word of the name before its legal form a capital ("Lernwerk AG")
    return " ".join(name) if name and all(w[:1].isupper() or w == "&" for w in name[:-1]) else ""


def _run_on(school: str, before: str, text: str) -> str:
    """The school's whole name when the line before broke it after a small word ("Freie Fachschule für" over
    "Sozialpädagogik"): the two lines read as one name that starts with the one read before; "" otherwise."""
    if not re.search(r"\s(?:für|of|for|de|di|der|des|and|und|et|y)$", before.strip()) or DATE_RANGE_RE.search(text):
        return ""
    whole = school_name(f"{before.strip()} {text.strip()}")
    return whole if whole.startswith(school) and len(whole) > len(school) else ""


def _school_cell(cell: str) -> str:
    """The school a table's cell names before its town ("ZBW, St. Gallen", "Muster & Co AG, Wil"): a short form
    of capitals that is no degree, or a name up to its legal form, then a place after the comma; "" otherwise."""
    head, sep, town = cell.strip(" *|").partition(",")
    head, town = head.strip(" *"), town.strip(" *")
    if not sep or not (is_place(town) or re.fullmatch(r"[A-ZÄÖÜ][\w.]*(?:\s[A-ZÄÖÜ][\w.]*)?", town)):
        return ""
    if re.fullmatch(r"[A-Z]{2,6}", head) and head not in _DEGREE_ABBREVIATIONS:
        return head
    return _school_last(f"x, {head}") if has_legal_form(head) else ""


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
    if schools and (joined := continued_school(schools[-1], text) or _run_on(schools[-1], recent[-2] if len(recent) > 1 else "", text)):
        schools[-1] = joined  # "University of Maryland" / "Baltimore County (UMBC)": one name a PDF broke
        return recent
    cells = text.split(" | ") if text.count(" | ") >= 2 else [text]
    for part in cells:
        school = (_school_cell(part) if len(cells) > 1 else "") or (school_name(part) or school_abbreviation(part, before) or school_after_at(part)
                  or school_before_place(part, recent[-2] if len(recent) > 1 else "") or _school_from(part)
                  or (_labelled_school(part) if labelled else "") or ("" if line.bullet else _school_last(part)))
        if school and school not in schools and not in_passing(part, school, 3 if line.bullet else 4):
            schools.append(school)
    beside = _school_beside_degree(recent) if not line.bullet else ""
    if beside and beside not in schools:
        schools.append(beside)
    return recent


def study_school(group: list[str]) -> str:
    """The school of a course of study written among the jobs ("Oktober 2021 - heute" / "Studium der Physik" /
    "Universität Obertal"; "Duales Studium" / "Polizei Nord"): the name a line gives the usual way, else the last
    line that is no date, no study line and no run-on of one (a capital first); "" when none."""
    named = [school_name(g) for g in group if school_name(g)]
    if named:
        return named[0]
    rest = [g for g in group if not DATE_RANGE_RE.search(g) and not studied(g) and g[:1].isupper()]
    return rest[-1].strip() if rest and len(rest[-1].split()) <= 6 else ""
