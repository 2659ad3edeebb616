"""Years of experience a job asks for: "at least four years of emergency nursing experience", "3+ years in a
data analyst role", "a minimum of 2 years' experience in retail".

* :func:`years_requirement`: the requirement as the job writes it, from the lead ("at least") to the end of its
  field, or ``None`` when the text asks for no years of experience.
* :func:`years_asked`: (the number of years, the field's words) of such a requirement, for the plan's gap
  probe ("4", "emergency nursing"); the field is "" when the job names none ("2+ years of relevant
  experience").

Pure functions over text; nothing here can fail on odd input.
"""

from __future__ import annotations

import logging
import re

from core.analysis.cv_lang import MONTH_WORDS, PRESENT_WORDS, RANGE_TO_WORDS, SINCE_WORDS

logger = logging.getLogger(__name__)

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20,
                 # the CV languages' two to ten ("cinco años de experiencia", "drei Jahre", "cinq ans", "due anni")
                 "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
                 "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
                 "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
                 "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
                 "dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "dez": 10,
                 "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10}
_NUMBER = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_LEAD = r"(?:(?:at least|a minimum of|minimum of|minimum|over|more than|around|approximately)\s+)?"
# Words before "experience" that name no field: "2+ years of relevant experience" asks for years only.
_GENERIC = re.compile(r"^(?:relevant|related|professional|commercial|proven|previous|prior|practical|work|working|"
                      r"industry|hands|on|hands[- ]on|direct|recent|solid|demonstrable|progressive|"
                      # a qualifier of when the years count, no field ("post-registration", "post-qualification")
                      r"post[- ]?(?:registration|qualification|qualifying|qualified|licensure|certification|graduate|graduation|degree)|"
                      r"full[- ]time|paid|minimum|total|overall|similar|equivalent|of|the|a|an)$", re.IGNORECASE)
_YEARS_RE = re.compile(
    rf"\b(?P<lead>{_LEAD})(?P<n>{_NUMBER})(?:\s*\(\d{{1,2}}\))?(?:\s*(?:-|–|to)\s*\d{{1,2}})?\s*(?:\+|plus|or more)?\s*"
    r"(?:years?|yrs?)['’]?(?:\s+of)?\s+"
    r"(?P<rest>[^,;.()]{0,80})",
    re.IGNORECASE,
)
_END_RE = re.compile(r"\s+(?:and|with|where|who|which|that|to|including|ideally|preferably|plus|is|are|would|"
                     r"will|within|working|gained|across)\b.*$", re.IGNORECASE)


def _field_after(rest: str) -> tuple[str, str] | None:
    """(what the requirement says after its number, the field's words) from the text after "N years (of)"."""
    words = rest.split()
    if "experience" in [w.lower().strip("'’") for w in words[:6]]:
        at = [w.lower().strip("'’") for w in words].index("experience")
        before = [w for w in words[:at] if not _GENERIC.match(w)]
        if before:  # "4 years of emergency nursing experience"
            return " ".join(words[: at + 1]), " ".join(before)
        tail = re.match(r"(?:in|with|as|of|within)\s+(?:an?\s+|the\s+)?(.+)", " ".join(words[at + 1:]), re.I)
        field = _END_RE.sub("", tail.group(1)).strip() if tail else ""
        field = " ".join(field.split()[:5])
        said = " ".join(words[: at + 1]) + (f" {tail.group(0).split(tail.group(1))[0].strip()} {field}" if field else "")
        return said.strip(), field
    # "3+ years in a data analyst role", "five years on domestic rewires", "two years doing payroll"
    role = re.match(r"(?:in|as|within|on|doing|working (?:in|on|with|as))\s+(?:an?\s+|the\s+)?(.+)", rest, re.I)
    if role:
        field = _role_words(_END_RE.sub("", role.group(1)))
        if field:
            return f"{rest[: role.start(1)].strip()} {field}", re.sub(r"\s+(?:role|position|setting|environment)s?$", "", field)
    return None


def _role_words(role: str) -> str:
    """A role's words after "N years as/in": five at most, or eight when it names alternatives ("Chef de Partie or
    Junior Sous Chef", never cut after "Junior": session 24), ending before the setting ("in a quality kitchen")."""
    role = re.sub(r"\s+(?:in|at|for|on)\s+(?:an?|the|our|your)\s.*$", "", role, flags=re.IGNORECASE)
    words = role.split()
    return " ".join(words[:8] if " or " in f" {' '.join(words[:8])} " else words[:5])


def _match(text: str) -> tuple[re.Match[str], str, str] | None:
    for match in _YEARS_RE.finditer(text or ""):
        found = _field_after(match.group("rest"))
        if found:
            return match, found[0], found[1]
    return None


def years_requirement(text: str) -> str | None:
    """The years of experience ``text`` asks for, as written ("at least four years of emergency nursing
    experience", "3+ years in a data analyst role"); ``None`` when it asks for none."""
    found = _match(text)
    if not found:
        return None
    match, said, _ = found
    head = text[match.start(): match.start("rest")].strip()
    phrase = f"{head} {said}".strip()
    return phrase[:1].lower() + phrase[1:] if phrase[:1].isupper() and not phrase[1:2].isupper() else phrase


# the field first and its years after it, as a list line writes them: "Site manager, 3 years", "Sous chef – minimum
# 2 years", "Site manager (3+ years)", "Bookkeeping: 2 yrs experience" (session 26 re-check: the years were never read)
_TRAILING_RE = re.compile(
    rf"^\s*(?P<field>[^\W\d][^,:;()–—\n]{{1,60}}?)\s*(?:,|:|\(|–|—|\s-)\s*{_LEAD}(?P<n>{_NUMBER})\s*(?:\+|plus|or more)?\s*"
    r"(?:years?|yrs?)['’]?(?:\s+(?:of\s+)?(?:relevant\s+|proven\s+)?experience)?(?:\s+(?:minimum|min\.?|or more|plus))?\s*\)?\.?\s*$",
    re.IGNORECASE,
)


def years_asked(requirement: str) -> tuple[int, str] | None:
    """(years, field) of a years-of-experience requirement ("at least four years of emergency nursing
    experience" -> (4, "emergency nursing"), "Site manager, 3 years" -> (3, "Site manager")); the field is "" when
    it names none; ``None`` when the requirement asks for no years."""
    found = _match(requirement)
    if not found:
        if trailing := _TRAILING_RE.match(requirement or ""):
            number = trailing.group("n").lower()
            field = trailing.group("field").strip()
            field = "" if all(_GENERIC.match(w) or w.lower() == "experience" for w in field.split()) else field
            if len(field.split()) <= 6:
                return (int(number) if number.isdigit() else NUMBER_WORDS[number]), field
        return None
    number = found[0].group("n").lower()
    years = int(number) if number.isdigit() else NUMBER_WORDS[number]
    return years, found[2]


# A date range's end may carry a month ("janv. 2015 – mars 2019", "03/2012 bis 09/2016"); its end is a year or a
# word for now in English or in a CV language of core.analysis.cv_lang ("2019 – aujourd'hui", "2018 – heute").
_MONTH = rf"(?:(?:{MONTH_WORDS}|[A-Za-z]{{3,9}}\.?)\s+|\d{{1,2}}\s*[/.]\s*)?"
_PRESENT_END = rf"present|current|now|today|date|{PRESENT_WORDS}"
# An ISO date's month and day after its year ("2019-04-01 - present", a JSON Resume's dates; "2019/04 – 2021/03").
_ISO_TAIL = r"(?:[-/][01]\d(?:-[0-3]\d)?\b)?"
RANGE_RE = re.compile(
    rf"\b((?:19|20)\d{{2}}){_ISO_TAIL}\s*(?:-|–|—|to|{RANGE_TO_WORDS})\s*{_MONTH}((?:19|20)\d{{2}}\b|(?:{_PRESENT_END})(?!\w))"
    rf"{_ISO_TAIL}",
    re.IGNORECASE,
)
_RANGE_RE = RANGE_RE
# An open range by its opening word alone: "since 2019", "seit 03/2019", "depuis 2018" (a closed one is a range).
SINCE_RE = re.compile(rf"\b(?:since|{SINCE_WORDS})\s+{_MONTH}((?:19|20)\d{{2}})\b", re.IGNORECASE)
_SINCE_RE = SINCE_RE
# "years" in English and the CV languages: "6 ans", "7 Jahre(n)", "5 años", "9 anni", "5 anos", "10 jaar"
_YEAR_WORDS = r"years?|yrs?|ans|ann[ée]es|jahren?|a[ñn]os|anni|jaar|jaren"
_STATED_RE = re.compile(rf"\b({_NUMBER})\+?\s*(?:{_YEAR_WORDS})(?!\w)", re.IGNORECASE)
# "six years ago", "il y a 6 ans", "vor 5 Jahren", "hace 3 años", "3 anni fa", "há 4 anos": a time, no experience
_AGO_BEFORE_RE = re.compile(r"(?:\by a|\bvor|\bhace|\bh[áa]|\bgeleden)\s+$", re.IGNORECASE)
_AGO_AFTER_RE = re.compile(r"\s+(?:ago|fa|geleden)\b", re.IGNORECASE)


def years_shown(text: str, this_year: int) -> int:
    """The most years of experience ``text`` shows: a number of years it states ("six years in A&E", "6 ans
    d'expérience", "7 Jahre Erfahrung") or the years its date ranges cover together ("2017 - 2021", "2021 - Present",
    "03/2018 – heute", "seit 2019"; overlaps counted once)."""
    covered: set[int] = set()
    text = text or ""
    for start, end in _RANGE_RE.findall(text):
        last = int(end) if end.isdigit() else this_year
        if int(start) <= last <= this_year:
            covered.update(range(int(start), last))
    for start in _SINCE_RE.findall(_RANGE_RE.sub(" ", text)):  # "dal 2010 al 2012" is a closed range
        if int(start) <= this_year:
            covered.update(range(int(start), this_year))
    stated = [int(n) if n.isdigit() else NUMBER_WORDS[n.lower()] for m in _STATED_RE.finditer(text)
              if not _AGO_BEFORE_RE.search(text[max(0, m.start() - 8):m.start()])
              and not _AGO_AFTER_RE.match(text[m.end():]) for n in [m.group(1)]]
    return max([len(covered), *stated])
