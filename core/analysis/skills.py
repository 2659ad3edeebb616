"""The skills lexicon (``data/skills_lexicon.json``): loading, skill spotting and the role family.

The lexicon is compiled once per process into two alternation regexes (case-insensitive and
case-sensitive); :func:`find_skills` returns :class:`SkillHit` spans in order of appearance.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core.analysis.skill_context import (
    french_word,
    in_foreign_title,
    in_season_date,
    in_sentence_with,
    in_word_compound,
    spelled_out,
    spelled_out_before,
    web_spans,
)
from core.analysis.title_fields import is_head, other_field, without_other_field_heads

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
LEXICON_PATH = DATA_DIR / "skills_lexicon.json"
EQUIVALENCES_PATH = DATA_DIR / "field_equivalents.json"  # a practice that is the requirement in its field (sourced)


@dataclass(frozen=True)
class Lexicon:
    """Compiled skills lexicon: one alternation per case mode, and each alias mapped to its skill."""

    regexes: tuple[re.Pattern[str], ...]  # case-insensitive, case-sensitive
    alias_to_skill: dict[str, tuple[str, str, bool]]  # normalised alias -> (name, family, is_named_tool)
    family_keywords: dict[str, list[str]]
    families: dict[str, str]  # skill name -> family
    noun_sense: frozenset[str] = frozenset()  # aliases that are a thing after a determiner ("the organization")
    instance_of: dict[str, tuple[str, ...]] = field(default_factory=dict)  # tool -> broader skills ("Airflow": ETL)
    # broader skill (lower case) -> wordings that are an instance or act of it ("Introduced 5S": process improvement)
    instance_patterns: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    # titles people write for each family ("General Manager", "Paramedic"), read in a job title only
    family_titles: dict[str, list[str]] = field(default_factory=dict)
    suites: dict[str, tuple[str, ...]] = field(default_factory=dict)  # suite -> its apps ("Microsoft Office": Excel)
    date_sense: frozenset[str] = frozenset()  # aliases that are a season in a date ("Spring 2021", "Spring semester")
    # aliases that name something else by their sentence: alias -> (marks, one of which says so; unless, none of which
    # may be there): "my SQL to meeting rate" is a sales-qualified lead, no database language
    field_sense: dict[str, tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]] = field(default_factory=dict)


def _alias_key(alias: str) -> str:
    return re.sub(r"[\s-]+", " ", alias.strip().lower())


def _alternation(aliases: list[str], flags: int) -> re.Pattern[str]:
    """One regex for many aliases, factored as a trie so each position is tried once, not per alias.

    Greedy optional tails keep the longest alias ("Ruby on Rails" over "Ruby"); a space or hyphen in
    an alias matches any run of spaces or hyphens.
    """
    fold = bool(flags & re.IGNORECASE)
    trie: dict[str, dict] = {}
    for alias in set(aliases):
        node = trie
        for ch in re.sub(r"[\s-]+", " ", alias.lower() if fold else alias):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [
            (r"[\s-]+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    # "&" joins letters into one name ("R&D", "AT&T"): no skill "R" or "T" inside it, as a hyphen and capitals do
    # ("Node-RED" is no Node.js); an accented Latin letter
    # is part of the word ("Rémi" holds no "R"), a CJK character is not ("熟悉Python")
    return re.compile(rf"(?<![A-Za-z{_ACCENTED}0-9+#])(?<![A-Za-z]&)" + build(trie)
                      + rf"(?![A-Za-z{_ACCENTED}0-9+#]|\.[A-Za-z]|&[A-Za-z]|(?-i:-[A-Z]{{2}}))", flags)


_ACCENTED = "À-ÖØ-öø-ÿĀ-ſ"


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load and compile ``data/skills_lexicon.json`` once per process."""
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    case_sensitive = set(raw.get("case_sensitive", []))
    generic = {w.lower() for w in raw.get("not_named_tools", [])}
    products = {w.lower() for w in raw.get("named_general_tools", [])}  # "Microsoft Word": a product, though of no one field
    alias_to_skill: dict[str, tuple[str, str, bool]] = {}
    families: dict[str, str] = {}
    insensitive: list[str] = []
    sensitive: list[str] = []
    for skill in raw["skills"]:
        name, family = skill["name"], skill["family"]
        families[name] = family
        for alias in [name, *skill.get("aliases", [])]:
            named = (family != "general" and alias.lower() not in generic) or alias.lower() in products
            alias_to_skill.setdefault(_alias_key(alias), (name, family, named))
            (sensitive if alias in case_sensitive or len(alias) <= 2 else insensitive).append(alias)
    regexes = (_alternation(insensitive, re.IGNORECASE), _alternation(sensitive, 0))
    logger.debug("skills lexicon: %d skills, %d aliases from %s", len(families), len(alias_to_skill), LEXICON_PATH)
    noun_sense = frozenset(_alias_key(a) for a in raw.get("noun_sense", []))
    instance_of = {tool: tuple(kinds) for tool, kinds in raw.get("instance_of", {}).items()}
    patterns = {kind.lower(): tuple(re.compile(p, re.IGNORECASE) for p in found)
                for kind, found in raw.get("instance_patterns", {}).items() if not kind.startswith("_")}
    for kind, entry in json.loads(EQUIVALENCES_PATH.read_text(encoding="utf-8"))["equivalences"].items():
        extra = tuple(re.compile(p, re.IGNORECASE) for p in entry["wordings"])  # "triaged" shows prioritisation
        for name in (kind, *entry.get("also", ())):  # the requirement's other names ("c-suite" for "c-level executives")
            patterns[name.lower()] = patterns.get(name.lower(), ()) + extra
    suites = {suite: tuple(apps) for suite, apps in raw.get("suites", {}).items()}
    date_sense = frozenset(_alias_key(a) for a in raw.get("date_sense", []))
    field_sense = {_alias_key(alias): (tuple(re.compile(p, re.IGNORECASE) for p in entry.get("marks", [])),
                                       tuple(re.compile(p, re.IGNORECASE) for p in entry.get("unless", [])))
                   for alias, entry in raw.get("field_sense", {}).items() if not alias.startswith("_")}
    return Lexicon(regexes, alias_to_skill, raw.get("family_keywords", {}), families, noun_sense, instance_of, patterns,
                   raw.get("family_titles", {}), suites, date_sense, field_sense)


# a determiner up to two words before: "the organization", "a fully remote organization"
# two capitalised words right before a capitalised noun of two senses: the end of a name ("Contract Research
# Organisation", "World Health Organization"), not the skill ("Excellent Organisation" is the skill)
_NAME_BEFORE_RE = re.compile(r"(?<![\w-])(?:[A-Z][\w&'-]*\s+){2,}$")
# an organisation's own word after a name written in capitals: "Clinical Research Organisation", "Data Science
# Institute" name a body, not the skill inside the name
_ORG_AFTER_RE = re.compile(r"\s+(?:Organi[sz]ations?|Institutes?|Associations?|Foundation|Society|Council|Agency)\b")
_DETERMINER_RE = re.compile(
    r"\b(?:the|our|your|their|its|this|that|an?|whole|entire|each|every)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


@dataclass(frozen=True)
class SkillHit:
    name: str
    family: str
    start: int
    end: int
    surface: str
    named_tool: bool


def find_skills(text: str) -> list[SkillHit]:
    """Every lexicon skill in ``text`` (first occurrence each), in order of appearance."""
    return list(_find_skills(text or ""))


@lru_cache(maxsize=2048)
def _find_skills(text: str) -> tuple[SkillHit, ...]:
    hits: dict[str, SkillHit] = {}
    for hit in find_all_skills(text):
        prev = hits.get(hit.name)
        if prev is None:
            hits[hit.name] = hit
        elif hit.named_tool and not prev.named_tool:
            hits[hit.name] = SkillHit(prev.name, prev.family, prev.start, prev.end, prev.surface, True)
    return tuple(sorted(hits.values(), key=lambda h: h.start))


@lru_cache(maxsize=256)
def find_all_skills(text: str) -> tuple[SkillHit, ...]:
    """Every occurrence of every lexicon skill in ``text``, longest match first, no overlaps."""
    lex = load_lexicon()
    spans: list[tuple[int, int, str]] = []
    for regex in lex.regexes:
        for m in regex.finditer(text):
            spans.append((m.start(), m.end(), m.group(0)))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[SkillHit] = []
    last_end = -1
    web = web_spans(text)  # "apply.php", "github.com/ana/react-notes": an address, no skill
    other = {a: e for a, e in spelled_out(text).items() if _other_sense(lex, a, e)}  # "PHP (partial hospitalisation ...)"
    for start, end, surface in spans:
        if start < last_end:
            continue
        if _alias_key(surface) in lex.noun_sense and (_DETERMINER_RE.search(text[max(0, start - 40) : start])
                                                      or _NAME_BEFORE_RE.search(text[max(0, start - 60) : start])
                                                      and surface[:1].isupper()):
            continue  # "for the organization", "a Contract Research Organisation": an organisation, not the skill
        if surface.istitle() and _ORG_AFTER_RE.match(text, end):
            continue  # "Clinical Research Organisation": a body's name, not the skill
        if _alias_key(surface) in lex.date_sense and in_season_date(text, start, end):
            continue  # "Dean's List, Spring 2020": the season, not the Java framework
        if _other_field_sense(lex, surface, text, start, end):
            continue  # "my SQL to meeting rate": a sales-qualified lead, not the database language (rc27 N9)
        if in_word_compound(text, start, end) or in_foreign_title(text, start, end):
            continue  # "Go-live", "R-value": an everyday word in a compound, not the tool
        if french_word(text, start, end, surface):
            continue  # "en vue de renforcer", "point de vue": the French word, not Vue.js
        if spelled_out_before(text, start, surface):
            continue  # "Chief Revenue Officer (CRO)": the letters stand for the words before them
        last_end = end
        entry = lex.alias_to_skill.get(_alias_key(surface))
        if entry is None or surface in other or any(a <= start and end <= b for a, b in web):
            continue
        out.append(SkillHit(entry[0], entry[1], start, end, surface, entry[2]))
    return tuple(out)


def _other_field_sense(lex: Lexicon, surface: str, text: str, start: int, end: int) -> bool:
    """Whether the alias at ``text[start:end]`` names something else in its sentence (the lexicon's ``field_sense``):
    one of its marks is in the sentence and none of its ``unless`` words ("SQL" beside leads and meetings, with no
    query or table, is a sales-qualified lead; "waiting for the month end" is a time, not month-end close)."""
    marks, unless = lex.field_sense.get(_alias_key(surface), ((), ()))
    return bool(marks) and in_sentence_with(text, start, end, marks, unless)


def _other_sense(lex: Lexicon, acronym: str, expansion: str) -> bool:
    """Whether a text's own expansion of ``acronym`` puts it in another field than the lexicon skill it would
    be read as: the expansion does not name that skill and has a word of another family's one-word keywords
    ("PHP (partial hospitalisation programme)": hospital, a healthcare word; "SIEM (security information and
    event management)" names no other field and stays SIEM)."""
    entry = lex.alias_to_skill.get(_alias_key(acronym))
    if entry is None or any(hit.name == entry[0] for hit in find_all_skills(expansion)):
        return False
    words = re.findall(r"[a-z]+", expansion.lower())
    return any(word.startswith(key) for family, keys in lex.family_keywords.items() if family != entry[1]
               for key in keys if " " not in key and len(key) >= 5 for word in words)



@lru_cache(maxsize=4096)  # the lexicon's family keywords: more patterns than re's own cache keeps
def _word_re(word: str) -> re.Pattern[str]:
    """``word`` (lower case) as a whole word: no letter touching it on either side."""
    return re.compile(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])")

def infer_role_family(job_title: str, job_description: str = "") -> str:
    """The role family (software, data, ..., general) from title keywords, then JD skills. A title's words
    count most, a longer one more ("BI Developer" is data, not software); the lexicon's ``family_titles``
    ("General Manager", "Paramedic") count in the title only."""
    lex = load_lexicon()
    title = f" {job_title.lower()} "
    jd = f" {without_other_field_heads(job_description.lower())} "  # "maintenance engineers": no software word
    scores: dict[str, float] = {}
    for family, words in lex.family_keywords.items():
        for word in words:
            count = len(_word_re(word).findall(jd))
            scores[family] = scores.get(family, 0) + min(count, 3) * 0.5
    for family, _word, weight in _title_hits(lex, title):
        scores[family] = scores.get(family, 0) + weight
    for hit in find_skills(job_description[:6000]):
        if hit.family != "general":
            scores[hit.family] = scores.get(hit.family, 0) + 0.6
    best = max(scores.items(), key=lambda kv: (kv[1], kv[0]), default=("general", 0.0))
    return best[0] if best[1] >= 1.5 else "general"


# where a title's own part ends: "Class Teacher (KS2) - Oakfield School", "Administrator, Oakfield School", "at"
_TITLE_END_RE = re.compile(r"\s+[-–—|:]\s+|[(,/]|\s+(?:at|in|for)\s+")


def _title_hits(lex: Lexicon, title: str) -> list[tuple[str, str, float]]:
    """(family, keyword, weight) of the family keywords in a title (lower case, padded with spaces): 5 plus a
    tenth of the keyword's length; a setting word before the title's head ("school" in "School Office
    Administrator", "hospital" in "Hospital Receptionist") weighs 1 when another family's keyword is the head
    (ends the title's own part): the job is the administrator's, in a school."""
    own = _TITLE_END_RE.split(title.strip(), maxsplit=1)[0]
    head_end = len(own.rstrip())
    hits = []
    for family, words in _title_words(lex).items():
        for word in words:
            for match in _word_re(word).finditer(own):
                hits.append((family, word, match.end() == head_end))
    hits = _in_other_field(own, hits)
    head_families = {family for family, _word, at_head in hits if at_head}
    out = [(family, word, 5 + len(word) / 10 if at_head or not head_families or family in head_families else 1.0)
           for family, word, at_head in hits]
    if not hits:  # a title whose own part names no keyword: read the whole title as before
        out = [(family, word, 5 + len(word) / 10) for family, words in _title_words(lex).items() for word in words
               if _word_re(word).search(title)]
    return out


def _in_other_field(own: str, hits: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """``hits`` with a head word of another field's title ("maintenance engineer", "landscape architect":
    :func:`core.analysis.title_fields.other_field`) given that field's family, unless the title names another
    word of the head's own family ("software maintenance engineer") or a longer title ending it ("support engineer")."""
    field_of = other_field(own)
    head_hits = [(family, word) for family, word, _at in hits if is_head(word)]
    if field_of is None or not head_hits:
        return hits
    head_families = {family for family, _word in head_hits}
    if any(family in head_families and not is_head(word) or at and not is_head(word) for family, word, at in hits):
        return hits  # "software maintenance engineer"; "production support engineer": a title of its own
    family, qualifier = field_of
    return [*(hit for hit in hits if not is_head(hit[1])), (family, f"{qualifier} {head_hits[-1][1]}", True)]


def _title_words(lex: Lexicon) -> dict[str, list[str]]:
    return {family: [*lex.family_keywords.get(family, []), *lex.family_titles.get(family, [])]
            for family in {*lex.family_keywords, *lex.family_titles}}


def skill_names() -> set[str]:
    """The canonical name of every lexicon skill."""
    return set(load_lexicon().families)


def skill_family(name: str) -> str:
    """The family (software, data, ...) of a lexicon skill name; "" when it is not in the lexicon."""
    return load_lexicon().families.get(name, "")


def is_named_product(name: str) -> bool:
    """Whether a lexicon skill of no one field is a product by name ("Microsoft Office": the lexicon's
    ``named_general_tools``) rather than a quality or practice ("Communication"); False for unknown names."""
    hit = load_lexicon().alias_to_skill.get(_alias_key(name))
    return bool(hit and hit[1] == "general" and hit[2])


def whole_tool(requirement: str) -> str:
    """The lexicon name of the named tool ``requirement`` is as a whole ("Power BI", "Azure", "Google Ads" ->
    "SEM"); "" when it is anything else or says more ("Power BI dashboards"). Such a requirement is shown only
    where the lexicon finds that tool (or a kind of it): a word it shares with another tool ("Power Query",
    "Azure DevOps", "AWS Lambda") is not it."""
    text = (requirement or "").strip()
    if _common_plural(text):  # "demos" as the job writes it: a practice, shown by "a demo" too
        return ""
    hits = find_skills(text)
    if len(hits) == 1 and hits[0].named_tool and hits[0].start == 0 and hits[0].end == len(text):
        return hits[0].name if _PRODUCT_NAME_RE.fullmatch(hits[0].name) and not hits[0].name.isupper() else ""
    return ""


def _common_plural(text: str) -> bool:
    """Whether ``text`` is one lower-case word, the plural of an English noun ("demos", "personas",
    "reconciliations", "accruals": wordfreq Zipf of the singular at least 3, or at least 2 for a singular of
    five letters or more that no software skill of the lexicon is named by): a practice the job names in the
    plural, shown by its singular too ("accrual schedules"), never a product's name, whatever the lexicon's
    capitals ("Demos"); "jenkins" stays the tool."""
    from core.analysis.language import zipf

    if not re.fullmatch(r"[a-z]{3,}s", text) or text.endswith(("ss", "us", "is")):
        return False
    singular = zipf(text[:-1])
    if singular >= 3.0:
        return True
    hit = load_lexicon().alias_to_skill.get(_alias_key(text))
    return singular >= 2.0 and len(text) > 5 and not (hit and hit[1] == "software")


# A product's name: each word capitalised ("Power BI", "Azure DevOps", "Google Analytics"); a practice ("Incident
# response") or an acronym of one ("ETL", "WMS", "SEO") is shown by its words' other forms as before.
_PRODUCT_NAME_RE = re.compile(r"(?:[A-Z0-9][\w.+#&-]*)(?: [A-Z0-9][\w.+#&-]*)*")


@lru_cache(maxsize=1)
def _wordings_by_name() -> dict[str, tuple[str, ...]]:
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    return {skill["name"]: (skill["name"], *skill.get("aliases", [])) for skill in raw["skills"]}


def skill_wordings(name: str) -> tuple[str, ...]:
    """The lexicon name of a skill and its aliases as written ("Warehouse operations" -> ("Warehouse operations",
    "warehouse")); ``(name,)`` for a name the lexicon does not hold."""
    return _wordings_by_name().get(name, (name,))


# A word of a product's name that is a common English word (wordfreq Zipf at least this: "Cloud" 4.5, "Desktop" 3.9,
# "Books" 5.2, "Analytics" 3.8, "Google" 4.9) names a kind of thing or a vendor, not the product
COMMON_NAME_ZIPF = 3.5
# the word that names a product alone is rarer still ("Zoho" 1.7, "Jira" 2.1, "Salesforce" 2.9, "Tableau" 2.9), never
# an everyday word written with a capital ("Compute", "Navigator", "Blob": 3.1-3.4)
HEAD_ZIPF = 3.0


def distinctive_head(name: str) -> str:
    """The one word of a named tool's multi-word lexicon name (or alias) that names it alone, or "": "Zoho" for "Zoho
    CRM". The other words of that wording name a kind of tool or a vendor: a common English word
    (:data:`COMMON_NAME_ZIPF`: "Cloud", "Desktop", "Books"), a word in small letters, or a category's acronym the
    lexicon holds ("CRM", "WMS", "SDK"); the head is capitalised with small letters, rarer than :data:`HEAD_ZIPF`, no
    lexicon skill of its own, and the head of every lexicon skill it is written in ("Zoho" of Zoho CRM, Desk and Books;
    "Autodesk" is none, as "Autodesk Revit" names Revit). A name with a number ("ISO 27001", "Fusion 360") or two
    such words ("Microsoft Excel": "Excel" is its own alias) has none; a generic word alone ("CRM", "Cloud") never
    names the product. Session 27 (re-check rc26, N1): "my Zoho pipeline" to a Zoho CRM question was called about
    something else."""
    return _distinctive_heads().get(name, "")


def _wording_head(wording: str) -> str:
    from core.analysis.language import zipf

    lex = load_lexicon()
    parts = re.findall(r"[^\s/()]+", wording)
    if len(parts) < 2 or not _PRODUCT_NAME_RE.fullmatch(" ".join(parts)):
        return ""

    def generic(word: str) -> bool:
        if any(ch.isdigit() for ch in word):
            return False
        if not word[:1].isupper() or zipf(word.lower(), "en") >= COMMON_NAME_ZIPF:
            return True
        return word.isupper() and _alias_key(word) in lex.alias_to_skill  # "CRM", "WMS": a kind of tool

    own = [w for w in parts if not generic(w)]
    if len(own) != 1:
        return ""
    head = own[0]
    if (not re.fullmatch(r"[A-Z][\w'-]*[a-z][\w'-]*", head) or zipf(head.lower(), "en") >= HEAD_ZIPF
            or _alias_key(head) in lex.alias_to_skill or _alias_key(head.rstrip("s")) in lex.alias_to_skill):
        return ""
    return head


def named_by_head(text: str) -> list[str]:
    """The named tools ``text`` names by their distinctive head alone (:func:`distinctive_head`, written with its
    capital): "my Zoho pipeline" -> ["Zoho CRM"] (and every other Zoho tool of the lexicon), in the lexicon's order.
    A tool so named is a tool named: "The tools or methods you used, by name" is no gap of such an answer (rc27 N9)."""
    said = set(re.findall(r"[A-Za-z][\w'-]*", text or ""))
    return [name for name, head in _distinctive_heads().items() if head in said]


@lru_cache(maxsize=1)
def _distinctive_heads() -> dict[str, str]:
    """Each named tool's distinctive head (:func:`distinctive_head`), over the whole lexicon at once."""
    lex = load_lexicon()
    heads: dict[str, set[str]] = {}
    written: dict[str, set[str]] = {}  # a capitalised word -> the skills whose wordings write it
    for name, wordings in _wordings_by_name().items():
        hit = lex.alias_to_skill.get(_alias_key(name))
        for wording in wordings:
            for word in re.findall(r"[^\s/()]+", wording):
                written.setdefault(word, set()).add(name)
            if hit and hit[2] and (head := _wording_head(wording)):
                heads.setdefault(name, set()).add(head)
    out = {name: next(iter(h)) for name, h in heads.items() if len(h) == 1}
    return {name: head for name, head in out.items() if all(out.get(other) == head for other in written[head])}


def skill_kinds(name: str) -> tuple[str, ...]:
    """The broader lexicon skills a named tool is a kind of ("Airflow" -> ("ETL",), "Snowflake" ->
    ("Data warehousing",)), from the lexicon's ``instance_of``; () for any other name."""
    return load_lexicon().instance_of.get(name, ())


def suite_apps(name: str) -> tuple[str, ...]:
    """The apps (lexicon names) a suite of named tools includes ("Microsoft Office" -> ("Excel",)), from the
    lexicon's ``suites``: naming the suite shows a requirement for one of them as a whole; () for any other name."""
    return load_lexicon().suites.get(name, ())


@lru_cache(maxsize=1)
def _equivalences() -> tuple[tuple[str, tuple[str, ...], tuple[re.Pattern[str], ...]], ...]:
    """(requirement, its other names, compiled wordings) of ``data/field_equivalents.json``."""
    entries = json.loads(EQUIVALENCES_PATH.read_text(encoding="utf-8"))["equivalences"]
    return tuple((kind, tuple(n.lower() for n in entry.get("also", ())),
                  tuple(re.compile(p, re.IGNORECASE) for p in entry["wordings"])) for kind, entry in entries.items())


def field_requirement_names() -> frozenset[str]:
    """Every name (lower case) of a requirement of ``data/field_equivalents.json``, its other names included."""
    return frozenset(n for kind, also, _ in _equivalences() for n in (kind.lower(), *also))


def field_practices(text: str) -> tuple[str, ...]:
    """The requirements of ``data/field_equivalents.json`` that ``text`` shows by a practice which is, in its field,
    the requirement itself ("I compared standard with actual costs" -> "variance analysis", "triaged" ->
    "prioritisation"), in the file's order; () for none. Raises OSError or ValueError when the file cannot be read."""
    return tuple(kind for kind, _also, wordings in _equivalences() if any(p.search(text or "") for p in wordings))


def instance_wordings(kind: str) -> tuple[re.Pattern[str], ...]:
    """Compiled wordings (case-insensitive, unless a part says ``(?-i:...)``) that show the broader
    skill or requirement ``kind`` (any case) by an instance or an act of it: "Introduced 5S" and "PDCA"
    show process improvement, "Mentored 3 trainee teachers" leadership; from the lexicon's
    ``instance_patterns`` and ``data/field_equivalents.json`` (a practice that is the requirement in its field,
    sourced: "triaged" shows prioritisation); () for any other name."""
    return load_lexicon().instance_patterns.get(kind.lower(), ())
