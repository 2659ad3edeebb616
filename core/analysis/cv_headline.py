"""CV headline: the title a CV states under its name ("Ann Lee" / "PhD candidate" / "Contact") or opens its
profile with ("Staff software engineer with a passion for ..."), used as the current title when no job entry
gives one (a student, a career changer whose entries are projects or events), and a post its top lines state
("Security Consultant Intern at Northwind.") put first among the jobs. Used by :mod:`core.analysis.cv`."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_current import current_title
from core.analysis.cv_entries import CONTACT_RE, ROLE_WORD_END_RE
from core.analysis.cv_layout import CvLine
from core.analysis.cv_lines import is_role, natural_case, section_kind

logger = logging.getLogger(__name__)

# a research student's standing, which the role lexicon has no word for
_CANDIDATE_RE = re.compile(r"(?i)^(?:phd|ph\.d\.|doctoral|doctorate|master'?s|msc|mphil|dphil)\s+(?:candidate|student|researcher)$")
_TOP_LINES = 4  # the name (one or two lines), the headline, a contact line


def top_title(lines: list[CvLine]) -> str:
    """The short title line among the CV's first lines, before any section heading: a job title ("Data
    Analyst") or a research student's standing ("PhD candidate"); "" when there is none."""
    filled = [line for line in lines if line.text][:_TOP_LINES]
    for line in filled[1:]:  # the first line is the name
        text = line.text.strip()
        if section_kind(text):
            return ""
        if len(text.split()) > 5 or CONTACT_RE.search(text) or re.search(r"\d", text):
            continue
        if _CANDIDATE_RE.match(text) or (is_role(text) and ROLE_WORD_END_RE.search(text)):
            return text
    return ""


_HEADLINE_RE = re.compile(
    r"^(?:(?:i am|i'm)\s+)?(?:an?\s+)?(?:(?:passionate|experienced|seasoned|dedicated|motivated|results-driven|"
    r"detail-oriented|creative|enthusiastic|certified|accomplished|highly|self-taught|versatile|driven|aspiring|"
    r"knowledgeable|reliable|dependable|hard-?working|compassionate|diligent|proactive|innovative|committed|skilled)"
    r",?(?:\s+and)?\s+)*"
    r"(?P<title>(?:[A-Za-z][\w+#./&-]*\s+){0,4}?[A-Za-z][\w-]*)"
    r"(?=\s+(?:with|who|at|passionate|specializ|specialis|focused|experienced|skilled|having|and\s+\w+ing)\b|[,.]\s)",
    re.IGNORECASE,
)


_STUDENT_RE = re.compile(r"(?i)\b(?:student|undergraduate|graduate|pupil|learner)$")


def headline_title(lines: list[CvLine]) -> str:
    """The title a CV with no job title opens its profile with: "Staff software engineer with a passion
    for ..." -> "Staff software engineer", "Passionate Software Engineer with ..." -> "Software
    Engineer"; "" when the opening sentence names no role."""
    for line in lines[:25]:
        if not line.text or section_kind(line.text) or CONTACT_RE.search(line.text):
            continue
        if len(line.text.split()) < 6:
            continue
        m = _HEADLINE_RE.match(line.text)
        title = m.group("title") if m else ""
        # "a computer engineering student at X": studying is no job held
        # "Trilingual/Multilingual and a Self-taught programmer": two descriptions joined, no title
        if (title and is_role(title) and ROLE_WORD_END_RE.search(title) and not _STUDENT_RE.search(title)
                and not re.search(r"(?i)\band\s+an?\b", title)):
            return title
        return ""
    return ""


# a post the CV's top lines state: "Cybersecurity Consultant at Northwind." under the name
_POST_AT_RE = re.compile(r"^(?:currently\s+)?(?P<role>[^,;:|@]{3,60}?)\s+(?:at|@)\s+(?P<org>[A-Z0-9][^,;:|]{1,50}?)\s*\.?$",
                         re.IGNORECASE)


def top_post(lines: list[CvLine]) -> tuple[str, str]:
    """(title, employer) of a post a line among the CV's first lines states, before any section heading: a title
    ending in a role word, "at" and a name in capitals ("CYBERSECURITY CONSULTANT INTERN AT ATOS.", "Data Engineer
    at Northwind"), no student's standing; ("", "") when there is none."""
    filled = [line for line in lines if line.text][:_TOP_LINES + 1]
    for i, line in enumerate(filled):
        text = line.text.strip()
        if section_kind(text) or re.search(r"(?:19|20)\d\d", text):
            break  # a heading or a dated line: the entries have begun
        if not i:
            continue  # the first line is the name
        if i + 1 < len(filled) and re.search(r"(?:19|20)\d\d", filled[i + 1].text):
            break  # "Data Analyst at Growth" over its dates: an entry's header, no headline
        m = _POST_AT_RE.match(text) if len(text.split()) <= 10 and not CONTACT_RE.search(text) else None
        if not m or not m.group("org")[:1].isupper():
            continue
        role, org = m.group("role").strip(), m.group("org").strip()
        if (is_role(role) and ROLE_WORD_END_RE.search(role) and not _STUDENT_RE.search(role)
                and not _CANDIDATE_RE.match(role) and len(org.split()) <= 5):
            return role, org
    return "", ""


def post_on_top(walk, lines: list[CvLine], text: str) -> None:
    """A post the CV's top lines state ("Security Consultant Intern at Northwind.", :func:`top_post`) whose
    employer no entry names, when no entry runs to now: the current job, put in ``walk`` (the CV walk of
    :mod:`core.analysis.cv`: its jobs, roles and employers) before the entries."""
    role, employer = top_post(lines)
    if not role or any(_fold_name(employer) == _fold_name(e) for e in walk.employers) or (
            current_title(walk, text) in walk.present_roles):
        return
    role, employer = natural_case(role), natural_case(employer)
    walk.jobs.insert(0, (role, employer))
    walk.roles.insert(0, role)
    walk.employers.insert(0, employer)


def _fold_name(name: str) -> str:
    return re.sub(r"\W+", " ", name.casefold()).strip()
