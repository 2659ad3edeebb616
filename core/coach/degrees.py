"""Degree abbreviations read as the degree they stand for, where a CV or an answer is matched with a
job requirement: "BSN" is a Bachelor of Science in Nursing, so it shows "Bachelor's degree in
nursing"; "B.Ed" shows a bachelor's degree in education; "MBA" a master's degree in business
administration.

Certifications and licences ("CPA", "CFA", "RN") are read as what they are, never as a degree: a
CPA does not show "Bachelor's degree in accounting".

The two-letter forms that are also ordinary abbreviations ("BA" British Airways, "MA" Massachusetts,
"MS" Microsoft or multiple sclerosis, "BS") count only when written as a degree: with full stops
("B.A.", "M.S."), followed by "in" / "of" / "(Hons)" ("MS in Statistics", "BA (Hons) History"),
after a determiner or a verb of having ("a BA", "my MS", "completed an MA"), or (not "MS", which
is also Microsoft's: "MS Excel") with a subject after them that is no tool ("BA Marketing").

The expansions follow the usual names of the awards (e.g. the AACN's and NMC's names for nursing
degrees, the UK's PGCE); the list is of common English-language degrees, not exhaustive.
"""

from __future__ import annotations

import re

_BACHELOR, _MASTER, _ASSOCIATE, _DOCTOR = "bachelor degree", "master degree", "associate degree", "doctorate degree"

# Normalised form (letters only, upper case) -> the words it stands for.
DEGREES: dict[str, str] = {
    "BSN": f"{_BACHELOR} science nursing", "BSCN": f"{_BACHELOR} science nursing",
    "BN": f"{_BACHELOR} nursing", "BNURS": f"{_BACHELOR} nursing",
    "MSN": f"{_MASTER} science nursing", "MN": f"{_MASTER} nursing",
    "ADN": f"{_ASSOCIATE} nursing", "ASN": f"{_ASSOCIATE} science nursing",
    "DNP": f"{_DOCTOR} doctor nursing practice",
    "BED": f"{_BACHELOR} education", "MED": f"{_MASTER} education",
    "PGCE": "postgraduate certificate education teaching qualification",
    "MBA": f"{_MASTER} business administration", "BBA": f"{_BACHELOR} business administration",
    "BSC": f"{_BACHELOR} science", "MSC": f"{_MASTER} science",
    "BENG": f"{_BACHELOR} engineering", "MENG": f"{_MASTER} engineering",
    "BCOM": f"{_BACHELOR} commerce", "MCOM": f"{_MASTER} commerce",
    "BFA": f"{_BACHELOR} fine arts", "MFA": f"{_MASTER} fine arts",
    "BSW": f"{_BACHELOR} social work", "MSW": f"{_MASTER} social work",
    "MPH": f"{_MASTER} public health", "LLB": f"{_BACHELOR} laws law", "LLM": f"{_MASTER} laws law",
    "PHD": f"{_DOCTOR} doctor philosophy", "DPHIL": f"{_DOCTOR} doctor philosophy",
    "PHARMD": f"{_DOCTOR} doctor pharmacy",
    # the UK's four-year integrated master's degrees a profession requires (GPhC: the accredited MPharm)
    "MPHARM": f"{_MASTER} pharmacy",
    # ambiguous two-letter forms: only in a degree's context (see the module docstring)
    "BA": f"{_BACHELOR} arts", "BS": f"{_BACHELOR} science", "MA": f"{_MASTER} arts", "MS": f"{_MASTER} science",
}
AMBIGUOUS = frozenset({"BA", "BS", "MA", "MS"})

# Certifications and licences: what they are, and never a degree.
CERTIFICATIONS: dict[str, str] = {
    "CPA": "certified public accountant certification",
    "CFA": "chartered financial analyst certification",
    "ACCA": "chartered certified accountant certification",
    "CIMA": "chartered management accountant certification",
}

# A degree's abbreviation as written: "BSN", "B.Sc.", "BScN", "B.Ed", "Ph.D.", "M.S."
ABBREVIATION_RE = re.compile(r"(?<![\w.])(?:[A-Z][a-zA-Z]{0,4}\.?){1,3}(?![\w])|(?<![\w.])MPharm(?![\w])")
_DEGREE_AFTER = re.compile(
    r"^(?:/[A-Z][A-Za-z.]{0,5})*\.?\s*(?:\(hons\)\s*|hons\.?\s*)?(?:in|of)\b|^\.?\s*\(hons\)", re.IGNORECASE)
_DEGREE_BEFORE = re.compile(
    r"\b(?:a|an|my|the|her|his|their|completed|earned|hold|holds|have|has|got|with|gained|obtained|finished)\s+$",
    re.IGNORECASE,
)


def _key(written: str) -> str:
    return re.sub(r"[^A-Za-z]", "", written).upper()


def _written_as_abbreviation(written: str, key: str) -> bool:
    """"BSc", "B.Ed", "PhD", "MSN", "Msc": yes; "Bed", "Med", "Ms", "ma": ordinary words, no."""
    uppers = sum(c.isupper() for c in written)
    return uppers >= 2 or "." in written or (uppers == 1 and len(key) >= 3 and key not in {"BED", "MED"})


def _in_degree_context(text: str, start: int, end: int, written: str) -> bool:
    """Whether an ambiguous two-letter form ("MS") at ``start:end`` is written as a degree."""
    if "." in written:
        return True
    if _DEGREE_AFTER.search(text[end:end + 20]) or _DEGREE_BEFORE.search(text[max(0, start - 20):start]):
        return True
    # "BA Marketing", "BS Computer Science": the subject after it; not "MA 02110", and never "MS" (MS
    # Office, MS Excel, MS Project are Microsoft's) without "in" or a determiner
    subject = re.match(r"\s+[A-Z][a-z]{3,}\b", text[end:end + 30])
    if not subject or _key(written) == "MS":
        return False
    from core.analysis.skills import find_skills

    return not any(h.start == 0 for h in find_skills(text[start:end + 30]))


def expansion(text: str, start: int, end: int) -> str:
    """The words the abbreviation at ``text[start:end]`` stands for ("BSN" -> "bachelor degree
    science nursing"); "" for a token that is no degree or certification, or an ambiguous two-letter
    form out of a degree's context."""
    written = text[start:end]
    key = _key(written)
    if key in CERTIFICATIONS and written.replace(".", "").isupper():
        return CERTIFICATIONS[key]
    if key not in DEGREES or not _written_as_abbreviation(written, key):
        return ""
    if key in AMBIGUOUS and not _in_degree_context(text, start, end, written):
        return ""
    return DEGREES[key]


def degree_spans(text: str) -> list[tuple[int, int, str]]:
    """Every degree or certification abbreviation in ``text``: (start, end, the words it stands for)."""
    out = []
    for m in ABBREVIATION_RE.finditer(text or ""):
        words = expansion(text, m.start(), m.end())
        if words:
            out.append((m.start(), m.end(), words))
    return out


# Levels, lowest first; a higher degree shows a lower one (a master's holder has a bachelor's).
LEVELS = ("diploma", "associate", "bachelor", "master", "doctorate")
_LEVEL_WORDS = (
    ("diploma", re.compile(r"\bdiploma\b", re.IGNORECASE)),
    ("associate", re.compile(r"\bassociate(?:['’]s)?\s+(?:degree|of)\b", re.IGNORECASE)),
    ("bachelor", re.compile(r"\bbachelor(?:['’]s)?\b|\bundergraduate degree\b", re.IGNORECASE)),
    ("master", re.compile(r"\bmaster(?:['’]s)?\s+(?:degree|of)\b|\bmasters?['’]?s? in\b|\bpostgraduate degree\b",
                          re.IGNORECASE)),
    ("doctorate", re.compile(r"\bdoctorate\b|\bdoctoral\b|\bdoctor of\b", re.IGNORECASE)),
)
_DEGREE_WORD = re.compile(r"\bdegree\b", re.IGNORECASE)
_REQUIRED_DEGREE = re.compile(
    r"\b(?:associate|bachelor|master|doctorate|doctoral|undergraduate|postgraduate)(?:['’]s)?\b|\bdegree\b|\bdiploma\b",
    re.IGNORECASE)
_FIELD_RE = re.compile(
    r"\b(?:degree|diploma|bachelor(?:['’]s)?|master(?:['’]s)?|doctorate)\s+(?:degree\s+)?(?:in|of)\s+(.+)", re.IGNORECASE)
_OPEN_FIELD = re.compile(r"\bor (?:a )?(?:related|equivalent|similar|relevant)|\brelevant\b|\bany\b", re.IGNORECASE)
_FIELD_STOP = frozenset({"science", "arts", "a", "an", "the", "or", "and", "related", "field", "discipline", "subject",
                         "equivalent", "from", "accredited", "recognised", "recognized", "approved", "university", "college", "school", "program",
                         "programme"})


# heads of many fields ("mechanical engineering", "business administration", "information technology"): a degree
# naming only the head shows none of the fields they head
_GENERIC_FIELD_WORDS = frozenset({"engineering", "management", "studies", "administration", "technology", "technologies",
                                  "sciences", "systems"})
_GRADUATE_RE = re.compile(r"\bgraduat\w*\s+(?:of|from)\b", re.IGNORECASE)


def _abbreviated_requirement(requirement: str) -> tuple[str, tuple[str, ...]] | None:
    """A requirement that names a degree by its abbreviation ("BSN required"): its level and field."""
    for _start, end, words in degree_spans(requirement):
        level = next((lv for lv in LEVELS if words.startswith(lv)), None)
        if level:
            named = re.match(r"\s*(?:\(hons\)\s*)?(?:in|of)\s+(.+)", requirement[end:], re.IGNORECASE)  # "BSc in Physics"
            extra = named.group(1) if named and not _OPEN_FIELD.search(named.group(1)) else ""
            field = [*words.split()[2:], *re.findall(r"[a-z]+", extra.lower())]
            return level, tuple(w for w in field if w not in _FIELD_STOP)
    return None


def degree_requirement(requirement: str) -> tuple[str, tuple[str, ...]] | None:
    """(lowest level that meets it, field words) when ``requirement`` asks for a degree:
    "Bachelor's degree in nursing" -> ("bachelor", ("nursing",)); "Degree in a related field" ->
    ("", ()) (any level, any field); "Graduate from an accredited nursing program" -> ("",
    ("nursing",)); "BSN required" -> ("bachelor", ("nursing",)); None for a requirement that is no
    degree."""
    if _GRADUATE_RE.search(requirement):  # "Graduate from an accredited nursing program"
        rest = requirement[_GRADUATE_RE.search(requirement).end():]
        return "", tuple(w for w in re.findall(r"[a-z]+", rest.lower()) if w not in _FIELD_STOP)
    if not _REQUIRED_DEGREE.search(requirement) or re.search(r"\bdegree of\b", requirement, re.IGNORECASE):
        return _abbreviated_requirement(requirement)
    level = next((name for name, pattern in _LEVEL_WORDS if pattern.search(requirement)), "")
    if not level and re.search(r"\bbachelor|undergraduate", requirement, re.IGNORECASE):
        level = "bachelor"
    field_match = _FIELD_RE.search(requirement)
    field: tuple[str, ...] = ()
    if field_match and not _OPEN_FIELD.search(field_match.group(1)):
        field = tuple(w for w in re.findall(r"[a-z]+", field_match.group(1).lower()) if w not in _FIELD_STOP)
    if not level and not field and (named := _abbreviated_requirement(requirement)) is not None:
        return named  # "MPharm degree": the MPharm, never any degree (session 26)
    return level, field


def _shown_level(line: str) -> tuple[str, tuple[int, int]] | None:
    """The highest degree level a line names, with its span ("" for a bare "degree")."""
    best: tuple[str, tuple[int, int]] | None = None
    for name, pattern in _LEVEL_WORDS:
        m = pattern.search(line)
        if m and (best is None or LEVELS.index(name) > LEVELS.index(best[0] or "bachelor")):
            best = (name, m.span())
    for start, end, words in degree_spans(line):
        level = next((lv for lv in LEVELS if words.startswith(lv)), None)
        if level and (best is None or not best[0] or LEVELS.index(level) > LEVELS.index(best[0])):
            best = (level, (start, end))
    if best is None and (m := _DEGREE_WORD.search(line)):
        best = ("", m.span())
    return best


def shows_degree(line: str, required: tuple[str, tuple[str, ...]], stem) -> tuple[bool, tuple[int, int]]:
    """Whether ``line`` (a sentence or a CV line) names a degree that meets ``required`` (from
    :func:`degree_requirement`): its level or a higher one (a bare "degree" meets a bachelor's or an
    associate's), and the field when the requirement names one; with the span of the degree.
    ``stem`` is the stemmer the field words are compared with."""
    level, field = required
    shown = _shown_level(line)
    if shown is None:
        return False, (-1, -1)
    shown_level, span = shown
    rank = LEVELS.index(shown_level) if shown_level else LEVELS.index("bachelor")
    if level and rank < LEVELS.index(level):
        return False, span
    if field:
        words = re.findall(r"[A-Za-z]+", line.lower()) + [w for *_, e in degree_spans(line) for w in e.split()]
        stems = {stem(w) for w in words}
        # a field's own word, never only its generic head: "BEng Mechatronics" is no degree in mechanical engineering
        # (session 28: the head "engineering" of "BEng" met it); the head alone when the field is only a head
        own = [f for f in field if f not in _GENERIC_FIELD_WORDS] or list(field)
        if not any(stem(f) in stems for f in own):
            return False, span
    return True, span
