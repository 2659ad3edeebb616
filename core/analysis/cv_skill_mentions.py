"""How a role's text names a skill the CV's skills list gives, beyond the list's own spelling (used by
:mod:`core.analysis.cv_skill_claims`).

A listed plain word ("Triage", "Filing", "Testcafe") is found in a role's text as written or capitalised
(:func:`core.analysis.cv_skill_spans.item_re`); it is found too when the text writes it with other
capitals inside a name ("TestCafe"), or in lower case as a whole item of a list a sentence gives
("Perform rapid assessments, triage, and prioritization", "Faxing, filing, photocopying"): there it is the
skill, not the ordinary word ("filing a claim", "less time"). A list's item naming people ("Students" under
"Supervision:") or a kind of thing without naming one ("other accounting software") is no skill
(:func:`names_no_skill`); nor is an adjective a list gives before others sharing one noun ("Theoretical,
Computational, and Animal Ecology": :func:`shared_nouns`).
"""

from __future__ import annotations

import re
from functools import lru_cache

# what sets a list's items apart in a sentence: a comma or semicolon, or "and"/"or"/"&" after one
_BEFORE_ITEM = r"(?:(?<=[,;]\sand\s)|(?<=[,;]\sor\s)|(?<=[,;]\s&\s)|(?<=[,;]\s)|(?<=[,;]))"
_AFTER_ITEM = r"(?=\s*[,;]|\s+(?:and|or|&)\s|\s*\.?\s*$)"
_PLAIN_RE = re.compile(r"[A-Za-z][a-z]+(?: [A-Za-z][a-z]+)*")


@lru_cache(maxsize=512)
def _other_forms(item: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(any case, in lower case as a list's item) patterns of a listed plain word; None for other items."""
    item = item.strip()
    if len(item) < 3 or not _PLAIN_RE.fullmatch(item):
        return None
    body = r"[\s-]+".join(re.escape(w) for w in item.split())
    edge = r"(?<![\w+#.])", r"(?![\w+#]|\.\w)"
    lower = r"[\s-]+".join(re.escape(w) for w in item.lower().split())
    return (re.compile(edge[0] + body + edge[1], re.IGNORECASE),
            re.compile(_BEFORE_ITEM + r"\s*" + lower + edge[1] + _AFTER_ITEM, re.MULTILINE))


def other_mentions(item: str, text: str) -> list[re.Match[str]]:
    """Where ``text`` names the listed plain word ``item`` in a form its own spelling misses: with a capital
    inside a word ("TestCafe" for "Testcafe", "DevOps" for "Devops"), or in lower case as a whole item of a
    sentence's list of three or more ("assessments, triage, and prioritization" for "Triage"); [] for an
    item with capitals inside, digits or marks (found in any case already) or shorter than three letters."""
    forms = _other_forms(item)
    if forms is None:
        return []
    any_case, listed = forms
    camel = [m for m in any_case.finditer(text) if any(c.isupper() for c in m.group(0)[1:]) and not m.group(0).isupper()]
    in_list = [m for m in listed.finditer(text) if text.count(",") + text.count(";") >= 2]
    return camel + in_list


# people a list names as whom the person taught, supervised or served ("Supervision: Students, PhD Researchers,
# Postdocs and other Staff"): no skill
_PEOPLE_RE = re.compile(
    r"(?i)(?:^|\s)(?:students|pupils|learners|researchers|postdocs|staff|interns|trainees|apprentices|children|kids|"
    r"teens|adults|parents|patients|clients|customers|employees|volunteers|colleagues|peers)$")
# "and other accounting software", "various tools": a kind of thing, none named
_UNNAMED_RE = re.compile(r"(?i)^(?:other|various|several|many|multiple|different)\s")


def names_no_skill(item: str) -> bool:
    """Whether a skills list's item names people rather than a skill ("Students", "PhD Researchers", "Postdocs
    and other Staff", whom a "Supervision:" or "Teaching:" group lists) or a kind of thing without naming one
    ("other accounting software proficiency" after "QuickBooks, SAP, Excel, and")."""
    item = item.strip()
    return bool(_PEOPLE_RE.search(item) or _UNNAMED_RE.match(item))


def _line_at(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The line of ``text`` holding [start, end), and the span's offsets inside it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return line, start - line_start, end - line_start


# "develop relationships, conflict resolution, problem-solving, and time management skills": a list of skills
# the sentence names as such; the words before the hit back to the list's start, then the rest of the list to "skills"
_LIST_BEFORE_RE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\b(?:develop|developing|developed|build|building|built|"
                             r"improve|improving|improved|strengthen|strengthening|strengthened)\s+(?:their\s+|my\s+|his\s+|her\s+)?)$")
_LIST_AFTER_RE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?[\w/-]+(?:\s[\w/-]+){0,2})*,?\s*(?:(?:and|or)\s+[\w/-]+(?:\s[\w/-]+){0,2}\s+)?"
                            r"skills\b")


def plainly_claimed(hit_start: int, hit_end: int, text: str, named_tool: bool) -> bool:
    """Whether a practice or quality a role's text names is plainly claimed there, whatever its field: a line
    that is the name alone, in sentence case ("Visual merchandising", "Inventory management": a duty listed as
    such; a named tool of the lexicon of two words or more, not a heading in capitals), or an item of a list the
    sentence calls skills ("helping them develop conflict resolution, problem-solving, and time management
    skills")."""
    line, start, end = _line_at(text, hit_start, hit_end)
    name = line[start:end]
    alone = line.strip(" \t.•*-–") == name and " " in name.strip() and name[:1].isupper() and name[1:].islower()
    if alone and named_tool:
        return True
    return bool(_LIST_BEFORE_RE.search(line[:start]) and _LIST_AFTER_RE.match(line[end:]))


def wrapped_names(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Where a line break cut a lexicon name in two inside one employer's entry ("... every stage of the Design"
    over "Thinking workshops ..."): (employer, the words about the break on one line: up to six each side) for
    each line that ends mid-sentence (no full stop, colon or semicolon) and goes on in the same employer's next
    line with a name across the break."""
    from core.analysis.skills import find_all_skills

    seams: list[tuple[str, str]] = []
    for (employer, line), (following, after) in zip(entries, entries[1:], strict=False):
        if employer != following or not line.strip() or not after.strip() or re.search(r"[.!?:;]\s*$", line):
            continue
        tail, head = " ".join(line.split()[-6:]), " ".join(after.split()[:6])
        seam = f"{tail} {head}"
        if any(h.start < len(tail) < h.end for h in find_all_skills(seam)):
            seams.append((employer, seam))
    return seams


# "Theoretical, Computational, and Animal Ecology", "written, verbal, and visual communication": adjectives of a list
# sharing the noun after its last one
_ADJ = r"(?:[Ww]ritten|[Ss]poken|[A-Za-z][a-z]+(?:al|ive|ic|ous|ary))"
_SHARED_NOUN_RE = re.compile(rf"(?<![\w-])((?:{_ADJ},\s+)+{_ADJ}),?\s+(and|or|&)\s+({_ADJ})\s+([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)"
                             r"(?=\s*(?:[,;|•·]|$))")


def shared_nouns(text: str) -> str:
    """A skills line with the noun a list's adjectives share written after each ("Theoretical, Computational, and
    Animal Ecology" -> "Theoretical Ecology, Computational Ecology, and Animal Ecology"), so that no adjective is
    an item alone; three adjectives or more, the last with its noun of one or two words before the next separator
    ("verbal and written communication", two, stays one item: :mod:`core.analysis.cv_skills`)."""
    def spell(m: re.Match[str]) -> str:
        head = m.group(4)
        firsts = [a.strip() for a in m.group(1).split(",")]
        return ", ".join(f"{a} {head}" for a in firsts) + f", {m.group(2)} {m.group(3)} {head}"
    return _SHARED_NOUN_RE.sub(spell, text)


# a line saying what was taught: "Teaching in Higher Education: Statistics in R, Animal Ecology", "Lectures: ...",
# "Topics: software design, testing, documentation" (a course's own list)
_TAUGHT_LEAD_RE = re.compile(r"(?i)\b(?:teaching|taught|lectures|lecturing)\b[^:.;]{0,60}:|\btopics\s*:")


def taught_from(text: str) -> int:
    """Where the subjects a line says were taught begin (after "Teaching ...:" or "Topics:"), or -1: a course's
    subjects there are course titles, no skill used at the post (a tool it names, "Statistics in R", still is)."""
    m = _TAUGHT_LEAD_RE.search(text)
    return m.end() if m else -1


def tool_item(item: str) -> bool:
    """Whether a skill as written names a tool: one word written as a name ("R", "Zoom", "NetLogo"), or a named tool
    of the lexicon, whole, each word capitalised ("Visual Studio Code"); not a phrase or a common noun ("Animal
    Ecology", "code review", "documentation")."""
    from core.analysis.skills import find_all_skills

    item = item.strip()
    if " " not in item:
        return item[:1].isupper()
    hits = find_all_skills(item)
    return (len(hits) == 1 and hits[0].named_tool and hits[0].end - hits[0].start == len(item)
            and all(w[:1].isupper() for w in item.split()))
