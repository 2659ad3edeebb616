"""CV names: an entry header's organisation name cleaned of what is written beside it but is no part
of the name, before :func:`core.analysis.cv_entries.parse_header` splits the header into role and
employer.

- a remark or a place in brackets after a name or a title ("NHS England (generally working in R)",
  "University of Central Florida (Orlando, FL)", "Design Engineer (Promoted from Grade 3 to Grade 5
  in 18 months)"); a short bracket that is part of the name stays ("Zalando SE (Polska)", "HP
  (Autonomy)", "Research Assistant (Part time)");
- a town run into an organisation's name before its region ("Bits & Bytes Consulting Smallville, CA"
  -> "Bits & Bytes Consulting"), when the town is unknown to the gazetteer;
- a company's legal form ("Zalando SE", "Siemens AG") marks a name, never a title ("Senior SE");
- a credential after a title ("Staff Nurse RN") and a part cut before its last word ("Researcher &") are
  no names; a name that is also a town, written before its own town ("Hays, Preston"), is one.
"""

from __future__ import annotations

import logging
import re

from core.analysis.cv_lang import AT_WORDS, FORM_EMPLOYER_RE, FORM_ROLE_RE, form_employer, has_legal_form
from core.analysis.cv_layout import unmarked_bullet
from core.analysis.cv_lines import DATE_RE, header_parts, is_place, is_region, is_role
from core.analysis.cv_skills import ACTION_VERB_RE
from core.words import initials

logger = logging.getLogger(__name__)

_BRACKET_RE = re.compile(r"\s*\(([^()]*)\)")
_WORK_MODE_RE = re.compile(r"(?i)^(?:part|full)[- ]?time\b|^(?:remote|hybrid|contract|temporary|maternity)\b")


def _remark(content: str) -> bool:
    """Whether a bracket's content is a remark or a place rather than part of a name: a place
    ("Orlando, FL"), a department ("Investment Banking Division"), a phrase in lower case of three words or more ("generally working in R"), or
    five words or more ("Promoted from Grade 3 to Grade 5 in 18 months")."""
    content = content.strip()
    words = content.split()
    if not words or _WORK_MODE_RE.match(content) or re.search(r"(?:19|20)\d\d", content):
        return False  # a work mode is the title's own; a date is left to the date reading
    town, _, country = content.rpartition(",")  # "(Hebei, China)": a province the gazetteer lacks, then its country
    if (is_place(content) or (re.fullmatch(r"(?:[A-Z][\w'’.-]*\s?){1,3}", town.strip()) and is_place(country.strip()))
            or re.search(r"(?i)\b(?:division|department|dept\.?|faculty|ward|unit|team|squad)$", content)):
        return True  # "Goldman Sachs (Investment Banking Division)": the organisation is named without it
    return (len(words) >= 3 and words[0][:1].islower()) or len(words) >= 5


def drop_remarks(line: str) -> str:
    """A header line without its bracketed remarks and places (see :func:`_remark`), and with a
    spaced Unicode hyphen read as a dash ("University ‐ Biology Department")."""
    line = re.sub(r"[\u2010\u2011]", "-", line)
    # an icon font's glyph names left in the text ("¶ap-¶arker Palo Alto"); tried at word starts only, so
    # linear: unanchored, ``\S*`` rescanned the rest of a long word from each of its characters
    line = re.sub(r"(?<!\S)\S*¶\S*", " ", line)
    line = re.sub(r"\s+#\s?\d+\b", "", line)  # a store's number ("Walgreens #4521")
    # a project, product or placeholder in square brackets ("Software Engineer [Tourism App]", "[City, State]")
    line = re.sub(r"\s*\[[^\[\]]{1,60}\]", " ", line)
    return _BRACKET_RE.sub(lambda m: "" if _remark(m.group(1)) else m.group(0), line).strip()


# an organisation's name, then a bracket of up to four words at the end: another name of it or of its owner, its brand,
# country or domain ("Accengage (Airship)", "LPP S.A. (Reserved Brand)", "Zalando SE (Polska)"), or its abbreviation
_OTHER_NAME_RE = re.compile(r"^(?P<name>\S.*?)\s*\((?P<other>[^(),;:]{1,40})\)$")
_ACRONYM_RE = re.compile(r"[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9&.-]{1,9}")
_NAME_SMALL_RE = re.compile(r"(?i)and|of|the|for|de|du|des|la|le|et|y|und|&")


def drop_other_name(employer: str) -> str:
    """An employer's name without a bracketed other name written after it (the dev labels' rule: an employer
    "without ... bracketed later owner, brand, country or domain", tests/data/devsets/cvs/SOURCES.md): "Accengage
    (Airship)" -> "Accengage", "ENSG (IGN)" -> "ENSG" (a short name in capitals after another is another body);
    its abbreviation stays ("German Centre for Marine Biodiversity Research (DZMB)"), and so does any bracket that is
    no name (a phrase in lower case, a list, a date)."""
    m = _OTHER_NAME_RE.match(employer.strip())
    if not m or re.search(r"(?:19|20)\d\d", m.group("other")):
        return employer
    name, other = m.group("name").strip(), m.group("other").strip()
    if re.match(r"(?i)(?:acquired by|now part of|now|formerly|part of|übernommen von|jetzt|rachet[ée]e? par|adquirida por)\s", other):
        return name  # "Capdesk (Acquired by Carta)": its later owner
    if re.fullmatch(r"(?i)(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?", other):
        return name  # "Lindqvist Handel e. K. (lindqvist24.de)": its web address
    words = other.split()
    if not 1 <= len(words) <= 4 or (is_role(name) and not legal_form_name(name)):
        return employer  # "Lead Engineer (Mobile Applications)": a title's focus, not a name
    if _ACRONYM_RE.fullmatch(other) and not _ACRONYM_RE.fullmatch(name):
        return employer  # "Netherlands Institute of Ecology (NIOO-KNAW)": its abbreviation
    if not all(w[:1].isupper() or w[:1].isdigit() or _NAME_SMALL_RE.fullmatch(w) for w in words) or not words[0][:1].isupper():
        return employer
    return name


# a company's legal form, last in its name ("Zalando SE", "Siemens AG", "LPP S.A.")
_LEGAL_FORM_RE = re.compile(
    r"^(?P<name>.+?)\s+(?:SE|AG|GmbH|S\.A\.?|SA|S\.p\.A\.?|N\.V\.?|B\.V\.?|Oy|AB|ASA|A/S|KG|SAS|SARL|S\.L\.?|Ltd\.?|"
    r"Inc\.?|LLC|LLP|plc|PLC|Pty)(?:\s*\([^()]*\))?$")
_SENIORITY_RE = re.compile(r"(?i)^(?:senior|sr\.?|junior|jr\.?|staff|principal|lead|chief|associate|head)$")


def legal_form_name(part: str) -> bool:
    """Whether a part ends in a company's legal form after a name ("Zalando SE (Polska)", "Siemens
    AG"), so is an organisation even if a title word reads into it ("SE"); "Senior SE" is a title."""
    m = _LEGAL_FORM_RE.match(part.strip())
    if m:
        return not _SENIORITY_RE.match(m.group("name").split()[-1])
    return has_legal_form(re.sub(r"\s*\([^()]*\)$", "", part.strip()))  # "Rossi Informatica S.r.l.", "Dados Lusos Lda"


_ORG_END_RE = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|plc|corp|corporation|company|group|bank|hospital|clinic|labs?|technologies|systems|"
    r"solutions|agency|partners|studio|foundation|consulting|consultancy|ventures|institute|university|college|"
    r"school|academy|startup|interactive|media|software|logistics|center|centre)\b\.?", re.IGNORECASE)


def cut_unknown_town(part: str, following: str) -> str:
    """An organisation's name without a town the PDF ran into it, told by the region written after it
    (``following``, the next part of the header: "CA", "Texas", "Germany"): "Acme Consulting
    Smallville" -> "Acme Consulting". Cut after the name's last organisation word when one to three
    capitalised words follow it; a name that goes on with "of" or "for" ("Bank of Dallas") stays."""
    if not following or not is_region(following):
        return part
    ends = list(_ORG_END_RE.finditer(part))
    if not ends:
        return part
    tail = part[ends[-1].end():].split()
    if not 1 <= len(tail) <= 3 or not all(t[:1].isupper() for t in tail) or is_place(" ".join(tail)) or is_role(" ".join(tail)):
        return part  # a known place after an institution's word is its own ("University College Dublin"); a title's
        # head after its field word is the title's ("Software Engineer - New York, NY"), no town
    return part[: ends[-1].end()].strip()


# a part cut off before its last word ("Independent Quantitative Researcher &" whose line goes on below): a
# fragment, never an organisation's name
CONNECTOR_END_RE = re.compile(r"\s*(?:&|\+|/|,|\b(?:and|or|of|for|the|with|at|in))$", re.IGNORECASE)


# a professional credential written after a title ("Staff Nurse RN", "Senior Accountant, CPA"): the holder's
# letters, never an employer
_CREDENTIAL_RE = re.compile(
    r"(?:RN|BSN|MSN|LPN|LVN|CNA|NP|APRN|FNP(?:-BC)?|DNP|CRNA|CPA|CFA|ACCA|CIMA|CMA|MBA|PhD|MD|DO|PE|PMP|EMT|"
    r"PA-C|LCSW|MSW|JD|Esq\.?|CPhT|RD|OTR|DPT|PT|MPH|MEd|PGCE|QTS)(?:\s*[,/]\s*|\s+)?")


def credentials(part: str) -> bool:
    return all(_CREDENTIAL_RE.fullmatch(t) for t in re.split(r"\s*[,/]\s*|\s+", part.strip()) if t) and part.strip() != ""


def named_like_its_town(group: list[str], role_line: int) -> list[tuple[int, str]]:
    """The employer of a header whose name is also a town, written before the town it is in, on a line of
    its own ("Mathematics Teacher" over "Hays, Preston (Nov 2022 – Jan 2025)"): two towns, no region
    ("Leeds, UK" and "Austin, Texas" are a town and its region)."""
    for idx, line in enumerate(group):
        parts = header_parts(line)
        if (idx != role_line and len(parts) == 2 and all(is_place(p) and not is_region(p) for p in parts)
                and len(parts[0].split()) <= 3):
            return [(idx, parts[0])]
    return []


def listed_employer(text: str, group: list[str]) -> bool:

    """Whether a bullet is the employer line of the title just above it, written as a list item ("### Field
    Sales Agent" over "- SolarWorks Energy – Newark, NJ", the dates below): a title alone before it, and a
    short name and place that is no sentence ("- Built dashboards in Tableau – London, UK" opens with a verb)."""
    if len(group) != 1 or not is_role(group[0]) or DATE_RE.search(group[0]) or DATE_RE.search(text):
        return False
    parts = header_parts(text)
    return (len(text.split()) <= 8 and len(parts) >= 2 and is_place(parts[-1]) and not is_place(parts[0])
            and not unmarked_bullet(text) and not ACTION_VERB_RE.match(text) and not text.rstrip().endswith("."))


# "Energy Department of Tesla", "Payments Team of Globex Corporation": a unit named before its organisation
_UNIT_OF_RE = re.compile(r"^(?P<before>(?:[A-Z][\w&/.-]*\s+){1,3})(?:Department|Division|Team|Unit|Group|Office) of "
                         r"(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})$")


def without_team(name: str) -> str:
    """An organisation's name without the team written after it ("comparethemarket.com Motor Team",
    "Globex Corporation Payments Team" -> the organisation), when what is left is a web domain or has an
    organisation's word, else as written ("Team Rubicon"); or without the department named before it
    ("Energy Department of Tesla" -> "Tesla"; not "Department of Health", whose department is the body), or
    written after it ("Duke University Department of Biology" -> "Duke University"); a state's or a country's
    department is the body itself ("Pennsylvania Department of Environmental Protection")."""
    from core.analysis.cv_entries import ORG_WORDS_RE, org_name  # cv_entries reads this module first

    unit = _UNIT_OF_RE.match(name)
    before = unit.group("before").strip() if unit else ""
    if unit and (is_place(before) or is_region(before.replace(".", ""))):
        return name  # "Pennsylvania Department of Environmental Protection", "U.S. Department of Energy": a public body
    if unit and org_name(before):
        return before  # "Duke University Department of Biology": the university, not its department
    if unit and not is_place(unit.group("org")):
        return unit.group("org")  # "Energy Department of Tesla": the organisation, not its department
    tokens = name.split()
    if len(tokens) < 3 or tokens[-1] not in ("Team", "Squad", "Tribe"):
        return name
    for cut in (2, 3, 4):  # "Motor Team", "Customer Account Team"
        org, unit = " ".join(tokens[:-cut]), tokens[-cut:-1]
        if org and all(t[:1].isupper() for t in unit) and (
                re.search(r"\w\.(?:com|org|net|io|co|ai|uk|de|fr)$", org) or re.search(rf"{ORG_WORDS_RE.pattern}$", org, re.I)):
            return org
    return name


_PROGRAMME_RE = re.compile(r"(?i)\b(?:programs?|programmes?)$")


def chosen_employer(role: str, role_line: int, candidates: list[tuple[int, str]], group: list[str]) -> tuple[int, str]:
    """The employer among a header's candidate parts: the name written after "at" the title ("full-time
    translator at Kowsar Baft Novin CO.") or after an "@" whatever precedes it, else one with an organisation's
    word, else one on the title's line, else the first."""
    from core.analysis.cv_entries import org_name  # cv_entries reads this module first

    # "at", or another language's ("Entwicklerin bei Müller GmbH", "Chef de projet chez Dupont SARL")
    after_at = [c for c in candidates if role and re.search(re.escape(role) + rf"\s+(?:at|@|{AT_WORDS})\s+" + re.escape(c[1]), group[c[0]])]
    # "Praktische Erfahrungen während des Masterstudiums @SAP SE": an "@" names the employer after it, title or none before
    after_at = after_at or [c for c in candidates if re.search(r"\s@\s*" + re.escape(c[1]), group[c[0]])]
    # a programme run by the organisation beside it ("Fairbanks Soil & Water District, After School Programs"): the
    # organisation, though only the programme has an organisation's word ("School")
    programmes = [c for c in candidates if _PROGRAMME_RE.search(c[1])]
    orgs = [c for c in candidates if org_name(c[1]) and c not in programmes]
    orgs = orgs or ([] if len(programmes) < len(candidates) else programmes)
    org = after_at or _dated_name_line(role_line, candidates, group) or _parent(candidates) or _last_before_years(
        role, role_line, candidates, group) or orgs
    same_line = [c for c in candidates if c[0] == role_line]
    other_line = [c for c in candidates if c[0] != role_line]
    return (org or same_line or other_line)[0]


# a unit inside an organisation, by its word anywhere in its name ("Schloss Lab", "Payments Team", "Dept. of
# Biology", "School of Medicine"): never the organisation itself when the name it belongs to is written beside it
_UNIT_RE = re.compile(r"(?i)\b(?:department|dept|division|faculty|unit|ward|team|squad|office|labs?|laboratory|group|program|"
                      r"programme|project)\b|(?:^|\s)(?:school|faculty) (?:of|in) ")


def whole_name(chosen: tuple[int, str], candidates: list[tuple[int, str]], role_line: int, group: list[str]) -> str:
    """The employer as its own line writes it when that line names two organisations with a comma, a
    name and the body it belongs to ("NORTHWIND CARE, RIVERBEND COMMUNITY HOSPITAL  2019 – Present",
    "Harbour Eye Care, Lakeside University Health System"): one employer, both names; the chosen name alone when its line
    holds the title, the other name has an organisation's or a unit's word of its own, or is a field."""
    from core.analysis.cv_header_parts import org_name, skill_only  # cv_header_parts reads this module first

    idx, name = chosen
    others = [c for i, c in candidates if i == idx and c != name]
    if idx == role_line or len(others) != 1 or not org_name(name) or org_name(others[0]):
        return name
    first = others[0]
    if (not re.search(re.escape(first) + r",\s+" + re.escape(name) + r"\b", group[idx]) or len(first.split()) > 3
            or not all(t[:1].isupper() for t in first.split()) or _UNIT_RE.search(first) or skill_only(first)
            or _untitled_lead(first, role_line, group[idx])):
        return name
    return f"{first}, {name}"


def _untitled_lead(first: str, role_line: int, line: str) -> bool:
    """Whether the name before the organisation is a header's title by its place: the header has no title word
    anywhere and the line opens with it ("Computer Operations, Northfield University, 2022 - 2023"), or it ends in
    a function's word ("Campus Operations", "Regional Sales")."""
    from core.analysis.cv_lines import SHIFT_DEPARTMENT_RE  # cv_lines reads this module first

    return (role_line < 0 and line.lstrip(" *#-•").startswith(first)) or bool(SHIFT_DEPARTMENT_RE.match(first.split()[-1]))


_PARENT_RE = re.compile(r"(?i)\b(?:university|universit[éäy]|college|hospital|institute of technology|health ?care|"
                        r"health system|medical cent(?:er|re))\b")
# a hospital's or university's own institute, centre, clinic or care unit, written before it on the title's line
# ("Advance Nurse Scholar, Winship-like Cancer Institute, X University Hospital"; "Nurse, Acute Care, X Healthcare")
_SITE_RE = re.compile(r"(?i)\b(?:institute|cent(?:er|re)|clinic|care)$")


def _parent(candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The university, hospital or health system named on one line after a lab, department, institute or care unit
    of it ("Schloss Lab, Dept. of Biology, University of Kentucky"; "Nurse, Bone Marrow Care, Emory Healthcare"):
    the organisation the entry's unit belongs to."""
    for at, (line, name) in enumerate(candidates):
        if _PARENT_RE.search(name) and not _UNIT_RE.search(name) and any(
                c[0] == line and (_UNIT_RE.search(c[1]) or (_SITE_RE.search(c[1]) and not _PARENT_RE.search(c[1])))
                for c in candidates[:at]):
            return [(line, name)]
    return []


# "Title, Unit, Employer, Years.": an academic CV's one-line entry, every part after a comma, the dates last
_COMMA_ENTRY_RE = re.compile(r"^(?P<names>[^|–—;:()@]+?),\s*(?:(?:winter|spring|summer|fall|autumn)\s+)?(?:19|20)\d\d\b[^A-Za-z]*"
                             r"(?:(?:present|current|now|today)\W*)?$", re.IGNORECASE)


def comma_entry(line: str) -> list[str]:
    """The names of a one-line entry "Title, Unit, Employer, Years." (three names or more, the dates last); []
    for any other line."""
    m = _COMMA_ENTRY_RE.match(line.strip())
    names = [p.strip() for p in m.group("names").split(",")] if m else []
    return names if len(names) >= 3 and all(0 < len(n.split()) <= 8 for n in names) else []


def _last_before_years(role: str, role_line: int, candidates: list[tuple[int, str]], group: list[str]) -> list[tuple[int, str]]:
    """The last name of a one-line entry written "Title, Unit, Employer, Years." ("Lecturer, Fine Arts, Northfield
    College, 2016 – 2021."): the organisation the units before it belong to, when the title opens the line and two
    names or more follow it."""
    names = comma_entry(group[role_line]) if role_line >= 0 and role else []
    same = [c for c in candidates if c[0] == role_line and c[1] in names]
    if not names or not role.startswith(names[0]) or not same or names[-1] != same[-1][1]:
        return []
    return same[-1:]


def _dated_name_line(role_line: int, candidates: list[tuple[int, str]], group: list[str]) -> list[tuple[int, str]]:
    """The candidate that is all a dated line of its own says, above or below the title's line ("Harbourview
    Clinic (June 2014 – Current)" over "Staff Nurse – Intensive Care – Eastfield Hospital"): the employer,
    whose entry the title line details with a unit or a site."""
    if role_line < 0 or any(c[0] == role_line and legal_form_name(c[1]) for c in candidates):
        return []  # "Senior Accountant, Harper & Lowe LLP" over "Audit Practice | 2019 -": the title's line names the firm
    return [c for c in candidates if c[0] != role_line and DATE_RE.search(group[c[0]])
            and (header_parts(group[c[0]]) == [c[1]]
                 # "2014 – 2018 Acme Department of X, Bureau of Y" over "Program Z, Specialist, Town, ST": the name the
                 # years open the line with
                 or (_YEARS_THEN_NAME_RE.match(group[c[0]]) and header_parts(group[c[0]])[:1] == [c[1]]))][:1]


_YEARS_THEN_NAME_RE = re.compile(r"^(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d|present|now|current))?\s+[A-Z]", re.IGNORECASE)


def without_codes(parts: list[str]) -> list[str]:
    """A header's parts without a two-letter country or state code written after its town ("São Paulo, BR"):
    a place's, never an employer's name."""
    return [p for i, p in enumerate(parts)
            if not (i and re.fullmatch(r"[A-Z]{2}", _BRACKETS_END_RE.sub("", p)) and is_place(parts[i - 1]))]


_BRACKETS_END_RE = re.compile(r"(?:\s*\([^()]*\))+$")  # "(Remote) ( )": a work mode, a bracket its dates left


def unbracketed(part: str) -> str:
    """A part without the brackets that end it ("TX (Remote)" -> "TX"); the part itself if nothing is left."""
    return _BRACKETS_END_RE.sub("", part) or part


def described(part: str) -> bool:
    """Whether a part is a name with a description run on after it ("Credit Accounts team engineering
    contributions"): a capitalised start and three words or more in lower case that are no small words."""
    tokens = part.split()
    lower = [t for t in tokens if t[:1].islower() and t.lower() not in ("of", "and", "the", "for", "de", "du", "in", "at", "&")]
    return bool(tokens) and tokens[0][:1].isupper() and len(lower) >= 3


_TITLE_FIELD_RE = re.compile(r"(?i)^(?:job title|title|position|role|designation)\s*:\s*(?P<value>\S.*)$")
_EMPLOYER_FIELD_RE = re.compile(r"(?i)^(?:company(?: name)?|employer|organi[sz]ation)\s*:\s*(?P<value>\S.*)$")


def _without_town(value: str) -> str:
    """A labelled employer without the town after its comma ("Atlas Logistique SARL, Casablanca" -> "Atlas
    Logistique SARL"; "Casablanca, Morocco" after it too)."""
    name, comma, rest = value.partition(", ")
    town = rest.split(",")[0].strip()
    return name if comma and name and (is_place(town) or is_region(town)) else value


def labelled_fields(group: list[str]) -> tuple[str, str] | None:
    """(role, employer) of a header written as a form ("Job Title: Postdoctoral Fellow" over "Company: Bayer"):
    the values its labels give; None unless both are labelled."""
    roles = [m.group("value").strip() for m in map(_TITLE_FIELD_RE.match, group) if m]
    employers = [_without_town(m.group("value").strip(" .")) for m in map(_EMPLOYER_FIELD_RE.match, group) if m]
    if not (roles and employers):  # the Europass form of the six languages ("Tipo di impiego", "Nome e indirizzo del datore di lavoro")
        roles = [m.group("value").strip() for m in map(FORM_ROLE_RE.match, group) if m]
        employers = [form_employer(m.group("value")) for m in map(FORM_EMPLOYER_RE.match, group) if m]
    return (roles[0], employers[0]) if roles and employers and roles[0] and employers[0] else None


def spelled_out(names: list[str], known: list[str]) -> dict[str, str]:
    """The names among ``names`` written as an acronym ("UCF") that the CV spells out among ``known`` (its other
    employers and its schools: "University of Central Florida"), each mapped to that full name: the initials of its
    capitalised words, small words aside, are the acronym's letters exactly. An acronym two full names fit, or none,
    stays as written."""
    out = {}
    for short in names:
        if not re.fullmatch(r"[A-Z]{2,6}", short):
            continue
        full = {k for k in known if k != short
                and initials(re.findall(r"[\w'’-]+", k)) == short}
        if len(full) == 1:
            out[short] = full.pop()
    return out


def spell_out(walk) -> None:
    """The employers, jobs and entries of ``walk`` (:mod:`core.analysis.cv`'s) with each acronym the CV spells out
    (:func:`spelled_out`) written as the name it stands for."""
    full = spelled_out(walk.employers, walk.employers + walk.schools)
    if not full:
        return
    walk.employers = list(dict.fromkeys(full.get(e, e) for e in walk.employers))
    walk.jobs = [(r, full.get(e, e)) for r, e in walk.jobs]
    walk.entries = [(full.get(e, e), t) for e, t in walk.entries]
    walk.achievement_employer = {a: full.get(e, e) for a, e in walk.achievement_employer.items()}
