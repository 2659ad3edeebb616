"""Quote the CV, don't paraphrase it: the CV's own lines the opener and the skill questions say (session 18,
issue 15 point 3).

On CVs nobody tuned the reader on, "your time as {title} at {employer}" built from the reading's parts was right
about half the time, and "The role calls for X, which your CV shows at {employer}" a third to two thirds of the
time (bench/devsets_quoted.py, blind sets). A line of the CV quoted verbatim is true by construction:

- :func:`opener_line`: the header line of the entry the reading takes as the latest job (a dated line, or a line
  next to a date range, under an experience heading; never a bullet, an education or a skills line), cleaned of
  markup and icons and cut at a separator when longer than :data:`MAX_CHARS`; with whether the line itself says
  the job goes on (:data:`PRESENT_RE`), the only ground for "your current role";
- :func:`skill_line`: the CV line where a skill is written (a bullet or sentence of an entry first, never a
  heading, a skills or an education line), cut to the sentence that holds the skill and :data:`MAX_WORDS` words.

Both return "" when no such line is found (the question is then asked as before, saying less).
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.cv_confidence_cues import _end_near, entry_end
from core.analysis.cv_entry_bounds import DATE_RANGE_RE
from core.analysis.cv_entry_check import (
    _BULLET_RE,
    _boundary,
    _header,
    _heading,
    _label_or_wrapped,
    _range,
    _section_above,
    beside_work_only,
)
from core.analysis.cv_lang import fold, rows_holding
from core.analysis.cv_opener import _older, course_title, latest_index
from core.analysis.cv_places import is_place
from core.analysis.cv_quote_parts import EDGE as _EDGE
from core.analysis.cv_quote_parts import entry_words

MAX_CHARS = 90  # an opener's quote longer than this is cut at a separator (a header line holds ~60 on most CVs)
MAX_WORDS = 18  # a skill's quote: at most this many words (a bullet's first clause or two)
# the job goes on, in the six languages the reader knows: "2019 – present", "seit 03/2021 – heute", "desde 2020 –
# actualidad", "2021 – atual", "depuis 2020 – aujourd'hui", "2022 – oggi", "Current", "to date", "ongoing"
PRESENT_RE = re.compile(
    r"(?i)(?<!\w)(?:present|current(?:ly)?|now|to date|ongoing|heute|aktuell|derzeit|laufend|actualidad|"
    r"actualmente|presente|hoy|atual(?:mente)?|hoje|aujourd['’]hui|pr[ée]sent|en cours|oggi|in corso|attuale)(?!\w)")
# markup and icons: markdown links ("[Acme](https://…)" -> "Acme"), HTML tags, emphasis, headings' hashes,
# quotation marks of a blockquote, icon glyphs (private use area, dingbats, emoji, arrows and box bullets)
_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG_RE = re.compile(r"<[^<>]*>")
_URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\S+@\S+\.\w+")  # a web address or an e-mail: no words to quote
_MARK_RE = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|`+|^\s*(?:#{1,6}|>)\s*|\\(?=\W)")
_GLYPH_RE = re.compile(r"[\ue000-\uf8ff\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
                       r"\ufe0f\u200d]")
_QUOTE_MARKS_RE = re.compile(r"[\"“”„«»]")
# "Montpellier, France\par%": a LaTeX command, a comment; never a percentage ("from 74% to 89%": a figure's sign)
_LATEX_RE = re.compile(r"\\[a-zA-Z]+\*?|(?<![\\\d\s])%.*$|(?<=\\par)%.*$|^\s*%.*$")
# separators a header line's parts are written between: "Title — Employer | City | 2019 – present"
_SEPARATOR_RE = re.compile(r"\s+[|·•—–]\s+|\s+-\s+|,\s+|\s+@\s+|\s*\|\s*")


@lru_cache(maxsize=1 << 16)  # pure; the same lines are cleaned for every skill and entry quoted
def clean_line(line: str) -> str:
    """``line`` as it reads without markup or icons: link text kept, tags, emphasis, heading hashes, a bullet and
    icon glyphs removed, quotation marks dropped (the question quotes it), spaces collapsed, separators stripped
    from its ends."""
    text = _LINK_RE.sub(r"\1", line or "")
    text = _URL_RE.sub(" ", text)
    text = _TAG_RE.sub(" ", text)
    text = _GLYPH_RE.sub(" ", text)
    text = _BULLET_RE.sub("", text)
    text = _LATEX_RE.sub(" ", text)
    text = _MARK_RE.sub("", text)
    text = _QUOTE_MARKS_RE.sub("", text).replace("{", "(").replace("}", ")")
    return re.sub(r"\s+", " ", text).strip(_EDGE)


def cut_at_separator(text: str, limit: int = MAX_CHARS) -> str:
    """``text`` when at most ``limit`` characters, else its longest head that ends before a separator (:data:
    `_SEPARATOR_RE`) and fits; else its head cut at the last space that fits, with "…" (never inside a word)."""
    if len(text) <= limit:
        return text
    heads = [text[: m.start()].rstrip(_EDGE) for m in _SEPARATOR_RE.finditer(text) if m.start() <= limit]
    heads = [h for h in heads if len(h.split()) >= 2 or len(h) >= 12]
    if heads:
        return heads[-1]
    head = text[: limit + 1]
    head = head[: head.rfind(" ")] if " " in head else head[:limit]
    return head.rstrip(_EDGE) + "…"


def _lines(cv_text: str) -> list[str]:
    return (cv_text or "").splitlines()


def _dated_header(lines: list[str], row: int) -> bool:
    """Whether line ``row`` is an entry's header line: short, no bullet, no heading, under an experience heading,
    with a date range on it or on a header line next to it (one or two lines away, only header lines between)."""
    line = lines[row]
    if not line.strip() or _BULLET_RE.match(line) or not _header(line) or _heading(line):
        return False
    if _section_above(lines, row) != "experience":
        return False
    words = clean_line(DATE_RANGE_RE.sub(" ", line))
    if not re.search(r"[^\W\d_]{2}", words) or is_place(words):  # dates or a place alone: no entry's title
        return False
    if _range(line):
        return True
    for step in (1, -1):
        for k in (1, 2):
            j = row + step * k
            if not 0 <= j < len(lines) or _BULLET_RE.match(lines[j]) or not _header(lines[j]) or _heading(lines[j]):
                break
            if _range(lines[j]):
                return True
    return False


def _ends_last(lines: list[str], rows: list[int]) -> bool:
    """Whether the date range on or next to the entry's header lines ``rows`` (its title's, its employer's) ends no
    earlier than every date range written under an experience heading
    (:func:`core.analysis.cv_confidence_cues.entry_end`): no later entry, read or not, that the quote would pass
    over ("Associate Professor, UCF, 2018- 2020" below a job of 2021 – present)."""
    own = max((end for row in rows if (end := _end_near(lines, [row], 2)) is not None), default=None)
    if own is None:
        return False
    section, ends = None, []
    for line in lines:
        section = _boundary(line) or section
        if section == "experience" and (end := entry_end(line)) is not None:
            ends.append(end)
    return own >= max(ends, default=own)


def _only_current(lines: list[str], row: int) -> bool:
    """Whether line ``row`` says its job goes on (:data:`PRESENT_RE` with a date range) and no other line under an
    experience heading does: the one current entry, though its line names no employer (a freelance post)."""
    section, current = None, []
    for i, line in enumerate(lines):
        section = _boundary(line) or section
        if section == "experience" and _range(line) and PRESENT_RE.search(line):
            current.append(i)
    return current == [row]


def _rows(lines: list[str], value: str) -> list[int]:
    value = re.sub(r"\s+", " ", fold(value or "")).strip()
    if len(value) < 2:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")
    # each line cleaned and folded once (its rows found with one search), not once per value asked
    return [i for i in rows_holding([clean_line(line) for line in lines], value)
            if pattern.search(fold(clean_line(lines[i])))]


def opener_line(facts: dict, cv_text: str) -> tuple[str, bool]:
    """``(line, goes_on)``: the header line (:func:`_dated_header`) of the entry the reading takes as the latest
    (:func:`core.analysis.cv_opener.latest_index` over ``facts["jobs"]``), cleaned (:func:`clean_line`) and cut
    (:func:`cut_at_separator`); ``goes_on`` when the quoted line itself says the job goes on (:data:`PRESENT_RE`).
    A line holding both the entry's title and its employer first, then its title's line within two lines of its
    employer's (the two quoted, parted by " — ", in the CV's order), then its employer's; the title's line alone only
    when the title is written on one header line and that line is the one under a work heading that says a job goes on
    (session 20: :func:`_only_current`). Never an entry the CV lists beside work only
    (:func:`core.analysis.cv_entry_check.beside_work_only`: a volunteer post, a project), nor a course's
    (:func:`core.analysis.cv_opener.course_title`). ``("", False)`` when no such line is found. ``facts``: :func:`core.analysis.cv.extract_cv_facts`' output."""
    # never an entry the CV lists beside work (a volunteer post, a project), however late its dates (session 19)
    # nor a course listed under work ("Coding Bootcamp Student": "I am currently enrolled in ...", session 22b)
    jobs = [tuple(job) for job in facts.get("jobs") or []
            if not beside_work_only(job[1], cv_text) and not course_title(job[0])]
    title, work = facts.get("current_title") or "", {**facts, "jobs": jobs}
    # the entry of the current title, as quotable_facts takes it, unless another entry is dated later
    index = next((i for i, job in enumerate(jobs) if title and job[0] == title and not _older(job, work, cv_text)),
                 latest_index(jobs, cv_text))
    if index is None:
        return "", False
    role, employer = jobs[index]
    lines = _lines(cv_text)
    # not a line wrapped from the one above ("Selbstvermarktung (BBZ … seit 2024)" ending a course's line)
    roles = [r for r in _rows(lines, role) if _dated_header(lines, r) and not _label_or_wrapped(lines, r, role)]
    employers = [r for r in _rows(lines, employer)
                 if _dated_header(lines, r) and not _label_or_wrapped(lines, r, employer)]
    if index:  # a CV listed oldest first: the latest entry is written last
        roles, employers = roles[::-1], employers[::-1]
    both = [r for r in roles if r in employers]
    near = [r for r in roles if any(abs(r - e) <= 2 for e in employers)]
    # session 20: the title's line alone only when it is the one line under a work heading that says a job goes on: a
    # line without the entry's employer is as often another entry's ("JUNE – AUGUST 2019: INTERN IN …" below the
    # current post), so the opener says less
    row = next(iter(both or near or employers or [r for r in roles[:1] if len(roles) == 1 and _only_current(lines, r)]),
               None)  # unless it is the one line that says a job goes on ("Freelance Designer | 2023 – Present")
    if row is None or not _ends_last(lines, [row, *(e for e in employers if abs(e - row) <= 2)]):
        return "", False
    # a header whose title and employer sit on lines of their own ("Operations Analyst" / "Harbourline Ltd, Bristol"
    # / "Mar 2021 – Present"): the two lines, in the CV's order, parted by " — " (session 19); never the dates' line
    rows = sorted({row, *(e for e in employers[:1] if row not in employers and 0 < abs(e - row) <= 2)})
    # a part that only closes the one above ("… Program" / "(CoCo)."): its bracket, never a second part (session 27)
    parts = [_without_label(clean_line(lines[r])) for r in rows]
    text = parts[0]
    for part in parts[1:]:
        text += (" " if part.startswith("(") else " — ") + part
    whole = _title_whole(_with_end_stop_dropped(text), role, lines, rows[-1])
    line = cut_at_separator(entry_words(whole))  # never its dates, street address or postcode (rc27 N10)
    if len(line.split()) < 2 and row not in employers:  # "Intern" alone says too little of the entry
        return "", False
    return line, bool(PRESENT_RE.search(cut_at_separator(whole)))  # "2019 - Present" said the job goes on


# a label a CV groups its entries under, never part of the title: "As a Nurse Practitioner" over its employers' lines
_AS_LABEL_RE = re.compile(r"^(?:As|Als|Como|En tant que|Come)\s+(?:an?|ein(?:e)?|un[ae]?)\s+(?=\S)", re.IGNORECASE)
# a full stop that ends a header line, not an abbreviation's ("Ltd.", "Inc.", "Co.", "S.A.", "St.")
_END_STOP_RE = re.compile(r"(?<![\s.])(?<!\b[A-Z])(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)(?<!\bSt)(?<!\bJr)"
                          r"(?<!\bBros)(?<!\bLLC)(?<!\bPLC)(?<!\bplc)(?<!\bGmbH)\.$")


def _without_label(part: str) -> str:
    """A header line's text without the label it opens with ("As a Nurse Practitioner" -> "Nurse Practitioner"); the
    part as it was when nothing would be left."""
    return _AS_LABEL_RE.sub("", part, count=1) or part


def _with_end_stop_dropped(text: str) -> str:
    """``text`` without a full stop at its end, an abbreviation's kept: the quote is closed and the sentence goes on
    after it (session 26 re-check, N10: "“… — (CoCo).”.")."""
    return _END_STOP_RE.sub("", text)


def _title_whole(text: str, role: str, lines: list[str], last: int) -> str:
    """``text`` (the quote of header lines up to row ``last``) with the rest of the entry's title ``role`` when the
    quote ends on its first words and the next line holds the rest (a PDF's wrap: "…, Georgia — Sales" /
    "Representative": session 26 re-check, N10); ``text`` otherwise."""
    role = _without_label(re.sub(r"\s+", " ", role or "").strip())
    if not role or role.lower() in text.lower() or last + 1 >= len(lines):
        return text
    following = clean_line(lines[last + 1])
    joined = f"{text} {following}"
    at = joined.lower().rfind(role.lower())
    if following and at >= 0 and at < len(text) and at + len(role) <= len(joined) and len(following.split()) <= 4:
        return joined[: at + len(role)]
    return text


def _clip(text: str, surface: str, max_words: int = MAX_WORDS) -> str:
    """The sentence of ``text`` that holds ``surface``, at most ``max_words`` words, starting earlier than the skill
    by four words at most when the skill is written late in a long sentence; a longer sentence is cut where a clause
    ends after the skill (a comma, a semicolon or a colon outside brackets, at most :data:`_SLACK` words past
    ``max_words``) with "…", or its last clause holding the skill is quoted to the sentence's end: never inside a noun
    phrase ("…on high-speed packaging…" without its "lines", session 21). Only a sentence with no such place is cut at
    a word boundary, off an article or a link word."""
    parts = [p.strip() for p in re.split(r"(?<=[.;!?])\s+", text) if p.strip()]
    key = re.compile(rf"(?<!\w){re.escape(fold(surface))}(?!\w)")
    sentence = next((p for p in parts if key.search(fold(p))), text).rstrip(" .;,:")
    words = sentence.split()
    if len(words) <= max_words:
        return sentence
    found = key.search(fold(sentence))
    at = len(re.sub(r"\S+$", "", sentence[: found.start()]).split()) if found else 0  # "(Python)": its word, not one more
    start = 0 if at + len(surface.split()) < max_words else max(0, at - 4)
    lead = "…" if start else ""
    skill_end = at + len(surface.split())
    if len(words) - start <= max_words:
        return lead + " ".join(words[start:])
    ends = _clause_ends(words, start, skill_end, start + max_words + _SLACK)
    if within := [e for e in ends if e <= start + max_words] or ends[:1]:
        return lead + " ".join(words[start : within[-1]]).rstrip(" .;,:") + "…"
    # no clause ends after the skill: the sentence's last clause that holds it, when it fits ("…and planned preventive
    # maintenance on high-speed bottling lines across both sites")
    opens = [e for e in _clause_ends(words, 0, 0, at) if 0 < e <= at]
    if opens and len(words) - opens[-1] <= max_words:
        return "…" + " ".join(words[opens[-1]:])
    head = words[start : start + max_words]
    while len(head) > skill_end - start and _OPEN_END_RE.search(head[-1]):
        head.pop()  # "…and a…": never an article or a link word last
    return lead + " ".join(head).rstrip(" .;,:") + "…"


_SLACK = 6  # how far past MAX_WORDS a quote may run to end where a clause ends


def _clause_ends(words: list[str], start: int, skill_end: int, limit: int) -> list[int]:
    """The word counts (from ``words``' start) after which a clause ends, past ``skill_end`` and at most ``limit``: a
    word ending in a comma, semicolon or colon with every bracket opened since ``start`` closed."""
    ends, depth = [], 0
    for i in range(start, min(len(words), limit)):
        depth += words[i].count("(") - words[i].count(")")
        if i + 1 > skill_end and depth <= 0 and re.search(r"[,;:]$", words[i]):
            ends.append(i + 1)
    return ends


def _listed(text: str) -> bool:
    """Whether ``text`` is a list of terms, after a field's label or not ("Tools: SQL, Python, Tableau", "DATEV
    LODAS, SAP HCM, MS Office"): three parts or more, parted by commas or semicolons, none over four words."""
    body = re.sub(r"^[^:]{1,30}:\s", "", text)
    parts = [p for p in re.split(r"[,;|·•]", body) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts)


def _cell(text: str, surface: str) -> str:
    """The cell of a table row ("Migrated 40 services to Kafka | 2022", cells parted by " | ") that holds
    ``surface``; ``text`` itself when it is no row or no single cell holds it."""
    cells = [c.strip() for c in re.split(r"\s+\|\s+", text) if c.strip()]
    key = re.compile(rf"(?<!\w){re.escape(fold(surface))}(?!\w)")
    holding = [c for c in cells if key.search(fold(c))]
    return holding[0] if len(cells) > 1 and len(holding) == 1 else text


def skill_line(surface: str, cv_text: str) -> str:
    """The CV's own line where ``surface`` (a skill as the CV writes it; case and accents aside, whole words) is
    written, cut (:func:`_clip`): a bullet or sentence of an experience entry first, then any line of four words or
    more outside a skills or education section that is no heading; "" when none."""
    lines = _lines(cv_text)
    ranked = []
    for row in _rows(lines, surface):
        line = lines[row]
        section = _section_above(lines, row)
        if _heading(line) or section in ("skills", "education"):
            continue
        first, last = _paragraph(lines, row)
        text = _cell(_joined(lines, first, last), surface)
        if len(text.split()) < 4 or _listed(text):  # "Tools: SQL, Python, Tableau": a list, no claim
            continue
        head = lines[first]
        body = bool(_BULLET_RE.match(head)) or not _header(head) or last > first
        ranked.append((not (section == "experience" and body), not body, row, text, last))
    if not ranked:
        return ""
    _, _, row, text, last = min(ranked)
    quote = _clip(text, surface)
    after = lines[last + 1].strip() if last + 1 < len(lines) else ""
    if quote == text.rstrip(" .;,:") and not re.search(r"[.!?;:]$", text) and re.match(r"[a-zà-ÿ]", after):
        quote += "…"  # a sentence wrapped onto a line not joined: quoted as cut, not as ended
    return quote


# a word or mark a sentence cannot end on ("…from a monolith into", "cutting costs,"): the line wraps on
_OPEN_END_RE = re.compile(r"(?i)(?:[,(/&+–-]|\b(?:a|an|the|and|or|of|to|into|onto|in|on|at|for|from|with|by|as|via|"
                          r"using|across|over|per|than|that|which|while|including|between|within|through|und|et|y|e|"
                          r"der|die|das|le|la|les|de|des|du|el|los|di|il))$")


# a contact field: an e-mail, a web address without its scheme ("github.com/jo"), a telephone number
_CONTACT_RE = re.compile(r"(?i)\S@\S|^\S+\.(?:com|org|net|io|dev|me|co|uk|de|fr|es|it|pt|eu|app|ai)(?:/|\s|$)|"
                         r"^\+?[\d\s().-]{7,}$")


_FULL_WORDS = 5  # a line wrapped for want of room holds a sentence's words: at least this many


def _wrapped(lines: list[str], row: int) -> bool:
    """Whether line ``row`` goes on the sentence of the line above (a PDF's or a text file's wrap), whatever its
    first letter: the line above is text that does not end a sentence, neither line is blank, a heading or a
    bullet's start, and the line above ends on a word no sentence ends on (:data:`_OPEN_END_RE`), or this line
    starts in lower case, or its first word would not have fitted on the line above (greedy wrapping: the line
    above, of :data:`_FULL_WORDS` words or more, plus that word passes the widest line within ten lines)."""
    if not 0 < row < len(lines):
        return False
    line, above = lines[row].strip(), lines[row - 1].strip()
    if not line or not above or _BULLET_RE.match(lines[row]) or _heading(lines[row]) or _heading(lines[row - 1]):
        return False
    if _CONTACT_RE.search(line) or _CONTACT_RE.search(above):
        return False  # "+44 7700 900123" / "jo@example.com" / "github.com/jo": the contact lines, one field a line
    if re.search(r"[.!?:;]$", above):
        return False  # a sentence ended
    if re.match(r"[a-zà-ÿ]", line) or _OPEN_END_RE.search(above):
        return True
    if _range(lines[row]) or _range(lines[row - 1]) or _header(lines[row - 1]) and not _header(lines[row]):
        return False  # a dated header line, or a short line above a long one: an entry's header and its text
    if len(above.split()) < _FULL_WORDS:
        return False  # "Command" / "Line Interface": a column of short items, no sentence run out of room
    width = max(len(lines[k].strip()) for k in range(max(0, row - 10), min(len(lines), row + 11)))
    return len(above) + 1 + len(line.split()[0]) > width


def _joined(lines: list[str], first: int, last: int) -> str:
    """Lines ``first`` to ``last`` as one text (:func:`clean_line`), each line's own punctuation kept ("(Swift," /
    "Objective-C)": "(Swift, Objective-C)")."""
    if first == last:
        return clean_line(lines[first])
    parts = []
    for k in range(first, last + 1):
        part, mark = clean_line(lines[k]), lines[k].rstrip()[-1:]
        parts.append(part + mark if mark in ",;:/–-" and part and not part.endswith(mark) else part)
    text = " ".join(parts)
    return re.sub(r"([(\[])\s+", r"\1", text).strip(_EDGE)


def _paragraph(lines: list[str], row: int, most: int = 6) -> tuple[int, int]:
    """(first, last): the rows of the bullet or sentence that line ``row`` is part of, joined across wrapped lines
    (:func:`_wrapped`), at most ``most`` lines either way."""
    first = row
    while row - first < most and _wrapped(lines, first):
        first -= 1
    last = row
    while last - row < most and _wrapped(lines, last + 1):
        last += 1
    return first, last
