"""CV facts: current title, employers, schools, skills (as written), achievements, and which skill
appears under which employer.

The CV is read line by line (:mod:`core.analysis.cv_lines` cleans Markdown, HTML, icon glyphs and
page stamps first) and split into sections. In an experience section, the short lines before a
run of bullets or sentences form a job header, split into role, employer, location and dates
(a place is never an employer, a second job title is never an employer). Skills come from the
skills section's lists as written plus named tools of the lexicon anywhere; a skill is tied to an
employer only when it is named inside that employer's entry.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from core.analysis.cv_lines import (
    DATE_RE,
    clean_line,
    header_parts,
    is_place,
    is_placeholder,
    is_region,
    is_role,
    natural_case,
    section_kind,
    strip_placeholder,
    strip_trailing_place,
)
from core.analysis.skills import SkillHit, find_all_skills
from core.analysis.text import BULLET_RE, NUMBER_RE, strip_injections, words

logger = logging.getLogger(__name__)

_ORG_FIRST = re.compile(
    r"\b(inc|ltd|llc|gmbh|plc|corp|corporation|company|group|bank|hospital|clinic|trust|nhs|labs?|technologies|"
    r"systems|solutions|agency|partners|studio|council|foundation|consulting|capital|ventures|institute|ministry|"
    r"media|insurance|financial|interactive|commerce|university|college|school|academy|infirmary|logistics|"
    r"software|retail|health|bank)\b",
    re.IGNORECASE,
)
_ACTION_VERB_RE = re.compile(
    r"\b(led|built|designed|launched|reduced|increased|improved|cut|grew|saved|delivered|created|developed|"
    r"implemented|automated|introduced|managed|migrated|won|closed|raised|achieved|trained|mentored|negotiated|"
    r"streamlined|redesigned|established|generated|lowered|boosted|scaled|shipped|resolved|surpassed|exceeded|"
    r"championed|prospected|converted|mentor|triage|optimi[sz]ed)\b",
    re.IGNORECASE,
)
WEAK_VERB_RE = re.compile(
    r"\b(responsible for|helped with|helped to|assisted with|assisted in|worked on|involved in|duties included|"
    r"tasked with|participated in)\b",
    re.IGNORECASE,
)
_HEADER_MAX_WORDS = 16
_DEPARTMENT_RE = re.compile(r"\b(?:department|unit|ward|team|division|squad)$", re.IGNORECASE)


def extract_cv_facts(cv_text: str) -> dict:
    """Facts of a CV.

    Returns ``{"current_title": str, "roles": [...], "jobs": [(role, employer)] in CV order, "employers": [...], "schools": [...],
    "skills": [canonical lexicon names], "skills_as_written": [...], "skill_surface": {name: as
    written}, "skill_employer": {name: first employer it is named under}, "skill_employer_pairs":
    [(as written, employer)], "achievements": [...], "achievement_employer": {achievement:
    employer}, "bullets": [...], "word_count": int}``.
    """
    facts = _extract_cv_facts(cv_text or "")
    return {
        k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
        for k, v in facts.items()
    }


@dataclass
class _Line:
    text: str
    bullet: bool
    bold_only: bool
    paragraph: bool = False  # one line of a wrapped paragraph (three or more long lines in a row)


def _mark_paragraphs(lines: list[_Line], min_run: int = 3, min_words: int = 9) -> None:
    """Mark runs of ``min_run`` or more consecutive long non-bullet lines with few commas: a wrapped
    paragraph, whose commas separate clauses, not list items."""
    run: list[_Line] = []
    for line in [*lines, _Line("", False, False)]:
        n = len(line.text.split())
        if line.text and not line.bullet and n >= min_words and len(re.findall(r"[,;|•·]", line.text)) < n / 4:
            run.append(line)
            continue
        if len(run) >= min_run:
            for member in run:
                member.paragraph = True
        run = []


_CONNECTOR_END_RE = re.compile(
    r"(?:[,(/&+-]|\b(?:and|or|of|the|a|an|to|for|with|in|on|at|by|from|into|across|including|over|per|via|than|as))$",
    re.IGNORECASE,
)


def _continues(prev: _Line, line: str) -> bool:
    """Whether ``line`` is the wrapped rest of ``prev`` (PDFs and plain text break long lines):

    - a bullet goes on when the next line starts in lower case, a digit or a bracket ("Reduced
      latency by" / "40% across three regions"), or when the bullet stopped on a comma or a
      connecting word ("Built the pipeline for" / "Acme's payments team");
    - any line that stopped on a comma, "and" or "at" goes on ("at Chaucer, Omnifone, Centrica," /
      "Ace Insurance (2005–2013)"; "Software developer at" / "Smart-Processing");
    - a header whose last part is no title goes on with a one- or two-word line that completes it
      ("Squeeze Media, Orem, Utah — Business Development" / "Representative").
    Never onto a section heading or a line with a date of its own when the line before is a bullet.
    """
    if section_kind(line):
        return False
    if prev.bullet:
        if re.match(r"[a-z0-9(%$£€]", line):
            return True
        return bool(_CONNECTOR_END_RE.search(prev.text)) and not (DATE_RE.search(line) and len(line.split()) <= 8)
    if re.search(r"(?:,|\band|\bat|@)$", prev.text):  # "Software developer at" / "Smart-Processing"
        return True
    if 1 <= len(line.split()) <= 2 and line[:1].isupper() and not DATE_RE.search(line):
        parts = header_parts(prev.text)
        return bool(parts) and not is_role(parts[-1]) and is_role(f"{parts[-1]} {line}") and len(prev.text.split()) >= 3
    return False


def _lines(text: str) -> list[_Line]:
    """Cleaned lines; YAML front matter dropped; a line wrapped onto the next one joined back
    (:func:`_continues`)."""
    raw_lines = text.splitlines()
    if raw_lines and raw_lines[0].strip() == "---":
        end = next((i for i, r in enumerate(raw_lines[1:], 1) if r.strip() == "---"), 0)
        raw_lines = raw_lines[end + 1 :]
    out: list[_Line] = []
    for raw in raw_lines:
        bullet = bool(BULLET_RE.match(raw))
        body = BULLET_RE.sub("", raw) if bullet else raw
        bold_only = bool(re.fullmatch(r"\s*(\*\*|__)[^*_]+\1\s*:?\s*", body))
        line = clean_line(body)
        if not line:
            out.append(_Line("", False, False))
            continue
        prev = out[-1] if out else None
        if prev and prev.text and not bullet and _continues(prev, line):
            prev.text += " " + line
            continue
        out.append(_Line(line, bullet, bold_only))
    _mark_paragraphs(out)
    return out


def _is_body(line: _Line) -> bool:
    n = len(line.text.split())
    ends_sentence = line.text.endswith(".") and not re.search(r"\b(?:inc|ltd|corp|co|llc|plc|s\.a|o\.o)\.$", line.text, re.I)
    # a paragraph wrapped onto the next line ("...software implementation for"), not a header
    tokens = line.text.split()
    wraps_on = (line.text.endswith(",") and n > 4) or (n >= 8 and sum(t[:1].islower() for t in tokens) > n / 2)
    return line.bullet or n > _HEADER_MAX_WORDS or (ends_sentence and n > 2) or line.text.endswith(":") or wraps_on


def _skill_only(part: str) -> bool:
    """A part that is only skill names ("Kotlin | Postgres"), not an organisation named after one
    ("Summit Logistics")."""
    if _ORG_FIRST.search(part) and len(part.split()) > 1:
        return False
    hits = find_all_skills(part)
    return bool(hits) and sum(h.end - h.start for h in hits) >= 0.8 * len(part.replace(" ", ""))


# "Government agency with 18k+ employees": a line describing the employer, not its name
_DESCRIPTION_RE = re.compile(r"^(?=(?:\S+\s+){3}).*\b(?:with|for|in|on|to|is|are|was|which|that)\b(?=.*\d|.*\b[a-z]+\s+[a-z]+)")


def parse_header(group: list[str]) -> tuple[str, str]:
    """(role, employer) from the short lines heading a job entry; either may be ""."""
    role, role_line = "", -1
    candidates: list[tuple[int, str]] = []
    for idx, line in enumerate(group):
        parts = header_parts(line)
        if line.count("|") >= 2 and not DATE_RE.search(line) and not any(is_role(p) for p in parts):
            continue  # a tag line of skills or themes under the header
        for part in parts:
            if is_place(part) or _skill_only(part) or re.match(r"(?i)(?:https?://|www\.)", part):
                continue  # a place, a tag of skills or the employer's web address is not the employer
            if is_role(part):
                if not role:
                    role, role_line = part, idx
                continue
            if len(part.split()) <= 10 and not _DESCRIPTION_RE.search(part):
                candidates.append((idx, part))
    if not candidates:
        return role[:80], ""
    departments = [c for c in candidates if _DEPARTMENT_RE.search(c[1])]
    if len(departments) < len(candidates):
        candidates = [c for c in candidates if c not in departments]
        same = [d for i, d in departments if i == role_line]
        if role and same:  # "Staff Nurse – Emergency Department", "Staff Nurse, Paediatric Ward": as written
            joined = re.search(re.escape(role) + r"\s*([,–—-])\s*" + re.escape(same[0]), group[role_line])
            role = joined.group(0) if joined else f"{role} – {same[0]}"
    org = [c for c in candidates if _ORG_FIRST.search(c[1])]
    same_line = [c for c in candidates if c[0] == role_line]
    other_line = [c for c in candidates if c[0] != role_line]
    employer = (org or same_line or other_line)[0][1]
    return role[:80], natural_case(employer)[:80]


_LANGUAGES_RE = re.compile(
    r"^(?:english|spanish|french|german|italian|portuguese|arabic|hindi|bengali|urdu|chinese|mandarin|cantonese|"
    r"japanese|korean|russian|hebrew|polish|dutch|turkish|swahili|tamil|telugu|nepali|native|fluent|proficient|"
    r"intermediate|basic|advanced|beginner|conversational|native speaker|bilingual)$",
    re.IGNORECASE,
)
_ITEM_STOPWORDS = re.compile(
    r"\b(?:as|over|for|in|with|on|the|a|an|to|by|from|was|were|used|using|is|are|my|i|of the|into|at|upon)\b",
    re.IGNORECASE,
)


_SCHOOL_WORDS = ("University", "Universit[éyà]", "Universidad", "College", "Institute", "School", "Academy", "Polytechnic",
                 "Campus", "Lab", "Bootcamp", "ESILV")
_SMALL = r"(?:of|de|and|OF|DE|AND|&)"
_SCHOOL_NAME_RE = re.compile(
    rf"((?:(?:(?<!\w)(?!(?:19|20)\d\d\b)[A-Z0-9][\w'’.&-]*|{_SMALL})\s+){{0,5}}"
    # the institution word as written or in capitals ("RAMCO INSTITUTE OF TECHNOLOGY"); a short name
    # ending in "High" or "Tech" ("Desert Hills High", "Georgia Tech") before a comma, dash or the end
    r"(?:" + "|".join(w + "|" + w.upper() for w in _SCHOOL_WORDS) + r"|(?<=[a-z] )(?:High|Tech)(?=\s*(?:[,:|—–-]|$)))\b"
    r"(?:\s+(?:of|for|de|in|at|OF|FOR|DE|IN|AT)(?:\s+[A-Z][\w'’.&-]*){1,4}|\s+[A-Z][\w'’.&-]*){0,3}(?:\s+\([A-Z]{2,6}\))?)"
)


def school_name(line: str) -> str:
    """The institution named on an education line ("BSc Computing, University of Leeds, 2016" ->
    "University of Leeds"), a trailing place dropped ("Harvey Mudd College Claremont"); "" if none."""
    matches = list(_SCHOOL_NAME_RE.finditer(line))
    if not matches:
        return ""
    # "Media Lab, Massachusetts Institute of Technology": the university over its lab or campus
    m = min(matches, key=lambda x: bool(re.search(r"(?i)\b(?:lab|campus|bootcamp)\b", x.group(1))))
    name = re.sub(r"^(?:(?:of|de|and|&)\s+)+", "", m.group(1).strip(" ,.-–:"))
    if re.fullmatch(r"(?i)(?:" + "|".join(_SCHOOL_WORDS) + r")", name):
        return ""  # a table's column heading ("COLLEGE/SCHOOL | UNIVERSITY/BOARD"), not a name
    name = re.sub(r"^(?:[A-Z]{2,5}\s+)?(?:(?:Computer|Political|Data)?\s*Science|Engineering|Arts)\s+", "", name)
    if re.match(r"(?i)(?:bachelor|master|b\.?s|m\.?s|ph\.?d|high school:)", name) or re.search(
            r"(?i)diploma|honou?rs|gpa|certificate$", name):
        return ""
    rest = line[m.end():]
    # a city run into the name is dropped only when its region follows ("Harvey Mudd College Claremont, CA");
    # "King's College London | London, UK" and "Brigham Young University Idaho, Rexburg" keep theirs
    region = re.match(r",\s*([A-Za-z][A-Za-z .]*?)\s*(?:[,|•–—-]|\d|$)", rest)
    if not re.search(r"\b(?:of|de|at|in)\s+\S+$", name) and region and is_region(region.group(1)):
        name = strip_trailing_place(name)
    after = re.match(r",\s*([A-Z][\w ]+?)(?:,|\s[–—-]|\s*\d|$)", rest)
    if after and name.endswith(tuple(f"of {w}" for w in ("California", "Texas", "Wisconsin", "Illinois", "Massachusetts"))) and is_place(after.group(1)):
        name = f"{name}, {after.group(1).strip()}"
    return natural_case(name) if len(name.split()) <= 10 else ""


def _good_item(item: str) -> bool:
    return (
        1 <= len(item) <= 40
        and len([w for w in item.split() if w != "&"]) <= 4
        and bool(re.search(r"[A-Za-z]", item))
        and not _ITEM_STOPWORDS.search(item)
        and not _LANGUAGES_RE.match(item)
        and not re.search(r"https?:|www\.|@|\d{1,2} \w+ (?:19|20)\d\d|^\d", item)
    )


def _is_acronym_of(inner: str, before: str) -> bool:
    """Whether a bracket holds the initials of the term before it ("Domain-Driven Design (DDD)",
    "Object-Oriented Programming (OO)"): the same skill again, not another item."""
    if not re.fullmatch(r"[A-Z]{2,6}s?", inner.strip()):
        return False
    term = re.split(r"[,;|•·]", before)[-1]
    initials = "".join(w[0] for w in re.split(r"[\s-]+", term) if w[:1].isalpha()).lower()
    acronym = inner.strip().rstrip("s").lower()
    return bool(initials) and (initials.endswith(acronym) or initials.startswith(acronym))


_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "to", "of", "in", "on", "at", "with", "for", "by", "from", "it", "is", "are", "was", "were",
    "that", "this", "which", "then", "all", "any", "as", "my", "i", "we", "our", "and", "or", "but", "so", "into",
    "through", "be", "been",
})


def is_prose(line: str) -> bool:
    """Whether a line reads as running text, not a list of names: two sentences or more, a sentence
    opening with an action verb ("Created logos, posters and ads for clubs"), or several function
    words ("to", "the", "and") among seven or more words with few list separators."""
    if len(re.findall(r"[a-z0-9)][.!?]\s+[A-Z]", line)) >= 2:
        return True
    first = re.match(r"\s*([A-Za-z]+)\s+[a-z]", line)
    if first and _ACTION_VERB_RE.fullmatch(first.group(1)) and len(line.split()) >= 4:
        return True
    tokens = re.findall(r"[A-Za-z][\w'’-]*", line)
    function = sum(t.lower() in _FUNCTION_WORDS for t in tokens)
    separators = len(re.findall(r"[,;|•·]", line))
    return len(tokens) >= 7 and function >= 3 and separators < len(tokens) / 6


def _split_shared_head(piece: str) -> list[str]:
    """"Teamwork & Collaboration" and "CRM & Sales Tools" -> two items; "Basic & Advanced Life Support"
    and "Patient & Family Education" stay whole (one word, no skill by itself, sharing the words after
    "&")."""
    if " & " not in piece:
        return [piece]
    left, right = piece.split(" & ", 1)
    if len(left.split()) == 1 and len(right.split()) >= 2 and not find_all_skills(left):
        return [piece]
    return [left, *_split_shared_head(right)]


_CATEGORY_RE = re.compile(
    r"^(?:programming\s+)?(?:languages?|frameworks?|software|tools|platforms?|libraries|databases?|technologies|"
    r"practices|methods|methodolog(?:y|ies))\s+(?=\S)",
    re.IGNORECASE,
)


def _split_slash(piece: str) -> list[str]:
    """"JavaScript/TypeScript" and "OpenGL/WebGL" -> two items (each side a skill); "CI/CD", "TCP/IP"
    and "A/B testing" stay whole."""
    if not re.fullmatch(r"[^\s/]+/[^\s/]+", piece) or find_all_skills(piece) and find_all_skills(piece)[0].surface == piece:
        return [piece]
    sides = piece.split("/")
    if any(find_all_skills(side) and find_all_skills(side)[0].surface == side for side in sides):
        return sides
    return [piece]


_JOB_TITLE_RE = re.compile(
    r"\w\s+(?:developer|engineer|manager|designer|analyst|scientist|architect|consultant|administrator|intern)$",
    re.IGNORECASE,
)


def _named_in_brackets(item: str) -> bool:
    """Whether a bracketed sub-item names a tool ("Python (Pandas, NumPy)", "Office (Word, Excel)"),
    not a qualifier of the item before ("Medication Administration (Oral, IV, IM)", "Pumps (Alaris,
    Braun)"): a lexicon skill, an acronym of three letters or more, or a name with a digit, a capital
    inside or a mark ("D3.js", "GitHub"). One such item keeps the whole bracket ("Word, Excel")."""
    item = item.strip(" .-–")
    hits = find_all_skills(item)
    return bool(hits and hits[0].end - hits[0].start >= len(item) - 1) or bool(
        re.search(r"\d|[a-z][A-Z]|[.#+]\w|\w[#+]|^[A-Z]{3,6}$", item))


def _space_list(text: str) -> list[str]:
    """"docker docker-compose linux" (a list printed in lower case with spaces only) -> its items, when
    every word is a skill of the lexicon; otherwise the text as one item ("PHP MVC" stays whole)."""
    tokens = text.split()
    if 2 <= len(tokens) <= 8 and text.islower() and all(
            (hits := find_all_skills(t)) and hits[0].end - hits[0].start == len(t) for t in tokens):
        return tokens
    return [text]


def _capital_list(text: str) -> list[str]:
    """"React Next.js Ember.js Browser extensions PWAs" (a list printed with spaces only, each item
    starting with a capital) -> its items, a lower-case word staying with the item before it; the
    text unchanged unless it has six words or more, no commas, mostly capitals, and half its items
    are skills the lexicon knows."""
    tokens = text.split()
    if len(tokens) < 6 or re.search(r"[,;|•·()]", text) or sum(t[:1].isupper() or t[:1].isdigit() for t in tokens) < 0.6 * len(tokens):
        return [text]
    items: list[str] = []
    for token in tokens:
        if token[:1].isupper() or token[:1].isdigit() or not items:
            items.append(token)
        else:
            items[-1] += " " + token
    named = sum(bool((hits := find_all_skills(item)) and hits[0].end - hits[0].start >= len(item) - 1) for item in items)
    return items if named >= len(items) / 2 else [text]  # a list of tools, not a title or a sentence in capitals


def _skill_items(line: str) -> list[str]:
    """The items of one skills-section line ("Languages: Python, Go (Gin, Echo)"), as written;
    none from a line of prose."""
    text = re.sub(r"^[^:,]{1,40}:\s*", "", line)
    text = _CATEGORY_RE.sub("", text) if text == line else text  # "Language C#, Java" (a table cell lost its colon)
    if len(text.split()) > 12 and text.count(",") + text.count("|") + text.count("•") < 2:
        return []
    if is_prose(text):
        return []
    groups = [re.split(r"[,;/]", m.group(1)) for m in re.finditer(r"\(([^()]*)\)", text)
              if not _is_acronym_of(m.group(1), text[: m.start()])]
    inner = [p for group in groups if any(_named_in_brackets(p) for p in group) for p in group]
    text = re.sub(r"\([^()]*\)", "", text)
    items = []
    # "and" joins two items, as does a bullet run into the line ("comunicación efectiva- Enfoque en resultados")
    pieces = [item for piece in re.split(r"\s*(?:,|;|\||•|·|\s/\s|\band\b|(?<=[a-zà-ÿ])-\s+(?=[A-ZÀ-Ý])|\s{2,})\s*",
                                         text) + inner
              for part in _split_shared_head(piece) for item in _split_slash(part.strip())]
    pieces = [token for piece in pieces for spaced in _space_list(piece.strip()) for token in _capital_list(spaced)]
    for item in pieces:
        item = re.sub(r"^[^:]{1,30}:\s*", "", item.strip())  # "Back end: Spring"
        item = re.sub(r"\s+etc$", "", item.strip(" .-–:*)("), flags=re.IGNORECASE)
        if _good_item(item) and not is_placeholder(item) and not _JOB_TITLE_RE.search(item):
            items.append(item)  # "Full Stack Developer" under a skills heading is a title
    return items


_CUE_RE = re.compile(
    r"\b(?:expertise|experience|experienced|skilled|skills|proficient|proficiency|versed|specialized|specialised|"
    r"competent|good|strong)\s+(?:in|with)\s+([^.;:()]+)",
    re.IGNORECASE,
)


def cue_items(line: str) -> list[str]:
    """Skills a sentence lists after a cue ("expertise in project coordination, climate policy, and
    stakeholder engagement", "proficient in Microsoft Office Suite (Word, Excel)"), as written; a piece
    that goes on as a clause ("with a track record of ...") is no item."""
    items: list[str] = []
    for m in _CUE_RE.finditer(line):
        pieces = re.split(r"\s*(?:,|\band\b|\bor\b|&)\s*", m.group(1))
        for piece in pieces:
            piece = re.sub(r"(?i)^(?:technologies|tools|languages)\s+(?:like|such as)\s+", "", piece.strip(" .-–"))
            if not piece:
                continue
            first = piece.split()[0]
            if (_ITEM_STOPWORDS.search(piece) or len(piece.split()) > 4 or not _good_item(piece)
                    or first.lower().endswith("ing") or (first.islower() and "-" in first)):
                break  # the list has ended: the rest is a clause ("building scalable ...", "fast-paced wards")
            if " " not in piece and piece.islower() and not find_all_skills(piece):
                continue  # "peers", "web": a word, not a named skill
            items.append(piece)
    return items


def _full_header(line: str) -> bool:
    """A dated line naming a role and something else: a whole job header on its own."""
    parts = header_parts(line)
    return bool(DATE_RE.search(line)) and len(parts) >= 2 and any(is_role(p) for p in parts)


_ROLE_AT_RE = re.compile(
    r"^(?:\d+\s+(?:years?|months?)\s+(?:as\s+)?)?(?P<role>[^,;]{2,60}?)\s+(?:at|@)\s+(?P<employer>[^,;()]{2,80}?)"
    r"\s*(?:,\s*[^,;()]+?)?\s+(?:from|since|\()\s*(?:[A-Za-z]+\.?\s+)?(?:19|20)\d\d",
    re.IGNORECASE,
)


def role_at_employer(line: str) -> tuple[str, str]:
    """(role, employer) of a one-line entry "[2 years as] Front-End Captain at Synthesio from 2014 to
    today" or "Engineer at Acme (2019 - 2021)"; ("", "") for any other line."""
    m = _ROLE_AT_RE.match(line)
    if not m or is_place(m.group("employer")) or not (is_role(m.group("role")) or re.match(r"\d+\s+\w+\s+as\s", line)):
        return "", ""
    return m.group("role").strip(), natural_case(m.group("employer").strip(" -–"))


def _many_employers(line: str) -> list[str]:
    """The employers of a "<roles> at A, B, C, D (years)" line; [] for any other line."""
    many = re.search(r"\bat\s+([^()]+?)(?:\s*\(|$)", line)
    names = [n.strip(" .") for n in many.group(1).split(",")] if many else []
    if len(names) >= 3 and all(n[:1].isupper() and len(n.split()) <= 4 for n in names) and DATE_RE.search(line):
        return [natural_case(n) for n in names]
    return []


_DATE_RANGE_RE = re.compile(
    rf"(?:{DATE_RE.pattern})\s*(?:[-–—~]|to|till|until)\s*(?:{DATE_RE.pattern}|date|today)",
    re.IGNORECASE,
)
_ENTRY_SUBHEAD_RE = re.compile(
    r"^(?:key |main |selected |notable )?(?:achievements|accomplishments|highlights|responsibilities|duties)\s*:?$",
    re.IGNORECASE,
)


@dataclass
class _Walk:
    """One pass over the CV's cleaned lines, tracking the section and the current job entry."""

    roles: list[str] = field(default_factory=list)
    employers: list[str] = field(default_factory=list)
    schools: list[str] = field(default_factory=list)
    section_items: list[str] = field(default_factory=list)
    achievements: list[str] = field(default_factory=list)
    achievement_employer: dict[str, str] = field(default_factory=dict)
    bullets: list[str] = field(default_factory=list)
    entries: list[tuple[str, str]] = field(default_factory=list)  # (employer, text named in the entry)
    jobs: list[tuple[str, str]] = field(default_factory=list)  # (role, employer) in CV order
    section: str = ""
    employer: str = ""
    group: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)  # header-like lines outside experience (see _stray_entry)

    def feed(self, line: _Line) -> None:
        if not line.text:
            return
        kind = section_kind(line.text) if not line.bullet else None
        if kind == "other" and self.section == "experience" and _ENTRY_SUBHEAD_RE.match(line.text):
            return  # "Achievements" inside a job entry heads its bullets, not a new section
        if kind:
            self.flush()
            self.section, self.employer, self.recent = kind, "", []
            return
        if self.section == "education" and self._stray_entry(line):
            self.section = "experience"
        if self.section == "experience":
            self._experience(line)
        elif self.section == "education":
            self._education(line)
        elif self.section == "skills" and not (line.bold_only or line.paragraph or line.text.endswith(":")):
            # a template's filler ("Customer Service Lorem ipsum dolor...") is no skill
            self.section_items.extend(_skill_items(strip_placeholder(line.text)))
        if self.section != "education":
            self.section_items.extend(cue_items(line.text))
        if line.bullet or (self.section == "experience" and _is_body(line)):
            self._bullet(line.text)

    def _stray_entry(self, line: _Line) -> bool:
        """Whether the lines just read in an education section are a job entry (a DOCX whose
        text boxes put "Career path" or the education box between two jobs): a header with a date
        range, a title and an employer, no school, then a bullet or a sentence."""
        if not (line.bullet or _is_body(line)):
            if len(line.text.split()) <= _HEADER_MAX_WORDS:
                self.recent = [*self.recent[-3:], line.text]
            return False
        group = self._entry_lines()
        self.recent = []
        if not group or not any(_DATE_RANGE_RE.search(g) for g in group) or any(school_name(g) for g in group):
            return False
        role, employer = parse_header(group)
        if role and employer:
            self.group = group
            return True
        return False

    def _entry_lines(self) -> list[str]:
        """The recent header lines from the one with a date range on, plus the undated lines before it
        ("Title" above "Employer | 2019 – 2021"; not "2005 – Shell Scripter" of a list above)."""
        ranged = [i for i, g in enumerate(self.recent) if _DATE_RANGE_RE.search(g)]
        if not ranged:
            return []
        start = ranged[-1]
        while start > 0 and not DATE_RE.search(self.recent[start - 1]) and ranged[-1] - start < 2:
            start -= 1
        return self.recent[start:]

    def _experience(self, line: _Line) -> None:
        role, employer = role_at_employer(line.text)
        if employer:  # "2 years as Front-End Captain at Synthesio from 2014 to today"
            self.flush()
            self.employer = "" if line.bullet else employer  # a bullet of its own is the whole entry
            if employer not in self.employers:
                self.employers.append(employer)
            if role not in self.roles:
                self.roles.append(role)
            self.jobs.append((role, employer))
            return
        names = _many_employers(line.text)
        if names:  # "Lead Developer at Chaucer, Omnifone, Centrica (2005-2013)": several employers, one line
            self.flush()
            self.employers.extend(n for n in names if n not in self.employers)
            self.employer = ""
            return
        if _is_body(line):
            self.flush()
            if self.employer:
                self.entries.append((self.employer, line.text))
            return
        if _full_header(line.text) and any(_full_header(g) for g in self.group):
            self.flush()  # "2024- CROWDSTRIKE Senior SE" then "2018-2023 SALSIFY, Staff SE": two entries, no bullets between
        self.group.append(line.text)
        if len(self.group) > 4:
            self.group.pop(0)

    def flush(self) -> None:
        if not self.group:
            return
        group, self.group = self.group, []

        role, employer = parse_header(group)
        dated = any(DATE_RE.search(g) for g in group)
        if not employer and (role or dated):
            self.employer = ""  # a new entry whose employer is not named: nothing below is tied
            if role and dated and role not in self.roles:
                self.roles.append(role)
                self.jobs.append((role, ""))
        if employer and (role or dated):
            self.employer = employer
            if employer not in self.employers:
                self.employers.append(employer)
            if role and role not in self.roles:
                self.roles.append(role)
            self.jobs.append((role, employer))
            self.entries.extend((employer, g) for g in group)

    def _education(self, line: _Line) -> None:
        if _is_body(line) and len(line.text.split()) > 20:
            return
        # "University: Port City International University, ..." (a form's label before the name); a
        # table row "B.E | RAMCO INSTITUTE OF TECHNOLOGY | ANNA UNIVERSITY | 2020" names two
        text = re.sub(r"^(?:university|institute|institution|school|college)\s*:\s*", "", line.text, flags=re.I)
        for part in text.split(" | ") if text.count(" | ") >= 2 else [text]:
            school = school_name(part)
            if school and school not in self.schools:
                self.schools.append(school)

    def _bullet(self, text: str) -> None:
        self.bullets.append(text)
        if NUMBER_RE.search(text) and _ACTION_VERB_RE.search(text) and not DATE_RE.fullmatch(text):
            self.achievements.append(text)
            if self.employer:
                self.achievement_employer[text] = self.employer


def _norm(value: str) -> str:
    return re.sub(r"[\s-]+", " ", value.casefold()).strip(" .")


def _skills(walk: _Walk, joined: str) -> tuple[list[str], list[str], dict[str, str]]:
    """(canonical names, as written, canonical -> as written): named lexicon tools anywhere, plus
    every item of the skills section as written."""
    names: list[str] = []
    written: list[str] = []
    surface: dict[str, str] = {}
    seen: set[str] = set()
    section_norms = {_norm(i) for i in walk.section_items}
    spans = _item_spans(joined, walk.section_items)
    for hit in find_all_skills(joined):
        if _covered(hit, spans):
            continue
        if hit.name not in surface and (hit.named_tool or _norm(hit.surface) in section_norms):
            surface[hit.name] = hit.surface
            names.append(hit.name)
        key = _norm(hit.surface)
        if (hit.named_tool or key in section_norms) and key not in seen:
            seen.add(key)
            written.append(hit.surface)
    for item in walk.section_items:
        if _norm(item) not in seen:
            seen.add(_norm(item))
            written.append(item)
    return names, written, surface


def _item_spans(text: str, section_items: list[str]) -> list[tuple[int, int]]:
    """Where the skills list's multi-word names ("Google Kubernetes", not "Unity game dev") occur in
    ``text`` (case-insensitive)."""
    spans = []
    names = {i for i in section_items if len(i.split()) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in i.split())}
    for item in {i for i in names if " " in i.strip()}:
        words_re = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", item.strip()))
        spans += [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w+#]){words_re}(?![\w+#])", text, re.IGNORECASE)]
    return spans


def _covered(hit: SkillHit | re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a skill hit lies inside a longer item of the skills list ("Kubernetes" in "Google
    Kubernetes", "patient assessment" in "Advanced Patient Assessment"): there the CV's own item stands
    for it, so that occurrence is no skill of its own."""
    start, end = (hit.start(), hit.end()) if isinstance(hit, re.Match) else (hit.start, hit.end)
    return any(s <= start and end <= e and (e - s) > (end - start) for s, e in spans)


@lru_cache(maxsize=512)
def _item_re(item: str) -> re.Pattern[str] | None:
    """How a listed skill is found in an entry: a plain word ("Less", "homebrew") as written or
    capitalised (or in lower case from seven letters), so that prose ("less time") is not taken for it; a name with capitals inside, digits
    or marks ("GitHub", "Node.js", "C#") in any case; nothing for one or two letters."""
    item = item.strip()
    if len(item) < 3 or _ITEM_STOPWORDS.fullmatch(item):
        return None
    body = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", item))
    edge = r"(?<![\w+#.])", r"(?![\w+#]|\.\w)"
    if re.fullmatch(r"[A-Za-z][a-z]+(?: [A-Za-z][a-z]+)*", item):
        variants = {body, r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", item[:1].upper() + item[1:]))}
        if len(item) >= 7:  # "homebrew" for "Homebrew"; not "less" for "Less" or "spring" for "Spring"
            variants.add(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", item.lower())))
        return re.compile(edge[0] + "(?:" + "|".join(sorted(variants)) + ")" + edge[1])
    return re.compile(edge[0] + body + edge[1], re.IGNORECASE)


def _skill_employers(walk: _Walk, section_norms: set[str]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Skills named inside each employer's entry: lexicon tools, and any item the CV's skills list
    names (as written there)."""
    first: dict[str, str] = {}
    pairs: list[tuple[str, str]] = []
    listed = list(dict.fromkeys(walk.section_items))
    for employer, text in walk.entries:
        spans = _item_spans(text, walk.section_items)
        found: list[tuple[str, str]] = []
        for hit in find_all_skills(text):
            if not (hit.named_tool or _norm(hit.surface) in section_norms) or _covered(hit, spans):
                continue
            first.setdefault(hit.name, employer)
            found.append((hit.surface, employer))
        for item in listed:
            pattern = _item_re(item)
            hits = [m for m in pattern.finditer(text) if not _covered(m, spans)] if pattern is not None else []
            if hits and not any(_norm(s) == _norm(item) for s, _ in found):
                found.append((item, employer))
        for pair in found:
            if not any(_norm(p[0]) == _norm(pair[0]) and p[1] == pair[1] for p in pairs):
                pairs.append(pair)
    return first, pairs


# contact lines: addresses, profiles, and a profile's name alone as a link ("GitHub", "GitHub-Link | Live-Link")
_CONTACT_RE = re.compile(
    r"https?://|www\.|\S@\S|\b(?:github|gitlab|linkedin|bitbucket)\.(?:com|io|org)\b"
    r"|^\s*(?:github|gitlab|linkedin|bitbucket)\s*(?::|$)|\b(?:github|gitlab)[\s-]*link\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _extract_cv_facts(cv_text: str) -> dict:
    text = strip_injections(cv_text or "")
    lines = _lines(text)
    walk = _Walk()
    for line in lines:
        walk.feed(line)
    walk.flush()
    texts = [line.text for line in lines if line.text]
    if len(texts) >= 40 and sum(len(t.split()) <= 1 and t[:1].isalpha() for t in texts) > 0.75 * len(texts):
        walk.section_items = []  # one word per line (a PDF without spaces): no lists to read
    joined = "\n".join("" if _CONTACT_RE.search(line.text) else line.text for line in lines)  # "GitHub: github.com/x" is no skill
    names, written, surface = _skills(walk, joined)
    first, pairs = _skill_employers(walk, {_norm(i) for i in walk.section_items})
    return {
        "current_title": walk.roles[0] if walk.roles else "",
        "roles": walk.roles,
        "jobs": walk.jobs,
        "employers": walk.employers,
        "schools": walk.schools,
        "skills": names,
        "skills_as_written": written,
        "skill_surface": surface,
        "skill_employer": first,
        "skill_employer_pairs": pairs,
        "achievements": walk.achievements,
        "achievement_employer": walk.achievement_employer,
        "bullets": walk.bullets,
        "word_count": len(words(text)),
    }
