"""CV one-line entries: a job written as one sentence-like line ("2 years as Front-End Captain at Synthesio from
2014 to today", "Engineer at Acme (2019 - 2021)"), a dated line "dates : Title at Employer" in any of the seven
languages ("En cours : Technicien chez Orvane", "2019 – 2021: Analyst at Acme", "Mars - Août 2019 : Stage chez
Belcour") and several employers named on one line ("Lead Developer at Chaucer, Omnifone, Centrica (2005-2013)").
Used by :mod:`core.analysis.cv`."""

from __future__ import annotations

import logging
import re

from core.analysis import cv_lang
from core.analysis.cv_entries import DEPARTMENT_RE
from core.analysis.cv_lang import has_legal_form
from core.analysis.cv_lines import _DATE_PART_RE, DATE_RE, is_place, is_role, natural_case
from core.analysis.cv_names import drop_other_name, drop_remarks

logger = logging.getLogger(__name__)

_ROLE_AT_RE = re.compile(
    r"^(?:\d+\s+(?:years?|months?)\s+(?:as\s+)?)?(?P<role>[^,;]{2,60}?)\s+(?:at|@)\s+(?P<employer>[^,;()]{2,80}?)"
    r"\s*(?:,\s*[^,;()]+?)?\s+(?:from|since|\()\s*(?:[A-Za-z]+\.?\s+)?(?:19|20)\d\d",
    re.IGNORECASE,
)
# "Working as Senior Software Engineer in Infosys Limited, Bangalore from June 2019 to till date", "Worked as a
# Tester with Wipro since 2015": a sentence saying what one works as and where, the employer after "at", "in",
# "with" or "for" (a form many CVs from India write)
_WORKING_AS_RE = re.compile(
    r"^(?:(?:I\s+am\s+|I\s+was\s+)?(?:currently\s+|presently\s+)?(?:working|worked|employed|serving|served)\s+as\s+"
    r"(?:an?\s+)?)(?P<role>[^,;]{2,60}?)\s+(?:at|@|in|with|for)\s+(?P<employer>(?:M/s\.?\s*)?(?-i:[A-Z])(?:(?!\s(?:at|@)\s)[^,;()]){1,80}?)"
    r"\s*(?:,\s*[^,;()]+?)?\s*(?:\(\s*)?(?:from|since|during|between)?\s*(?:[A-Za-z]+\.?\s+|\d{1,2}[/.-])?(?:19|20)\d\d",
    re.IGNORECASE,
)
_WORKING_IN_RE = re.compile(  # "Working in Infosys Limited as Senior Software Engineer since June 2019"
    r"^(?:currently\s+|presently\s+)?(?:working|worked)\s+(?:at|in|with|for)\s+(?P<employer>(?-i:[A-Z])[^,;()]{1,80}?)"
    r"\s*(?:,\s*[^,;()]+?)?\s+as\s+(?:an?\s+)?(?P<role>[^,;()]{2,60}?)\s*(?:,\s*)?(?:\(\s*)?(?:from|since|during)?\s*"
    r"(?:[A-Za-z]+\.?\s+|\d{1,2}[/.-])?(?:19|20)\d\d",
    re.IGNORECASE,
)


# "En cours : …", "2019 – 2021: …", "Mars - Août 2019 : …": dates, or a word for "present" alone, before a colon
DATED_PREFIX_RE = re.compile(r"^(?P<when>[^:]{2,40}?)\s*:\s+(?P<rest>\S.*)$")
# "01.07.2019 – 31.12.2019 | Trainee bei X AG, Ort", "2021-2022<TAB>Title. Employer" (a DOCX tab reads as " | "): the
# dates, then a bar or a tab before the entry
_DATED_BAR_RE = re.compile(r"^(?:[-•*]\s+)?(?P<when>[^|\t:]{2,40}?)\s*(?:\||\t)\s*(?P<rest>[^|\t]*\S)$")
_AT_EN_RE = re.compile(r"^(?P<role>.{2,60}?)\s+(?:at|@)\s+(?P<org>[A-Z0-9].{1,80})$")
# an apprenticeship or a training named by itself before "bei"/"at" ("kaufmännische Lehre beim Stadtwerk X")
_TRAINING_RE = re.compile(r"(?i)(?:\w+\s+)?(?:lehre|ausbildung|berufsausbildung|apprenticeship|apprentissage|apprendistato|"
                          r"aprendizaje|aprendizagem)")
# "Title. Employer": the title ends at a full stop, the employer after it starts with a capital
_TITLE_DOT_RE = re.compile(r"^(?P<role>[^,]{2,60}?[^\s.,]{3,})\.\s+(?P<org>[A-ZÀ-Ý0-9].{1,80})$")


def _without_town(org: str) -> str:
    """An employer without the town written after a comma ("Muster Bau AG, Bern (Teilzeit 60%)" -> "Muster Bau
    AG"): the part after the last comma, its brackets dropped, one or two words with a capital each; a legal form
    after the comma ("Acme, Inc.") stays."""
    head, sep, tail = org.rpartition(",")
    bare = re.sub(r"\s*\([^()]*\)", "", tail).strip()
    if not sep or not head.strip() or has_legal_form(bare) or not re.fullmatch(r"[A-ZÀ-Ý][\w.'’-]+(?:\s+[A-ZÀ-Ý][\w.'’-]+)?", bare):
        return org
    return head.strip()


def _dated_rest(line: str) -> tuple[str, str]:
    """(dates, entry) of "dates : entry" or "dates | entry"; ("", "") for any other line."""
    m = DATED_PREFIX_RE.match(line) or _DATED_BAR_RE.match(line)
    return (m.group("when").strip(), m.group("rest")) if m else ("", "")


def dated_role_at(line: str) -> tuple[str, str]:
    """(role, employer) of "dates : Title at Employer", the "at" in any of the seven languages ("bei", "chez",
    "presso"...), the dates a range, a year or a word for "present" ("En cours", "Actualidad"); ("", "") else."""
    when, rest = _dated_rest(line.strip())
    if not when:
        return "", ""
    present = re.fullmatch(rf"(?i)(?:{cv_lang.PRESENT_WORDS}|present|current|currently)", when)
    if not (present or (DATE_RE.search(when) and _DATE_PART_RE.match(when))):
        return "", ""
    rest = re.sub(r"[\s,.;]+$", "", drop_remarks(rest))  # "… at Acme (compulsory military service)"
    found = cv_lang.role_at_employer(rest, lambda r: is_role(r) or bool(_TRAINING_RE.fullmatch(r.strip())))
    if not found and (named := cv_lang.role_at_employer(rest, lambda r: len(r.split()) <= 5 and r[:1].isupper())):
        found = named if has_legal_form(named[1].split(",")[0]) else None  # "Administrative Office bei GC Holding AG"
    if not found and (en := _AT_EN_RE.match(rest)) and is_role(en.group("role")):
        found = en.group("role"), en.group("org")
    if not found and (dot := _TITLE_DOT_RE.match(rest)) and (is_role(dot.group("role")) or has_legal_form(dot.group("org"))):
        found = dot.group("role"), dot.group("org")  # "Aux. administrativo. Valetur Transportes Ltda"
    if not found or is_place(found[1]):
        return "", ""
    return natural_case(found[0].strip()), natural_case(drop_other_name(_without_town(found[1].strip(" -–"))))


# the words between a title and its employer that are no ordinary preposition too ("bei", "chez", "presso", "bij")
_PLAIN_AT_RE = re.compile(r"(?i)\s(?:bei|beim|chez|presso|bij)\s")


def undated_role_at(line: str) -> tuple[str, str]:
    """(role, employer) of a line that is only "Title bei Employer" ("Lagerhelfer bei Nordhafen Logistik GmbH",
    "Vendeuse chez Boulangerie Morel"), a CV writing its dates in a column of their own: a known title before one of
    :data:`_PLAIN_AT_RE`'s words, a capitalised name after it, eight words at most and no sentence's punctuation;
    ("", "") else. Such a line opens the next entry after another (:func:`core.analysis.cv_blocks.opens_entry`)."""
    text = line.strip()
    if not _PLAIN_AT_RE.search(text) or len(text.split()) > 8 or re.search(r"[.;:!?()]\s|[;:!?]$", text):
        return "", ""
    found = cv_lang.role_at_employer(text, is_role)
    if not found or not found[1][:1].isupper() or is_place(found[1]) or is_role(found[1]):
        return "", ""
    return natural_case(found[0].strip()), natural_case(drop_other_name(_without_town(found[1].strip(" -–"))))


# a length of service ending a one-line entry instead of its dates ("Acme Trust, UK – 9 years", "Porter at Grange
# Hotel (18 months)", "…, just started March 2024"): a dash, comma or bracket, then the length or a start
_SERVICE_TAIL_RE = re.compile(
    r"(?:\s*[-–—,]\s*|\s*\(\s*)(?:(?:about|over|almost|nearly)\s+)?\d+(?:[.,]\d+)?\+?\s*(?:years?|yrs?|months?|mos?)\)?\s*$"
    r"|,\s*(?:just\s+)?(?:started|joined|starting)\s+(?:in\s+)?(?:[A-Za-z]+\.?\s+)?(?:19|20)\d\d\s*$", re.IGNORECASE)
# a name of an organisation: capitalised words, the small words between them ("University of Kharkiv", "The Open Door
# Centre", "Marks & Spencer")
_NAME_RE = re.compile(r"(?:[A-ZÀ-Ý0-9][\w.'’&-]*|of|the|and|for|&|de|du|la|le|der|für|y|e)(?:\s+(?:[A-ZÀ-Ý0-9][\w.'’&-]*|"
                      r"of|the|and|for|&|de|du|la|le|der|für|y|e)){0,6}")


def bold_name(text: str) -> bool:
    """Whether a bullet's whole (bold) text may be an employer heading its entry ("* __Northgate Robotics__" over
    "Firmware Engineer Intern"): capitalised name words (:data:`_NAME_RE`), no title, place, date or heading's name.
    The entry is a job only when a title line follows (:meth:`core.analysis.cv._Walk.flush`)."""
    from core.analysis.cv_lines import section_kind

    name = text.strip(" :")
    return bool(name[:1].isupper() and _NAME_RE.fullmatch(name) and not is_role(name) and not is_place(name)
                and not DATE_RE.search(name) and not section_kind(name))


def served_entry(line: str) -> tuple[str, str]:
    """(role, employer) of a one-line entry that gives a length of service instead of dates: "Supply Teacher at
    Westfield Academy Trust, just started September 2024", "Harbour Learning Trust, UK – 9 years" (the role "" when
    the line names only the employer), "Forklift Driver at Marlow Home Goods (18 months)"; ("", "") for any other line
    (a sentence or a skill with a length of time: "Trained new starters – 2 years running", "Excel – 5 years" under
    Skills never reaches here). Fresh CV set 23 kind (session 25)."""
    text = re.sub(r"^[-•*]\s+", "", line.strip())
    tail = _SERVICE_TAIL_RE.search(text)
    if not tail or len(text.split()) > 14:
        return "", ""
    head = text[:tail.start()].strip(" ,-–—")
    if (at := _AT_EN_RE.match(head)) and is_role(at.group("role")):
        org = _without_town(at.group("org").strip())
        return ((natural_case(at.group("role").strip()), natural_case(drop_other_name(org)))
                if _NAME_RE.fullmatch(org) and not is_place(org) else ("", ""))
    org = _without_town(head)
    if not _NAME_RE.fullmatch(org) or not org[:1].isupper() or is_role(org) or is_place(org) or len(org.split()) < 2:
        return "", ""
    return "", natural_case(drop_other_name(org))


def role_at_employer(line: str) -> tuple[str, str]:
    """(role, employer) of a one-line entry "[2 years as] Front-End Captain at Synthesio from 2014 to
    today", "Engineer at Acme (2019 - 2021)", "dates : Title at Employer" (:func:`dated_role_at`) or one with a length
    of service (:func:`served_entry`, the role "" when the line names only the employer); ("", "") for any other line."""
    dated = dated_role_at(line)
    if dated[1]:
        return dated
    served = served_entry(line)
    if served[1]:
        return served
    m = _WORKING_AS_RE.match(line) or _WORKING_IN_RE.match(line) or _ROLE_AT_RE.match(line)
    if not m or is_place(m.group("employer")) or not (is_role(m.group("role")) or re.match(r"\d+\s+\w+\s+as\s", line)):
        return "", ""
    return natural_case(m.group("role").strip()), natural_case(drop_other_name(m.group("employer").strip(" -–")))


def many_employers(line: str) -> list[str]:
    """The employers of a "<roles> at A, B, C, D (years)" line; [] for any other line."""
    many = re.search(r"\bat\s+([^()]+?)(?:\s*\(|$)", line)
    names = [n.strip(" .") for n in many.group(1).split(",")] if many else []
    if len(names) >= 3 and all(n[:1].isupper() and len(n.split()) <= 4 for n in names) and DATE_RE.search(line):
        if any(is_place(n) or DEPARTMENT_RE.search(n) for n in names):
            return []  # "Engineer at Microsoft, Azure Storage Team, Redmond (2019-2022)": one employer, its team and town
        return [natural_case(n) for n in names]
    return []
