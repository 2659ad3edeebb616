"""The job title and company a job description states, for filling empty setup fields.

Only what the document says plainly is taken: a labelled line ("Job title: ...", "Company: ...")
anywhere in the first 30 lines, else the opening heading when it reads like a title ("Backend
Engineer (Payments)", "Data Analyst at Harbor & Finch", "Data Engineer — Spotify, Stockholm", "Content Manager – Lumora (B2B fintech), London / hybrid": its
remark and work mode dropped), with the company on the line under it ("Mercy General Hospital", "Spotify, Stockholm"). A company followed by
its place is read as the company alone. Nothing is guessed from prose.
"""

from __future__ import annotations

import re

_HEAD_LINES = 30
_TITLE_LABEL = re.compile(r"^(?:job\s*title|title|position|role|vacancy|job)\s*[:：]\s*(.+)$", re.IGNORECASE)
_COMPANY_LABEL = re.compile(
    r"^(?:company|employer|organi[sz]ation|hiring company|company name)\s*[:：]\s*(.+)$", re.IGNORECASE
)
_AT = re.compile(r"^(.{2,80}?)\s+(?:at|@)\s+(.{2,60})$")
# "Data Engineer — Spotify, Stockholm", "Nurse | Mercy Hospital, Leeds": a title, a dash or bar, the rest
_DASHED = re.compile(r"^(.{2,80}?)\s+[-–—|]\s+(.{2,60})$")
_GENERIC = frozenset({
    "job description", "job advert", "job advertisement", "job posting", "job ad", "vacancy", "position",
    "about the role", "the role", "about us", "role description", "job profile", "we are hiring",
})
_MAX_TITLE_WORDS = 10


def job_heading(text: str) -> tuple[str, str]:
    """``(job_title, company)`` stated by a job description; "" for each one it does not state."""
    lines = [_plain(line) for line in (text or "").splitlines()[:_HEAD_LINES]]
    lines = [line for line in lines if line]
    title = _labelled(lines, _TITLE_LABEL)
    company = _labelled(lines, _COMPANY_LABEL)
    if not title:
        head_title, head_company = _from_heading(lines)
        title, company = head_title, company or head_company
    return _short(title), _short(company)


def _plain(line: str) -> str:
    """A line without Markdown heading marks, emphasis or list bullets."""
    line = re.sub(r"^\s*(?:#{1,6}\s*|[-*•]\s+)", "", line)
    return " ".join(line.replace("**", "").replace("__", "").split())


def _labelled(lines: list[str], label: re.Pattern[str]) -> str:
    for line in lines:
        if match := label.match(line):
            return _first_clause(match.group(1))
    return ""


def _from_heading(lines: list[str]) -> tuple[str, str]:
    for number, line in enumerate(lines[:3]):
        if line.lower().rstrip(":") in _GENERIC:
            continue
        if len(line.split()) > _MAX_TITLE_WORDS or line.endswith((".", "!", "?", ":")):
            return "", ""
        line = re.sub(r"\s*\([^()]*\)$", "", line)
        if match := _AT.match(line):
            return match.group(1), _first_clause(match.group(2))
        if (match := _DASHED.match(line)) and (company := _company_at_place(_without_remarks(match.group(2)))):
            return match.group(1), company
        return line, _company_line(lines[number + 1:number + 2])
    return "", ""


# A work mode after the place: "London / hybrid", "Leeds | remote", "Berlin, on-site".
_WORK_MODE = re.compile(
    r"\s*(?:[/|,]|\s[-–—]|\()\s*(?:fully\s+)?(?:hybrid|remote|on[- ]?site|in[- ]office|office[- ]based|flexible)"
    r"(?:\s+(?:working|work|first|friendly))?\)?\s*$",
    re.IGNORECASE,
)


def _without_remarks(part: str) -> str:
    """The part after a heading's dash without its remarks: "Lumora (B2B fintech), London / hybrid" ->
    "Lumora, London" (a bracketed remark anywhere, then a trailing work mode, are dropped)."""
    part = re.sub(r"\s*\([^()]*\)", "", part)
    part = _WORK_MODE.sub("", part)
    return " ".join(part.split()).strip(" ,")


def _company_line(following: list[str]) -> str:
    """The line under a title heading when it is an organisation's name on its own ("Mercy General
    Hospital", "Initech Ltd"): short, no sentence, with an organisation's word."""
    from core.analysis.cv_entries import org_name  # the CV reader's organisation words

    line = following[0] if following else ""
    if not line or len(line.split()) > 6 or line.endswith((".", "!", "?", ":")):
        return ""
    return _first_clause(line) if org_name(line) else _company_at_place(line)


def _company_at_place(part: str) -> str:
    """The company of a part that names one followed by its place ("Spotify, Stockholm", "Acme,
    London, UK", "Initech (Remote)"): the name, when the rest is a place (GeoNames, via
    :func:`core.analysis.cv_places.is_place`) and the name is one to four capitalised words; else ""."""
    from core.analysis.cv_places import is_place

    match = re.match(r"^(.{2,60}?)(?:,\s+|\s+\()(.+?)\)?$", part.strip())
    if not match or not is_place(match.group(2)):
        return ""
    name = match.group(1).strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or is_place(name):
        return ""
    return name


def _first_clause(value: str) -> str:
    """"Ledgerline, a fintech that ..." -> "Ledgerline"."""
    return re.split(r",\s|\s[-–—|]\s|\s\(", value, maxsplit=1)[0].strip(" .;")


def _short(value: str) -> str:
    return value[:200] if value and len(value.split()) <= _MAX_TITLE_WORDS else ""
