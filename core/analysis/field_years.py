"""Years of one field in a CV: the years its dated entries of that field cover ("Office Manager, Brook & Co, 2019 -
Present" is seven years of office management in 2026), or a number of years of the field it states ("six years of
office management"). The one source of "years of X in the CV" for the plan's years gap (:mod:`core.analysis.
job_mentions`) and the CV tips. A rule of this project, not a figure from research.

* :data:`DOERS`: the one who does a field's work, by its activity noun ("management" -> manager, "nursing" -> nurse).
* :func:`field_named`: whether a text names a field, in its words or by its doer ("Office Manager" names office
  management).
* :func:`field_entries`: the CV's dated entries (a date range or "since" line with the title line above it and the
  duties below) as (text, first year, last year).
* :func:`field_years`: the years of the field, ``0`` when the CV shows none.
* :func:`years_field_asked`, :func:`field_years_met`: the years and field a requirement asks for ("4+ years practice
  management experience"; "Mehrjährige Führungserfahrung in der Produktion" asks for :data:`SEVERAL_YEARS`), and
  whether the CV's entries of that field cover them (the CV tips of the coach's report).

Pure functions over text; nothing here raises on odd input.
"""

from __future__ import annotations

import re
from datetime import date

from core.analysis.field_work import alternatives, work_named
from core.analysis.job_years import NUMBER_WORDS, RANGE_RE, SINCE_RE, years_asked, years_shown
from core.analysis.text import content_stems, stem

# The one who does a field's work, by its activity noun: "a backend engineer" does backend software development,
# "a data analyst" data analysis, an "Office Manager" office management (session 18 and 19 newcomers).
DOERS = {"development": "developer|engineer|programmer", "engineering": "engineer", "management": "manager|head|lead",
         "analysis": "analyst", "analytics": "analyst", "design": "designer", "teaching": "teacher",
         "nursing": "nurse", "accounting": "accountant", "administration": "administrator", "recruitment": "recruiter",
         "programming": "programmer|developer|engineer", "consulting": "consultant", "marketing": "marketer|manager",
         "leadership": "leader|lead|manager|head", "supervision": "supervisor", "coordination": "coordinator",
         "planning": "planner", "buying": "buyer", "purchasing": "buyer|purchaser", "procurement": "buyer|procurement",
         "sales": "sales|account executive|account manager|business development", "support": "support|agent|advisor|adviser",
         "bookkeeping": "bookkeeper",
         # German: "Führungserfahrung" is led by a "Schichtleiter", a "Teamleiterin", a "Führungskraft"
         "führung": r"\w*leiter(?:in)?|führungskraft|manager|head|lead", "leitung": r"\w*leiter(?:in)?|manager|head|lead"}
# a field that names no field ("job related experience", "related work experience", "similar experience"): any work
# counts, its years are the CV's dated work (session 30, newcomer rc30: a driver of six years was told "your CV doesn't
# show that much of" "minimum one year job related experience")
_ANY_WORK = frozenset({"job", "jobs", "related", "work", "working", "similar", "equivalent", "comparable", "previous",
                       "prior", "paid", "employment", "field", "this", "same"})
_SKIP = frozenset({"experience", "professional", "commercial", "relevant", "proven", "of", "in", "and", "the", "a", "an",
                   "hands-on", "industry", "role", "roles", "position", "setting", "environment",
                   # the words of experience and the small words of the CV languages: "Erfahrung im Einkauf"
                   "erfahrung", "berufserfahrung", "expérience", "experiencia", "esperienza", "experiência",
                   "ervaring", "im", "de", "di", "d", "y", "e", "with", "als", "as", "en", "dans", "la", "le", "der",
                   "die", "das", "bei", "und", "et", "al", "del", "el", "los", "las", "du", "des", "zum", "zur",
                   "von", "da", "do", "della", "van", "het", "or", "o", "oder", "ou"})
# an education entry's dates are no years of work: "BSc Nursing, 2016 – 2019", "Ausbildung zur Fachkraft…,
# 2010 – 2013" (a school or university alone is no sign: "Teacher, Ridgeway School", "Lecturer, University of Leeds")
_EDUCATION_RE = re.compile(r"\b(?:ausbildung|studium|bsc|msc|ba|ma|bachelor|master(?:'?s| of)|degree|diploma|"
                           r"phd|mba|apprenticeship|lehre|laurea|grado|licenciatura|licence|dipl\.?-\w+)\b",
                           re.IGNORECASE)
# a section heading alone on a line ("EDUCATION", "Skills", "Ausbildung"): an entry ends there
_HEADING_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ &/]{4,40}|(?i:education|skills|training|certifications?|languages|interests|"
                         r"references|ausbildung|kenntnisse|formation|comp[ée]tences|formaci[óo]n|habilidades|"
                         r"istruzione|competenze|forma[çc][ãa]o|compet[êe]ncias|opleiding|vaardigheden)\s*:?)$")
_BULLET_RE = re.compile(r"^\s*[-•*·–]\s")
# "Several years of" in the six languages: "Mehrjährige Führungserfahrung", "plusieurs années d'expérience"
SEVERAL_YEARS = 2  # "mehrjährige Erfahrung", "several years": at least two (a rule of this project)
_SEVERAL_RE = re.compile(r"\b(?:mehrjährige[nrs]?|langjährige[nrs]?|several years?(?: of)?|many years?(?: of)?|"
                         r"plusieurs années(?: d['’])?|varios años(?: de)?|diversi anni(?: di)?|"
                         r"vários anos(?: de)?|meerjarige)\b", re.IGNORECASE)


def field_named(text: str, field: str) -> bool:
    """Whether ``text`` names ``field`` ("office management"): each of its words by stem or as a compound's head
    ("Führung" in "Führungserfahrung": :func:`_compound_head`), or its activity noun by the one who does it
    (:data:`DOERS`: "Office Manager", "Staff Nurse" for "nursing"). False for an empty field."""
    if len(choices := alternatives(field)) > 1:  # "growth or performance marketing": either one
        return any(field_named(text, choice) for choice in choices)
    words = _field_words(field)
    if not words:
        return False
    if work_named(text, field):  # "Built the ETL pipelines" is data engineering (core.analysis.field_work)
        return True
    text_words = re.findall(r"[\w&+#-]+", text or "")
    text_stems = {stem(w) for w in text_words}
    for word in words:
        if stem(word) in text_stems or content_stems(word) <= text_stems and content_stems(word):
            continue
        # "front-desk" written "Front Desk", "e-commerce" "E commerce": each part of a hyphened word (session 30)
        if "-" in word and all(stem(part) in text_stems for part in word.split("-") if len(part) > 1):
            continue
        if _compound_head(stem(word), text_words):
            continue
        doers = DOERS.get(word)
        if not (doers and re.search(rf"\b(?:{doers})s?\b", text or "", re.IGNORECASE)):
            return False
    return True


# the nouns after a field's word that make it the name of an object, not the work: "built the sales dashboard",
# "sales reports in Power BI", "the nursing rota app" (an engineer's or analyst's entry is no sales experience)
_ARTEFACT = (r"(?:dashboards?|reports?|reporting|data|databases?|tools?|tooling|systems?|apps?|applications?|platforms?|"
             r"models?|decks?|websites?|sites?|pages?|analytics|metrics|KPIs?|figures|numbers|spreadsheets?|"
             r"documentation|software|CRM|portal|APIs?|integrations?|migrations?|feeds?|warehouse|schemas?|queries)")


def _as_object(line: str, word: str) -> str:
    """``line`` without the phrases in which ``word`` (a field's word) only names an object of the work, before an
    artefact's noun (:data:`_ARTEFACT`: "the sales dashboard", "sales reports")."""
    return re.sub(rf"\b{re.escape(word)}\w*(?:\s+and\s+[\w-]+)?\s+{_ARTEFACT}\b", " ", line, flags=re.I)


def entry_of_field(entry: str, field: str) -> bool:
    """Whether a dated entry (:func:`field_entries`) is work of ``field``: its title or dated line names the field
    (:func:`field_named`, by its doer too: "Sales Manager"), or one of its duties does as the work itself, not as an
    object's name (:func:`_as_object`: "Built the sales dashboard" is an engineer's work, no sales experience)."""
    lines = [ln for ln in (entry or "").splitlines() if ln.strip()]
    dated = next((i for i, ln in enumerate(lines) if RANGE_RE.search(ln) or SINCE_RE.search(ln)), 0)
    if field_named(_without_junior(" ".join(lines[: dated + 1]), field), field):
        return True
    words = _field_words(field)
    for duty in lines[dated + 1:]:
        for word in words:
            duty = _as_object(duty, word)
        if field_named(duty, field):
            return True
    return False


# a title that puts a junior rank before the field's own words is another role: "Assistant Site Manager" is no site
# manager, "Trainee Accountant" no accountant (session 26: an assistant's nine years counted as "Site manager, 3 years")
_JUNIOR = r"(?:assistant|asst\.?|deputy|trainee|junior|jr\.?|apprentice|student|aspiring|intern)"


def _without_junior(title: str, field: str) -> str:
    """``title`` without the field's own words where a junior rank comes right before them (:data:`_JUNIOR`)."""
    words = field.split()
    if not words:
        return title
    joined = r"[\s-]+".join(map(re.escape, words))
    return re.sub(rf"(?i)\b{_JUNIOR}\s+{joined}\w*", " ", title or "")


def _field_words(field: str) -> list[str]:
    """The words of ``field`` that say what it is: "Führungserfahrung in der Produktion" -> ["führung", "produktion"]
    (a compound's trailing "-erfahrung" and its linking "s" dropped, the words of experience and small words left
    out)."""
    words = re.findall(r"[\w&+#-]+", (field or "").lower())
    words = [re.sub(r"s?(?:berufs)?erfahrung$", "", w) if len(w) > 12 else w for w in words]
    return [w for w in words if w and w not in _SKIP]


def _compound_head(word_stem: str, text_words: list[str]) -> bool:
    """Whether a capitalised compound of ``text_words`` starts with ``word_stem`` (five letters at least) and goes
    on with a part of its own (four letters at least): "Führung" in "Führungserfahrung", "Lager" in
    "Lagermitarbeitern", as German writes one word where English writes two."""
    return len(word_stem) >= 5 and any(
        w[:1].isupper() and len(w) >= len(word_stem) + 4 and w.lower().startswith(word_stem) for w in text_words)


def _dated(line: str, this_year: int) -> tuple[int, int] | None:
    """(first year, last year) of the first date range or "since" date on ``line``; None when it has none."""
    if found := RANGE_RE.search(line):
        start, end = found.group(1), found.group(2)
        return int(start), int(end) if end.isdigit() else this_year
    if found := SINCE_RE.search(line):
        return int(found.group(1)), this_year
    return None


def field_entries(cv_text: str, this_year: int) -> list[tuple[str, int, int]]:
    """The CV's dated entries as (its text, first year, last year): a line with a date range or "since" date
    (:data:`core.analysis.job_years.RANGE_RE`: "2019 - Present", "October 2021 - Present", "03/2018 – heute",
    "2019-04-01 - present"), the title line above it when that is no bullet nor dated, and the lines below it up to
    the next entry or section heading. An education entry (its first line names a degree, a course of study or an
    apprenticeship: "BSc Biology, …, 2010 - 2013") is left out: its years are no years of work."""
    lines = [ln.strip() for ln in (cv_text or "").splitlines()]
    starts: list[tuple[int, int, tuple[int, int]]] = []  # (first line, dated line, years)
    for i, line in enumerate(lines):
        if (years := _dated(line, this_year)) is None:
            continue
        first = i
        if (i > 0 and lines[i - 1] and not _BULLET_RE.match(lines[i - 1]) and not _HEADING_RE.match(lines[i - 1])
                and _dated(lines[i - 1], this_year) is None and len(lines[i - 1].split()) <= 14):
            first = i - 1  # "FP&A Analyst, Halden Foods" above "October 2021 - Present"
        if starts and first <= starts[-1][1]:
            first = i
        starts.append((first, i, years))
    entries: list[tuple[str, int, int]] = []
    for k, (first, _dated_at, (start, end)) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        body = []
        for j in range(first, stop):
            if j > first and _HEADING_RE.match(lines[j]):
                break
            body.append(lines[j])
        if not _EDUCATION_RE.search(body[0]):
            entries.append(("\n".join(body), start, end))
    return entries


def field_years(cv_text: str, field: str, this_year: int) -> int:
    """The years of ``field`` the CV shows: the years its dated entries naming the field cover together
    (:func:`field_entries`, :func:`field_named`; overlaps counted once; an open end is ``this_year``), or a number
    of years it states in a sentence naming the field ("six years in office management"), the larger; 0 when none."""
    covered: set[int] = set()
    anything = any_work(field)  # "job related": every dated entry of work counts
    for text, start, end in field_entries(cv_text, this_year):
        if start <= end <= this_year and (anything or entry_of_field(text, field)):
            covered.update(range(start, end))
    stated = max((years_shown(part, this_year) for part in re.split(r"(?<=[.;!?])\s+|\n", cv_text or "")
                  if not RANGE_RE.search(part) and not SINCE_RE.search(part) and field_named(part, field)), default=0)
    return max(len(covered), stated)


# "Experiencia mínima de 2 años en atención al cliente", "mindestens 3 Jahre Erfahrung im Kundenservice", "3 ans
# d'expérience en service client", "almeno 2 anni di esperienza in …": the years and field of a CV language's requirement
_FOREIGN_ASKED_RE = re.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\s*\+?\s*"
    r"(?:a[ñn]os|ans|ann[ée]es|jahren?|anni|anos|jaar|jaren)\s+(?:(?:de|d['’]|di|an)\s*)?"
    r"(?:(?:experiencia|expérience|(?:berufs)?erfahrung|esperienza|experiência|ervaring)\s+)?"
    r"(?:en|im|in|dans|na|no|em|als|como|come|comme|als)\s+(?:(?:el|la|le|les|l['’]|der|dem|den|il|lo|o|a|de)\s+)?"
    r"(?P<field>[^,;.()\n]{3,60})", re.IGNORECASE)


def years_field_asked(requirement: str) -> tuple[int, str] | None:
    """(years, field) a requirement asks for: "4+ years practice management experience" -> (4, "practice
    management") (:func:`core.analysis.job_years.years_asked`), "Mehrjährige Führungserfahrung in der Produktion" ->
    (:data:`SEVERAL_YEARS`, "Führungserfahrung in der Produktion"); None when it asks for no years."""
    asked = years_asked(requirement or "")
    if asked is None and (several := _SEVERAL_RE.search(requirement or "")):
        asked = (SEVERAL_YEARS, requirement[several.end():].strip())
    if asked is None and (foreign := _FOREIGN_ASKED_RE.search(requirement or "")):
        number = foreign.group("n").lower()
        field = " ".join(foreign.group("field").split()[:5])
        asked = (int(number) if number.isdigit() else NUMBER_WORDS[number], field)
    return asked


def field_years_met(cv_text: str, requirement: str, this_year: int | None = None) -> bool | None:
    """Whether the CV shows as many years of ``requirement``'s field as it asks for (:func:`years_field_asked`,
    :func:`field_years`; ``this_year`` defaults to today's); None when it asks for no years or names no field."""
    asked = years_field_asked(requirement)
    if asked is None or not _field_words(asked[1]):
        return None
    return field_years(cv_text, asked[1], this_year or date.today().year) >= asked[0]


def any_work(field: str) -> bool:
    """Whether a years requirement's ``field`` names no field of its own ("job related", "related work"): its words
    are only words of work (:data:`_ANY_WORK`) and of experience."""
    words = _field_words(field)
    return bool(words) and all(w in _ANY_WORK for w in words)
