"""CV headline: the title a CV states under its name ("Ann Lee" / "PhD candidate" / "Contact"), used as the
current title when no job entry gives one (a student, a career changer whose entries are projects or
events). Used by :mod:`core.analysis.cv`."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_entries import CONTACT_RE, ROLE_WORD_END_RE
from core.analysis.cv_layout import CvLine
from core.analysis.cv_lines import is_role, section_kind

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
