"""JSON Resume uploads (``.json``, the schema at https://jsonresume.org/schema): read into the
same readable CV text a PDF would give, section by section.

Sections read: basics (name, label, contact, location, summary, profiles), work (with highlights and keywords),
volunteer, education, skills (with keywords), projects, awards, certificates, publications,
languages. Unknown keys are ignored; nothing in the file is treated as anything but text.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from core.documents.clean import clean_text
from core.documents.errors import document_error
from core.documents.plain import decode

log = logging.getLogger(__name__)

_RESUME_KEYS = ("basics", "work", "education", "skills", "projects")


def extract_json_resume(data: bytes, filename: str) -> str:
    """Readable CV text of a JSON Resume; raises ``DocumentError`` for other JSON or broken JSON."""
    try:
        resume = json.loads(decode(data))
    except (ValueError, RecursionError) as exc:
        log.info("JSON file %r: not valid JSON: %r", filename, exc)
        raise document_error("damaged", filename) from None
    if not isinstance(resume, dict) or not any(isinstance(resume.get(key), (dict, list)) for key in _RESUME_KEYS):
        raise document_error("not_resume", filename)
    text = clean_text(resume_text(resume))
    if not text:
        raise document_error("empty", filename)
    return text


def resume_text(resume: dict[str, Any]) -> str:
    """The resume as lines: a header from ``basics``, then one titled block per section.

    Home-made schemas close to JSON Resume are read too: ``info`` for ``basics``, one object where a
    list is expected (``"education": {...}``), skills as ``{"language": [{"name": ...}], ...}``,
    entries dated by ``date`` and listing ``bullets``."""
    blocks = [_basics(_dict(resume.get("basics") or resume.get("info")))]
    for title, key, entry in _SECTIONS:
        value = resume.get(key)
        if key == "skills" and isinstance(value, dict):
            value = [{"name": group, "keywords": [_name(k) for k in _list(keys)]} for group, keys in value.items()]
        if key == "skills" and _tagged(_list(value)):
            value = [{k: v for k, v in item.items() if k != "keywords"} for item in _list(value) if isinstance(item, dict)]
        items = [entry(item) for item in (_list(value) or [value]) if isinstance(item, dict)]
        items = [item for item in items if item]
        if items:
            blocks.append(title + "\n" + "\n".join(items))
    return "\n\n".join(block for block in blocks if block)


def _basics(basics: dict[str, Any]) -> str:
    location = _dict(basics.get("location"))
    place = _join(", ", location.get("city"), location.get("region"), location.get("countryCode"))
    profiles = [_join(": ", p.get("network"), p.get("url") or p.get("username"))
                for p in _list(basics.get("profiles")) if isinstance(p, dict)]
    contact = _join(" | ", basics.get("email"), basics.get("phone"), basics.get("url"), place, *profiles)
    summary = _str(basics.get("summary"))
    return "\n".join(line for line in (_str(basics.get("name")), _str(basics.get("label")), contact,
                                       "Summary\n" + summary if summary else "") if line)


def _name(value: Any) -> str:
    """A skill keyword: a string, or an object's ``name`` (``{"name": "C#", "level": 5}``)."""
    return _str(value.get("name")) if isinstance(value, dict) else _str(value)


def _work(item: dict[str, Any]) -> str:
    position, employer = _str(item.get("position")), _str(item.get("name") or item.get("company") or item.get("organization"))
    highlights = item.get("highlights") or item.get("bullets")
    keywords = [*_tags(highlights), *(_name(k) for k in _list(item.get("keywords")) if _name(k))]
    return _entry(_work_head(position, employer, item), item, item.get("summary"), [] if _tags(highlights) else highlights,
                  keywords)


_TAG_WORDS = 4  # a highlight of this many words or fewer, with no full stop, names a tool or a topic ("NetApp", "Perl programming")


def _tags(highlights: Any) -> list[str]:
    """An entry's highlights when every one of them is a tag, not a sentence (``["NetApp", "Linux", "Perl programming"]``:
    the tools of that post, read as its keywords); [] when any highlight is a sentence ("Rolled out VoIP in Canada.")
    or the list is shorter than two."""
    items = [_str(h) for h in _list(highlights) if _str(h)]
    tag = re.compile(r"[^.!?;:]+")
    if len(items) < 2 or not all(len(i.split()) <= _TAG_WORDS and tag.fullmatch(i) for i in items):
        return []
    return items


def _work_head(position: str, employer: str, item: dict[str, Any]) -> str:
    """A post's header line as the file's fields decide it: "Position, Employer" as a person writes it, unless the
    CV reader (:func:`core.analysis.cv_entries.parse_header`) would take another part of that line for the employer
    ("Artificer, Strom Engineering, August 2014 – October 2015" read as employed by "Artificer", a title outside its
    lexicon); then "Employer, Position", when the reader takes the employer from that line; else "Position: …" over
    "Company: …" (session 23). Session 21: the file says which is which, so the text never leaves the reader to guess."""
    head = _join(", ", position, employer)
    if not (position and employer):
        return head
    from core.analysis.cv_entries import parse_header  # the reader this text is written for (no import cycle)

    def read_employer(line: str) -> str:
        return parse_header([_join(", ", line, _dates(item))])[1]

    swapped = _join(", ", employer, position)
    read = read_employer(head)
    if read != employer and read_employer(swapped) == employer:
        return swapped
    # another part read as the employer in either order ("Representante de Ventas", a title outside the lexicon): the
    # file's fields as labelled lines, the dates on a line after them (:func:`_entry`); read as no employer ("Self",
    # one's own work), the line as written (session 23)
    return head if read in (employer, "") else f"Position: {position}\nCompany: {employer}"


def _education(item: dict[str, Any]) -> str:
    degree = _join(" ", item.get("studyType"), item.get("area"))
    # "Certificate in Web Development from Northwind": the institution after "from", as a person writes it
    head = _join(" from ", degree, item.get("institution") or item.get("school") or item.get("name"))
    score = f"Score: {_str(item.get('score'))}" if _str(item.get("score")) else ""
    return _entry(head, item, score, item.get("courses"))


def _tagged(skills: list[Any]) -> bool:
    """Whether a skills list files each skill under shared tags ("Vue.js": "Web Development", "Frontend"; "Sass":
    "Web Development", "Frontend"): half of its keywords or more also stand under another skill, so they name
    categories, not tools; a list of groups naming their tools ("Back-end": "Node.js", "Express") repeats none."""
    keys = [[_name(k).casefold() for k in _list(item.get("keywords")) if _name(k)] for item in skills if isinstance(item, dict)]
    words = [k for item in keys for k in dict.fromkeys(item)]
    shared = [k for k in words if sum(k in item for item in keys) >= 2]
    return len(words) >= 4 and 2 * len(shared) >= len(words)


def _skill(item: dict[str, Any]) -> str:
    name = _join(" ", item.get("name"), f"({_str(item.get('level'))})" if _str(item.get("level")) else "")
    keywords = ", ".join(_name(k) for k in _list(item.get("keywords")) if _name(k))
    return _join(": ", name, keywords)


def _project(item: dict[str, Any]) -> str:
    return _entry(_str(item.get("name")), item, item.get("description"), item.get("highlights") or item.get("bullets"),
                  [_name(k) for k in _list(item.get("keywords")) if _name(k)])


def _titled(item: dict[str, Any]) -> str:
    head = _join(", ", item.get("title") or item.get("name"), item.get("awarder") or item.get("issuer")
                 or item.get("publisher"))
    when = _when(item.get("date") or item.get("releaseDate"))
    return _join(" ", head, f"({when})" if when else "")


def _language(item: dict[str, Any]) -> str:
    return _join(": ", item.get("language"), item.get("fluency"))


_SECTIONS = (
    ("Experience", "work", _work),
    ("Volunteering", "volunteer", _work),
    ("Education", "education", _education),
    ("Skills", "skills", _skill),
    ("Projects", "projects", _project),
    ("Awards", "awards", _titled),
    ("Certificates", "certificates", _titled),
    ("Publications", "publications", _titled),
    ("Languages", "languages", _language),
)


def _dates(item: dict[str, Any]) -> str:
    """An entry's dates as written on its header line ("August 2014 – October 2015", "October 2012 – present")."""
    start, end = _when(item.get("startDate")), _when(item.get("endDate"))
    return _join(" – ", start, end or ("present" if start else "")) or _when(item.get("date"))


def _entry(head: str, item: dict[str, Any], summary: Any, bullets: Any, keywords: list[str] | None = None) -> str:
    """An entry's lines: its header with its dates, its summary, its bullets, then its ``keywords`` (a work or project
    entry's ``keywords``, or highlights that are all tags) on one labelled line, "Keywords: A, B, C", which the CV
    reader takes as that entry's tools (:mod:`core.analysis.cv_skill_lists`)."""
    heads = head.split("\n")  # labelled lines ("Position: …" / "Company: …"): the dates on a line of their own
    lines = [*heads[:-1], _join("\n" if len(heads) > 1 else ", ", heads[-1], _dates(item)), _str(summary)]
    lines += ["- " + _str(b) for b in _list(bullets) if _str(b)]
    if keywords:
        lines.append("Keywords: " + ", ".join(dict.fromkeys(k.replace(",", " ") for k in keywords)))
    return "\n".join(line for line in lines if line)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_ISO_DATE_RE = re.compile(r"^((?:19|20)\d\d)(?:-(0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?(?:T[\d:.+Z-]*)?$")


def _when(value: Any) -> str:
    """A date as a person writes it on a CV: the schema's ISO 8601 "2019-04-01" or "2019-04" as "April 2019", a
    year alone as it is; any other text as written."""
    text = _str(value)
    if not (match := _ISO_DATE_RE.match(text)):
        return text
    year, month = match.group(1), match.group(2)
    return f"{_MONTHS[int(month) - 1]} {year}" if month else year


def _join(separator: str, *values: Any) -> str:
    return separator.join(text for value in values if (text := _str(value)))


def _str(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else (str(value) if isinstance(value, (int, float)) else "")


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
