"""A tool a job names only as one of a list of alternatives, said as the one requirement the list stands for: "Experience
of route planning software (Paragon, Descartes or similar)" asks for a route-planning system, shown by any of them or a
similar tool, never for "Descartes" alone (session 21, newcomer nc21: "The role asks for Descartes, which I don't see on
your CV"). Pure regular expressions over the job's own line; a rule of this project.
"""

from __future__ import annotations

import re

from core.analysis.text import strip_injections

# the words that open a requirement before what it asks for: "Experience of", "Good knowledge of", "Proficiency in"
_LEAD_RE = re.compile(
    r"^(?:[-•*·–]\s*)?(?:(?:good|strong|solid|proven|sound|working|hands-on|practical|excellent|some|previous)\s+)*"
    r"(?:experience|knowledge|understanding|proficiency|familiarity|skills?|fluency|competence)\s+"
    r"(?:of|in|with|using)\s+|^(?:[-•*·–]\s*)", re.IGNORECASE)
# a list that allows others or offers a choice: "or similar", "or equivalent", "e.g.", "such as", "or"
_CHOICE_RE = re.compile(r"\b(?:or|e\.g\.?|eg|such as|for example|like|i\.e\.?)\b", re.IGNORECASE)
# tools side by side ending in a choice: "Paragon, Descartes or similar", "Go or Java"
_LIST_RE = re.compile(r"(?:[\w.&+-]+(?:\s+[\w.&+-]+)?\s*,\s*)*[\w.&+-]+(?:\s+[\w.&+-]+)?,?\s+or\s+"
                      r"(?:[\w.&+-]+(?:\s+[\w.&+-]+)?|similar|equivalent|comparable)\b")


def choice_phrase(job_description: str, name: str) -> str:
    """The phrase of the job's line that names tool ``name`` in a list of alternatives, as the requirement it is: "route
    planning software (Paragon, Descartes or similar)" for "Descartes", "a ticketing tool such as Kayako or Zendesk"
    for "Zendesk", "Kayako, Zendesk or similar" when the line names no kind before the list; "" when ``name`` is
    named on no such list (a tool the job requires by name)."""
    if not name or not job_description:
        return ""
    named = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    for line in strip_injections(job_description).splitlines():
        if not named.search(line):
            continue
        for bracket in re.finditer(r"\(([^()]*)\)", line):  # "software (Paragon, Descartes or similar)"
            if named.search(bracket.group(1)) and _CHOICE_RE.search(bracket.group(1)) and "," in bracket.group(1) + " or ":
                head = _head(line[: bracket.start()])
                return f"{head} ({bracket.group(1).strip()})" if head else bracket.group(1).strip()
        if (such := re.search(r"(?P<head>[^,;:()]*?)\s*,?\s*\b(?:such as|e\.g\.?|for example|like)\s+(?P<list>[^.;()]+)", line,
                              re.IGNORECASE)) and named.search(such.group("list")) and _CHOICE_RE.search(such.group(0)):
            head = _head(such.group("head"))
            return f"{head} such as {such.group('list').strip()}" if head else such.group("list").strip()
        listed = _LIST_RE.search(line)
        if listed and named.search(listed.group(0)):
            return _LEAD_RE.sub("", listed.group(0).strip(), count=1).strip()
    return ""


def _head(before: str) -> str:
    """The kind of thing a list of alternatives names, from the words before it ("Experience of route planning
    software" -> "route planning software"); at most six words, from the last colon or comma."""
    text = re.split(r"[:;,]", before)[-1].strip()
    text = _LEAD_RE.sub("", text, count=1).strip()
    words = text.split()
    return " ".join(words[-6:]) if words else ""
