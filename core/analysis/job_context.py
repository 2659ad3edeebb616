"""What a job's lexicon hits are, beyond the words matched: a workplace or industry word said as the setting of
the work ("recruitment for warehouse and office roles": no warehouse skill asked), a preferred example of a
requirement named before it ("an HRIS, ideally Workday": HRIS is asked, Workday is only welcome), and a
product named with its vendor ("Oracle OPERA PMS": one product, not Oracle the database and OPERA PMS).
Rules of this project, not figures from research."""

from __future__ import annotations

import re

from core.analysis.skills import SkillHit, find_skills, skill_kinds

# After a workplace word, a noun of the people, posts or places of the work: the word is their setting
# ("warehouse and office roles", "retail staff", "a logistics company", "across our hospital sites").
_SETTING_NOUN_RE = re.compile(
    r"(?:\s+(?:and|or|&|/)\s+[a-z][\w-]*|\s*/\s*[a-z][\w-]*)?\s+(?:roles?|staff|teams?|workers?|workforce|employees?|"
    r"operatives?|colleagues?|sites?|locations?|positions?|vacancies|jobs?|hires?|candidates?|company|companies|"
    r"business(?:es)?|firms?|organi[sz]ations?|environments?|settings?|industry|sector|branches)\b")

# What introduces a preferred example of the requirement named before it, in the same clause.
# ("tools like Jira" often lists what is asked: not read as an example)
_EXAMPLE_RE = re.compile(r"\b(?:ideally|preferably|e\.\s?g\.?|eg|such as|for example|for instance)\b", re.IGNORECASE)


_OURS_RE = re.compile(r"\b(?:our|their|its)\s+$", re.IGNORECASE)


def setting_word(text: str, hit: SkillHit) -> bool:
    """Whether a one-word lexicon hit, written in lower case, is the setting of people, posts or an organisation
    named right after it ("Run recruitment for warehouse and office roles", "a logistics company"): context of
    the job, not a skill it asks for ("warehouse management", "Warehouse operations" stay skills)."""
    if " " in hit.surface or not hit.surface[:1].islower():
        return False
    return bool(_SETTING_NOUN_RE.match(text, hit.end))


def preferred_example(text: str, hit: SkillHit, hits: list[SkillHit]) -> bool:
    """Whether ``hit`` is a preferred example of a requirement named before it in the same clause: after
    "ideally", "e.g.", "such as", "preferably" ("Experience with an HRIS, ideally Workday"), or in brackets right
    after the employer's own system of the kind it is an instance of ("our HRIS (Workday)": the lexicon's
    ``instance_of``; "CRM (Salesforce)" in a list of requirements asks for Salesforce). Not
    a requirement of its own, nor a gap to probe; the broader one is."""
    before = [h for h in hits if h.end <= hit.start]
    if not before:
        return False
    clause_start = max((m.end() for m in re.finditer(r"[.;:\n]\s|\n", text[: hit.start])), default=0)
    earlier = [h for h in before if h.start >= clause_start]
    if not earlier:
        return False
    between = text[earlier[0].end: hit.start]
    if _EXAMPLE_RE.search(between):
        return True
    kind = earlier[-1]  # "our HRIS (Workday)": the employer's own system, named; "CRM (Salesforce)" asks for Salesforce
    bracket = re.fullmatch(r"\s*\(\s*", text[kind.end: hit.start])
    return bool(bracket) and kind.name in skill_kinds(hit.name) and bool(_OURS_RE.search(text[: kind.start]))


# Software vendors whose name goes before their products' ("Oracle OPERA PMS", "SAP SuccessFactors", "AWS Lambda"):
# companies, not languages or frameworks ("Java Spring" is two skills). A list of this project.
VENDORS = frozenset({"Oracle", "SAP", "Microsoft", "Google", "Adobe", "IBM", "Salesforce", "Sage", "Autodesk",
                     "Atlassian", "Amazon", "AWS", "VMware", "Cisco", "Intuit", "ServiceNow", "Zendesk", "HubSpot"})


def product_hits(text: str) -> list[SkillHit]:
    """:func:`core.analysis.skills.find_skills`, a vendor's name right before a capitalised named product
    joined to it as one hit of the product ("Oracle OPERA PMS" -> Opera PMS, as written)."""
    hits = find_skills(text)
    out: list[SkillHit] = []
    skip = None
    for i, hit in enumerate(hits):
        if hit is skip:
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if (nxt is not None and hit.name in VENDORS and hit.surface[:1].isupper() and nxt.named_tool
                and nxt.surface[:1].isupper() and text[hit.end: nxt.start] == " " and nxt.name != hit.name):
            out.append(SkillHit(nxt.name, nxt.family, hit.start, nxt.end, text[hit.start: nxt.end], True))
            skip = nxt
            continue
        out.append(hit)
    return out
