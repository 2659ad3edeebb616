"""Plain-text analysis for the offline coach: skills, requirements, CV facts and answer evidence.

Everything here is deterministic, uses only the standard library and the two data files
(``data/skills_lexicon.json``), and runs in well under a millisecond per answer. No weights.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LEXICON_PATH = DATA_DIR / "skills_lexicon.json"

_STOPWORDS_TEXT = """a an the and or but if of to in on at by for with from as is are was were be been being this that
    these those it its i me my we our us you your yours he she they them their his her what which who whom
    when where why how do does did done have has had having can could would should will shall may might must
    about into over under than then so such not no nor only own same too very just also any each every some
    more most other there here all both few many much out up down off again further once while during before
    after above below between through until because per via etc e.g i.e within across tell describe give
    example time walk through someone something things thing way ways one two make made get got let lets
    really well know use used using work worked working job role team teams"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9+#./&'-]*")
_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]?")
_NUMBER_RE = re.compile(
    r"(?:[$£€]\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?\b"
    r"|\b\d[\d,.]*(?:\s?(?:%|percent\b|x\b|k\b|m\b|hours?\b|days?\b|weeks?\b|months?\b|minutes?\b|"
    r"people\b|patients?\b|students?\b|customers?\b|users?\b|tickets?\b|accounts?\b|engineers?\b))?"
    r"|\b(?:half|double|doubled|tripled|halved|dozen)\b)",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Lexicon:
    """Compiled skills lexicon: one alternation per case mode, and each alias mapped to its skill."""

    regexes: tuple[re.Pattern[str], ...]  # case-insensitive, case-sensitive
    alias_to_skill: dict[str, tuple[str, str, bool]]  # normalised alias -> (name, family, is_named_tool)
    family_keywords: dict[str, list[str]]
    families: dict[str, str]  # skill name -> family


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

    return re.compile(r"(?<![A-Za-z0-9+#])" + build(trie) + r"(?![A-Za-z0-9+#]|\.[A-Za-z])", flags)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load and compile ``data/skills_lexicon.json`` once per process."""
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    case_sensitive = set(raw.get("case_sensitive", []))
    generic = {w.lower() for w in raw.get("not_named_tools", [])}
    alias_to_skill: dict[str, tuple[str, str, bool]] = {}
    families: dict[str, str] = {}
    insensitive: list[str] = []
    sensitive: list[str] = []
    for skill in raw["skills"]:
        name, family = skill["name"], skill["family"]
        families[name] = family
        for alias in [name, *skill.get("aliases", [])]:
            named = family != "general" and alias.lower() not in generic
            alias_to_skill.setdefault(_alias_key(alias), (name, family, named))
            (sensitive if alias in case_sensitive or len(alias) <= 2 else insensitive).append(alias)
    regexes = (_alternation(insensitive, re.IGNORECASE), _alternation(sensitive, 0))
    return Lexicon(regexes, alias_to_skill, raw.get("family_keywords", {}), families)


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
    for start, end, surface in spans:
        if start < last_end:
            continue
        last_end = end
        entry = lex.alias_to_skill.get(_alias_key(surface))
        if entry is not None:
            out.append(SkillHit(entry[0], entry[1], start, end, surface, entry[2]))
    return tuple(out)


def infer_role_family(job_title: str, job_description: str = "") -> str:
    """The role family (software, data, ..., general) from title keywords, then JD skills."""
    lex = load_lexicon()
    title = f" {job_title.lower()} "
    jd = f" {job_description.lower()} "
    scores: dict[str, float] = {}
    for family, words in lex.family_keywords.items():
        for word in words:
            if re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", title):
                scores[family] = scores.get(family, 0) + 5 + len(word) / 10
            count = len(re.findall(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", jd))
            scores[family] = scores.get(family, 0) + min(count, 3) * 0.5
    for hit in find_skills(job_description[:6000]):
        if hit.family != "general":
            scores[hit.family] = scores.get(hit.family, 0) + 0.6
    best = max(scores.items(), key=lambda kv: (kv[1], kv[0]), default=("general", 0.0))
    return best[0] if best[1] >= 1.5 else "general"


# ---------------------------------------------------------------- words


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


_SUFFIX_TEXT = "isations izations isation ization ising izing ised ized ises izes ise ize ations ation ments ment ings ing ies ied ers er ed es s ly"
_SUFFIXES = tuple(_SUFFIX_TEXT.split())


def stem(word: str) -> str:
    """A crude suffix stripper: enough to match "deploy", "deployed" and "deployments"."""
    w = word.lower().strip(".'-/")
    for suffix in _SUFFIXES:
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    # "disagree"/"disagreed", "resolve"/"resolved" share a stem.
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w.lower() not in STOPWORDS and len(w) > 2}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_RE.findall(text) if len(s.strip()) > 1]


def short_quote(text: str, start: int, end: int, width: int = 7) -> str:
    """Up to ``width`` words either side of a span, trimmed to its sentence, as a quotable string."""
    left = max(
        text.rfind(".", 0, start),
        text.rfind("\n", 0, start),
        text.rfind("?", 0, start),
        text.rfind("!", 0, start),
    )
    right_candidates = [
        i
        for i in (text.find(".", end), text.find("\n", end), text.find("?", end), text.find("!", end))
        if i != -1
    ]
    right = min(right_candidates) if right_candidates else len(text)
    # Do not stop at a decimal point inside a number.
    while right < len(text) - 1 and text[right] == "." and text[right + 1].isdigit():
        nxt = [i for i in (text.find(".", right + 1), text.find("\n", right + 1)) if i != -1]
        right = min(nxt) if nxt else len(text)
    before = text[left + 1 : start].split()[-width:]
    after = text[end:right].split()[:width]
    snippet = " ".join([*before, text[start:end], *after]).strip(" ,;:-")
    return snippet


# ---------------------------------------------------------------- injections

_INJECTION_RE = re.compile(
    r"(ignore|disregard|forget|override)\b[^.\n]{0,40}\b(instructions?|prompts?|rules?|rubric|above|previous)"
    r"|\b(rate|score|grade|mark)\b[^.\n]{0,30}\b(10\s*/\s*10|10 out of 10|ten out of ten|full marks|perfect|maximum|5\s*/\s*5|highest)"
    r"|\byou are now\b|\bact as\b[^.\n]{0,40}\b(evaluator|grader|system)|\bsystem prompt\b|\bnew instructions?\b"
    r"|\b(assistant|system)\s*:",
    re.IGNORECASE,
)


def strip_injections(text: str) -> str:
    """Remove sentences that try to instruct the model; they are never evidence of anything."""
    if not _INJECTION_RE.search(text or ""):
        return text or ""
    kept_lines = []
    for line in (text or "").splitlines():
        if not _INJECTION_RE.search(line):
            kept_lines.append(line)
            continue
        parts = re.split(r"(?<=[.!?])\s+", line)
        kept = [p for p in parts if not _INJECTION_RE.search(p)]
        if kept:
            kept_lines.append(" ".join(kept))
    return "\n".join(kept_lines).strip()


# ---------------------------------------------------------------- job description

_FLUFF_PREFIX = re.compile(
    r"^(?:(?:proven|strong|solid|excellent|good|great|deep|demonstrable|demonstrated|hands-on|extensive|"
    r"practical|working|some|a|an|the|very|outstanding|exceptional)\s+)*"
    r"(?:\d+\+?\s*(?:years?|yrs)\s*(?:of\s+)?(?:professional\s+|commercial\s+|relevant\s+)?(?:experience\s+)?(?:in|with|of|as)?\s*)?"
    r"(?:(?:experience|expertise|knowledge|understanding|proficiency|familiarity|skills?|track record|background|"
    r"ability|comfort|fluency)\s+(?:in|with|of|to|using|at|as)?\s*)?"
    r"(?:(?:building|running|using|working with|managing|delivering|leading|designing)\s+)?",
    re.IGNORECASE,
)
_BULLET_RE = re.compile(r"^\s*(?:[-*•·▪‣◦●]|\d+[.)])\s+")
_REQ_HEADER_RE = re.compile(
    r"requirement|qualification|what you.?ll (?:bring|need)|you (?:have|bring|will have)|skills|about you|"
    r"must.have|nice.to.have|we.?re looking for|experience|who you are|essential|desirable|responsibilit|what you.?ll do",
    re.IGNORECASE,
)


def _clean_phrase(line: str) -> str:
    text = _BULLET_RE.sub("", line).strip().rstrip(".;:")
    text = _FLUFF_PREFIX.sub("", text).strip()
    text = re.split(
        r",|;|\(| such as | including | e\.g\.| for example| to support| so that| in order", text
    )[0]
    text = re.split(r" and (?=\w+ \w+)| or (?=\w+ \w+)", text)[0] if len(text.split()) > 5 else text
    tokens = text.split()[:6]
    while tokens and tokens[-1].lower() in STOPWORDS:
        tokens.pop()
    while tokens and tokens[0].lower() in STOPWORDS:
        tokens.pop(0)
    return " ".join(tokens)


_NICE_HEADER_RE = re.compile(r"nice.to.have|desirable|bonus|plus|preferred|ideally", re.IGNORECASE)
_SKIP_HEADER_RE = re.compile(
    r"we offer|benefits|perks|salary|about us|how to apply|package|compensation", re.IGNORECASE
)
_MUST_HEADER_RE = re.compile(
    r"requirement|qualification|what you.?ll (?:bring|need)|you (?:have|bring|will have)|must|essential|"
    r"about you|who you are|looking for|skills|experience",
    re.IGNORECASE,
)


def requirement_lines(job_description: str) -> list[str]:
    """Bullet lines of the JD, requirements sections first, nice-to-haves last, benefits dropped;
    when it has no bullets, its sentences."""
    ranked: list[tuple[int, int, str]] = []
    priority = 1
    for idx, line in enumerate(job_description.splitlines()):
        if not line.strip():
            continue
        if _BULLET_RE.match(line):
            if priority < 3:
                ranked.append((priority, idx, line))
            continue
        header = line.strip().lstrip("#* ").rstrip(":* ")
        if len(header.split()) <= 6:
            if _SKIP_HEADER_RE.search(header):
                priority = 3
            elif _NICE_HEADER_RE.search(header):
                priority = 2
            elif _MUST_HEADER_RE.search(header):
                priority = 0
            else:
                priority = 1
    if not ranked:
        return sentences(job_description)
    return [line for _, _, line in sorted(ranked)]


def extract_requirements(job_description: str, limit: int = 12) -> list[str]:
    """The job's key requirements: lexicon skills first (bullets in requirement sections first),
    then multi-word terms from bullets that name no known skill. Deduplicated, at most ``limit``."""
    return list(_extract_requirements(job_description or "", limit))


@lru_cache(maxsize=256)
def _extract_requirements(job_description: str, limit: int) -> tuple[str, ...]:
    jd = strip_injections(job_description or "")
    if not jd.strip():
        return ()
    found: list[str] = []
    seen: set[str] = set()

    def add(item: str) -> None:
        key = item.lower()
        if item and key not in seen:
            seen.add(key)
            found.append(item)

    bullets = requirement_lines(jd)
    phrases: list[str] = []
    for line in bullets:
        hits = [h for h in find_skills(line) if h.family != "general" or len(found) < 3]
        for hit in hits:
            add(hit.name)
        if not hits:
            phrase = _clean_phrase(line)
            if (
                2 <= len(phrase.split()) <= 6
                and len(phrase) >= 8
                and not re.search(r"or similar|years", phrase)
            ):
                phrases.append(phrase[0].upper() + phrase[1:])
    for hit in find_skills(jd):
        if hit.family != "general":
            add(hit.name)
    # Requirements that are skills come first; interleave a few phrases so soft requirements show.
    result = found[: max(0, limit - min(len(phrases), 4))]
    for phrase in phrases:
        if len(result) >= limit:
            break
        if phrase.lower() not in {r.lower() for r in result}:
            result.append(phrase)
    for item in found:
        if len(result) >= limit:
            break
        if item not in result:
            result.append(item)
    return tuple(result[:limit])


def mentions(text: str, requirement: str) -> tuple[bool, str]:
    """Whether ``text`` mentions the requirement, with a quote around the mention."""
    for hit in find_skills(text):
        if hit.name.lower() == requirement.lower():
            return True, short_quote(text, hit.start, hit.end)
    req_stems = content_stems(requirement)
    if not req_stems:
        return False, ""
    text_words = list(re.finditer(r"[A-Za-z][A-Za-z0-9+#-]*", text))
    matched = [m for m in text_words if stem(m.group(0)) in req_stems]
    needed = 1 if len(req_stems) == 1 else max(2, round(len(req_stems) * 0.6))
    if len({stem(m.group(0)) for m in matched}) >= needed:
        first = matched[0]
        return True, short_quote(text, first.start(), first.end())
    return False, ""


# ---------------------------------------------------------------- CV facts

_ROLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|analyst|scientist|designer|nurse|teacher|consultant|specialist|representative|"
    r"executive|lead|director|officer|coordinator|assistant|associate|intern|administrator|architect|accountant|"
    r"advisor|adviser|agent|tutor|lecturer|technician|supervisor|head|owner|programmer|marketer|strategist|"
    r"researcher|practitioner|therapist|controller|bookkeeper|auditor|founder|partner|clerk|sister|midwife)\b",
    re.IGNORECASE,
)
_DATE_RE = re.compile(
    r"\b(19|20)\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(19|20)\d{2}|present|current",
    re.IGNORECASE,
)
_SECTION_WORDS = (
    r"experience|employment|career history|work history|education|skills|projects|certifications?|summary|profile|"
    r"about me|interests|languages|references|volunteering|awards|publications|training|qualifications|achievements"
)
_SECTION_RE = re.compile(
    r"^\s*(?:[A-Za-z]+\s+){0,2}(" + _SECTION_WORDS + r")\b[\sA-Za-z&]{0,25}:?\s*$", re.IGNORECASE
)


_ORG_HINT = re.compile(
    r"\b(inc|ltd|llc|gmbh|plc|corp|corporation|company|co\.|group|bank|hospital|clinic|school|academy|college|"
    r"university|trust|nhs|labs?|technologies|systems|solutions|agency|partners|studio|council|foundation|"
    r"health|retail|logistics|software|consulting|capital|ventures)\b",
    re.IGNORECASE,
)
_ACTION_VERB_RE = re.compile(
    r"\b(led|built|designed|launched|reduced|increased|improved|cut|grew|saved|delivered|created|developed|"
    r"implemented|automated|introduced|managed|migrated|won|closed|raised|achieved|trained|mentored|negotiated|"
    r"streamlined|redesigned|established|generated|lowered|boosted|scaled|shipped|resolved)\b",
    re.IGNORECASE,
)
WEAK_VERB_RE = re.compile(
    r"\b(responsible for|helped with|helped to|assisted with|assisted in|worked on|involved in|duties included|"
    r"tasked with|participated in)\b",
    re.IGNORECASE,
)


def _split_header(line: str) -> tuple[str, str]:
    """(role, employer) from an experience header line such as "Senior Engineer, Acme Ltd (2019-2023)"."""
    text = re.sub(r"\(.*?\)", " ", line)
    text = _DATE_RE.sub(" ", text)
    text = re.sub(r"[–—-]\s*(?=\s|$)|\s[–—-]\s", " | ", text)
    parts = [
        p.strip(" ,|–—-·•")
        for p in re.split(r"\s+at\s+|\s+@\s+|\||,|\s[–—-]\s|·|•|\t", text)
        if p.strip(" ,|–—-·•")
    ]
    parts = [p for p in parts if re.search(r"[A-Za-z]{2}", p)]
    role = next((p for p in parts if _ROLE_WORDS.search(p)), "")
    others = [
        p
        for p in parts
        if p != role
        and not re.fullmatch(r"(?i)(remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)", p)
    ]
    employer = next((p for p in others if _ORG_HINT.search(p)), others[0] if others else "")
    # A trailing location such as "London" after the employer is dropped by taking the first other part.
    return role[:60], employer[:60]


def extract_cv_facts(cv_text: str) -> dict:
    """Skills, employers, roles and achievements from a CV, plus where each skill was used.

    Returns ``{"skills": [...], "employers": [...], "roles": [...], "achievements": [...],
    "skill_employer": {skill: employer}, "bullets": [...], "word_count": int}``.
    """
    facts = _extract_cv_facts(cv_text or "")
    return {
        k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
        for k, v in facts.items()
    }


@lru_cache(maxsize=64)
def _extract_cv_facts(cv_text: str) -> dict:
    text = strip_injections(cv_text or "")
    lines: list[str] = []
    for raw in text.splitlines():
        # A bullet wrapped by a PDF continues on a line starting in lower case or with a number.
        stripped = raw.strip()
        continues = bool(stripped) and (
            re.match(r"[a-z0-9(£$€]", stripped)
            or (
                not re.search(r"[.!?;:]$", lines[-1].strip() if lines else ".")
                and not _BULLET_RE.match(raw)
                and not _SECTION_RE.match(stripped)
                and not _DATE_RE.search(stripped)
            )
        )
        if lines and _BULLET_RE.match(lines[-1]) and continues:
            lines[-1] = lines[-1].rstrip() + " " + raw.strip()
        else:
            lines.append(raw)
    cv_joined = "\n".join(lines)
    skills = [h.name for h in find_skills(cv_joined)]
    line_employer: list[str] = []
    achievement_employer: dict[str, str] = {}
    employers: list[str] = []
    roles: list[str] = []
    achievements: list[str] = []
    bullets: list[str] = []
    skill_employer: dict[str, str] = {}
    current_employer = ""
    section = ""
    for raw in lines:
        line_employer.append(current_employer)
        line = raw.strip()
        if not line:
            continue
        header = _SECTION_RE.match(line)
        if header:
            section = header.group(1).lower()
            if not section.endswith("experience") and section not in {
                "employment",
                "employment history",
                "career history",
            }:
                current_employer = ""
            continue
        is_bullet = bool(_BULLET_RE.match(raw))
        if (
            not is_bullet
            and len(line.split()) <= 14
            and (_DATE_RE.search(line) or _ROLE_WORDS.search(line))
            and section
            not in {
                "education",
                "skills",
                "technical skills",
                "key skills",
                "summary",
                "profile",
                "certifications",
                "training",
            }
            and not line.endswith(".")
        ):
            role, employer = _split_header(line)
            if role and employer:
                current_employer = employer
                if employer not in employers:
                    employers.append(employer)
                if role not in roles:
                    roles.append(role)
                continue
        if is_bullet or (section.endswith("experience") and len(line.split()) > 5):
            body = _BULLET_RE.sub("", line).strip()
            bullets.append(body)
            if _NUMBER_RE.search(body) and _ACTION_VERB_RE.search(body) and not _DATE_RE.fullmatch(body):
                achievements.append(body)
                if current_employer:
                    achievement_employer[body] = current_employer
        line_employer[-1] = current_employer
    # One pass of the lexicon over the CV, then each skill to the first employer it appears under.
    starts = [0]
    for raw in lines:
        starts.append(starts[-1] + len(raw) + 1)
    for hit in find_all_skills(cv_joined):
        employer = line_employer[bisect.bisect_right(starts, hit.start) - 1]
        if employer:
            skill_employer.setdefault(hit.name, employer)
    return {
        "skills": skills,
        "employers": employers,
        "roles": roles,
        "achievements": achievements,
        "skill_employer": skill_employer,
        "achievement_employer": achievement_employer,
        "bullets": bullets,
        "word_count": len(words(text)),
    }


# ---------------------------------------------------------------- answer evidence

STAR_CUES: dict[str, re.Pattern[str]] = {
    "situation": re.compile(
        r"\b(?i:when I (?:was|joined|worked|started)|at my (?:last|previous|current|old) (?:job|role|company|school|employer)|"
        r"in my (?:last|previous|current|first) (?:job|role|position|team)|last (?:year|month|quarter|spring|summer|winter|autumn)|"
        r"a few (?:years|months|weeks) ago|(?:in|back in) (?:19|20)\d{2}|we had (?:a|an)|there was (?:a|an)|"
        r"the (?:situation|context|background|problem) was|one time|once,|on one (?:shift|occasion|project)|"
        r"I was working (?:at|on|as)|while I was|during my)|\b[Aa]t (?:[A-Z][\w&]+)",
    ),
    "task": re.compile(
        r"\b(my (?:role|job|task|goal|responsibility|aim) was|I was (?:asked|responsible|tasked|given|brought in)|"
        r"I (?:needed|had|wanted) to|the (?:goal|aim|target|task|brief|challenge|ask) was|I was in charge|"
        r"it was (?:my|up to me)|we needed to|our (?:goal|target) was|I owned)",
        re.IGNORECASE,
    ),
    "action": re.compile(
        r"\bI (?:then |first |also |quickly |personally )?(?:built|wrote|designed|led|set up|created|organised|organized|"
        r"analysed|analyzed|called|met|spoke|talked|asked|proposed|decided|introduced|ran|started|changed|"
        r"rewrote|added|moved|migrated|automated|mapped|reviewed|interviewed|sat down|pulled|tested|prototyped|"
        r"drafted|negotiated|escalated|trained|coached|implemented|reworked|split|prioritised|prioritized|"
        r"scheduled|documented|tracked|checked|replaced|fixed|refactored|profiled|contacted|explained|"
        r"listened|offered|arranged|raised|presented|built|shadowed|created|grouped|used|went|put|made|took|"
        r"worked|paired|reached out|followed up|broke|booked|gave|focused|reassessed|informed|administered|"
        r"adjusted|planned|rebuilt|launched|shipped|calculated|compared|identified|noticed|investigated|"
        r"persuaded|convinced|brought|switched|pushed|agreed|emailed|phoned|visited)\b",
        re.IGNORECASE,
    ),
    "result": re.compile(
        r"\b(as a result|the result|resulted in|result was|in the end|ended up|outcome|which (?:meant|led)|this (?:meant|led)|"
        r"led to|so that we|reduced|increased|improved|cut|saved|grew|dropped|rose|fell|halved|doubled|"
        r"went (?:from|up|down)|finished|delivered|launched|signed|closed|won|renewed|passed|achieved|"
        r"recovered|stabilised|stabilized|was discharged|got better|thanked|hit (?:our|the|my)|met (?:the|our) (?:deadline|target)|"
        r"on time|since then|afterwards|by the end|feedback was)\b",
        re.IGNORECASE,
    ),
}
REASONING_RE = re.compile(
    r"\b(because|since the|so that|the reason|trade-?offs?|instead of|instead|rather than|weigh(?:ed|ing)?|"
    r"considered|decided (?:to|against|that)|the risk|risks?|pros and cons|on the other hand|compared|"
    r"the downside|the upside|prioriti[sz]ed|which meant|in order to|otherwise)\b",
    re.IGNORECASE,
)
LESSON_RE = re.compile(
    r"\b(learn(?:ed|t)|lesson|in hindsight|looking back|next time|would do differently|I now|I still|"
    r"since then|taught me|realised|realized|what I'd change|I would have|going forward|changed how I)\b",
    re.IGNORECASE,
)
FILLER_RE = re.compile(
    r"\b(um+|uh+|erm|like,|you know|basically|kind of|sort of|i mean|literally|stuff like that|"
    r"and stuff|or whatever|whatever|to be honest|honestly|i guess|things like that|yeah so|so yeah)\b",
    re.IGNORECASE,
)
NON_ANSWER_RE = re.compile(
    r"^\s*(?:(?:honestly|to be honest|sorry|um+|well|hmm+|erm)[,.]?\s+)?(i\s+(?:don'?t|do not)\s+know|no idea|not sure|i'?m not sure|i have no (?:idea|experience)|"
    r"i (?:haven'?t|have not|never) (?:done|had|worked)|pass|skip|n/?a|nothing|no comment|can we skip|"
    r"i can'?t (?:think|remember)|i don'?t (?:have|remember|really know))\b",
    re.IGNORECASE,
)
I_RE = re.compile(r"\b(I|I'm|I've|I'd|I'll|me|my|myself)\b")
WE_RE = re.compile(r"\b(we|we're|we've|we'd|we'll|our|us|the team)\b", re.IGNORECASE)


@dataclass
class AnswerEvidence:
    """What an answer observably contains, with quotes."""

    text: str
    word_count: int
    sentence_count: int
    star: dict[str, str] = field(default_factory=dict)  # part -> quote
    numbers: list[str] = field(default_factory=list)
    number_quotes: list[str] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)
    tool_quotes: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    lessons: list[str] = field(default_factory=list)
    fillers: list[str] = field(default_factory=list)
    i_count: int = 0
    we_count: int = 0
    question_overlap: list[str] = field(default_factory=list)
    job_overlap: list[str] = field(default_factory=list)
    question_terms: int = 0
    longest_sentence: int = 0


def _quotes(regex: re.Pattern[str], text: str, limit: int = 3) -> list[str]:
    out: list[str] = []
    for m in regex.finditer(text):
        q = short_quote(text, m.start(), m.end(), width=5)
        if q and q not in out:
            out.append(q)
        if len(out) >= limit:
            break
    return out


def analyse_answer(answer: str, question: str = "", job_description: str = "") -> AnswerEvidence:
    """Collect the observable evidence in one answer."""
    text = answer.strip()
    sents = sentences(text)
    ev = AnswerEvidence(text=text, word_count=len(words(text)), sentence_count=len(sents))
    ev.longest_sentence = max((len(s.split()) for s in sents), default=0)
    for part, regex in STAR_CUES.items():
        m = regex.search(text)
        if m:
            ev.star[part] = short_quote(text, m.start(), m.end(), width=6)
    ranked_quotes: list[tuple[int, str]] = []
    for m in _NUMBER_RE.finditer(text):
        token = m.group(0).strip()
        if re.fullmatch(r"(19|20)\d{2}", token):
            continue  # a year is context, not a measured result
        ev.numbers.append(token)
        q = short_quote(text, m.start(), m.end(), width=5)
        if q not in [r[1] for r in ranked_quotes]:
            # Numbers that state a result are the best evidence: quote them first.
            ranked_quotes.append((0 if STAR_CUES["result"].search(q) else 1, q))
    ev.number_quotes = [q for _, q in sorted(ranked_quotes, key=lambda r: r[0])]
    for hit in find_skills(text):
        if hit.named_tool:
            ev.tools.append(hit.name)
            ev.tool_quotes.append(short_quote(text, hit.start, hit.end, width=4))
    ev.reasoning = _quotes(REASONING_RE, text)
    ev.lessons = _quotes(LESSON_RE, text)
    ev.fillers = [m.group(0).lower().rstrip(",") for m in FILLER_RE.finditer(text)]
    ev.i_count = len(I_RE.findall(text))
    ev.we_count = len(WE_RE.findall(text))
    q_stems = content_stems(question)
    a_stems = content_stems(text)
    ev.question_terms = len(q_stems)
    surface: dict[str, str] = {}
    for w in words(text):
        surface.setdefault(stem(w), w.strip(".,;:'").lower())
    ev.question_overlap = sorted(surface[st] for st in q_stems & a_stems)
    if job_description:
        jd_terms = content_stems(" ".join(extract_requirements(job_description)))
        ev.job_overlap = sorted(surface[st] for st in jd_terms & a_stems)
    return ev


def shingle_overlap(answer: str, source: str, size: int = 5) -> float:
    """Share of the answer's word ``size``-grams found verbatim in ``source`` (pasted-text detector)."""
    a = [w.lower().strip(".,;:'/-") for w in words(answer)]
    if len(a) < size or not source:
        return 0.0
    s = [w.lower().strip(".,;:'/-") for w in words(source)]
    source_grams = {tuple(s[i : i + size]) for i in range(len(s) - size + 1)}
    grams = [tuple(a[i : i + size]) for i in range(len(a) - size + 1)]
    return sum(g in source_grams for g in grams) / len(grams)


def is_experience_question(question: str) -> bool:
    """Questions asking for a past example (as opposed to hypothetical or knowledge questions)."""
    return bool(
        re.search(
            r"tell me about|describe (?:a|the|how you)|give (?:me )?an example|walk me through (?:a|an|the|how you)|"
            r"a time (?:you|when)|your cv|you list|have you|did you|you (?:launched|built|ran|led|closed)",
            question,
            re.IGNORECASE,
        )
    )
