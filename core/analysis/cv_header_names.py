"""Quote, don't compose: which name on a job's header line a question may call the employer (session 20, issue 15
point 3).

On CVs nobody tuned the reader on, about a quarter of the employers the behavioural leads named ("Thinking of your
time at X…") were wrong: a town, a team, a client or a topic written on the same header line as the employer, taken
for it. A header line names one job: its title, its employer, where and when. When, dates, places, work modes and
titles aside, the line still holds a second name beside the one read as the employer, the line alone cannot say
which of the two employed the person, unless one of them is marked as an organisation (a legal form, an
organisation's word: "Payflo Ltd", "Mercy Hospital") and the other is not. Then nothing is named ("say less over
wrong"): the question is asked without the employer.

- :func:`other_names`: the parts of a header line, beside ``name``, that could be an employer;
- :func:`ambiguous_employer`: whether the line leaves it open which of its names is the employer;
- :func:`ambiguous_in_header`: the same, or a name on a line of its own below (or above) a dated line that already
  holds a title and another name: no part of that entry's header ("Internship, Norvale Robotics, Bath. 2021" above
  "Balancing an Inverted Pendulum", a thesis's title).
"""

from __future__ import annotations

import re

from core.analysis.cv_entry_bounds import DATE_RANGE_RE
from core.analysis.cv_header_parts import org_name, skill_only, titled
from core.analysis.cv_lang import fold
from core.analysis.cv_lead_rules import calendar_word, field_of_work
from core.analysis.cv_lines import DATE_RE, WORK_MODE_RE
from core.analysis.cv_names import legal_form_name
from core.analysis.cv_places import is_place, is_region

_BULLET_RE = re.compile(r"^\s*(?:[-•–·▪●◦➢►✓]|\*(?!\*))\s")

# the separators a header line's parts are written between ("Title, Employer | Town | 2019 – 2022", "Title at X")
_PART_SEPARATOR_RE = re.compile(r"\s*(?:\||·|•|—|–|\s-\s|-{2,}|,|;|:\s|\t|\s{3,})\s*|\s+(?:at|@|bei|chez)(?:\s+|$)|\s+@(?=\S)")
# a part that is what the job was, not who it was for: a team, a unit, a shift ("Platform Team", "Ward 7",
# "Night shift", "Group Reporting"), a segment ("Mid-Market", "EMEA"), an employment term ("Contract", "12-month FTC")
_NOT_A_NAME_RE = re.compile(
    r"(?i)\b(?:team|squad|unit|ward|department|dept|division|desk|shift|segment|region|territory|portfolio|practice|"
    r"function|office|branch|site|campus|reporting|mid-?market|enterprise|smb|emea|apac|latam|amer|north america|"
    r"uk ?& ?i|dach|nordics|benelux|ftc|fixed[- ]term|maternity cover|secondment|sabbatical|promoted|"
    r"abteilung|bereich|équipe|equipo|reparto|faculty|bureau|icu|nicu|picu|ccu|med-?surg|acute care|"
    r"city|state|country|location|junior|senior|pleno|trainee)\b")
# a street address ("10 Country Club drive", "1914 Inez Dr"): where the place is, no name
_STREET_RE = re.compile(r"(?i)^\d+\s|\b(?:drive|dr|street|st|road|rd|avenue|ave|lane|ln|blvd|boulevard|straße|strasse|"
                        r"str|rue|calle|rua|via)\.?$")
_MARKUP_RE = re.compile(r"<[^<>]*>|&nbsp;|[*_#`>\[\]]+")
_DURATION_RE = re.compile(r"(?i)^\(?~?\s*\d+(?:[.,]\d+)?\+?\s*(?:years?|yrs?|months?|mos?|jahre?|monate?|ans|mois|años|"
                          r"meses|anni|mesi)\)?$")


def _parts(line: str) -> list[str]:
    """A header line's parts: markup, bracketed asides ("(digital GP app)", "(client: X)" stays out too: a client
    is weighed by :func:`core.analysis.cv_quote_rules.unit_or_client`) and dates removed, split on its separators."""
    text = _MARKUP_RE.sub(" ", line)
    text = re.sub(r"\([^()]*\)", " ", text)
    text = DATE_RE.sub(" | ", DATE_RANGE_RE.sub(" | ", text))
    parts = [p.strip(" .\t") for p in _PART_SEPARATOR_RE.split(text)]
    parts = [p for p in parts if re.search(r"[^\W\d_]{2}", p)]
    # "Silicon Mirage, CA", "Norcross,Georgia": a town is the part before a state or a country
    return [f"{p}, {parts[i + 1]}" if i + 1 < len(parts) and is_region(parts[i + 1]) and not is_region(p) else p
            for i, p in enumerate(parts)]


# the small words a name holds in lower case ("Bank of England", "Institut für Wirtschaftstheorie", "Casa de la Paz")
_SMALL_WORDS = frozenset(("of", "and", "the", "for", "in", "at", "on", "de", "du", "des", "la", "le", "les", "el",
                          "los", "del", "di", "da", "do", "dos", "das", "der", "die", "und", "für", "fur", "von", "van",
                          "et", "y", "e", "a", "an", "&"))


def _capitalised(part: str) -> bool:
    """Whether at least half of a part's words (small words aside) open with a capital or a digit: a name
    ("Aufschwingen eines Doppelpendels", "RESEARCH Introduction"), not a sentence ("Prepared accounts for 14
    entities")."""
    words = [w for w in re.findall(r"[^\W_][\w'’.&-]*", part) if w.lower() not in _SMALL_WORDS]
    return bool(words) and 2 * sum(bool(re.match(r"[A-ZÀ-Þ0-9]", w)) for w in words) >= len(words)


def _maybe_name(part: str) -> bool:
    """Whether a header part could be the employer's name: capitalised words (:func:`_capitalised`) that are no
    title, place, region, date, month, work mode, discipline, team or segment, nor a length of time."""
    if not _capitalised(part) or _DURATION_RE.match(part) or WORK_MODE_RE.match(part):
        return False
    if titled(part) or is_place(part) or is_region(part) or calendar_word(part) or field_of_work(part):
        return False
    if skill_only(part) or _STREET_RE.search(part) or is_region(part.split()[-1]):
        return False  # "C# | Web API | Azure", "1914 Inez Dr", "Silicon Mirage, CA", "Kiew Ukraine": skills, places
    from core.analysis.cv_entry_check import _heading

    if _heading(part):
        return False  # "Experience | Meritus Medical Center (May 2011 – 2016)": a heading run into the line
    return not _NOT_A_NAME_RE.search(part) or legal_form_name(part)


def _marked(part: str) -> bool:
    return org_name(part) or legal_form_name(part)


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip()


def other_names(line: str, name: str, titles: tuple[str, ...] = ()) -> list[str]:
    """The parts of header ``line`` other than ``name`` (case, accents and spacing aside) that could be an
    employer's name (:func:`_maybe_name`), a piece of one of ``titles`` (the reading's titles: "Principal SE", a
    title's word wrapped off the line: "Sales" of "Sales Representative") aside; [] when ``name`` is no part of its
    own on the line, or when it is one of a list of three names or more after "at" ("Developer at Acme, Globex,
    Initech": the employers one after the other)."""
    key, parts = _key(name), _parts(line)
    if not key or not any(_key(p) == key for p in parts):
        return []
    held = _held(titles)
    at = next((i for i, p in enumerate(parts) if _key(p) == key), 0)
    # "Praktische Ausbildung bei City Getränke": the part before "at" is the title; "Silk Plac, Atibaia - Designer",
    # "AILiveSim – Helsinki": a short part right after the name is where it is
    before = re.search(rf"(?i)(?:^|[|,–—]\s*)([^|,–—]+?)\s+(?:at|bei|chez|@)\s+{re.escape(parts[at])}", line)
    after = at + 1 < len(parts) and all(titled(p) for p in parts[at + 2:])  # "Name, Town" or "Name, Town - Title"
    slots = ({at + 1} if after else set()) | ({at - 1} if before else set())
    others = [p for i, p in enumerate(parts) if _key(p) != key and _maybe_name(p) and not any(_key(p) in t for t in held)
              and not (i in slots and not _marked(p) and (i < at or len(p.split()) <= 2))]
    listed = re.search(r"\s(?:at|@)\s+([^|–—]+)", line)
    if len(others) >= 2 and listed and key in _key(listed.group(1)) and all(_key(o) in _key(listed.group(1))
                                                                           for o in others):
        return []
    return others


def _held(titles: tuple[str, ...]) -> list[str]:
    """The reading's titles a header part may be a piece of: those of one part ("Sales Representative"), not a
    title the reading put together across a separator ("Field Reporter, Harbourline Radio": the employer in it)."""
    return [_key(t) for t in titles if t and not re.search(r"[,|·•–—;]|\s-\s", t)]


# a body that has units of its own, and the units it has ("Computer Lab, Dunmore University", "Mountain Society
# Research Institute, University of Central Asia", "Cardiac Unit, Lakeside Hospital NHS Trust")
_PARENT_RE = re.compile(r"(?i)\b(?:universit\w*|hospitals?|trust|health system|ministry|government)\b")
_UNIT_RE = re.compile(r"(?i)\b(?:labs?|laborator\w*|department|dept|faculty|school|college|cent(?:re|er)|institute|"
                      r"unit|clinic|ward|programme|program)\b")


def _singled_out(name: str, others: list[str]) -> bool:
    """Whether an organisation's mark tells ``name`` from ``others``: ``name`` is marked and none of them is, or
    ``name`` is a body with units (a university, a hospital, a trust) and the others are its units (a lab, a
    department, an institute)."""
    if not _marked(name):
        return False
    return all(not _marked(o) or _PARENT_RE.search(name) and _UNIT_RE.search(o) and not _PARENT_RE.search(o)
               for o in others)


def ambiguous_employer(line: str, name: str, titles: tuple[str, ...] = ()) -> bool:
    """Whether header ``line`` leaves it open that ``name`` is the employer: it holds another name
    (:func:`other_names`) and an organisation's mark (a legal form, an organisation's word) does not single ``name``
    out ("Software Engineer, Payments Hub, Brightlane, Austin": which is the firm?). False when the other names are
    all unmarked and ``name`` is marked ("Account Executive, Northside — Payflo Ltd, Manchester")."""
    others = other_names(line, name, titles)
    return bool(others) and not _singled_out(name, others)


_REACH = 2  # lines above or below a name's line that may still be its entry's header
_WORDS_MAX = 10  # a header line's words at most (dates and separators aside); a longer line is a sentence


def _header_like(line: str) -> bool:
    text = line.strip()
    return bool(text) and not _BULLET_RE.match(line) and len(re.findall(r"[^\W\d_][\w'’.&-]*",
                                                                        DATE_RANGE_RE.sub(" ", text))) <= _WORDS_MAX


def _dated_neighbour(lines: list[str], row: int) -> int | None:
    """The nearest line within :data:`_REACH` lines of an undated line ``row`` that holds its entry's dates (blank
    lines passed over; a heading, a bullet or a long line ends the search); None when ``row`` has dates itself."""
    from core.analysis.cv_entry_check import _dates, _heading

    if _dates(lines[row]):
        return None
    for k in range(1, _REACH + 1):
        for j in (row - k, row + k):
            if 0 <= j < len(lines) and lines[j].strip() and _header_like(lines[j]) and not _heading(lines[j]) \
                    and _dates(lines[j]) and all(_header_like(x) or not x.strip() for x in lines[min(j, row):max(j, row)]):
                return j
    return None


def ambiguous_in_header(lines: list[str], row: int, name: str, titles: tuple[str, ...] = ()) -> bool:
    """Whether the entry's header leaves it open that ``name`` (on line ``row``) is the employer: another name on the
    same line (:func:`ambiguous_employer`); or ``name``'s line has no dates and no title and its entry's dated line
    (:func:`_dated_neighbour`) already holds a title and another name ("06/2017 Internship, Norvale Robotics, Bath."
    above "Balancing an Inverted Pendulum", a thesis's title; "Reporter, Harbourline Radio" above "PUBLICATIONS
    Overview"): ``name``'s line is no part of that header. An organisation's mark on ``name`` alone settles both."""
    if ambiguous_employer(lines[row], name, titles):
        return True
    j = _dated_neighbour(lines, row)
    if j is None or any(titled(p) for p in _parts(lines[row])) or re.search(r"[,(&/]\s*$", lines[j]):
        return False  # a dated line that ends on a comma goes on on the name's line: one header
    parts = _parts(lines[j])
    held = _held(titles)
    others = [p for p in parts if _maybe_name(p) and _key(name) not in _key(p) and not any(_key(p) in t for t in held)]
    has_title = any(titled(p) or any(_key(p) == t for t in held) for p in parts)
    return has_title and bool(others) and not _singled_out(name, others)
