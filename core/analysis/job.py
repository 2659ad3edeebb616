"""The job description: its requirement lines, the key requirements, and whether a text mentions one."""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.skills import find_skills
from core.analysis.text import (
    BULLET_RE,
    STOPWORDS,
    content_stems,
    sentences,
    short_quote,
    stem,
    strip_injections,
)

_FLUFF_PREFIX = re.compile(
    r"^(?:(?:proven|strong|solid|excellent|good|great|deep|demonstrable|demonstrated|hands-on|extensive|"
    r"practical|working|some|a|an|the|very|outstanding|exceptional)\s+)*"
    r"(?:\d+\+?\s*(?:years?|yrs)\s*(?:of\s+)?(?:professional\s+|commercial\s+|relevant\s+)?(?:experience\s+)?(?:in|with|of|as)?\s*)?"
    r"(?:(?:experience|expertise|knowledge|understanding|proficiency|familiarity|skills?|track record|background|"
    r"ability|comfort|fluency)\s+(?:in|with|of|to|using|at|as)?\s*)?"
    r"(?:(?:building|running|using|working with|managing|delivering|leading|designing)\s+)?",
    re.IGNORECASE,
)
def _clean_phrase(line: str) -> str:
    text = BULLET_RE.sub("", line).strip().rstrip(".;:")
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
        if BULLET_RE.match(line):
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


def _requirement_phrase(line: str) -> str | None:
    """A free-text requirement (2-6 words, capitalised) from a line that names no known skill."""
    phrase = _clean_phrase(line)
    if 2 <= len(phrase.split()) <= 6 and len(phrase) >= 8 and not re.search(r"or similar|years", phrase):
        return phrase[0].upper() + phrase[1:]
    return None


def _skills_and_phrases(jd: str) -> tuple[list[str], list[str]]:
    """Lexicon skills (requirement lines first, then the whole JD; "general" skills only among the
    first three) and the free-text phrases of lines that name no skill."""
    found: list[str] = []
    seen: set[str] = set()

    def add(item: str) -> None:
        key = item.lower()
        if item and key not in seen:
            seen.add(key)
            found.append(item)

    phrases: list[str] = []
    for line in requirement_lines(jd):
        hits = [h for h in find_skills(line) if h.family != "general" or len(found) < 3]
        for hit in hits:
            add(hit.name)
        phrase = None if hits else _requirement_phrase(line)
        if phrase:
            phrases.append(phrase)
    for hit in find_skills(jd):
        if hit.family != "general":
            add(hit.name)
    return found, phrases


@lru_cache(maxsize=256)
def _extract_requirements(job_description: str, limit: int) -> tuple[str, ...]:
    jd = strip_injections(job_description or "")
    if not jd.strip():
        return ()
    found, phrases = _skills_and_phrases(jd)
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
