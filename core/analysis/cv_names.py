"""CV names: an entry header's organisation name cleaned of what is written beside it but is no part
of the name, before :func:`core.analysis.cv_entries.parse_header` splits the header into role and
employer.

- a remark or a place in brackets after a name or a title ("NHS England (generally working in R)",
  "University of Central Florida (Orlando, FL)", "Design Engineer (Promoted from Grade 3 to Grade 5
  in 18 months)"); a short bracket that is part of the name stays ("Zalando SE (Polska)", "HP
  (Autonomy)", "Research Assistant (Part time)");
- a town run into an organisation's name before its region ("Bits & Bytes Consulting Smallville, CA"
  -> "Bits & Bytes Consulting"), when the town is unknown to the gazetteer;
- a company's legal form ("Zalando SE", "Siemens AG") marks a name, never a title ("Senior SE").
"""

from __future__ import annotations

import logging
import re

from core.analysis.cv_lines import is_place, is_region

logger = logging.getLogger(__name__)

_BRACKET_RE = re.compile(r"\s*\(([^()]*)\)")
_WORK_MODE_RE = re.compile(r"(?i)^(?:part|full)[- ]?time\b|^(?:remote|hybrid|contract|temporary|maternity)\b")


def _remark(content: str) -> bool:
    """Whether a bracket's content is a remark or a place rather than part of a name: a place
    ("Orlando, FL"), a department ("Investment Banking Division"), a phrase in lower case of three words or more ("generally working in R"), or
    five words or more ("Promoted from Grade 3 to Grade 5 in 18 months")."""
    content = content.strip()
    words = content.split()
    if not words or _WORK_MODE_RE.match(content) or re.search(r"(?:19|20)\d\d", content):
        return False  # a work mode is the title's own; a date is left to the date reading
    if is_place(content) or re.search(r"(?i)\b(?:division|department|dept\.?|faculty|ward|unit|team|squad)$", content):
        return True  # "Goldman Sachs (Investment Banking Division)": the organisation is named without it
    return (len(words) >= 3 and words[0][:1].islower()) or len(words) >= 5


def drop_remarks(line: str) -> str:
    """A header line without its bracketed remarks and places (see :func:`_remark`), and with a
    spaced Unicode hyphen read as a dash ("University ‐ Biology Department")."""
    line = re.sub(r"[\u2010\u2011]", "-", line)
    line = re.sub(r"\S*¶\S*", " ", line)  # an icon font's glyph names left in the text ("¶ap-¶arker Palo Alto")
    line = re.sub(r"\s+#\s?\d+\b", "", line)  # a store's number ("Walgreens #4521")
    return _BRACKET_RE.sub(lambda m: "" if _remark(m.group(1)) else m.group(0), line).strip()


# a company's legal form, last in its name ("Zalando SE", "Siemens AG", "LPP S.A.")
_LEGAL_FORM_RE = re.compile(
    r"^(?P<name>.+?)\s+(?:SE|AG|GmbH|S\.A\.?|SA|S\.p\.A\.?|N\.V\.?|B\.V\.?|Oy|AB|ASA|A/S|KG|SAS|SARL|S\.L\.?|Ltd\.?|"
    r"Inc\.?|LLC|plc|PLC|Pty)(?:\s*\([^()]*\))?$")
_SENIORITY_RE = re.compile(r"(?i)^(?:senior|sr\.?|junior|jr\.?|staff|principal|lead|chief|associate|head)$")


def legal_form_name(part: str) -> bool:
    """Whether a part ends in a company's legal form after a name ("Zalando SE (Polska)", "Siemens
    AG"), so is an organisation even if a title word reads into it ("SE"); "Senior SE" is a title."""
    m = _LEGAL_FORM_RE.match(part.strip())
    return bool(m) and not _SENIORITY_RE.match(m.group("name").split()[-1])


_ORG_END_RE = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|plc|corp|corporation|company|group|bank|hospital|clinic|labs?|technologies|systems|"
    r"solutions|agency|partners|studio|foundation|consulting|consultancy|ventures|institute|university|college|"
    r"school|academy|startup|interactive|media|software|logistics|center|centre)\b\.?", re.IGNORECASE)


def cut_unknown_town(part: str, following: str) -> str:
    """An organisation's name without a town the PDF ran into it, told by the region written after it
    (``following``, the next part of the header: "CA", "Texas", "Germany"): "Acme Consulting
    Smallville" -> "Acme Consulting". Cut after the name's last organisation word when one to three
    capitalised words follow it; a name that goes on with "of" or "for" ("Bank of Dallas") stays."""
    if not following or not is_region(following):
        return part
    ends = list(_ORG_END_RE.finditer(part))
    if not ends:
        return part
    tail = part[ends[-1].end():].split()
    if not 1 <= len(tail) <= 3 or not all(t[:1].isupper() for t in tail) or is_place(" ".join(tail)):
        return part  # a known place after an institution's word is its own ("University College Dublin")
    return part[: ends[-1].end()].strip()
