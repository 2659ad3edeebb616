"""Which named tools and skills a question asks about, and whether an answer names them (split from
:mod:`core.coach.topic` along its seam, session 21, no behaviour change).

A question asks about a tool by name ("Your CV mentions HubSpot", "get up to speed on SLAs") or names a skill as
its subject in plain words ("Your CV mentions phonics"): :func:`asked_tools`. An answer takes it up by naming it, a
kind or an instance of it (lexicon ``instance_of``, ``instance_patterns``), or its words in another form
(:func:`tool_named`); in another language only a product's name can be matched (:func:`takes_up_named_product`).
"""

from __future__ import annotations

import re

from core.analysis.skills import (
    distinctive_head,
    find_all_skills,
    find_skills,
    instance_wordings,
    skill_family,
    skill_kinds,
    skill_wordings,
)
from core.analysis.text import STOPWORDS

_QUOTED_RE = re.compile(r"\"[^\"]{3,}\"|“[^”]{3,}”")


# A question that asks about a tool by name: "Your CV mentions HubSpot", "You list Excel", "your experience
# with SAP", "get up to speed on SLAs". A tool named in passing ("A Docker container cannot reach…",
# "e.g. Kafka") is the setting of the question, which an answer may take up in its own words.
_ASKS_ABOUT_RE = re.compile(
    r"\b(?:mentions?|mentioned|lists?|listed|experience (?:with|in|of|using)|used|using|work(?:ed)? with|"
    r"up to speed (?:on|with)|your (?:cv|résumé|resume))\b", re.IGNORECASE)


# A skill question's own subject, in plain words too ("Your CV mentions phonics", "You list statistics", "The role calls
# for bookkeeping, and your CV says…"): the skill is the object of the opening words, and the CV line a question may
# quote after it is context. "…, and your CV shows related work" and a gap ("which your CV doesn't show") ask for the
# closest thing, which need not name it.
_SKILL_SUBJECT_RE = re.compile(r"^\s*(?:Your (?:CV|résumé|resume) mentions|You list|The role calls for) (?P<skill>[^,.:;?!]+)",
                               re.IGNORECASE)
_NOT_SHOWN_RE = re.compile(r"\brelated (?:work|experience)\b|\b(?:doesn't|does not|don't|do not) (?:show|see)\b",
                           re.IGNORECASE)


def asked_tools(question: str) -> list[str]:
    """Named tools and skills a sentence of the question asks about (:data:`_ASKS_ABOUT_RE`), outside a
    quotation, by lexicon name; one inside a quoted CV bullet is part of what the bullet says. A skill in plain
    words counts when asked to learn it, or when it is the subject of a skill question (:data:`_SKILL_SUBJECT_RE`:
    "Your CV mentions phonics"; issue 15, session 19: a gardening-club story to it scored 6/10, "does what the
    question asks"); a quality (leadership, communication: not a named tool in the lexicon) never is, as a story
    shows one without saying it."""
    out: list[str] = []
    bare = _QUOTED_RE.sub(" ", question or "")
    subject = _SKILL_SUBJECT_RE.search(bare)
    own = subject.group("skill") if subject and not _NOT_SHOWN_RE.search(bare) else ""
    for sentence in re.split(r"(?<=[.?!])\s+", bare):
        cue = _ASKS_ABOUT_RE.search(sentence)
        if cue:  # a name as written ("HubSpot", "SLAs"); a skill in plain words only when asked to learn it
            out += [h.name for h in find_skills(sentence) if h.named_tool
                    and (h.surface != h.surface.lower() or cue.group(0).lower().startswith("up to speed"))]
    out += [h.name for h in find_skills(own) if h.named_tool]
    return list(dict.fromkeys(out))


def _tool_named(answer: str, tool: str) -> bool:
    """Whether ``answer`` names ``tool``, a kind of it or an instance of it (lexicon instance_of, or a wording of
    its instance_patterns: "the SENCo" for SEN, "CSAT" for KPIs), or writes
    each of its words in another form of the word ("the weekly forecast" names Forecasting: Snowball stems)."""
    found = {h.name for h in find_skills(answer)}
    kinds = set(skill_kinds(tool))
    return (tool in found or any(tool in skill_kinds(f) or f in kinds for f in found)
            or any(p.search(answer or "") for p in instance_wordings(tool))  # "the SENCo", "an EHCP" for SEN
            or any(_tool_words_written(answer, w) for w in skill_wordings(tool))  # "warehouses" for "warehouse"
            or any(_same_domain(tool, f) for f in found) or head_named(answer, tool))


def head_named(answer: str, tool: str) -> bool:
    """Whether ``answer`` names ``tool`` by its distinctive head as written, with its capital
    (:func:`core.analysis.skills.distinctive_head`: "my Zoho pipeline", "in Zoho" for Zoho CRM), outside the span of
    another skill the lexicon finds there ("Zoho Desk" is not Zoho CRM). Session 27 (re-check rc26, N1)."""
    head = distinctive_head(tool)
    if not head or not answer:
        return False
    spans = [(h.start, h.end) for h in find_all_skills(answer)]
    return any(not any(a <= m.start() < b for a, b in spans)
               for m in re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w+-])", answer))


# Words that name a kind of work in general, not its domain ("Warehouse operations", "Inventory management").
_GENERIC_HEADS = frozenset(["operation", "operations", "management", "system", "systems", "work", "skills", "planning",
                            "analysis", "service", "services", "process", "processes"])


def _same_domain(tool: str, found: str) -> bool:
    """Whether ``found``, a skill the answer names, is one of ``tool``'s own domain: the same lexicon family and a
    distinctive word of the tool's wordings in its own ("WMS", "warehouse management system", for "Warehouse
    operations"; issue 15, session 14: an answer on WMS reports and picking rates was marked off the question)."""
    if found == tool or skill_family(found) != skill_family(tool):
        return False
    from core.coach.subject import term_stem  # subject reads this module's topics

    def stems(name: str) -> set[str]:
        return {term_stem(w) for wording in skill_wordings(name) for w in re.findall(r"[A-Za-z][A-Za-z'-]+", wording)
                if w.lower() not in STOPWORDS and w.lower() not in _GENERIC_HEADS and len(w) >= 4}
    return bool(stems(tool) & stems(found))


def _tool_words_written(answer: str, tool: str) -> bool:
    from core.coach.subject import term_stem  # subject reads this module's topics

    wanted = {term_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]+", tool) if w.lower() not in STOPWORDS}
    said = {term_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]+", answer or "")}
    return bool(wanted) and all(len(stem) >= 4 for stem in wanted) and wanted <= said


_GAP_QUESTION_RE = re.compile(r"\b(?:(?:don't|do not|doesn't|does not|can't|cannot) (?:see|show|say)|not on your (?:cv|résumé|resume)|"
                              r"isn't on your (?:cv|résumé|resume))", re.IGNORECASE)


def _named_as_done(text: str, tool: str) -> bool:
    """Whether a sentence of ``text`` (in any of the five other languages) names ``tool`` without negating it or
    wishing for it (:data:`core.coach.first_person.FOREIGN_NEGATION_RE`, :data:`~core.coach.first_person.FOREIGN_WISH`):
    "Mit SAP HCM habe ich noch nicht selbst gearbeitet" does not take up a question about SAP (issue 15, session 18:
    it lifted a handball story to relevance 3/5, "names the job's terms (SAP)")."""
    from core.coach.first_person import FOREIGN_NEGATION_RE, FOREIGN_WISH

    return any(_tool_named(s, tool) and not FOREIGN_NEGATION_RE.search(s) and not re.search(FOREIGN_WISH, s, re.I)
               for s in re.split(r"(?<=[.!?;])\s+", text or "") if s.strip())


def takes_up_named_product(question: str, text: str) -> bool:
    """Whether ``text`` names, as something done (or at all, after a gap question), a product ``question`` asks about
    by name ("Your CV mentions SAP" -> "2022 habe ich in SAP HCM…"): the one thing an answer in another language than
    the question shares with it that the coach can match."""
    said = _tool_named if _GAP_QUESTION_RE.search(question or "") else _named_as_done
    return any(_product_name(t) and said(text, t) for t in asked_tools(question))


def _product_name(tool: str) -> bool:
    """Whether ``tool`` is written as a product's name, a capital then small letters ("Moodle", "Google Classroom",
    "HubSpot") or in capitals ("SAP", "AWS"), not a plural abbreviation ("SLAs", "KPIs": another language may spell
    those out)."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*(?: [A-Z][A-Za-z]*[a-z][A-Za-z]*)*|[A-Z]{2,5}(?<!S)", tool))


def _label(question: str, tool: str) -> str:
    """``tool`` (a lexicon name) as ``question`` writes it when it writes it in plain words ("phonics" for
    Literacy, "statistics" for Statistics): the report says what the question said."""
    bare = _QUOTED_RE.sub(" ", question or "")
    return next((h.surface for h in find_skills(bare) if h.name == tool and h.surface == h.surface.lower()), tool)
