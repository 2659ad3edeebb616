"""Say less rather than something wrong: an employer is named beside a skill, an achievement or a behavioural
question only when the CV's own lines put it there (session 17, issue 15 point 3).

On CVs nobody tuned the reader on, about half the quotes that named an employer ("The role calls for X, which your
CV shows at {employer}", "Thinking of your time at {employer}: ...", 'Your CV says: "..." (at {employer})') were
wrong, and the wrong ones passed every confidence cue (:mod:`core.analysis.cv_confidence`). So the claim itself is
checked against the CV's lines, not the reading's confidence: an *entry* is the run of lines from a header line
that holds the employer's name to the next section heading, the next header line naming another employer, or the
next date range after the entry's body began (the next entry's dates); it counts only when it has its own date
range (on the employer's line or a header line next to it) and does not sit under an education or skills heading.

- :func:`employer_entries`: the entries of one employer (line spans);
- :func:`skill_in_entry`: the skill, as the CV writes it (case aside, whole words), is written inside one of them;
- :func:`text_in_entry`: an achievement's opening words are written inside one of them;
- :func:`entry_checked`: :func:`core.analysis.cv_trust.quotable_facts`' output with every employer claim the lines
  do not show removed (the question is then asked without the employer: the skill as the CV names it, the bullet
  verbatim, the behavioural question without a lead).
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.cv_entry_bounds import DATE_RANGE_RE, HEADER_MAX_WORDS
from core.analysis.cv_header_names import ambiguous_in_header
from core.analysis.cv_lang import fold, rows_holding
from core.analysis.cv_lead_rules import side_section
from core.analysis.cv_lines import section_kind

_WINDOW_MAX = 40  # lines: an entry longer than this is a reading that found no next entry
_DATE_REACH = 2  # lines above or below the employer's line where the entry's own dates may be written
_OPENING_WORDS = 6  # an achievement's first words that must be written inside the entry
_BULLET_RE = re.compile(r"^\s*(?:[-•–·▪●◦➢►✓]|\*(?!\*))\s")
# a range whose two ends a middle dot or a bullet parts ("October 2021 · Present"): the same range
_DOT_RANGE_RE = re.compile(r"\s+[·•]\s+")
# a heading of the jobs that the section lexicon does not know ("CAREER PATH", "Previous Roles")
_JOBS_HEADING_RE = re.compile(r"(?i)^(?:career(?:\s+path|\s+history)?|previous\s+roles|roles|positions(?:\s+held)?|"
                              r"appointments|engagements)$")


@lru_cache(maxsize=1 << 16)  # pure; _section_above asks every line above each entry
def _heading(line: str) -> str | None:
    """The section kind of a heading line ("Experience", "EDUCATION", "## Skills"), None for any other line: a short
    line of its own, not a "Label: value" field."""
    text = line.strip(" #*:|-•\t")
    if not text or len(text.split()) > 5 or re.search(r":\s*\S", line):
        return None
    return "experience" if _JOBS_HEADING_RE.match(text) else section_kind(text)


def _range(line: str) -> bool:
    return bool(DATE_RANGE_RE.search(_DOT_RANGE_RE.sub(" - ", line)))


def _sub_heading(line: str) -> bool:
    """Whether a heading line opens a part of an entry ("#### Technologies & outils :", "Key achievements:"): it
    ends on a colon and names no experience or education section."""
    return line.rstrip(" *_\t").endswith(":") and _heading(line) not in ("experience", "education")


def _boundary(line: str) -> str | None:
    """The section kind of a heading line that ends an entry (:func:`_heading`, an entry's sub-heading aside)."""
    return None if _sub_heading(line) else _heading(line)


def _section_above(lines: list[str], row: int) -> str | None:
    return next((kind for j in range(row, -1, -1) if (kind := _boundary(lines[j]))), None)


# a volunteer post marked in its own title line (session 22b): "Sound Technician - Volunteer", "Youth Leader
# (Volunteer)", "Volunteer Tutor"; not a paid post that speaks of volunteers ("Volunteer Coordinator")
_VOLUNTEER_MARK_RE = re.compile(
    r"(?i)\((?:unpaid\s+)?volunteer\w*\)|[-–—|,/:]\s*(?:unpaid\s+)?volunteer\w*\s*$"
    r"|^(?:unpaid\s+)?volunteer\w*\b(?!\s+(?:coordinator|manager|director|services|program\w*|engagement|relations|"
    r"recruit\w*|supervisor|administrator|lead|officer|specialist|liaison|management|and|&))")


def _volunteer_titled(lines: list[str], row: int) -> bool:
    """Whether the header line ``row`` or a short line next to it (no heading, no bullet) marks the entry a
    volunteer's post (:data:`_VOLUNTEER_MARK_RE`); blank lines between are skipped, dates are no part of the mark."""
    above = next((j for j in range(row - 1, -1, -1) if lines[j].strip()), -1)
    below = next((j for j in range(row + 1, len(lines)) if lines[j].strip()), -1)
    for j in (row, above, below):
        if not 0 <= j < len(lines) or (j != row and (not _header(lines[j]) or _heading(lines[j])
                                                     or _BULLET_RE.match(lines[j]))):
            continue
        text = re.sub(r"[*_#`]+", " ", DATE_RANGE_RE.sub(" ", lines[j])).strip(" \t|·•-–—,")
        if _VOLUNTEER_MARK_RE.search(text):
            return True
    return False


def _beside_work(lines: list[str], row: int) -> bool:
    """Whether line ``row`` is under a heading of things done beside work ("Volunteering", "Other Involvement",
    "Projects": :func:`core.analysis.cv_lead_rules.side_section`), not an experience heading; or its entry's title
    line marks it a volunteer's post (:func:`_volunteer_titled`, session 22b)."""
    heading = next((j for j in range(row, -1, -1) if _boundary(lines[j])), None)
    if heading is not None and _boundary(lines[heading]) != "experience" and side_section(lines[heading]):
        return True
    return _volunteer_titled(lines, row)


def beside_work_only(name: str, cv_text: str) -> bool:
    """Whether every header line that holds ``name`` is under a heading of things done beside work
    (:func:`_beside_work`): a volunteer post or a project the CV lists apart from its jobs; False when none holds it."""
    lines = (cv_text or "").splitlines()
    rows = [r for r in rows_holding(lines, name) if _header(lines[r])] if name.strip() else []
    return bool(rows) and all(_beside_work(lines, r) for r in rows)


@lru_cache(maxsize=1 << 16)  # pure; every line is checked once per employer, name and rule (a 60,000-character CV)
def _header(line: str) -> bool:
    """A line short enough for an entry's header: at most :data:`HEADER_MAX_WORDS` words (separators, dates and
    markup are no words: "Engineer @ Acme — Toronto, CA | Mar 2021 — Apr 2022 | Remote")."""
    return len(re.findall(r"[^\W\d_][\w'’.&-]*", re.sub(r"<[^<>]*>", " ", DATE_RANGE_RE.sub(" ", line)))) <= HEADER_MAX_WORDS


# what may stand before and after a name held whole on a header line: the line's ends, a separator, a date, a
# preposition that links a title to its employer ("Analyst at Acme", "Ingenieur bei Siemens"), a place after a comma
_BEFORE = r"(?:^|[,|·•–—:;(\[/@„“”\"«]|\s-|\d\s|\b(?:at|bei|beim|im|chez|a|à|en|for|fur|para|presso|bij|with)\s)\s*"
_AFTER = (r"(?:\s+-|\s*(?:$|[,|·•–—:;()\[\]/„“”\"»]|-+(?:\s|-)|\.(?:\s|$)|\d|\b(?:since|seit|desde|depuis|from)\b))")


@lru_cache(maxsize=1 << 16)  # pure; asked for each (line, name) pair by several readers
def _whole(line: str, name: str) -> bool:
    """Whether ``line`` holds ``name`` whole (case, accents and markup aside): between separators, a line's ends or
    a date, not a piece of a longer name ("Ciudad del" of "Ciudad del Este Systems") or a phrase ("in Satellites
    Engineering" of "Master in Satellites Engineering")."""
    name = re.sub(r"\s+", " ", fold(name)).strip()
    folded = fold(line)
    # markup and dates are only taken out or replaced by separators below: a name held there has each word here
    if not name or not all(word in folded for word in name.split()):
        return False
    text = re.sub(r"<[^<>]*>|[*_#`>]+", " ", DATE_RANGE_RE.sub(" | ", folded)).strip(" -•·\t")
    return bool(_whole_re(name).search(re.sub(r"\s+", " ", text)))


@lru_cache(maxsize=4096)  # one per name; built anew each call, they pushed other patterns out of re's own cache
def _whole_re(name: str) -> re.Pattern[str]:
    return re.compile(_BEFORE + re.escape(name) + _AFTER)


# the small words a wrapped sentence stops on ("... und" / "Vermarktung"), in the six languages the reader knows; not
# a preposition that brings in an employer ("Software designer at" / "Mera Networks": the name follows whole)
_LINK_WORDS = frozenset(("and", "or", "of", "the", "to", "und", "oder", "der", "die", "das", "von", "et", "ou", "du",
                         "des", "y", "e", "o", "del", "della", "di", "van"))


def _label_or_wrapped(lines: list[str], row: int, name: str) -> bool:
    """Whether the name opening line ``row`` is no header's: a field's label before its dates ("Período: abril de
    2011 – março de 2020", "Dates: 2019 - 2021"), or the end of a line wrapped from the line above: a bullet cut
    inside a name ("- Berater bei City" / "Getränke seit 2022") or a sentence that stops on a linking word ("... und" /
    "Vermarktung (...)")."""
    text = re.sub(r"[*_#`>]+", " ", fold(lines[row])).strip(" -•·\t")
    name = re.sub(r"\s+", " ", fold(name)).strip()
    if not text.startswith(name):
        return False
    if re.match(r"\s*:\s*\S", text[len(name):]) and _dates(text[len(name):].split(":", 1)[1][:40]):
        return True
    above = lines[row - 1].rstrip() if row > 0 else ""
    last = re.search(r"([^\W\d_][\w'’-]*)$", above)
    cut_name = bool(_BULLET_RE.match(above)) and last is not None and last.group(1)[:1].isupper()  # "- ... bei City"
    return (cut_name or bool(last) and last.group(1) in _LINK_WORDS) and not _heading(above)


def _two_parts(name: str) -> bool:
    """Whether a name holds a comma that parts two names, not a legal form's ("Computer Lab, Dunmore University":
    a unit and its organisation read as one; "Acme, Inc." is one)."""
    return bool(re.search(r",(?!\s*(?:inc|llc|ltd|plc|l\.?p|s\.?a|gmbh|ag|co)\b)", name, re.IGNORECASE))


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _dates(line: str) -> bool:
    """A date range, or a year on a header line ("Intern, Acme | Summer 2022", "June 2019 – July" wrapped)."""
    return _range(line) or bool(_YEAR_RE.search(line))


def _dated(lines: list[str], row: int) -> bool:
    """Whether the entry whose header holds line ``row`` has its own dates (:func:`_dates`): on that line, or on a
    header line within :data:`_DATE_REACH` lines of it with only header lines between."""
    if _dates(lines[row]):
        return True
    for step in (1, -1):
        for k in range(1, _DATE_REACH + 1):
            j = row + step * k
            if not 0 <= j < len(lines) or not _header(lines[j]) or _heading(lines[j]):
                break
            if _dates(lines[j]):
                return True
    return False


def employer_entries(employer: str, cv_text: str, jobs: list | tuple = ()) -> list[tuple[int, int]]:
    """The entries of ``employer`` in ``cv_text`` as ``(first line, end line)`` index spans (end excluded), in the
    order written: a header line holding the name whole (:func:`_whole`; case and accents aside), dated (:func:`_dated`), not under an
    education or skills heading nor a heading of things done beside work (:func:`_beside_work`); the span ends at the next section heading, the next header line naming another
    employer of ``jobs`` ((role, employer) pairs), or the next date range once the body began. [] when none."""
    lines = (cv_text or "").splitlines()
    titles = tuple(role for role, _ in jobs or () if role)
    others = {i for _, other in jobs or () if other and fold(other) != fold(employer) for i in rows_holding(lines, other)
              if _header(lines[i])}
    spans = []
    for row in rows_holding(lines, employer):
        if (not _header(lines[row]) or _heading(lines[row]) or not _whole(lines[row], employer)
                or _two_parts(employer) or _label_or_wrapped(lines, row, employer) or not _dated(lines, row)):
            continue
        if _section_above(lines, row) in ("education", "skills") or _beside_work(lines, row):
            continue
        if ambiguous_in_header(lines, row, employer, titles):
            continue  # two names on the entry's header and no mark that says which employed the person (session 20)
        end, body = row + 1, False
        while end < min(len(lines), row + _WINDOW_MAX) and end not in others and not _boundary(lines[end]):
            if body and _range(lines[end]):
                break
            body = body or not _header(lines[end]) or bool(_BULLET_RE.match(lines[end]))
            end += 1
        spans.append((row, end))
    return spans


def _written_in(lines: list[str], spans: list[tuple[int, int]], pattern: re.Pattern[str],
                employer: str = "", jobs: list | tuple = ()) -> bool:
    """Whether ``pattern`` is found in one of the ``spans``; a line in it that names another employer of ``jobs``
    and not ``employer`` ("Na Sonae MC: geri … Google Ads" under the last table row) speaks of that other one."""
    others = [fold(o) for _, o in jobs or () if o and fold(o) != fold(employer)]

    def elsewhere(line: str) -> bool:
        text = fold(line)
        return any(re.search(rf"(?<!\w){re.escape(o)}(?!\w)", text) for o in others) and fold(employer) not in text
    return any(pattern.search(fold(" ".join(line if not elsewhere(line) else " \x00x\x00 " for line in lines[a:b])))
               for a, b in spans)


def skill_in_entry(skill: str, employer: str, cv_text: str, jobs: list | tuple = ()) -> bool:
    """Whether ``skill`` (as the CV writes it; case and accents aside, whole words) is written inside one of
    ``employer``'s entries (:func:`employer_entries`)."""
    if not skill.strip():
        return False
    lines = (cv_text or "").splitlines()
    pattern = re.compile(rf"(?<!\w){re.escape(fold(skill))}(?!\w)")
    return _written_in(lines, employer_entries(employer, cv_text, jobs), pattern, employer, jobs)


def text_in_entry(text: str, employer: str, cv_text: str, jobs: list | tuple = ()) -> bool:
    """Whether the first :data:`_OPENING_WORDS` words of ``text`` (an achievement's bullet) are written inside one of
    ``employer``'s entries (a line wrapped inside the bullet counts as one line)."""
    words = re.findall(r"\w+", fold(text))[:_OPENING_WORDS]
    if not words:
        return False
    lines = (cv_text or "").splitlines()
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)")
    return _written_in(lines, employer_entries(employer, cv_text, jobs), pattern, employer, jobs)


def _work_header(name: str, cv_text: str, jobs: list | tuple = ()) -> bool:
    """Whether a short line under a work heading (no bullet, not beside work) holds ``name`` whole and its header
    singles it out as the employer (:func:`core.analysis.cv_header_names.ambiguous_in_header`), dated or not."""
    lines = (cv_text or "").splitlines()
    titles = tuple(role for role, _ in jobs or () if role)
    return any(_header(lines[r]) and not _BULLET_RE.match(lines[r]) and _whole(lines[r], name)
               and _section_above(lines, r) == "experience" and not _beside_work(lines, r)
               and not ambiguous_in_header(lines, r, name, titles) for r in rows_holding(lines, name))


def entry_checked(quoted: dict, facts: dict, cv_text: str) -> dict:
    """``quoted`` (:func:`core.analysis.cv_trust.quotable_facts`' output) with every employer claim the CV's lines
    do not show removed:

    - ``employers`` (the behavioural leads): those with an entry (:func:`employer_entries`) or the opener's own
      employer (``current_job_parts``, which its own gate passed) when a short line under a work heading names it and
      its header singles it out (:func:`_work_header`; session 20: before, anywhere but beside work only);
    - ``skill_employer``: pairs whose skill (``skill_surface``'s spelling, else the lexicon's) is written inside
      one of the employer's entries (:func:`skill_in_entry`);
    - ``achievement_employer``: achievements written inside one of the employer's entries (:func:`text_in_entry`).

    ``facts``: :func:`core.analysis.cv.extract_cv_facts`' output (its ``jobs`` bound the entries). Returns a new
    dict; without ``cv_text``, ``quoted`` unchanged."""
    if not cv_text:
        return quoted
    jobs = facts.get("jobs") or []
    opener = (quoted.get("current_job_parts") or ("", ""))[1]
    known: dict[str, bool] = {}

    def has_entry(name: str) -> bool:
        if name not in known:
            known[name] = bool(employer_entries(name, cv_text, jobs))
        return known[name]

    surface = quoted.get("skill_surface") or {}
    out = dict(quoted)
    # session 20: the opener's employer too only when a header line under a work heading names it and singles it out
    # (its own gate took it from the reading's entry: a headline "Intern at Atos." or a project's line passed)
    out["employers"] = [e for e in quoted.get("employers") or []
                        if (e == opener and _work_header(e, cv_text, jobs)) or has_entry(e)]
    out["skill_employer"] = {s: e for s, e in (quoted.get("skill_employer") or {}).items()
                             if skill_in_entry(surface.get(s, s), e, cv_text, jobs)}
    out["achievement_employer"] = {a: e for a, e in (quoted.get("achievement_employer") or {}).items()
                                   if text_in_entry(a, e, cv_text, jobs)}
    return out
