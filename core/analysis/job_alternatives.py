"""Which skills meet a job requirement by the job's own wording: "Go or Java", "(e.g. BigQuery, Snowflake)"."""

from __future__ import annotations

import logging
import re

from core.analysis.job_lines import requirement_lines
from core.analysis.skills import find_skills
from core.analysis.text import strip_injections

logger = logging.getLogger(__name__)


_OR_JOIN_RE = re.compile(r"^\s*(?:,|/)?\s*(?:,?\s*(?:or|and/or)\s+)?(?:either\s+)?$", re.IGNORECASE)
_BRACKET_CHOICE_RE = re.compile(r"\b(?:or|either|e\.g\.?|eg|such as|for example|for instance|like|i\.e\.?)\b|/", re.I)
# "Zendesk, Intercom or similar", "Jira, Asana or equivalent": a list that ends by allowing others is a choice
_OR_SIMILAR_AFTER_RE = re.compile(r"\s*,?\s*(?:or|and/or)\s+(?:any\s+)?(?:similar|equivalent|comparable|other|another|"
                                  r"alternative|the like)\b", re.IGNORECASE)
_EXAMPLES_RE = re.compile(r"\(([^()]*)\)|\b(?:such as|e\.g\.|for example|like)\s+([^.;()]*)", re.IGNORECASE)


def alternatives(job_description: str, requirement: str) -> set[str]:
    """The lexicon skills (names, lower case) any one of which meets ``requirement`` by the JD's own
    wording: skills joined by "or" or "/" ("Go or Java") or listed as examples after a category ("cloud data
    warehouses (e.g. BigQuery, Snowflake)", "such as BigQuery or Snowflake"). Skills side by side in a list
    or in brackets ("(Excel, Power BI)") are each required: no alternatives, unless the list ends by allowing
    others ("Zendesk, Intercom or similar"). Empty when the JD lists none."""
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
            if _a_choice(line, chain):
                groups.append(chain)
            chain = [nxt]
        if chain and _a_choice(line, chain):
            groups.append(chain)
        for group in groups:
            names = {h.name.lower() for h in group}
            if len(names) > 1 and names & wanted:
                out |= names
    return out


def _a_choice(line: str, chain: list) -> bool:
    """Whether skills side by side in ``line`` (``chain``: its hits) are a choice: joined by "or" ("Go or
    Java"), or a list that ends by allowing others ("Zendesk, Intercom or similar")."""
    return bool(re.search(r"\bor\b", line[chain[0].start:chain[-1].end], re.I)
                or (len(chain) > 1 and _OR_SIMILAR_AFTER_RE.match(line, chain[-1].end)))


_LEADING_RE = re.compile(r"^(?:(?:to|in|into|with|for|of|from|on|at|the|a|an)\s+)+")
_ITEM = r"[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*)?"


def word_alternatives(job_description: str, requirement: str) -> set[str]:
    """The items a JD lists before ``requirement`` as a choice in its own words, any one of which meets it:
    "selling to logistics, transportation or supply chain buyers" -> {"logistics", "transportation"} for
    "supply chain" (the last one or two words of each item, lower case); empty when the JD writes no such
    list. Named tools are :func:`alternatives`'."""
    req = (requirement or "").strip()
    if not job_description or not req or len(req.split()) > 3:
        return set()
    pattern = rf"((?:{_ITEM},\s+)+{_ITEM}),?\s+(?:or|and/or)\s+{re.escape(req)}\b"
    out: set[str] = set()
    for match in re.finditer(pattern, strip_injections(job_description), re.IGNORECASE):
        items = [_LEADING_RE.sub("", item.strip().lower()) for item in match.group(1).split(",")]
        out |= {item for item in items if item and item != req.lower()}
    return out
