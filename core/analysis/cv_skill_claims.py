"""CV skill claims: the skills a CV names (its skills lists' items as written, plus lexicon tools named
anywhere in its text) and which of them each employer's entry names.

A skill found anywhere by the lexicon counts unless it only sits inside a longer name the list gives
("Kubernetes" in "Google Kubernetes"); in running text, a topic ("statistics", "time series") counts
only when the skills list names it too (a platform or a practice, "iOS", "accessibility", counts), and a version written after a tool stays with it ("WCAG 2.1").
A practice of any field counts where the text plainly claims it: a duty's line naming it alone ("Visual
merchandising") or a list the sentence calls skills ("... conflict resolution, and time management skills";
:func:`core.analysis.cv_skill_mentions.plainly_claimed`). A practice named as the object of the person's own verb
("Managed social media accounts") does not: on the dev corpus that rule took 5 labelled pairs and 29 unlabelled
ones (10 of them named tools: "Maintained project management workflows", "Performed patient care"), session 14.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from core.analysis.cv_skill_mentions import (
    names_no_skill,
    other_mentions,
    plainly_claimed,
    taught_from,
    tool_item,
    wrapped_names,
)
from core.analysis.cv_skill_spans import (
    covered,
    group_labels,
    item_re,
    item_spans,
    without_name_line,
    without_spaced_letters,
)
from core.analysis.skills import SkillHit, find_all_skills, infer_role_family
from core.analysis.skills_forms import abbreviation_after, name_before
from core.words import singular

logger = logging.getLogger(__name__)


# Topics rather than tools: named in running text ("the update of statistics", "2K GitHub stars", "kept detailed
# spreadsheets", "runs regression tests", "on-call support", "implemented a new UI design system", "built a data
# pipeline": a thing made, in the singular), they claim
# no skill; they count when the CV's skills list names them. A platform ("an app for iOS") or a practice
# ("led accessibility") is a skill wherever it is named, as the dev corpus's adjudicated labels read it.
_PROSE_TOPICS = frozenset({"statistics", "time series", "interdisciplinary", "multidisciplinary team",
                           "multidisciplinary teams", "spreadsheets", "regression", "on call", "design system",
                           "data pipeline"})
# a version or edition written after a tool: "WCAG 2.1", "Bootstrap 4", "Angular 2+", ".NET Core" (a full stop after it
# ends the sentence: "... with WCAG 2.1.")
_VERSION_RE = re.compile(r"[ -]?v?\d+(?:\.(?:\d+|x))*\+?(?!\w|\.\w)(?!\s*(?:years?|yrs|months?|%|[-–]))|[ ]Core\b")
# "Relevant Coursework: Business Statistics, ...": subjects studied, not skills claimed
_COURSEWORK_RE = re.compile(r"(?im)^(?:relevant\s+|related\s+|key\s+)?(?:course\s*work|courses|modules|subjects)\b.*$")


def _claimed(hit: SkillHit, fields: frozenset[str], text: str = "") -> bool:
    """Whether a lexicon hit in running text claims a skill: a named tool of the CV's fields, no topic;
    or a product of another field written as a name inside a sentence ("accounting through Quickbooks",
    "I used Zoho CRM"), which is a tool whatever the CV's field."""
    if text and plainly_claimed(hit.start, hit.end, text, hit.named_tool) and _norm(hit.surface) not in _PROSE_TOPICS:
        return True  # "Visual merchandising" as a duty's line, "... and time management skills"
    if not hit.named_tool or _norm(hit.surface) in _PROSE_TOPICS or _placed(hit, text) or _verb_use(hit, text):
        return False
    if text[hit.end:hit.end + 1] == "$":
        return False  # "R$100k", "C$ 90,000": a currency, not the language
    if _OTHER_SENSE_RE.match(text, hit.start):
        return False  # "SQL injection", "MQL-to-SQL conversion", "SQLs generated": an attack, a sales lead
    if len(hit.surface) <= 2 and hit.family not in _TOOL_FAMILIES:
        return False  # "AR", "IV", "PR" in a sentence: a short form of many things outside software and data
    return hit.family in fields or _product_name(hit, text) or _MAKER_PRODUCT_RE.match(hit.surface) is not None


# a maker's name first in a product's name ("SAP EWM", "Oracle EBS"): a tool by name, whatever its field and case
_MAKER_PRODUCT_RE = re.compile(r"(?:SAP|Oracle|Microsoft|IBM|Salesforce|Adobe|Cisco|VMware|Autodesk|Atlassian|Google|"
                               r"Amazon|AWS|Azure)\s+\S")


# tools named by an English verb, written in lower case and used as one: "excel in solving problems",
# "excel at", "spark interest"
_VERB_USE_RE = re.compile(r"(?:excel|excels|excelled)\s+(?:in|at|as|under)\b|spark(?:s|ed)?\s+(?:interest|curiosity|debate|change)\b")


# "SQL" in another sense: an attack ("SQL injection"), a sales-qualified lead ("MQL-to-SQL", "SQLs", "SQL’s generated")
_OTHER_SENSE_RE = re.compile(r"(?:SQL\s+injection|SQL(?:s|['’]s)\b|SQL\b(?<=MQL-to-SQL))", re.IGNORECASE)


# a platform named for what it counts or holds of the person: "2.2K+ GitHub stars", "a YouTube channel"
_PLATFORM_USE_RE = re.compile(r"\s+(?:stars|followers|subscribers|profile|account|handle|channel)\b")


def _verb_use(hit: SkillHit, text: str) -> bool:
    """Whether a lower-case hit is the verb ("excel in", "learners to excel"), not the tool; or a platform
    named for the person's stars or followers there ("2.2K GitHub stars"), not a tool used."""
    if text and _PLATFORM_USE_RE.match(text, hit.end):
        return True
    if not text or not hit.surface.islower():
        return False
    after_to = hit.surface in ("excel", "spark") and re.search(r"\bto\s+$", text[max(0, hit.start - 4):hit.start])
    return _VERB_USE_RE.match(text, hit.start) is not None or bool(after_to)


_REGION_AFTER_RE = re.compile(r",\s*([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)")


def _placed(hit: SkillHit, text: str) -> bool:
    """Whether a hit is a town written with its state or country ("Phoenix, AZ", "Mobile, Alabama"): a
    place, not the tool that shares its name."""
    from core.analysis.cv_lines import is_place, is_region

    after = _REGION_AFTER_RE.match(text, hit.end) if text else None
    if not after or not is_place(hit.surface):
        return False
    region = after.group(1)
    return bool(re.fullmatch(r"[A-Z]{2}", region)) or is_region(region)


def _product_name(hit: SkillHit, text: str) -> bool:
    """A hit written with capitals inside a sentence (a word before it on its line, not after a full
    stop) whose every word is capitalised, not all in capitals ("QuickBooks", "Zoho CRM"; not "Customer
    retention" or "ERP")."""
    before = text[max(0, hit.start - 3):hit.start]
    line_start = text.rfind("\n", 0, hit.start) + 1
    words = hit.surface.split()
    return (bool(text) and hit.start > line_start and not re.search(r"[.!?:•|]\s*$", before)
            and all(w[:1].isupper() for w in words) and all(w[:1].isupper() for w in hit.name.split())
            and bool(re.search(r"[a-z]", hit.surface)))  # not an acronym of a field ("ERP", "HIPAA")


# a maker's name written before its product: "AWS EC2", "Amazon S3", "Microsoft SQL Server", "MS SCCM"
_VENDOR_BEFORE_RE = re.compile(
    r"(?<![\w.#+-])(?:AWS|Amazon|Microsoft|MS|Google|Apache|IBM|Oracle|Adobe|Cisco|VMware|Citrix|SAP|Atlassian|"
    r"Autodesk|HashiCorp|Azure|Salesforce|Red Hat) $")


def _prefixes(hits: tuple[SkillHit, ...], text: str) -> set[int]:
    """Where a maker's name is the first word of a product's name ("AWS" in "AWS EC2"): those hits name
    no skill of their own there."""
    return {a.start for a, b in zip(hits, hits[1:], strict=False)
            if b.named_tool and b.start == a.end + 1 and text[a.end] == " " and _VENDOR_BEFORE_RE.fullmatch(a.surface + " ")}


def _as_written(text: str, hit: SkillHit) -> str:
    """The hit as the CV writes it, with its maker's name before it ("AWS EC2", "Microsoft SQL Server"),
    a version after a tool ("WCAG 2.1"), its abbreviation in brackets after it or its long name before it
    ("finite element analysis (FEA)", :mod:`core.analysis.skills_forms`) and spaces collapsed ("Entity\nFramework"
    where a line broke it)."""
    surface = re.sub(r"\s+", " ", hit.surface)
    start = name_before(text, hit.start)
    if start is not None:  # "security incident and event management (SIEM)": the abbreviation's long name
        return re.sub(r"\s+", " ", text[start:hit.end + 1])
    if abbreviation := abbreviation_after(text, hit.end, hit.surface):
        return surface + abbreviation
    if sub := _sub_product(text, hit):
        return surface + sub  # "SAP IBP", "Oracle EBS", "Salesforce CPQ": the maker's product the CV names
    vendor = _VENDOR_BEFORE_RE.search(text, max(0, hit.start - 12), hit.start) if hit.named_tool else None
    if vendor and not surface.lower().startswith(vendor.group(0).strip().lower()):
        surface = vendor.group(0) + surface
    version = _VERSION_RE.match(text, hit.end) if hit.family in ("software", "data", "design") else None
    surface, end = (surface + version.group(0), version.end()) if version else (surface, hit.end)
    edition = _EDITION_RE.match(text, end)  # "QuickBooks Online", "Django ORM", "MSSQL-Server": the product's edition
    return surface + edition.group(0) if edition and hit.named_tool else surface


_EDITION_RE = re.compile(r"[ -](?:ORM|Online|Server)\b(?![ -]?(?:[Ss]ide|[Aa]dmin|[Mm]anagement))")

# a maker the lexicon knows as a tool, and the short name in capitals of one of its products written after it
_MAKERS = frozenset({"sap", "oracle", "salesforce", "aws", "azure", "adobe", "ibm", "cisco", "vmware", "atlassian",
                     "autodesk", "servicenow", "workday"})
_SUB_PRODUCT_RE = re.compile(r" (?:S/4 ?HANA|[A-Z][A-Z0-9]{1,5})(?![\w/&.-]|\.\w)")
# capitals after a maker that are no product of its: a role, a team or a country ("Oracle DBA", "SAP HR team")
_NOT_SUB_PRODUCT = frozenset({"DBA", "PM", "BA", "IT", "HR", "US", "UK", "EU", "API", "APIS", "SME", "CEO", "CTO", "AND",
                              "OR", "TO", "IN", "ON", "AT", "OF", "FOR", "THE", "TEAM", "SQL", "DB", "PL", "UI", "UX"})


def _sub_product(text: str, hit: SkillHit) -> str:
    """The short name of a maker's product written after the maker's name ("SAP IBP", "Oracle EBS", "SAP S/4HANA"),
    with its space; "" when none follows, or when what follows is a tool the lexicon knows (read as its own hit), a
    role or a team ("Oracle DBA")."""
    if not text or _norm(hit.surface) not in _MAKERS:
        return ""
    m = _SUB_PRODUCT_RE.match(text, hit.end)
    if not m or m.group(0).strip().upper() in _NOT_SUB_PRODUCT or find_all_skills(m.group(0).strip()):
        return ""
    return m.group(0)


def _norm(value: str) -> str:
    return re.sub(r"[\s-]+", " ", value.casefold()).strip(" .")


def _employer_named(hit: SkillHit, text: str, employers: frozenset[str]) -> bool:
    """Whether a hit is an employer's whole name on a short line (a job's header: "Maintainer | GitHub"),
    where it names the organisation worked for, not a tool used."""
    if _norm(hit.surface) not in employers:
        return False
    start, end = text.rfind("\n", 0, hit.start) + 1, text.find("\n", hit.end)
    return len(text[start:end if end >= 0 else len(text)].split()) <= 8


def skills_found(section_items: list[str], joined: str, roles: tuple[str, ...] = (),
                 employers: tuple[str, ...] = ()) -> tuple[list[str], list[str], dict[str, str]]:
    """(canonical names, as written, canonical -> as written): named lexicon tools anywhere, plus
    every item of the skills section as written; ``roles`` (the CV's job titles, latest first) tell its
    field (:func:`tool_families`); an ``employers`` name on a job's header line is no tool."""
    section_items = [i for i in section_items if not names_no_skill(i)]  # "Students" under "Supervision:"
    names: list[str] = []
    written: list[str] = []
    surface: dict[str, str] = {}
    seen: set[str] = set()
    written_norms: set[str] = set()
    section_norms = {_norm(i) for i in section_items}
    listed = {singular(n) for n in section_norms}
    joined = without_spaced_letters(without_name_line(_COURSEWORK_RE.sub("", joined)))
    spans = item_spans(joined, section_items)
    fields = tool_families(section_items, roles)
    all_hits = find_all_skills(joined)
    prefixes = _prefixes(all_hits, joined)
    employer_names = frozenset(_norm(e) for e in employers)
    labels = group_labels(joined)
    for hit in all_hits:
        if covered(hit, spans) or hit.start in prefixes or _employer_named(hit, joined, employer_names):
            continue
        if any(s <= hit.start and hit.end <= e and e - s > hit.end - hit.start for s, e in labels):
            continue  # "EMR Systems: Epic, Cerner": the group's name, not a skill of its own ("PHP: Laravel" is one)
        hit_surface = _as_written(joined, hit)
        if hit.name not in surface and (hit.named_tool or _norm(hit.surface) in section_norms):
            surface[hit.name] = hit_surface
            names.append(hit.name)
        key = _norm(hit.surface)
        if not (_claimed(hit, fields, joined) or key in section_norms):
            continue
        if key not in section_norms and singular(key) in listed:
            continue  # "microservice" in a bullet, "Microservices" in the list: the list's words
        written_norm = _norm(hit_surface)
        if written_norm in written_norms:  # once each way it is written: "Python" and "Python 3", "REST API" and "REST APIs"
            continue  # "Basic Life Support (BLS)" from its long name, then again from its abbreviation
        written_norms.add(written_norm)
        # "MS SCCM" in a bullet and "SCCM" in the list: two ways the CV writes it, each as written
        # and "finite element analysis (FEA)": that whole, not "FEA", which the list may name alone
        whole = written_norm != key and (written_norm.endswith(key) or written_norm.endswith(")"))
        seen.add(singular(written_norm if whole else key))
        written.append(hit_surface)
    for item in section_items:
        if singular(_norm(item)) not in seen:
            seen.add(singular(_norm(item)))
            written.append(item)
    return names, written, surface


# Families whose lexicon entries are tools and techniques by name (a language, a product, a method);
# the other families' entries ("patient safety", "customer satisfaction") read as outcomes in a
# bullet, unless they are the CV's own field (the family its skills list names most).
_TOOL_FAMILIES = frozenset({"software", "data", "design"})


def tool_families(section_items: list[str], roles: tuple[str, ...] = ()) -> frozenset[str]:
    """The families whose lexicon skills count when named anywhere: software, data and design, plus
    the CV's own field, the family its skills list names most (a nurse's clinical skills), and the
    field of its job titles ("Nurse Practitioner": healthcare, "Accounting Clerk": finance), read from
    the lexicon's title keywords (:func:`core.analysis.skills.infer_role_family`) over its three
    latest ``roles``."""
    families = Counter(h.family for item in section_items for h in find_all_skills(item) if h.family != "general")
    from_titles = {family for role in roles[:3] if (family := infer_role_family(role)) != "general"}
    return _TOOL_FAMILIES | {f for f, _ in families.most_common(1)} | from_titles


def skill_employers(entries: list[tuple[str, str]], section_items: list[str],
                    roles: tuple[str, ...] = ()) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Skills named inside each employer's entry: lexicon tools, and any item the CV's skills list
    names (as written there); ``roles`` as for :func:`skills_found`."""
    section_items = [i for i in section_items if not names_no_skill(i)]
    first: dict[str, str] = {}
    pairs: list[tuple[str, str]] = []
    section_norms = {_norm(i) for i in section_items}
    listed = list(dict.fromkeys(section_items))
    fields = tool_families(listed, roles)
    as_listed = {singular(_norm(i)): i for i in reversed(listed)}  # "microservice" is written "Microservices" there
    for employer, text in [*entries, *wrapped_names(entries)]:  # "the Design" over "Thinking process."
        spans = item_spans(text, section_items)
        hits_here = find_all_skills(text)
        # a listed "Java" inside the named tool "Java Swing": the longer name is the one used there
        named = spans + [(h.start, h.end) for h in hits_here if h.named_tool and " " in h.surface.strip()]
        found: list[tuple[str, str]] = []
        prefixes = _prefixes(hits_here, text)
        taught = taught_from(text)
        for hit in hits_here:
            if hit.start in prefixes:
                continue  # "AWS" in "AWS EC2": the product is the skill used there (the dev labels' rule S10-2)
            if 0 <= taught <= hit.start and not tool_item(hit.surface):
                continue  # "Topics: code review, documentation": a course's subjects (see below)
            if not (_claimed(hit, fields, text) or _norm(hit.surface) in section_norms):
                continue  # "customer satisfaction" in a bullet is an outcome unless the skills list names it
            if covered(hit, spans):
                continue
            first.setdefault(hit.name, employer)
            written, key = _as_written(text, hit), _norm(hit.surface)
            vendor = _norm(written) != key and _norm(written).endswith(key)  # "MS SCCM" where the list says "SCCM"
            versioned = _norm(written) != key and _norm(written).startswith(key)  # "Python 3" where it says "Python"
            abbreviated = _norm(written) != key and _norm(written).endswith(")")  # "finite element analysis (FEA)"
            found.append((written if vendor or versioned or abbreviated else as_listed.get(singular(key), written),
                          employer))
            if versioned or abbreviated:
                named.append((hit.start, hit.start + len(written)))  # the listed "Python" inside it is that one
            if vendor:  # and the listed "DynamoDB" inside "AWS DynamoDB" (S10-2)
                named.append((hit.start - len(written) + len(re.sub(r"\s+", " ", hit.surface)), hit.end))
        for item in listed:
            pattern = item_re(item)
            hits = [m for m in pattern.finditer(text) if not covered(m, named)] if pattern is not None else []
            hits += [m for m in other_mentions(item, text) if not covered(m, named)]  # "TestCafe", "..., triage, and"
            if taught >= 0 and not tool_item(item):  # "Teaching: ..., Animal Ecology", "Topics: ..., documentation":
                hits = [m for m in hits if m.start() < taught]  # a course's subject, not a tool it names ("using Zoom")
            if hits:
                found.append((item, employer))
        for pair in found:
            if not any(singular(_norm(p[0])) == singular(_norm(pair[0])) and p[1] == pair[1] for p in pairs):
                pairs.append(pair)
    return first, pairs
