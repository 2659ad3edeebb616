"""The part of the latest CV entry the opener may name when it may not name both (session 17, issue 15).

"You're currently {role} at {employer}" needs both readings sure (:func:`core.analysis.cv_trust.quotable_facts`'
``current_job``). When only one of them is, the opener names that one ("your time at Kestrel Freight Ltd", "your
time as Shift Supervisor") rather than either a wrong pair or nothing: saying less, never saying wrong.
:func:`opener_parts` returns ``(role, employer)`` with the unsure side "" (both "" when neither is sure).

Each side needs independent evidence that it is the latest entry's own, beyond its text's shape:

- the employer: quotable and confident as an employer (:func:`core.analysis.cv_confidence.confident`), of the
  entry the reading takes as the latest (the first one, or the last one of a CV listed oldest first whose
  date range ends last), with a date range written within :data:`~core.analysis.cv_confidence.DATED_LINES`
  lines of its name (where an entry's header is);
- the title: quotable (:func:`core.analysis.cv_trust.quotable_role`), no note in brackets and no comma, the
  title of that same latest entry (the current-title reading and the entry's agree), a date range by it, and no
  date range written above its entry (:func:`first_dated`: no other entry's dates and body above it).

Measured (session 17) where the full opener was not quoted: the employer alone right on 12 of 14 openers of the
dev corpus and fresh sets 13, 15 and 16, and 4 of 4 of the fresh sets read by the reader of before their tuning;
the title alone, before :func:`first_dated` and the comma, 5 of 7 and 0 of 3 (an older entry's title read as the
latest, a study's); with them 5 of 5 and 0 of 0.
"""

from __future__ import annotations

import re

from core.analysis import cv_confidence as conf
from core.analysis import cv_confidence_cues as new_shape
from core.analysis.cv_entry_bounds import DATE_RANGE_RE, HEADER_MAX_WORDS
from core.analysis.cv_lang import rows_holding

_NOTE_RE = re.compile(r"[()\[\],]")  # a title's note: "Engineer (Contract)", "Staff Nurse, Paediatric Ward"


def latest_index(jobs: list, cv_text: str) -> int | None:
    """The index in ``jobs`` ((role, employer) pairs in CV order) of the latest entry: the last one when its date
    range ends last and the first one's does not (a CV listed oldest first), else the first; None without jobs."""
    if not jobs:
        return None
    first, last = tuple(jobs[0]), tuple(jobs[-1])
    if len(jobs) > 1 and new_shape.latest_dated(*last, jobs, cv_text) and not new_shape.latest_dated(*first, jobs, cv_text):
        return len(jobs) - 1
    return 0


def _dated_near(value: str, cv_text: str) -> bool:
    """Whether a date range is written within :data:`~core.analysis.cv_confidence.DATED_LINES` lines of a line
    that holds ``value``: where an entry's header is."""
    raw, folded = conf._lines(cv_text)
    return conf._dated(raw, conf._where(folded, value))


def sure_title(title: str, entry_role: str, cv_text: str) -> bool:
    """Whether the current title may be quoted alone: quotable, with no note in brackets ("Frontend Engineer
    (Full-time)", "Koordinatorin (Verwaltung)": the reader's cut of a title and its note is unsure), the title of
    the latest entry too (the headline's reading and the entry's agree), a date range by it, and no entry dated
    above it (:func:`first_dated`). No comma: "Freelancer, Upwork" is a title and an employer read as one."""
    from core.analysis.cv_trust import quotable_role

    return bool(title and conf._fold(title) == conf._fold(entry_role or "") and quotable_role(title, cv_text)
                and not _NOTE_RE.search(title) and _dated_near(title, cv_text) and first_dated(title, cv_text))


def first_dated(value: str, cv_text: str) -> bool:
    """Whether no other entry's date range is written above the first line holding ``value``: every date range
    above it has only header lines between it and ``value`` (its own entry's dates, written over its title), no
    bullet or sentence of an entry's body. The CV's first dated entry is the latest one of a CV listed newest first;
    a title read under another dated entry may be an older job's or a study's ("Doctorant en Géophysique")."""
    raw, folded = conf._lines(cv_text)
    rows = conf._where(folded, value)
    if not rows:
        return False
    for j in range(rows[0]):
        if DATE_RANGE_RE.search(raw[j]) and any(_body(line) for line in raw[j + 1 : rows[0]]):
            return False
    return True


def _body(line: str) -> bool:
    """Whether ``line`` is an entry's body: a bullet, or a line longer than a header."""
    text = line.strip()
    return bool(re.match(r"[-•*▪◦●·–]\s", text)) or len(text.split()) > HEADER_MAX_WORDS


# a study's title, its head noun last (English, German) or first (French, Spanish, Italian, Portuguese):
# "Undergraduate Student", "PhD Candidate", "Doktorand", "Doctorant en Géophysique", "Estudiante de Derecho";
# not a student's job ("Student Assistant", "Studentischer Mitarbeiter", "Werkstudent")
_STUDY_TITLE_RE = re.compile(
    r"(?i)^(?:[\w.'’-]+\s+){0,3}(?:students?|ph\.?\s?d\.?\s+candidate|doktorand(?:in)?|studierende[r]?|sch[üu]ler(?:in)?|pupil)$"
    r"|^(?:doctorant|doctorante|[ée]tudiant|[ée]tudiante|estudiante|studente|studentessa|estudante|alumn[oa]|doctorand[oa])\b"
)


def study_title(title: str) -> bool:
    """Whether ``title`` is a student's, not a job's (:data:`_STUDY_TITLE_RE`)."""
    return bool(_STUDY_TITLE_RE.search((title or "").strip()))


# a course listed as an entry (session 22b): "Coding Bootcamp Student", "Enrolled in Data Analytics Course"; not a
# post in one ("Bootcamp Instructor", "Course Coordinator", "Teaching Assistant, Web Bootcamp")
_COURSE_RE = re.compile(r"(?i)\b(?:boot\s?camps?|courses?|coursework|enrol(?:l)?(?:ed|ment))\b")
_COURSE_POST_RE = re.compile(r"(?i)\b(?:instructor|teacher|tutor|assistant|mentor|coach|coordinator|manager|director|"
                             r"lead|grader|facilitator|developer|designer|administrator|advisor|adviser|organi[sz]er|"
                             r"management|administration|operations|support|officer|specialist)s?\b")


def course_title(title: str) -> bool:
    """Whether ``title`` is a course's, a bootcamp's or an enrolment's with no post's noun (:data:`_COURSE_RE`,
    :data:`_COURSE_POST_RE`): never the current job (a student's research post, "Research Student", may be)."""
    title = (title or "").strip()
    return bool(_COURSE_RE.search(title) and not _COURSE_POST_RE.search(title))


def sure_employer(employer: str, facts: dict, cv_text: str) -> bool:
    """Whether the latest entry's employer may be quoted alone: quotable, confident as an employer
    (:func:`core.analysis.cv_confidence.confident`) and a date range by its name."""
    from core.analysis.cv_trust import quotable_employer

    return bool(employer and quotable_employer(employer, cv_text, tuple(facts.get("roles") or ()), facts.get("jobs") or ())
                and conf.confident("employer", conf.employer_cues(employer, facts, cv_text)) and _dated_near(employer, cv_text))


def _older(job: tuple[str, str], facts: dict, cv_text: str) -> bool:
    """Whether another entry read has a date range that ends after that of ``job``'s entry (a CV listed oldest first
    whose first entry the reading took as the current one)."""
    lines = (cv_text or "").splitlines()
    own = new_shape._end_near(lines, rows_holding(lines, job[1]) + rows_holding(lines, job[0]), 3)
    if own is None:
        return False
    others = [new_shape._end_near(lines, rows_holding(lines, e), 3) for _, e in facts.get("jobs") or []
              if e and conf._fold(e) != conf._fold(job[1])]
    return any(end is not None and end > own for end in others)


def opener_parts(current_job: tuple[str, str], facts: dict, cv_text: str) -> tuple[str, str]:
    """``(role, employer)`` the opener may name: ``current_job`` when both are sure (quotable_facts' pair, after the
    confidence gate) and no other entry's date range ends after its own (:func:`_older`, session 18: a CV listed
    oldest first), else the latest entry's sure side alone, the other ""; ("", "") when neither is sure, no
    entry was read, the latest entry is older than another, or the title is a student's (:func:`study_title`: a study read as the latest job). ``facts``: :func:`core.analysis.cv.extract_cv_facts`' output."""
    if study_title(current_job[0] or facts.get("current_title") or ""):
        return ("", "")  # a study read as the latest job: neither its title nor its school is an employer's
    if all(current_job) and not _older(current_job, facts, cv_text):
        # a note in brackets or after a comma ("Frontend Engineer (Full-time)", "Circulation Staff, Wyndham Library"):
        # where the title ends is unsure, the employer the opener's gate passed is not: the employer alone
        return ("", current_job[1]) if _NOTE_RE.search(current_job[0]) else current_job
    jobs = [tuple(job) for job in facts.get("jobs") or []]
    index = latest_index(jobs, cv_text)
    if index is None or not cv_text:
        return ("", "")
    role, employer = jobs[index]
    title = facts.get("current_title") or ""
    if title and role != title and any(job[0] == title for job in jobs[index + 1:]):
        return ("", "")  # session 21: the reading holds a later entry as the current one (of two posts running to now)
    if _older((role, employer), facts, cv_text):
        return ("", "")  # an older entry than another the CV dates later: no latest entry to name
    return ("" if not sure_title(title, role, cv_text) else title,
            "" if not sure_employer(employer, facts, cv_text) else employer)
