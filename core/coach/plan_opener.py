"""The plan's opener (:func:`opener`): the CV's own header line of the latest entry, quoted as written, or, when
that line is a row of fields split by bars or tabs ("Maintenance Electrician | Kronospan, Chirk | Mar 2018 -
Present"), said in words from its sure title and employer ("your current role as Maintenance Electrician at
Kronospan"): a quoted row reads as raw text (session 20 newcomer)."""

from __future__ import annotations

import re

from core.analysis.cv_lang import MONTH_WORDS, PRESENT_WORDS, RANGE_TO_WORDS, SINCE_WORDS
from core.analysis.cv_line_quote import PRESENT_RE
from core.coach.phrasing import single_stop
from core.coach.plan_state import Planned, _Ctx
from core.coach.plan_text import OPENERS, OPENERS_LINE, OPENERS_LINE_CURRENT, OPENERS_RECENT

# The same header line when it is a row of fields split by bars or tabs ("Maintenance Electrician | Kronospan, Chirk |
# Mar 2018 - Present"), said in words from its sure title and employer (session 20: a quoted row reads as raw text)
OPENERS_LINE_WORDS = (
    "To start, your CV lists your role as {role} at {employer}. Tell me about that role: what you were responsible for, and why the {title} role{at_company} is your next step.",
    "Let's begin with your role as {role} at {employer}: what did you own there, and what draws you to the {title} role{at_company}?",
)
OPENERS_LINE_WORDS_CURRENT = (
    "To start, your CV lists your current role as {role} at {employer}. Walk me through that work and why the {title} role{at_company} is your next step.",
    "Let's begin with your current role as {role} at {employer}: what do you own there, and what makes you want the {title} role{at_company}?",
)


def opener(ctx: _Ctx) -> Planned:
    """The plan's first question: the CV's header line of the latest entry quoted (a row of fields said in words:
    :func:`row_of_fields`), else the most recent role unnamed, else the general opener; its employer when named."""
    facts = ctx.facts
    title = ctx.title or "this"
    role, employer = facts["current_job"]  # ("", "") when the reading was unsure: then no quote
    # the part of the latest entry the reading is sure of, when not both (quotable_facts' ``current_job_parts``)
    part_role, part_employer = ("", "") if role and employer else facts.get("current_job_parts") or ("", "")
    line, goes_on = facts.get("opener_line") or ("", False)
    # the CV's own header line of the latest entry, verbatim (session 18), as often as a sure job was named before
    if line and ctx.rng.random() < 0.6:
        if row_of_fields(line, role, employer):  # "Maintenance Electrician | Kronospan, Chirk | …": said in words
            text = ctx.rng.choice(OPENERS_LINE_WORDS_CURRENT if goes_on else OPENERS_LINE_WORDS).format(
                role=role, employer=employer, title=title, at_company=ctx.at_company)
        else:
            text = ctx.rng.choice(OPENERS_LINE_CURRENT if goes_on else OPENERS_LINE).format(
                line=undated(line), title=title, at_company=ctx.at_company)
        named = employer or part_employer
        employer = named if named and named.lower() in line.lower() else ""
    else:  # no header line to quote: the most recent role, unnamed (a title or employer put together from the
        # reading is the least sure quote there is: 0.78 right on the tuned dev corpus, session 18), else the general opener
        named = bool(role or employer or part_role or part_employer)  # once named 60 % of the time, as the line now
        recent = bool(facts.get("jobs") or named) and (not named or ctx.rng.random() < 0.6)
        text = ctx.rng.choice(OPENERS_RECENT if recent else OPENERS).format(title=title, at_company=ctx.at_company)
        employer = ""
    text = single_stop(text.replace("the this role", "this role"))  # "“… (CoCo).”." never
    return Planned(text, "introduction", employer, "opener")


# the separators a header line's parts are written between: "|", a tab, a bullet, ", ", a spaced dash, "("
_SEPARATOR_RE = re.compile(r"\s*[|·•\t]\s*|,\s+|\s+[—–-]\s+|\s*\(")
_DATED_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# what a part that is only a date is written with: years and numbers, months, "present", "since", "to", dashes
_DATE_TOKEN_RE = re.compile(rf"(?i)(?<!\w)(?:\d+[./]?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
                            rf"{MONTH_WORDS}|{PRESENT_WORDS}|{SINCE_WORDS}|{RANGE_TO_WORDS}|present|current|now|to|till|"
                            rf"until|date|today)(?!\w)|[-–—~/.']")


def undated(line: str) -> str:
    """A CV header line without the dates it gives and the separators before them (session 22: "Second in Department,
    Mathematics — Beaumont Leys Academy, Leicester | Sep 2021 – present" is quoted to "…, Leicester"): a part that
    is only a date (a year, or the words running it to now, with its months and dashes), at either end, as often as
    there is one; the line as it was when nothing else would be left."""
    text = line.strip()
    while True:  # a date after a separator, from the line's end: "…, Georgia — Aug 2023 - CURRENT"
        cuts = [m for m in _SEPARATOR_RE.finditer(text) if m.start() > 0 and _is_date(text[m.end():].rstrip(" )"))]
        if not cuts:
            break
        text = text[: cuts[0].start()].strip()
    while True:  # a date before one: "2019 – present | Nurse | …"
        cuts = [m for m in _SEPARATOR_RE.finditer(text) if m.end() < len(text) and _is_date(text[: m.start()].lstrip(" ("))]
        if not cuts or not text[cuts[-1].end():].strip():
            break
        text = text[cuts[-1].end():].strip(" )")
    # a date with no separator before it, from the line's end: "…, Yate    Sep 2021" (session 22 newcomer)
    if (found := _SPACED_DATE_RE.search(text)) and text[: found.start()].strip():
        text = text[: found.start()].rstrip(" ,;:|·•—–-")
    return text


def _is_date(part: str) -> bool:
    """Whether a header's part is a date and nothing else ("Sep 2021 – present", "marzo 2022 – actualidad", a month
    alone: "September", the year wrapped to the next line)."""
    dated = _DATED_RE.search(part) or PRESENT_RE.fullmatch(part.strip()) or _MONTH_RE.fullmatch(part.strip())
    return bool(dated) and not _DATE_TOKEN_RE.sub("", part).strip()


# a month's name in full or as its three letters, in English or a CV language (never "Marketing", "Mayfield")
_MONTH_RE = re.compile(rf"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|"
                       rf"april|june|july|august|september|october|november|december|{MONTH_WORDS}")
# a date at the line's end with only spaces before it ("…, Yate    Sep 2021", "…, Madrid (junio 2021"): a month and
# a year in an unclosed bracket; a year alone after a name stays the name's ("Arden Fabrication 2020")
_SPACED_DATE_RE = re.compile(rf"(?i)(?:\s+(?:{_MONTH_RE.pattern[4:]})\s+|\s*\((?:(?:{_MONTH_RE.pattern[4:]})\s+)?)"
                             rf"(?<!\d)(?:19|20)\d\d(?!\d)"
                             rf"(?:\s*[-–—]?\s*(?:to|until|till)?)?\s*\)?\s*$")


def row_of_fields(line: str, role: str, employer: str) -> bool:
    """Whether a CV header line is a row of fields split by bars or tabs whose first field is the sure title
    ``role`` and which names the sure employer ``employer`` as a field's start ("Maintenance Electrician |
    Kronospan, Chirk | Mar 2018 - Present"): then said in words, "your role as Maintenance Electrician at
    Kronospan"; also when the row's fields are on two lines, the title's and the employer's, which the opener's line
    parts by " — " (a grid's "Site Manager | Normanton" over "Persimmon Homes | Jan 2021 – Present"); any other line is
    quoted as written."""
    fields = [f.strip() for f in re.split(r"\s*(?:\||\t)\s*", line) if f.strip()]
    if len(fields) >= 2:  # rows of fields on two lines, quoted parted by " — " ("Site Manager | Normanton — Persimmon Homes")
        fields = [part.strip() for f in fields for part in f.split(" — ") if part.strip()]
    return (len(fields) >= 2 and bool(role and employer) and fields[0].lower() == role.lower()
            and any(f.lower().startswith(employer.lower()) for f in fields[1:]))
