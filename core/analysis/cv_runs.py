"""CV text runs: a PDF whose text layer puts every styled run on its own line (a Google Docs export: "Developer",
"chez", "Acme", "(", "React", ",", "Node.js", ")" each alone) joined back into the lines the reader sees.
Used by :mod:`core.analysis.cv_layout` before it cleans the lines."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_lang import PRESENT_WORDS
from core.analysis.cv_lines import is_role
from core.analysis.cv_sections import section_kind
from core.analysis.text import BULLET_RE

logger = logging.getLogger(__name__)

# the word between a title and its employer, alone on a line or ending one ("chez", "bei", "presso", "bij", "at", "@")
_CONNECTOR_RE = re.compile(r"(?i)(?:^|\s)(?:chez|bei|beim|presso|bij|at|@|auprès de)$")
# punctuation alone on a line, which belongs to the line before ("," ")" ";")
_CLOSING_RE = re.compile(r"[,;)\]]+")


# a date alone on a line ("Juni 2019", "Dez. 2020", "03/2019"), and the end of its range on the next after a dash
# ("- Dez. 2020", "- bis jetzt", "- Actualidad"), which a PDF's date column splits off as if it were a bullet
_DATE_ALONE = r"(?:[^\W\d_]{3,10}\.?\s+)?(?:\d{1,2}[./]\s*)?(?:19|20)\d\d"
_DATE_ALONE_RE = re.compile(_DATE_ALONE)
_RANGE_END_RE = re.compile(rf"(?i)\s*[-–—]\s*(?P<end>{_DATE_ALONE}|(?:{PRESENT_WORDS}|present|current|today|now))\s*")


def rejoined_runs(raw_lines: list[str]) -> list[str]:
    """The lines with runs a PDF split joined back: a lone "," or ")" goes onto the line before; a line ending
    in "(" or "," after such a join, or in a connector word ("Stagiaire chez"), takes the next line onto it;
    a lone connector joins the lines on either side ("Développeuse web" / "chez" / "Norvane" -> one line); a date alone
    takes the end of its range from the next line ("Juni 2019" / "- Dez. 2020", "Jan. 2025" / "- bis jetzt"). A
    blank line or any other bullet is never joined. Each joined line leaves a blank one behind only where the source
    had one, so the count of lines may fall."""
    out: list[str] = []
    glue = False  # the next line goes onto out[-1]
    for index, raw in enumerate(raw_lines):
        text = raw.strip()
        after = raw_lines[index + 1].strip() if index + 1 < len(raw_lines) else ""
        prev = out[-1].strip() if out else ""
        end = _RANGE_END_RE.fullmatch(text)
        if end and _DATE_ALONE_RE.fullmatch(prev):
            out[-1] = f"{prev} – {end.group('end')}"  # "Juni 2019" / "- Dez. 2020": one range of dates, no bullet
            continue
        if not text or not prev or (BULLET_RE.match(raw) and not _CLOSING_RE.fullmatch(text)):
            out.append(raw)
            glue = False
            continue
        if _CLOSING_RE.fullmatch(text):
            out[-1] = out[-1].rstrip() + text
            glue = text.endswith(",")
            continue
        if _CONNECTOR_RE.fullmatch(text) and after and not BULLET_RE.match(raw_lines[index + 1]):
            out[-1] = out[-1].rstrip() + " " + text  # "chez" alone between the title and the employer
            continue
        if glue or prev.endswith("(") or _CONNECTOR_RE.search(prev):
            out[-1] = out[-1].rstrip() + ("" if prev.endswith("(") else " ") + text
            glue = False
            continue
        out.append(raw)
    return out


# a heading in capitals run into the first word of the line after it, a capital and a small letter ("WORK
# EXPERIENCECenter for ...", "ACTIVITIESEngineers Without Borders")
_GLUED_HEADING_RE = re.compile(r"^\s*([A-Z][A-Z&/ ]*[A-Z]{3})([A-Z][a-z].*)$")


def glued_headings_apart(raw_lines: list[str]) -> list[str]:
    """The lines with a section heading in capitals that a PDF's text layer ran into the next line, no space or
    break between ("EDUCATIONNorth Carolina State University | Raleigh, NC"), set on a line of its own before the
    rest; a line whose capitals are no heading ("NASA Goddard") as it is."""
    out: list[str] = []
    for raw in raw_lines:
        m = _GLUED_HEADING_RE.match(raw)
        if m and not BULLET_RE.match(raw) and section_kind(m.group(1)):
            out += [m.group(1), m.group(2)]
        else:
            out.append(raw)
    return out


# a title's last word or two that a PDF wrapped, then a word for "at" and the employer ("iOS chez Accengage")
_AT_ALONE = r"(?:chez|bei|beim|presso|bij|at|@|auprès de)"
_TITLE_REST_AT_RE = re.compile(rf"^(\S+(?: \S+)?)\s+{_AT_ALONE}\s+[A-ZÀ-Ý0-9]")
_AT_INSIDE_RE = re.compile(rf"\s{_AT_ALONE}\s")


def wrapped_title_at(prev: str, line: str) -> bool:
    """Whether ``line`` opens with the last word or two of the title on ``prev``, then "at" (or another language's:
    "chez", "bei", "presso") and the employer: "Alternante développeuse" / "Android chez Belcour" is one header line;
    not when ``prev`` names its own employer or the words before "at" are a title of their own."""
    head = _TITLE_REST_AT_RE.match(line)
    return bool(head and not _AT_INSIDE_RE.search(prev) and is_role(prev) and not is_role(head.group(1))
                and is_role(f"{prev} {head.group(1)}"))


# A line opening with a date range or a month and year ("2016 – 2019 Pharmacy Technician", "Jan 2020 -
# Present  Analyst", "02.2021 - 11.2023 Tester"): a header with its dates on the left.
_DATED_START_RE = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|\d{1,2}[./])?(?:19|20)\d\d\s*"
    r"(?:[-–—~]|to\b)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|\d{1,2}[./])?"
    r"(?:(?:19|20)\d\d|present|current|now|today)\b",
    re.IGNORECASE,
)
# A short line of comma-separated parts ending in a date range ("editor, Harbour Gazette, March 2022 – present"): a
# header with its dates on the right (a JSON Resume's job, its title first in lower case)
_DATED_END_RE = re.compile(
    r"^[^,.;:]{2,60}(?:,\s*[^,.;:]{2,60}){1,3},\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?:19|20)\d\d\s*[-–—]\s*(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d|"
    r"present|current|now|today)$",
    re.IGNORECASE,
)


def next_header_line(line: str) -> bool:
    """Whether ``line`` is a job header of its own, never the wrapped rest of the bullet before it: dates on the left
    ("2016 – 2019 Pharmacy Technician"), or up to four short parts and a date range on the right ("features writer,
    Northgate Courier, June 2019 – March 2022"; session 24)."""
    return bool(_DATED_START_RE.match(line) or (len(line.split()) <= 16 and _DATED_END_RE.match(line)))


# a header line ending in a dash and the first words of a name ("Senior Technician — Kettering General"), and the next
# line opening with an organisation's head word ("Hospital NHS Foundation Trust, Kettering | Mar 2022 – Present")
_DASH_NAME_END_RE = re.compile(r"\s[–—]\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}$")
_ORG_HEAD_START_RE = re.compile(r"(?:Hospitals?|Infirmary|University|College|Trust|Council|Bank|Group|Institute|Clinic|"
                                r"Cent(?:re|er)|Foundation|Limited|Ltd|Inc|Company|Partnership)\b")


def name_wrapped_after_dash(prev: str, line: str) -> bool:
    """Whether ``line`` goes on with the employer's name that ``prev``, a header "Title — Name", was cut in (no date
    on ``prev``; ``line`` opens with an organisation's head word: "Hospital", "University", "Trust", "Ltd"; session
    24)."""
    return bool(_DASH_NAME_END_RE.search(prev) and not re.search(r"(?:19|20)\d\d", prev) and _ORG_HEAD_START_RE.match(line))
