"""Licences and registrations by the body or name jobs and CVs write (``data/licences.json``): which
country's licence a credential is ("NMC PIN" is a United Kingdom registration, "NCLEX" a United
States licence), and a job's own words for the licence it requires ("NMC registration", "Active
California RN license"), so the plan never turns a UK nursing register into a US "RN licence".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from core.analysis.cv_places import jurisdictions, us_states
from core.analysis.skills import DATA_DIR

LICENCES_PATH = DATA_DIR / "licences.json"


@dataclass(frozen=True)
class Licence:
    """One licence or register: how to name it, the words that name it, its field and its country; ``kind``
    "qualification" for a professional body's qualification gained by exams (ACCA, CIMA), else "licence";
    ``lapses`` False for a course's certificate held for good (IOSH, a food hygiene certificate), never renewed."""

    name: str
    aliases: tuple[str, ...]
    field: str
    country: str
    pattern: re.Pattern[str]
    kind: str = "licence"
    lapses: bool = True
    titles: tuple[str, ...] = ()


def _alias_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """Initials as written in capitals ("NMC", "GPhC": never "aca" in a word), longer names in any case."""
    parts = []
    for alias in sorted(aliases, key=len, reverse=True):
        body = r"[\s-]+".join(re.escape(w) for w in alias.split())
        parts.append(f"(?-i:{body})" if len(alias) <= 6 and " " not in alias else body)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def licences() -> tuple[Licence, ...]:
    """Every entry of ``data/licences.json``, in file order."""
    raw = json.loads(LICENCES_PATH.read_text(encoding="utf-8"))
    return tuple(Licence(e["name"], tuple(e["aliases"]), e["field"], e["country"], _alias_pattern(tuple(e["aliases"])),
                         e.get("kind", "licence"), e.get("lapses", True), tuple(e.get("titles", ())))
                 for e in raw["licences"])


def licences_named(text: str) -> list[Licence]:
    """The licences whose body or name ``text`` writes, in file order."""
    return [lic for lic in licences() if lic.pattern.search(text or "")]


# a CV heading of the credentials held: "Professional Certifications", "Licenses & Certifications", "Licensure"
_CREDENTIAL_HEADING_RE = re.compile(
    r"^\W*(?:(?:professional|relevant|other|key|current|active)\s+)?(?:certifications?|certificates?|licen[cs]es?|"
    r"licensure|credentials|registrations?|accreditations?)(?:\s*(?:and|&|/|,)\s*(?:certifications?|certificates?|"
    r"licen[cs]es?|licensure|credentials|registrations?|accreditations?))?\s*:?\s*$", re.IGNORECASE)
_MOST_ENTRY_WORDS = 12  # a longer line under such a heading is prose, not an entry


def credential_heading(line: str) -> bool:
    """Whether ``line`` is a CV heading of credentials ("Professional Certifications", "Licenses & Certifications")."""
    return bool(_CREDENTIAL_HEADING_RE.match((line or "").strip()))


def credential_entries(cv: str) -> list[str]:
    """The CV's lines that list a credential held: each line under a heading of certifications, licences or
    registrations (:data:`_CREDENTIAL_HEADING_RE`) up to the next heading, without its bullet, and the first lines'
    post-nominal letters ("Jane Doe, RN, BSN" -> "RN, BSN"); [] when there are none."""
    from core.analysis.cv_sections import (
        section_kind,  # the CV's headings (a late import: it reads the lexicon)
    )

    lines = [ln.strip() for ln in (cv or "").splitlines()]
    found: list[str] = []
    inside = False
    for line in lines:
        if _CREDENTIAL_HEADING_RE.match(line):
            inside = True
            continue
        if inside and line and section_kind(line):
            inside = False
        entry = line.strip(" \t-–—•*·")
        if inside and entry and len(entry.split()) <= _MOST_ENTRY_WORDS:
            found.append(entry)
    for line in [ln for ln in lines if ln][:2]:  # the name's line: "Jane Doe, RN, BSN", never "Phoenix, AZ"
        if "," in line and (letters := line.split(",", 1)[1].strip()) and not jurisdictions(letters) and re.fullmatch(r"[A-Z][A-Za-z-]{1,6}(?:\s*,\s*[A-Z][A-Za-z-]{1,6})*", letters):
            found.append(letters)
    return found


def title_entry(cv: str, licence: Licence) -> str:
    """The CV's credential entry (:func:`credential_entries`) that names ``licence`` by one of its ``titles`` as a
    whole word group ("Registered Nurse", "RN, BSN" for a US state nursing licence; "CPA" for the CPA licence), not
    one only applied for or expected; "" when none does. A title in a job's header line is no entry: a job held is
    not the licence held."""
    if not licence.titles:
        return ""
    pattern = _alias_pattern(licence.titles)
    return next((e for e in credential_entries(cv) if pattern.search(e) and not _NOT_HELD_RE.search(e)), "")


# words of a credential requirement that qualify it without naming which one it is
_PLAIN_WORDS = frozenset({"a", "an", "the", "current", "currently", "active", "valid", "full", "unencumbered", "clean",
                          "with", "of", "in", "and", "or", "state", "board", "own", "required", "hold", "holds", "have"})
_NOUN_WORD_RE = re.compile(r"^(?:licen[cs]e[sd]?|licensure|registration|registered|certificat\w*|certified|PIN|permit|"
                           r"card|status)$", re.IGNORECASE)


def listed_credential(cv: str, requirement: str) -> str:
    """The CV's credential entry (:func:`title_entry`) that shows ``requirement`` whole: it names the requirement's
    licence by a title, and each word that says which licence it is ("multistate" of "multistate licensure"; not
    "unencumbered", "valid", nor the credential's noun) is in the entry or is one of the licence's titles ("RN");
    "" when none does. "Registered Nurse" shows "unencumbered RN license", never "multistate licensure"."""
    for lic in licences_named(requirement):
        entry = title_entry(cv, lic)
        if not entry:
            continue
        titles = _alias_pattern(lic.titles)
        own = [w for w in re.findall(r"[A-Za-z][\w-]*", requirement)
               if w.lower() not in _PLAIN_WORDS and not _NOUN_WORD_RE.match(w) and not titles.fullmatch(w)]
        if all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", entry, re.IGNORECASE) for w in own):
            return entry
    return ""


_NOT_HELD_RE = re.compile(r"\b(?:pending|expected|in progress|applied|applying|eligible|candidate|lapsed|expired)\b", re.I)


def qualification_bodies(text: str) -> list[str]:
    """The bodies ``text`` names, as it writes them and in its order, when one of them awards a professional
    qualification (``kind`` "qualification": "CIMA or ACCA qualified" -> ["CIMA", "ACCA"]), with the other bodies
    of the same field it names beside them ("CPA, ACCA or CIMA" -> all three); [] when it names none, so a licence
    (NMC, a CPA licence alone) keeps its licence wording."""
    named = licences_named(text)
    fields = {lic.field for lic in named if lic.kind == "qualification"}
    found: dict[str, int] = {}
    for lic in (lic for lic in named if lic.field in fields):
        for alias in lic.aliases:
            for m in _alias_pattern((alias,)).finditer(text):
                said = m.group(0)
                if said.lower() not in {f.lower() for f in found}:
                    found[said] = m.start()
    return sorted(found, key=found.__getitem__)


def licence_places(text: str) -> set[str]:
    """The countries whose licence ``text`` names by its body: "NMC PIN 12A3456E" -> {"United Kingdom"}."""
    return {lic.country for lic in licences_named(text)}


def places_of(text: str) -> set[str]:
    """The states and countries a credential's words name, its register's country included."""
    return jurisdictions(text) | licence_places(text)


def held_elsewhere(cv: str, pattern: re.Pattern[str], required: str) -> bool:
    """Whether every CV line that states a credential ``pattern`` finds (a credential word on the line) is one
    of another country than the job's words ``required`` name or imply ("Registered Nurse (RN) license,
    Texas" for "NMC registration"); False when the job implies no place or the CV names none."""
    wanted = places_of(required)
    lines = [ln for ln in (cv or "").splitlines() if pattern.search(ln) and _CREDENTIAL_NOUN_RE.search(ln)]
    held = [places_of(ln) for ln in lines]
    if not wanted or not held or not all(held):
        return False
    return not any(h & wanted or ("United States" in wanted and h <= us_states()) for h in held)


def field_aliases(field: str) -> str:
    """A regex alternation (no groups, case as :func:`_alias_pattern` sets it) of every alias of a field's
    licences, to add to a pattern that finds a licence of that field; "" for a field with none."""
    found = [lic.pattern.pattern for lic in licences() if lic.field == field]
    return "|".join(f"(?:{p})" for p in found)


# A phrase that names a credential, not a person or a job ("registered nurse" is a title, "RN license" a licence).
_CREDENTIAL_NOUN_RE = re.compile(r"\b(?:licen[cs]e|licensure|registration|certificat\w*|status|PIN|check|qualification|"
                                 r"credential|permit|membership|disclosure)\b", re.IGNORECASE)
_LEAD_RE = re.compile(r"^(?:(?:you\s+)?(?:must|should|will)\s+(?:hold|have|possess)|(?:hold|holding|have|possess)(?:ing)?|"
                      r"requirements?\s*:|essential\s*:)\s+", re.IGNORECASE)
# "required" in the job's other languages, after the credential: "CACES R489 apprécié", "Staplerschein erforderlich"
FOREIGN_TAIL = (r"(?:appréci|souhait|exig|requis)\w*|obligatoire|indispensable|(?:zwingend\s+)?erforderlich|wünschenswert|"
                r"von Vorteil|deseable|imprescindible|valorable|requerid\w*|gradit\w*|richiest\w*|obbligatori\w*")
_TAIL_RE = re.compile(r"\s*(?:\((?:or|and|e\.g\.|i\.e\.)[^)]*\)|\bor (?:an? |its |the )?(?:equivalent|comparable|eligib\w*)\b.*|"
                      rf"\b(?:is |are )?(?:required|essential|desirable|preferred|needed|{FOREIGN_TAIL})(?!\w).*|[.;:,]+)\s*$",
                      re.IGNORECASE)
# a phrase and the bracket of examples that closes it, if any ("health and safety qualification", " (IOSH or NEBOSH)")
TRAILING_BRACKET_RE = re.compile(r"^(.*?)(\s*\([^()]*\))?$", re.DOTALL)
_COUNTABLE_RE = re.compile(r"\b(?:licen[cs]e|certificate|check|qualification|credential|permit|PIN|card|degree|diploma)$",
                            re.IGNORECASE)
# a degree or an award named by its letters is counted too: "an MPharm", "a PGCE", "an MSc in Data Science" (session 26:
# "The role asks for MPharm degree")
_DEGREE_RE = re.compile(r"^(?:BSc|MSc|BA|MA|BEd|MEd|BEng|MEng|MPharm|MPhil|PhD|MBA|LLB|LLM|PGCE|PGDE|NVQ|SVQ|BTEC|HND|"
                        r"HNC|DipSW)\b")
_DETERMINER_RE = re.compile(r"^(?:an?|the|your|their|its)\b", re.IGNORECASE)


def with_article(phrase: str) -> str:
    """"RN license" -> "an RN license", "NMC registration" stays (a registration is held, not counted); a closing
    bracket of examples aside ("health and safety qualification (IOSH or NEBOSH)" -> "a health and safety …")."""
    if not (_COUNTABLE_RE.search(TRAILING_BRACKET_RE.match(phrase).group(1)) or _DEGREE_RE.match(phrase)) \
            or _DETERMINER_RE.match(phrase):
        return phrase
    first = phrase.split()[0]
    # an initialism is said by its letters ("an MPharm", "an MSc", "a BSc"): its first two letters capitals
    letters = (first.isupper() and len(first) <= 5) or (len(first) > 1 and first[:2].isupper())
    vowel = first[0] in "AEFHILMNORSX" if letters else first[0].lower() in "aeiou"
    return ("an " if vowel else "a ") + phrase


def job_licence_words(pattern: re.Pattern[str], requirements: list[str], lines: list[str]) -> str:
    """The job's own words for the licence ``pattern`` finds: its requirement as extracted ("NMC registration",
    "Active California RN license" -> "an Active California RN license"), else the clause of its line that
    names it as a credential ("must hold current HCPC registration" -> "current HCPC registration"), else the
    name of the body the job names ("NMC" -> "NMC registration", data/licences.json); "" when the job only
    names the profession ("a registered nurse"), for the caller's own wording."""
    candidates = [r for r in requirements if pattern.search(r)]
    for line in lines:
        candidates += [c for c in re.split(r"[;,(]|\s[-–—]\s|(?<=\w)\.\s", line) if pattern.search(c)]
    for text in candidates:
        phrase = _TAIL_RE.sub("", _LEAD_RE.sub("", text.strip(" \t-•*·"))).strip()
        noun = _CREDENTIAL_NOUN_RE.search(phrase)
        if noun and 1 <= len(phrase[: noun.end()].split()) <= 6:  # "full GMC registration", not "... with a licence to practise"
            return with_article(phrase[: noun.end()])
    for text in candidates:
        if named := licences_named(text):
            return named[0].name
    return ""
