"""Rules on how a name is written that say a reading is a cut or a guess, for :mod:`core.analysis.cv_trust` (session 18,
issue 15 point 3: the interviewer says "your CV mentions X at Y" only when the CV shows X under Y).

Measured on the readings of CVs nobody had tuned the reader on (the first-run readings of fresh sets 13, 15, 16 and
17, ``python -m bench.first_run_quoted``), the wrong quotes that passed every earlier check were of four kinds, each
a fact about the CV's text, not a cue weighed against others:

- :func:`cut_name`: an employer read as a piece of a longer name or phrase: "SV Vermarktung GmbH" of "SV Vermarktung
  GmbH & Co. KG", a word wrapped from a bullet ("- Weiterbildung in ... und" / "Selbstvermarktung (...)"), "IN
  Satellites Engineering" of "INTERN IN SATELLITES ENGINEERING" (a name does not open on a preposition);
- :func:`field_label`: a field's label read as the employer ("Reference: Various students");
- :func:`two_organisations`: a header line that names two organisations beside the title ("Resident Nurse, Bone
  Marrow Transplant Acute Care, Emory Healthcare, Atlanta"; "Analyst, Fundación X, Itaipú Binacional"; "Associate
  Professor, Games and Interactive Media, UCF, 2018 - 2020"): a unit and its parent, or an agency and its client;
  which one employed the person the line does not say, so neither is named from it;
- :func:`written_whole`: a job title quoted only when some line holds it whole, not a piece of a longer title
  ("Advance Nurse" of "Advance Nurse Scholar", "Intern" of "Intern in Satellites Engineering").
"""

from __future__ import annotations

import re

from core.analysis.cv_entry_bounds import DATE_RANGE_RE, HEADER_MAX_WORDS
from core.analysis.cv_lang import fold

# a preposition that opens a phrase, never a name ("IN Satellites Engineering", "of Acme"), any case
_LEAD_PREPOSITION_RE = re.compile(r"(?i)^(?:in|of|on|to|at)\s")
# what continues a name past the reading's end: a legal form's second part ("& Co. KG", "und Co. KG")
_GOES_ON_RE = re.compile(r"(?i)^\s*(?:&|und|and)\s*co\b")
# the words a wrapped line of a sentence follows ("... und" / "Selbstvermarktung"), in the six languages; not an
# article ("für die Lindenhof gGmbH": the name follows whole)
_LINK_END_RE = re.compile(r"(?i)(?:^|\s)(?:and|or|und|oder|et|ou|y|e|o|of|von|des|du|del|di)\s*$")
_BULLET_RE = re.compile(r"^\s*(?:[-•–·▪●◦➢►✓*])\s")
# a field's label: a word or two and a colon before the field's value ("Reference: Various students", "Client: ...")
_LABEL_RE = re.compile(r"^\s*:\s*\S")
# the labels of an entry's fields, in the six languages ("Reference:", "Client:", "Kunde:", "Proyecto:")
_FIELD_RE = re.compile(r"(?i)^(?:references?|referee|client|customer|project|location|period|dates?|role|team|tools|stack|"
                       r"environment|technologies|r[ée]f[ée]rences?|kunde|projekt|zeitraum|ort|client[e]?|projet|"
                       r"proyecto|progetto|projeto|periodo|per[ií]odo|lieu|lugar|luogo)$")
_ORG_RE = re.compile(
    r"(?i)\b(?:inc|ltd|llc|gmbh|plc|corp|corporation|company|group|bank|hospital|clinic|trust|nhs|labs?|technologies|"
    r"systems|solutions|agency|partners|council|foundation|consulting|university|college|school|academy|institute|"
    r"centre|center|services|healthcare|health|ministry|department|association|society|laboratory|fundaci[oó]n|"
    r"funda[cç][aã]o|fondation|stiftung|universidad|universit[ée]|universit[aä]t|universidade|empresa|soci[ée]t[ée]|"
    r"gesellschaft|verein|ministerio|instituto|institut|ag|se|sa|sas|srl|spa|bv|kg|ggmbh)\b")
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z&]{1,5}$")
_MODE_RE = re.compile(r"(?i)^(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|freelance|internship|"
                      r"temporary|permanent|present|current|now|today)$")


def _rows(value: str, cv_text: str) -> list[tuple[str, str, str]]:
    """(line above, text before, text after) of each place a line holds ``value`` (case and accents aside)."""
    name = fold(value).strip()
    lines = (cv_text or "").splitlines()
    found = []
    for i, line in enumerate(lines):
        text = fold(line)
        start = text.find(name) if name else -1
        while start >= 0:
            found.append((lines[i - 1] if i else "", text[:start], text[start + len(name):]))
            start = text.find(name, start + 1)
    return found


def cut_name(employer: str, cv_text: str) -> bool:
    """Whether ``employer`` reads as a piece of a longer name or phrase: it opens on a preposition ("IN Satellites
    Engineering"), or every line that holds it goes on past it with a legal form's second part ("SV Vermarktung
    GmbH" / "& Co. KG") or is the end of a wrapped sentence (the line above a bullet's or a sentence's, ending on a
    linking word, or the name after a linking word on its own line: "Bewerbungsoptimierung und Selbstvermarktung").
    False when the CV does not hold the name at all (another check's concern)."""
    if _LEAD_PREPOSITION_RE.match((employer or "").strip()):
        return True
    rows = _rows(employer, cv_text)
    if not rows:
        return False

    def cut(above: str, before: str, after: str) -> bool:
        if _GOES_ON_RE.match(after) or _LINK_END_RE.search(before):
            return True
        wrapped = not before.strip(" \t*#") and _LINK_END_RE.search(above.rstrip())
        return bool(wrapped) and not _header_dated(above)
    return all(cut(*row) for row in rows)


def _header_dated(line: str) -> bool:
    return bool(DATE_RANGE_RE.search(line)) and len(line.split()) <= HEADER_MAX_WORDS


def field_label(employer: str, cv_text: str) -> bool:
    """Whether every line that holds ``employer`` holds it as a field's label, a colon and the field's value after it
    ("Reference: Various students", "Client: Acme"): a label names the field, not an employer. A legal form or an
    organisation word ("Acme Ltd: Analyst") marks a name and is never a label."""
    rows = _rows(employer, cv_text)
    if not rows or not _FIELD_RE.match(employer.strip()):
        return False
    return all(_LABEL_RE.match(after) for _, _, after in rows)


def _organisation(part: str, is_place, is_role) -> bool:
    """Whether a header line's part reads as an organisation's name: an organisation word or a legal form, or an
    acronym ("UCF", "IBM") or a name that ends in one ("Excelsis SACIG"; not a two-letter region, "Wilen TG"); never a place ("Atlanta", "NY"), a role, a work mode ("Remote") or lower-case words."""
    part = part.strip(" .()[]*_\t")
    if not part or not re.search(r"[A-Z]", part) or _MODE_RE.match(part) or re.search(r"https?:|www\.|\.\w{2,3}/", part):
        return False
    if is_place(part) or all(is_place(w) or re.fullmatch(r"[A-Z]{2}", w) for w in part.split()) or is_role(part):
        return False
    last = part.split()[-1]
    return bool(_ORG_RE.search(part) or _ACRONYM_RE.match(part) or len(part.split()) > 1 and _ACRONYM_RE.match(last)
                and len(last) > 2 and not is_place(last))


_PART_RE = re.compile(r"\s*(?:[,|·•;–—]|\s-\s)\s*")


def two_organisations(line: str, employer: str, roles: tuple[str, ...] = ()) -> bool:
    """Whether a header line holding ``employer`` names another organisation beside it (:func:`_organisation`), a
    part of the line that is neither the employer, a title of ``roles``, a place, a date nor a work mode: "Resident
    Nurse, Bone Marrow Transplant Acute Care, Emory Healthcare, Atlanta" (a unit and its parent), "Associate
    Professor, Games and Interactive Media, UCF" (a department and its university). Which of the two employed the
    person the line does not say."""
    from core.analysis.cv_lines import is_place, is_role

    # a line holding two entries ("Professor, X University, 2019 - present. Coordinator, Y School, 2017 - 2019."):
    # only the employer's own entry, between date ranges
    text = " | ".join(seg for seg in DATE_RANGE_RE.split(line) if fold(employer).strip() in fold(seg)) or line
    text = re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)", " ", text)
    for name in sorted({employer, *roles}, key=len, reverse=True):  # the employer's and the titles' own commas
        if name and name.strip():
            text = re.sub(re.escape(name.strip()), " | ", text, flags=re.IGNORECASE)
    return any(_organisation(part, is_place, is_role) for part in _PART_RE.split(re.sub(r"[*_#`>]+", " ", text)))


def _title_holds_name(title: str, employer: str = "") -> bool:
    """Whether a title as read ends on a comma and a name ("Analista de Sistemas, Excelsis SACIG"): the reading
    took the line's first organisation into the title and the next one as the employer (an agency and its client)."""
    from core.analysis.cv_lines import is_place, is_role

    *head, last = title.rsplit(",", 1) if "," in title else ("",)
    # a brand's name before a site ("24 Hour Fitness" before "Elgin & Louisiana Super"); never a unit before an
    # organisation named as one ("Wyndham Robertson Library" before "Hollins University")
    brand = _brand_name(last) and not _ORG_RE.search(employer)
    return bool(head) and ((last.strip()[:1].isupper() and _organisation(last, is_place, is_role)) or brand)


def _brand_name(part: str) -> bool:
    """Whether a part after a title's comma is a name in capitals that is no title, function or department
    ("24 Hour Fitness", "Northgate Coffee"; not "Product Marketing", "Platform Team", "Level 2"): a brand's name.
    Session 21: "Assistant Fitness Manager, 24 Hour Fitness, Elgin & Louisiana Super, …" read the brand into the
    title and the site after it as the employer."""
    from core.analysis.cv_lead_rules import field_of_work
    from core.analysis.cv_lines import SHIFT_DEPARTMENT_RE, is_place, is_role

    part = part.strip()
    words = part.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() or w[:1].isdigit() or w in ("&", "of", "and") for w in words):
        return False
    if is_role(part) or is_place(part) or field_of_work(part) or SHIFT_DEPARTMENT_RE.search(part):
        return False
    return not re.search(r"(?i)\b(?:team|department|dept|division|unit|group|office|level|grade|band|shift)\b", part)


def unit_or_client(employer: str, cv_text: str, jobs: list | tuple = ()) -> bool:
    """Whether ``employer``'s reading names two organisations for one entry: every header line of its entries names
    another organisation beside it (:func:`two_organisations`; a header line holds the employer and a date range or
    the title the reading paired with it, ``jobs``: (role, employer) pairs, at most a header's length), or a title
    read with it ends on another organisation's name (:func:`_title_holds_name`). False when no line shows it."""
    name = fold(employer).strip()
    paired = [r for r, e in jobs or () if r and e and fold(e).strip() == name]
    if any(_title_holds_name(r, employer) for r in paired):
        return True
    titles = [fold(r).strip() for r in paired]
    roles = tuple(r for r, _ in jobs or () if r)
    lines = [line for line in (cv_text or "").splitlines()
             if name and name in fold(line) and len(line.split()) <= HEADER_MAX_WORDS + 4
             and (DATE_RANGE_RE.search(line) or any(t in fold(line) for t in titles))]
    return bool(lines) and all(two_organisations(line, employer, roles) for line in lines)


# what may stand before a title written whole: a line's start, a separator or a date
_TITLE_BEFORE_RE = re.compile(r"(?:^\s*(?:[-•–·▪●◦➢►✓]\s*)?|[,|·•–—:;(\[/@\"“]|\s-|\d)\s*$")
# the prepositions that bring in the employer after a title ("ENGINEER AT ACME", "Ingenieur bei Siemens")
_AT_RE = re.compile(r"(?i)^(?:at|bei|beim|chez|für|for|with|@|à|a|en|na|no|em|presso|bij|im|am)$")
_TITLE_END_RE = re.compile(r"^\s*(?:$|[,|·•–—:;()\[\]/@\"”]|-|\d)")
# a lower-case word after which a title goes on ("Head of ...", "Nurse and Midwife", "Técnico de ..."): not its end
_EXTENDS_RE = re.compile(r"(?i)^(?:of|and|und|&|de|du|des|der|del|della|di|do|da|e|y|et)$")


def _names_employer(after: str) -> bool:
    """Whether ``after`` (a preposition and what follows it on the line: "at Acme", "im UKE", "em Enfermagem,
    Hospital X") brings in an employer up to the next separator; after a word that is also an ordinary preposition
    ("im", "em", "en", "na", "für") a department or a field ("im Fahrdienst", "em Enfermagem", "en Sistemas") goes on
    with the title instead (:func:`core.analysis.cv_lang.role_at_employer`)."""
    from core.analysis.cv_lang import AT_AMBIGUOUS, role_at_employer

    word = after.split()[0]
    if fold(word) not in {fold(w) for w in AT_AMBIGUOUS}:
        return True
    up_to = re.split(r"\s*[,|·•–—:;()/]|\s+-\s+", after.strip(), maxsplit=1)[0]
    return role_at_employer(f"Title {up_to}", lambda text: text == "Title") is not None


def _ends_title(after: str) -> bool:
    """Whether the text after a title on its line leaves the title whole: a line's end, a separator or a date; a
    lower-case word (a preposition bringing in the employer, "im UKE", "at Acme", or a note, "inkl. Projekte"), not
    one that goes on with the title (:data:`_EXTENDS_RE`); or a place up to the next separator ("Manager Brooklyn,
    NY"). A capitalised word goes on with the title ("Advance Nurse Scholar"; "INTERN IN SATELLITES ENGINEERING")."""
    from core.analysis.cv_lines import is_place

    if _TITLE_END_RE.match(after):
        return True
    word = after.split()[0]
    if _AT_RE.match(word):
        return _names_employer(after)
    if word[:1].islower():
        return not _EXTENDS_RE.match(word)
    place = re.split(r"\s*[,|·•–—:;()]", after.strip(), maxsplit=1)[0]
    return not place.isupper() and is_place(place)  # "IN MACHINE LEARNING": "IN" is a state's code and a word


def written_whole(title: str, cv_text: str) -> bool:
    """Whether some line of ``cv_text`` holds ``title`` whole (case and markup aside): after the line's start, a
    separator or a date, and before a line's end, a separator, a date, a lower-case word or a place
    (:func:`_ends_title`); not "Advance Nurse" of "Advance Nurse Scholar, ...", nor "Intern" of "INTERN IN
    SATELLITES ENGINEERING". True without ``cv_text``."""
    if not cv_text:
        return True
    words = (title or "").split()
    if not words:
        return False
    joined = r"[\s‐‑–-]+".join(re.escape(w) for w in re.split(r"[\s‐‑–-]+", " ".join(words)))
    pattern = re.compile(rf"(?<!\w){joined}(?!\w)", re.IGNORECASE)
    for line in cv_text.splitlines():
        text = re.sub(r"<[^<>]*>|[*_#`>]+", " ", line)
        for match in pattern.finditer(text):
            if _TITLE_BEFORE_RE.search(text[: match.start()]) and _ends_title(text[match.end():]):
                return True
    return False


def society_host(employer: str, cv_text: str, schools: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether ``employer`` is one of the CV's own ``schools`` written on a header line only after another name and
    a colon ("Students for Liberty: Northbrook University, Leeds", "**Debating Union**: …"): a student society and
    the university that hosts it, where the person studied, not an employer. Session 21. False when no line shows
    it, or when a line names the school on its own (a post held there)."""
    from core.analysis.cv_lines import is_role

    name = fold(employer).strip()
    if not name or name not in {fold(s).strip() for s in schools or ()}:
        return False
    lines = [line for line in (cv_text or "").splitlines() if name in fold(line) and DATE_RANGE_RE.search(line)]
    hosted = [m for m in (re.match(r"^\s*[*_#>\s]*(?P<pre>[^:|,\d]{3,60}?)[*_\s]*:\s*[*_]*\s*(?P<rest>.*)$", line)
                          for line in lines) if m]
    return bool(lines) and len(hosted) == len(lines) and all(
        fold(m.group("rest")).startswith(name) and not is_role(m.group("pre").strip()) for m in hosted)
