"""Where one job entry of a CV ends and the next begins when no bullet or blank line tells: the date
ranges of the headers, a bullet that is a whole header, and the column headings of a table of jobs.
Used by :mod:`core.analysis.cv` while it gathers a job entry's header lines."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_entries import OWN_WORK_RE, full_header, parse_header, skill_only, titled
from core.analysis.cv_lang import (
    PRESENT_WORDS,
    RANGE_TO_WORDS,
    SINCE_WORDS,
    TOOLS_LABEL_WORDS,
    has_legal_form,
)
from core.analysis.cv_layout import FIELD_LABEL_RE, CvLine, unmarked_bullet
from core.analysis.cv_lines import DATE_RE, MONTHS
from core.analysis.cv_names import drop_remarks

logger = logging.getLogger(__name__)

DATE_RANGE_RE = re.compile(
    rf"(?:{DATE_RE.pattern})\s*(?:[-–—~]|to|till|until|(?<!\w)(?:{RANGE_TO_WORDS})(?!\w))\s*(?:{DATE_RE.pattern}|date|today|{PRESENT_WORDS})"
    # a month without its year before the one with it: "Avril - Juin 2017", "June – August 2021"
    rf"|\b{MONTHS}\s*[-–—]\s*{MONTHS}\s*'?(?:19|20)\d\d\b"
    # an open range in German, Spanish, Italian, French, Portuguese, Dutch: "seit 03/2019", "desde 2018", "depuis mars 2020"
    rf"|(?<!\w)(?:since|{SINCE_WORDS})\s+(?:{DATE_RE.pattern})"
    # ISO dates, as JSON Resume writes them: "2020-07-05 - 2021-05-05"
    r"|\b(?:19|20)\d\d-\d\d(?:-\d\d)?\s*(?:[-–—~]|to)\s*(?:(?:19|20)\d\d-\d\d(?:-\d\d)?\b|present|now|current)",
    re.IGNORECASE,
)
HEADER_MAX_WORDS = 16  # a header line is shorter; a longer line is an entry's body
# a line opening with its date range, then two or three short comma-separated parts and a full stop (LaTeX moderncv's
# \cventry: "03/2018 – 07/2018 Intern, Acme GmbH, Linz."): a header, not a sentence
_DATED_LIST_RE = re.compile(rf"^(?:{DATE_RANGE_RE.pattern})\s+[^,.;:]{{2,60}}(?:,\s*[^,;:]{{2,60}}){{1,3}}\.$", re.IGNORECASE)


def _titled_list(text: str) -> bool:
    """A moderncv header line whose dates sit in the column to its left: a title, then names in capitals, with
    commas and a full stop ("Laboratory assistant, UNIVERSITY OF INSUBRIA.", "Tutor, Kingsbridge College, York.")."""
    parts = [p.strip() for p in text.rstrip(".").split(",")]
    return (2 <= len(parts) <= 4 and len(text.split()) <= 12 and titled(parts[0])
            and all(re.fullmatch(r"(?:(?:[A-ZÀ-Þ0-9][\w'’&.-]*|of|and|the|for|de|di|du|la|für|&)\s*)+", p) for p in parts[1:]))


# an academic CV's one-line entry: "Title, Unit, Employer, Years." (the dates last, after a comma, then a full stop)
_YEARS_LAST_RE = re.compile(rf",\s*(?:(?:winter|spring|summer|fall|autumn)\s+(?:19|20)\d\d|(?:{DATE_RANGE_RE.pattern}))\.$", re.IGNORECASE)


def _years_last(text: str) -> bool:
    """A one-line entry that ends in its dates and a full stop, its title first and up to four short parts
    ("Lecturer, History, Northfield College, 2016 – 2021.", "Visiting Professor, Wexford College, Spring 2024.")."""
    m = _YEARS_LAST_RE.search(text)
    parts = [p.strip() for p in text[: m.start()].split(",")] if m else []
    return 2 <= len(parts) <= 5 and all(0 < len(p.split()) <= 8 for p in parts) and titled(parts[0])


# a labelled line of an entry's details: whom the work was for and in what field ("Client: Anthem, USA Feb 2019 – till
# date", "Domain: Health care Insurance Industry", "Kunde: Stadtwerke", "Cliente: Banco X"), never the entry's header
# (session 28; not "Role:" or "Project:", which some CVs give their title or employer with)
_ENTRY_LABEL_RE = re.compile(r"(?i)^(?:end[- ])?(?:client|customer|domain|industry|sector|description|environment|team size|"
                             r"kunde|auftraggeber|branche|cliente|dominio|secteur|settore|setor|omgeving|klant)\s*:\s*\S")


def is_body(line: CvLine) -> bool:
    """Whether a line of an experience section is the body of an entry (a bullet, a sentence, a paragraph
    wrapped on, an item of a list) rather than one of its header lines."""
    # "Engineer (Promoted from Grade 3 to Grade 5 in 18 months) 2011 – 2015": a header; separators ("|", "&") are no words
    n = sum(1 for t in drop_remarks(line.text).split() if not re.fullmatch(r"[|&•·/+–—-]+", t))
    if n > HEADER_MAX_WORDS and DATE_RANGE_RE.search(line.text):  # "Developer - Acme (Games Unit), Acme (Games Unit), 2020-07 - 2021-05"
        n = len(re.findall(r"[A-Za-z][\w'’&.-]*", re.sub(r"\([^()]*\)", " ", DATE_RANGE_RE.sub(" ", line.text))))
    ends_sentence = (line.text.endswith(".") and not re.search(r"\b(?:inc|ltd|corp|co|llc|plc|s\.a|o\.o|bhd|pte|pty|n\.v|b\.v)\.$", line.text, re.I)
                     and not has_legal_form(line.text)  # "… Soluciones Ibéricas S.L.", "… Bianchi S.p.A.": a name's end
                     and not _DATED_LIST_RE.match(line.text)  # moderncv's "2015 – 2019 Nurse, Mercy Hospital, Leeds."
                     and not _titled_list(line.text)  # "Laboratory assistant, UNIVERSITY OF INSUBRIA." under its dates
                     and not _years_last(line.text))  # "Lecturer, History, Northfield College, 2016 – 2021."
    # a paragraph wrapped onto the next line ("...software implementation for"), not a header
    tokens = line.text.split()
    wraps_on = (line.text.endswith(",") and n > 4) or (n >= 8 and sum(t[:1].islower() for t in tokens) > n / 2)
    cjk_prose = line.paragraph and bool(re.search(r"[\u4e00-\u9fff]{5}", line.text))  # no spaces to count words by
    listed = line.text.endswith(";") and n > 1  # "File server with HTTP interface using Riak;": an item of the entry's list
    return (line.bullet or n > HEADER_MAX_WORDS or (ends_sentence and n > 2) or line.text.endswith(":") or wraps_on or listed
            or unmarked_bullet(line.text) or cjk_prose or bool(_ENTRY_LABEL_RE.match(line.text)))


def dates_only(text: str) -> bool:
    """Whether a line is a date range and nothing else ("09/2008 – 07/2019", "2019 - Present")."""
    return bool(DATE_RANGE_RE.search(text)) and not re.search(r"[A-Za-z]{2}", DATE_RANGE_RE.sub(" ", text))


# a line opening with its year or years, then a name ("2018 Acme Trust, ...", "2014 – 2018 Globex, ..."; not "2019 – 2021" alone)
_YEAR_LED_RE = re.compile(rf"^(?:(?i:{MONTHS}\s*)|\d{{1,2}}[./])?(?:19|20)\d\d"
                          rf"(?:\s*[-–—]\s*(?:(?:(?i:{MONTHS}\s*)|\d{{1,2}}[./])?(?:19|20)\d\d|(?i:present|now|current)))?"
                          r"\s*[,:|–—-]?\s*[A-Z]")


def next_entry(text: str, group: list[str]) -> bool:
    """Whether a header line opens the next job entry rather than going on with the header lines
    gathered so far (``group``), when no bullet came between:

    - "2008 – 2019" over "Duty Manager • Acme", then "2001 – 2006": the next entry's dates;
    - "ACME HEALTH 2019 – Present" over "Data Analyst: Imaging Unit", then "GLOBEX LABS 2012 – 2018":
      a dated employer's line with no title, once the lines before already name a title and an
      employer with their dates (a plain-text CV whose entries are parted by blank lines only);
    - "2018 Acme Trust, Outreach, Bangor, ME" then "2016 – 2018 Globex, Analyst, Bath, ME": a list of one-line
      jobs, each opening with its years, once the line the header opened with did so too and names an employer."""
    if dates_only(text):
        return len(group) >= 2 and dates_only(group[0])
    if _YEAR_LED_RE.match(text) and any(_YEAR_LED_RE.match(g) for g in group) and parse_header(group)[1]:
        return True  # "2018 Acme Trust, Outreach, Bangor, ME" then "2016 – 2018 Globex, Analyst, ...": a list of one-line jobs
    if not DATE_RANGE_RE.search(text) or not any(DATE_RANGE_RE.search(g) for g in group):
        return False
    own_role, own_employer = parse_header([text])
    if own_role or not own_employer:
        return False  # "Nurse – Intensive Care (2017 – 2018)" under an employer's line: its next title, no new entry
    role, employer = parse_header(group)
    return bool(role and employer)


def header_end(text: str, group: list[str]) -> int:
    """Where the header lines gathered so far (``group``) end when ``text``, a line of dates alone, gives
    the next entry its own: after the group's own line of dates, written below its first line, when other
    lines followed it ("Corvid Payments" / "2018 - 2022" / "Data Analyst at Growth", then "2020 - 2022": an
    employer's line with its years, then a title's); 0 when it does not (dates written above their
    entry's lines are :func:`next_entry`'s)."""
    if not dates_only(text):
        return 0
    own = [i for i, g in enumerate(group) if dates_only(g)]
    return own[0] + 1 if own and 0 < own[0] < len(group) - 1 else 0


def tag_line(text: str, group: list[str], employer: str) -> bool:
    """Whether a short line under a header whose lines (``group``) already name a title and an employer (or
    under such an entry's tags, ``employer`` its employer) is one tag of the entry's list of tools, written one a
    line ("https://www.acme.io/" / "Frontend Developer", then "Java" / "TypeScript" / "Angular 2+"): a skill
    name alone, with its version or not, no date, no title; the entry's body, so no tag is read as its
    employer. A product named on a header with no employer yet ("Salesforce" over "Account Executive") stays a
    header line."""
    if len(text.split()) > 3 and employer and not group:
        return _tag_run(text)
    if len(text.split()) > 3 or DATE_RE.search(text) or titled(text):
        return False
    if not skill_only(re.sub(r"\s+v?\d+(?:\.\d+)*\+?$", "", text)):  # "Angular 2+", "Python 3.11": a tool and its version
        return False
    if not group:
        return bool(employer)
    role, employer = parse_header(group)
    return bool(role and employer)


def _tag_run(text: str) -> bool:
    """Whether a line after an entry's text is its tags run together with no separator ("Mentoring Pair programming
    React TypeScript Heroku"): no date, no punctuation, no title, two names the skills lexicon knows at least."""
    from core.analysis.skills import find_all_skills

    if DATE_RE.search(text) or re.search(r"[,;:|()]|\.(?:\s|$)", text) or titled(text):
        return False
    return len(find_all_skills(text)) >= 2


def listed_title(text: str, group: list[str]) -> bool:
    """Whether a bullet is the title of the entry whose header lines (``group``) name an employer and dates
    but no title ("**Birchwood Diner** | Dayton, OH | (2023 - 2024)" over "- **Line Cook**"): a short title
    alone, no sentence and no date."""
    from core.analysis.cv_skills import ACTION_VERB_RE

    if (not group or len(text.split()) > 5 or DATE_RE.search(text) or text.rstrip().endswith(".") or not titled(text)
            or ACTION_VERB_RE.match(text) or not any(DATE_RE.search(g) for g in group)):
        return False
    role, employer = parse_header(group)
    return not role and bool(employer)


def bullet_header(text: str) -> bool:
    """Whether a bullet is a whole job header (a Markdown list of jobs, each with its own sub-list): a
    short dated line naming a title and something else, not a sentence and not opening with a verb
    ("Promoted to Senior Engineer in 2021")."""
    return (len(drop_remarks(text).split()) <= 14 and full_header(text) and bool(DATE_RANGE_RE.search(text))
            and not unmarked_bullet(text) and (not text.rstrip().endswith(".") or _DATED_ROLE_AT_RE.match(text) is not None))


# "2009 – 2011: Head of the languages department at Saman Pardazesh Aria.": dates, a title, "at" and a name
_DATED_ROLE_AT_RE = re.compile(r"^\W*(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|present|now)\s*[:|–—-]\s*"
                               r"(?P<role>[^.:]{3,60}?)\s+at\s+[A-Z][^.]*\.$", re.IGNORECASE)


_COLUMN_KINDS = (
    ("employer", r"company|employer|organi[sz]ation|firm|institution|hospital|school|company name|employer name"),
    ("role", r"position|title|job title|role|designation|post|job"),
    ("dates", r"dates?|period|duration|from|to|years?|tenure|from\s*-\s*to|time\s*frame|when"),
    ("place", r"location|city|place|country"),
    ("description", r"description|duties|responsibilities|summary|details|tasks"),
)


def table_cells(text: str) -> list[str]:
    """The cells of a table's row: a Markdown row's between its outer pipes ("| Acme | Analyst |"), split at each
    pipe; another line's split at " | "."""
    inner = text.strip()
    if len(inner) > 2 and inner.startswith("|") and inner.endswith("|"):
        return [c.strip() for c in inner[1:-1].split("|")]
    return [c.strip() for c in text.split(" | ")]


def table_row(text: str) -> tuple[list[str], list[str]]:
    """A table row's cells (:func:`table_cells`) and, when it is a row of column headings, their kinds
    (:func:`table_columns`; [] otherwise). A cell saying the work was one's own ("Freelance") is left empty: it
    names no employer."""
    cells = table_cells(text)
    return ["" if OWN_WORK_RE.match(c) else c for c in cells], table_columns(cells)


def table_columns(cells: list[str]) -> list[str]:
    """The kinds of a table's column headings ("Company | Position | Dates" -> ["employer", "role",
    "dates"]) when every cell is one and both an employer and a role column are there; [] otherwise."""
    kinds = [next((k for k, p in _COLUMN_KINDS if re.fullmatch(p, c.strip(" :"), re.IGNORECASE)), "") for c in cells]
    if len(cells) < 2 or not all(kinds) or "employer" not in kinds or "role" not in kinds:
        return []
    return kinds


# the end of a sentence a PDF wrapped onto its own short line ("Produkten gearbeitet.", "the whole ward."): a word in
# lower case and a full stop
_SENTENCE_END_RE = re.compile(r"\s[a-zäöüßàâçéèêëîïôûùüÿñ]{4,}\.$")
# a labelled list of a job's tools under its text ("Schlagworte: C#, .Net, SQL", "Tools: Jira, Git")
# a label that says the list after it names the job's tools or skills, whatever they are
# (the label words of the six other languages and a JSON Resume entry's "Keywords": core.analysis.cv_skill_lists)
_TOOLS_LABEL_RE = re.compile(r"(?i)(?:key |core |technical |main )?(?:tech|technologies|technology stack|tech stack|stack|"
                             r"tools|toolset|skills|skills used|software|frameworks|environment|tools used|"
                             rf"technologies used|tools & technologies|tools and technologies|{TOOLS_LABEL_WORDS})\s*:")
_LABELLED_LIST_RE = re.compile(r"[^\W\d][\w /&-]{1,30}:\s*[^,:]+(?:,[^,:]+)+")


# a sentence's line: a word a PDF hyphenated at the line's end ("an diversen Software-"), or one sentence ending and
# the next opening on the line ("Tätigkeiten. Dabei habe ich")
_PROSE_RE = re.compile(r"[a-zäöüß]{3,}-$|[a-zäöüß]{2,}\.\s+[A-ZÄÖÜ][a-zäöüß]+\s+[a-zäöüß]+\s+[a-zäöüß]")


def entry_tail(text: str) -> bool:
    """Whether a short line after a job's text still belongs to that job, not to the next one's header: the end
    of its last sentence ("Produkten gearbeitet."), a line of a sentence ("an diversen Software-") or a labelled list of its tools ("Schlagworte: C#, SQL"); a
    form's field ("Company: Acme, Leeds") or a dated line never."""
    if DATE_RANGE_RE.search(text) or FIELD_LABEL_RE.match(text):
        return False
    return bool(_SENTENCE_END_RE.search(text) or _PROSE_RE.search(text) or _CLAUSE_RE.search(text) or _tools_list(text))


# a sentence's clause a PDF wrapped onto its own line ("AutoCAD, für die genaue Umsetzung komplexer"): a comma, a word
# that opens a clause, words, and a word in lower case at the end with no full stop
_CLAUSE_RE = re.compile(r"^[^,]{1,40},\s+(?:für|mit|zur|zum|um|damit|for|with|to|which|that|pour|avec|para|con|per)\s+"
                        r"(?:\S+\s+)+[a-zäöüßàâçéèêëîïôûùÿñ]{3,}$")


def _tools_list(text: str) -> bool:
    """Whether a line is a label and a comma list whose items are mostly tools the skills lexicon knows
    ("Schlagworte: C#, .Net, SQL"; not "Kunden: Nordbank, Stadtwerke", a list of names)."""
    from core.analysis.skills import find_all_skills

    if not _LABELLED_LIST_RE.fullmatch(text.strip()):
        return False
    if _TOOLS_LABEL_RE.match(text.strip()):
        return True  # "Key skills: Domain-driven design, Contract testing", "Environment: Java 8, Hibernate": a tools label
    items = [i for i in text.split(":", 1)[1].split(",") if i.strip()]
    known = sum(bool(find_all_skills(i)) for i in items)
    return known >= 2 and known * 2 >= len(items)
