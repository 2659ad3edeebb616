"""Cues of a reader meeting a new CV's shape (session 16, second round; issue 15), for
:mod:`core.analysis.cv_confidence`.

The first cues there (the reading paired, the opener's entry first, a date by the employer) fit the sets the reader
was tuned on; on a set nobody had tuned on (fresh set 16) the wrong quotes were of other kinds: a title, a school, a
course or a bullet's words read as an employer; an old internship read as the current role while later entries
exist; a title with markup or a note in brackets; skill tags printed after one entry attached to the next one's
employer. Each cue here is a question any CV can answer, in the six languages the reader knows:

- :func:`entry_end` / :func:`latest_dated`: the entry's date range ends last among the entries read ("present",
  "heute", "actual" last of all);
- :func:`role_noun`: a word of the text is a role noun (an English role word, a German or Dutch title head or a
  compound ending in one, a Romance title head first; "Werkstudent", "Sachbearbeiter", "Assistenz", "Analista");
- :func:`plain_name`: no markup, bracket, slash or equals sign ("Capdesk (Acquired by Carta)", "A / B",
  ``\\textbf{...}``): two names, or a name and a note, read as one;
- :func:`school_word`: a school's, course's or degree's word ("Gymnasium", "Realschule", "Lycée", "Studium");
- :func:`capitalised`: every word but the small linking ones opens on a capital or a digit (a name), not
  lower-case words of a sentence ("präzise Umsetzung anspruchsvoller");
- :func:`inside_entry`: a skill is written between its employer's line and the next entry's (or section's) line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.cv_entry_bounds import DATE_RANGE_RE, HEADER_MAX_WORDS
from core.analysis.cv_lang import PRESENT_WORDS, SINCE_WORDS, _germanic_head, fold, romance_head, rows_holding
from core.analysis.cv_lines import ROLE_WORDS, section_kind
from core.analysis.cv_names import legal_form_name

# German role nouns of a position, not a person ("PR-Assistenz", "Projektleitung", "Aushilfe Verkauf")
_POSITION_HEADS = ("assistenz", "leitung", "aushilfe", "vertretung")
_OPEN_END_RE = re.compile(rf"(?i)(?<!\w)(?:{PRESENT_WORDS}|now|current|today|date|since|{SINCE_WORDS})(?!\w)")
_MONTH_YEAR_RE = re.compile(r"(?<!\d)(?:(\d{1,2})[./-])?((?:19|20)\d\d)(?!\d)")
_MARKS_RE = re.compile(r"[()\[\]{}\\/|=<>#*_`]")
_SCHOOL_RE = re.compile(
    r"(?i)(?:gymnasium|schule|kolleg\b|lyc[ée]e|liceo|colegio|escola|escuela|instituto\s+de\s+ensino|high\s+school|"
    r"secondary\s+school|studium|studiengang|ausbildung|weiterbildung|bildungs|lehrgang|kurs\b|course|bootcamp|"
    r"bachelor|master|diplom|abitur|licence|laurea|grado|licenciatura)"
)
_SMALL_WORDS = frozenset(("de", "di", "da", "do", "del", "della", "des", "du", "la", "le", "el", "y", "e", "et", "and",
                          "of", "the", "for", "für", "und", "am", "an", "der", "die", "das", "zum", "zur", "dos", "das",
                          "van", "von", "&", "-", "|", "/", "a", "à", "en", "in", "on", "at", "by"))
_WINDOW_MAX = 40  # lines: an entry longer than this is a reading that found no next entry


@lru_cache(maxsize=1 << 14)  # pure; the same windows of lines are dated for every cue
def entry_end(text: str) -> int | None:
    """The end of the last date range in ``text`` as ``year * 100 + month`` (month 0 when not written), 999999
    when the range is open ("2021 - present", "seit 2019", "11/2024 – Jetzt"); None when ``text`` holds no range."""
    ends = []
    for match in DATE_RANGE_RE.finditer(text or ""):
        written = match.group(0)
        if _OPEN_END_RE.search(written):
            ends.append(999999)
            continue
        dates = _MONTH_YEAR_RE.findall(written)
        if dates:
            month, year = dates[-1]
            ends.append(int(year) * 100 + (int(month) if month and int(month) <= 12 else 0))
    return max(ends) if ends else None


def _end_near(lines: list[str], rows: list[int], reach: int) -> int | None:
    """The latest date-range end on the rows or within ``reach`` lines of them: the nearest row first, at one
    distance the row below before the row above (a header's dates are written under it more often than over it,
    and the row above may end the entry before)."""
    for distance in range(reach + 1):
        for step in (distance, -distance):
            ends = [entry_end(lines[i + step]) for i in rows if 0 <= i + step < len(lines)]
            ends = [e for e in ends if e is not None]
            if ends:
                return max(ends)
    return None


def latest_dated(role: str, employer: str, jobs: list, cv_text: str, reach: int = 3) -> bool:
    """Whether the entry (``role`` at ``employer``) has a date range ending no earlier than that of any other entry
    read (``jobs``: (role, employer) pairs): an entry written with its dates that no later-dated entry follows or
    precedes. False when the entry has no date range near its title or employer."""
    lines = (cv_text or "").splitlines()
    own = _end_near(lines, rows_holding(lines, employer) + rows_holding(lines, role), reach)
    if own is None:
        return False
    others = [_end_near(lines, rows_holding(lines, other), reach) for _, other in jobs or [] if other and fold(other) != fold(employer)]
    return all(own >= end for end in others if end is not None)


def role_noun(text: str) -> bool:
    """Whether a word of ``text`` is a role noun in one of the six languages (module docstring)."""
    words = [w for w in re.split(r"[\s/,()]+", text or "") if re.search(r"[^\W\d_]", w)]
    for index, word in enumerate(words):
        parts = [p for p in word.split("-") if p]
        if any(ROLE_WORDS.fullmatch(p) for p in parts) or _germanic_head(word):
            return True
        if fold(parts[-1] if parts else word).endswith(_POSITION_HEADS):
            return True
        if index == 0 and romance_head(word):
            return True
    return False


def plain_name(text: str) -> bool:
    """Whether ``text`` has no markup, bracket, slash, pipe or equals sign (module docstring)."""
    return not _MARKS_RE.search(text or "")


def markup_free(text: str) -> bool:
    """Whether ``text`` has no markup character (``\\``, braces, square or angle brackets, ``=``, ``#``, ``*``,
    ``_``, backquote, ``|``): "\\textbf{Master Intern}\\hfill" is source text, not a title. A note in round
    brackets or a slash ("Engineer (Contract)", "Officer / Support") is a title's own."""
    return not re.search(r"[\\{}\[\]<>=#*_`|]", text or "")


def school_word(text: str) -> bool:
    """Whether ``text`` holds a school's, course's or degree's word ("Mariengymnasium", "Duales Studium")."""
    return bool(_SCHOOL_RE.search(text or ""))


def capitalised(text: str) -> bool:
    """Whether every word of ``text`` but the small linking ones opens on a capital or a digit."""
    words = [w for w in re.split(r"[\s,]+", text or "") if w and fold(w) not in _SMALL_WORDS]
    return bool(words) and all(not w[:1].isalpha() or w[:1].isupper() for w in words)


def employer_is_role(employer: str) -> bool:
    """Whether the employer's name is a role noun's phrase ("Sachbearbeiter Verkaufsinnendienst", "PR-Assistenz") and
    no legal form marks it as a name ("Berater Partner GmbH")."""
    return role_noun(employer) and not legal_form_name(employer)


def inside_entry(skill: str, employer: str, jobs: list, cv_text: str) -> bool:
    """Whether ``skill`` is written inside ``employer``'s entry: on its line or below it, before the next header line
    (short, or with a date range) that names another entry's employer or opens an education or experience section (at most :data:`_WINDOW_MAX` lines). Skill tags printed after
    one entry, just above the next employer's line, are the earlier entry's."""
    lines = (cv_text or "").splitlines()
    starts = rows_holding(lines, employer)
    if not starts:
        return False
    others = {i for _, other in jobs or [] if other and fold(other) != fold(employer) for i in rows_holding(lines, other)
              if len(lines[i].split()) <= HEADER_MAX_WORDS or DATE_RANGE_RE.search(lines[i])}
    pattern = re.compile(rf"(?<!\w){re.escape(skill)}(?!\w)", re.IGNORECASE)
    for start in starts:
        end = start + 1
        while end < min(len(lines), start + _WINDOW_MAX) and end not in others and not _section_line(lines[end]):
            end += 1
        if any(pattern.search(lines[i]) for i in range(start, end)):
            return True
    return False


def _section_line(line: str) -> bool:
    """Whether ``line`` opens an education or experience section (an entry's own "Tools:", "Key achievements:"
    sub-headings are inside it)."""
    return section_kind(line.strip(" #*:|-")) in ("education", "experience")


def all_dated(jobs: list, cv_text: str, reach: int = 3) -> bool:
    """Whether every entry read with an employer has a date range on or near the employer's line: the CV's job
    section read in its own shape. False when no entry was read."""
    lines = (cv_text or "").splitlines()
    named = [e for _, e in jobs or [] if e]
    return bool(named) and all(_end_near(lines, rows_holding(lines, e), reach) is not None for e in named)
