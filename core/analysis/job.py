"""The job description: its requirement lines, the key requirements, and whether a text mentions one."""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.answer_terms import acronym_requirement, acronym_written
from core.analysis.bounds import bounded
from core.analysis.cv_lines import clean_line, is_place
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


_TRAILING_PLUS_RE = re.compile(r"\s*\(?\b(?:(?:is|are|would be)\s+)?(?:a\s+)?(?:plus|bonus|an advantage|nice to have)\)?\s*$",
                               re.IGNORECASE)


def _clean_phrase(line: str) -> str:
    text = BULLET_RE.sub("", line).strip().rstrip(".;:!")
    text = _TRAILING_PLUS_RE.sub("", text)  # "Bilingual English/Spanish a plus"
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
    r"we offer|benefits|perks|salary|about us|about the company|who we are|how to apply|package|compensation|"
    r"equal opportunit|diversity|what we offer|why join|our values|apply|location|hours",
    re.IGNORECASE,
)
_MUST_HEADER_RE = re.compile(
    r"requirement|qualification|what you.?ll (?:bring|need)|you (?:have|bring|will have)|must|essential|"
    r"about you|who you are|looking for|skills|experience|competenc|criteria",
    re.IGNORECASE,
)
# Lines that are never requirements: metadata ("Type: Full-time"), recruiter chatter, slogans.
_META_RE = re.compile(
    r"^(?:job |employment |contract |work )?(?:type|location|salary|pay|rate|department|team|schedule|shift|hours|"
    r"reports? to|start date|closing date|deadline|reference|ref|job id|posted|category|level|grade|contract|"
    r"remote|hybrid|travel|visa|benefits|company|industry|function|seniority|duration)\s*[:\-–]\s*\S",
    re.IGNORECASE,
)
_CHATTER_RE = re.compile(
    r"!|\brecruit(?:er|ing agency)\b|\bhires?\b|\bapply (?:now|today|here)\b|\bclick\b|\bwe(?:'re| are) hiring\b|"
    r"\bshare our\b|\bour values\b|\bjoin (?:us|our)\b|\bequal opportunity\b|\bvisa sponsorship\b",
    re.IGNORECASE,
)
_SLOGAN_RE = re.compile(r"^[A-Z][a-z]+[.!]\s+[A-Z]")
# A heading with its list on one line ("Requirements: B2B sales, CRM, negotiation"): two items at least.
_INLINE_LIST_RE = re.compile(r"^(?P<label>[A-Za-z][\w '/&-]{2,40}):\s*(?P<items>[^,;]+(?:[,;][^,;]+)+)$")
_PLUS_RE = re.compile(r"\s*\b(?:is|are|would be)\s+(?:a\s+)?(?:plus|bonus|an advantage|desirable|nice to have)\b",
                      re.IGNORECASE)


def _skip_line(text: str) -> bool:
    """Metadata ("Type: Full-time"), recruiter chatter ("Recruiter! Crunch hires") or a slogan
    ("Performer. Consistent over-achievement…")."""
    return bool(_META_RE.match(text) or _CHATTER_RE.search(text) or _SLOGAN_RE.match(text))


_DUTY_HEADER_RE = re.compile(
    r"responsibilit|duties|what you.?ll do|day.to.day|your role|the role|in this role|key tasks|you will",
    re.IGNORECASE,
)


def _header_priority(header: str) -> tuple[int, bool]:
    """(priority, whether its lines may give free-text phrases) of a section heading: requirements 0,
    other or duties 1 (duties give no phrases: "Analyze large datasets" is work, not a requirement),
    nice-to-have 2, benefits/company/apply 3 (dropped)."""
    if _SKIP_HEADER_RE.search(header):
        return 3, False
    if _NICE_HEADER_RE.search(header):
        return 2, True
    if _MUST_HEADER_RE.search(header):
        return 0, True
    return 1, not _DUTY_HEADER_RE.search(header)


def _is_header(line: str) -> bool:
    header = line.rstrip(":")
    return len(header.split()) <= 6 and not header.endswith(".")


def _ranked_lines(job_description: str) -> tuple[list[tuple[int, int, str, bool]], list[tuple[int, str, bool]]]:
    """Bullet lines as (priority, index, text, phrases allowed) and prose lines as (priority, text,
    phrases allowed), each under the heading it follows; metadata, chatter and slogans dropped."""
    bullets: list[tuple[int, int, str, bool]] = []
    prose: list[tuple[int, str, bool]] = []
    priority, phrases_ok = 1, True
    for idx, raw in enumerate(job_description.splitlines()):
        bullet = bool(BULLET_RE.match(raw))
        line = clean_line(BULLET_RE.sub("", raw) if bullet else raw).strip('"\'“”')
        if not line or _skip_line(line):
            continue
        inline = None if bullet else _INLINE_LIST_RE.match(line)
        if inline and _header_priority(inline.group("label"))[0] != 1:
            # "Requirements: B2B sales experience, CRM (Salesforce), negotiation": a heading and its list
            label_priority, label_ok = _header_priority(inline.group("label"))
            for item in re.split(r"\s*[;,]\s*", inline.group("items")):
                item = item.strip(" .")
                plus = _PLUS_RE.search(item)
                item = _PLUS_RE.sub("", item).strip(" .") if plus else item
                if item and label_priority < 3:
                    bullets.append((max(label_priority, 2 if plus else 0), idx, item, label_ok))
            continue
        if bullet:
            if priority < 3:
                bullets.append((priority, idx, line, phrases_ok))
        elif _is_header(line):
            priority, phrases_ok = _header_priority(line.rstrip(":"))
        elif priority < 3:
            prose.append((priority, line, phrases_ok))
    return bullets, prose


def _requirement_units(job_description: str) -> list[tuple[str, bool]]:
    """(line or sentence, whether it may give a free-text phrase), requirements first. Bullets when
    the JD has any; otherwise its sentences, and when it has a requirements heading ("## Experience"),
    only the sentences under such headings give phrases (an introduction's prose describes the role)."""
    bullets, prose = _ranked_lines(job_description)
    if bullets:
        return [(line, ok) for _, _, line, ok in sorted(bullets)]
    has_must = any(p == 0 for p, _, _ in prose)
    units = []
    for priority, line, ok in sorted(prose, key=lambda item: item[0]):
        for sentence in sentences(line):
            if sentence.strip() and not _skip_line(sentence.strip()):
                units.append((sentence, ok and (priority == 0 or not has_must)))
    return units


def requirement_lines(job_description: str) -> list[str]:
    """Bullet lines of the JD, requirements sections first, nice-to-haves last, benefits, metadata,
    chatter and slogans dropped; when it has no bullets, its sentences."""
    return [line for line, _ in _requirement_units(job_description)]


def extract_requirements(job_description: str, limit: int = 12) -> list[str]:
    """The job's key requirements, as written in the JD: lexicon skills first (bullets in
    requirement sections first), then multi-word terms from bullets that name no known skill.
    Deduplicated, at most ``limit``. Map a term to its lexicon skill with ``find_skills``."""
    return list(_extract_requirements(bounded(job_description or ""), limit))


_DUTY_VERB_RE = re.compile(
    r"^(?:answer|contribute|monitor|record|support|collaborate|communicate|resolve|assist|ship|write|manage|share|"
    r"work|help|ensure|provide|maintain|perform|prepare|compile|fulfil+|implement|implementing|develop|build|"
    r"create|own|drive|lead|partner|report|review|participate|attend|handle|complete|successfully|be|have|"
    r"demonstrate|apply|deliver|identify|coordinate|plan|prioriti[sz]e|love|enjoy|want|thrive|care|keep|"
    r"desire|capacity|passion|willing|able|independently|take|make|use|join|attempt|promote|undertake|offer|engage|design|"
    r"constantly|document|respond|conversant|continuous|inclination|thoughtful|self)\b",
    re.IGNORECASE,
)
_NOT_REQUIREMENT_RE = re.compile(
    r"\b(?:we|our|us|you|your|values|mindset|desire|passion|love|remote|hybrid|commut\w*|relocat\w*|"
    r"position|salary|benefits?|team player|responsibilit\w*|duties|meetings|policy|general|looking for|seeking|"
    r"need an?|needs an?|hiring an?|recruiting an?)\b",
    re.IGNORECASE,
)


# "Fernleaf Health makes scheduling software", "Acme Ltd is a logistics firm": a sentence whose subject is a
# name and whose verb says what the organisation does or is (a prose job ad's first line), not a requirement.
_ABOUT_AN_ORGANISATION_RE = re.compile(
    r"^(?:(?:[A-Z][\w&'.-]*|&)\s+){1,5}(?:makes|builds|is|are|was|provides|offers|helps|develops|creates|sells|runs|"
    r"operates|serves|designs|delivers|powers|supplies|manufactures|connects|brings|has|employs)\b")


def _requirement_phrase(line: str) -> str | None:
    """A free-text requirement (2-6 words, as written) from a line that names no known skill; none
    for a duty ("Monitor patient's condition"), a place or a line about the company."""
    phrase = _clean_phrase(line)
    tokens = phrase.split()
    if not (2 <= len(tokens) <= 6 and len(phrase) >= 8) or re.search(r"or similar|years", phrase):
        return None
    if (_DUTY_VERB_RE.match(phrase) or _NOT_REQUIREMENT_RE.search(phrase) or is_place(phrase)
            or _ABOUT_AN_ORGANISATION_RE.match(BULLET_RE.sub("", line).strip())):
        return None
    adverb_first = tokens[0].endswith("ly") and tokens[1].lower() in STOPWORDS  # "closely with other parts"
    if re.search(r"ly$", tokens[-1]) or adverb_first or tokens[-1].lower() in STOPWORDS:
        return None
    return phrase


def _skills_and_phrases(jd: str) -> tuple[list[str], list[str]]:
    """Lexicon skills as written (requirement lines first, then the whole JD; "general" skills only
    from requirement sections' first lines) and the free-text phrases of lines that name no skill."""
    found: list[str] = []
    seen: set[str] = set()

    def add(surface: str, name: str) -> None:
        if name.lower() not in seen:
            seen.add(name.lower())
            found.append(surface)

    phrases: list[str] = []
    for line, phrases_ok in _requirement_units(jd):
        hits = [h for h in find_skills(line) if h.named_tool or h.family == "general"]
        for hit in hits:
            add(hit.surface, hit.name)
        if hits or not phrases_ok:
            continue
        # a requirement never spans a sentence: "... managing people. Fintech experience is a plus" gives
        # "Fintech experience", never "people. Fintech experience"
        phrases += [p for p in (_requirement_phrase(part) for part in sentences(line) or [line]) if p]
    for hit in find_skills("\n".join(requirement_lines(jd)) if len(found) >= 4 else jd):
        if hit.named_tool:
            add(hit.surface, hit.name)
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
    if acronym_requirement(requirement):  # "SEND" in capitals, never the verb "send"
        written, (start, end) = acronym_written(text, requirement)
        return (True, short_quote(text, start, end)) if written else (False, "")
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


_OR_JOIN_RE = re.compile(r"^\s*(?:,|/)?\s*(?:,?\s*(?:or|and/or)\s+)?(?:either\s+)?$", re.IGNORECASE)
_BRACKET_CHOICE_RE = re.compile(r"\b(?:or|either|e\.g\.?|eg|such as|for example|for instance|like|i\.e\.?)\b|/", re.I)
_EXAMPLES_RE = re.compile(r"\(([^()]*)\)|\b(?:such as|e\.g\.|for example|like)\s+([^.;()]*)", re.IGNORECASE)


def alternatives(job_description: str, requirement: str) -> set[str]:
    """The lexicon skills (names, lower case) any one of which meets ``requirement`` by the JD's own
    wording: skills joined by "or" or "/" ("Go or Java") or listed as examples after a category ("cloud data
    warehouses (e.g. BigQuery, Snowflake)", "such as BigQuery or Snowflake"). Skills side by side in a list
    or in brackets ("(Excel, Power BI)") are each required: no alternatives. Empty when the JD lists none."""
    wanted = {h.name.lower() for h in find_skills(requirement)} or {requirement.lower()}
    out: set[str] = set()
    for line in requirement_lines(strip_injections(job_description or "")):
        hits = [h for h in find_skills(line) if h.named_tool]
        if not any(h.name.lower() in wanted for h in hits):
            continue
        # tools side by side in brackets ("(Excel, Power BI)") are each required; examples only when the
        # brackets say so ("(e.g. Tableau, Qlik)", "(Tableau or Qlik)")
        groups = [[h for h in hits if m.start() <= h.start and h.end <= m.end()] for m in _EXAMPLES_RE.finditer(line)
                  if m.group(2) is not None or _BRACKET_CHOICE_RE.search(m.group(1))]
        chain = hits[:1]
        for prev, nxt in zip(hits, hits[1:], strict=False):
            between = line[prev.end:nxt.start]
            if _OR_JOIN_RE.match(between):
                chain.append(nxt)
                continue
            if re.search(r"\bor\b", line[chain[0].start:chain[-1].end], re.I):
                groups.append(chain)
            chain = [nxt]
        if chain and re.search(r"\bor\b", line[chain[0].start:chain[-1].end], re.I):
            groups.append(chain)
        for group in groups:
            names = {h.name.lower() for h in group}
            if len(names) > 1 and names & wanted:
                out |= names
    return out
