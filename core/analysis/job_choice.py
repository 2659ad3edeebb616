"""A tool a job names only as one of a list of alternatives, said as the one requirement the list stands for: "Experience
of route planning software (Paragon, Descartes or similar)" asks for a route-planning system, shown by any of them or a
similar tool, never for "Descartes" alone (session 21, newcomer nc21: "The role asks for Descartes, which I don't see on
your CV"). Pure regular expressions over the job's own line; a rule of this project.
"""

from __future__ import annotations

import re

from core.analysis.text import plain_emphasis, strip_injections

# the words that open a requirement before what it asks for: "Experience of", "Good knowledge of", "Proficiency in"
_LEAD_RE = re.compile(
    r"^(?:[-•*·–]\s*)?(?:(?:good|strong|solid|proven|sound|working|hands-on|practical|excellent|some|previous)\s+)*"
    r"(?:experience|knowledge|understanding|proficiency|familiarity|skills?|fluency|competence)\s+"
    r"(?:of|in|with|using)\s+|^(?:[-•*·–]\s*)", re.IGNORECASE)
# a list that allows others or offers a choice: "or similar", "or equivalent", "e.g.", "such as", "or"
_CHOICE_RE = re.compile(r"\b(?:or|e\.g\.?|eg|such as|for example|like|i\.e\.?)\b", re.IGNORECASE)
# one alternative: a word, or two that are a product's name ("Apache Kafka", "SQL Server", "Sage 50"), never a tool and
# the line's next word ("Java in", "Azure cloud") nor a lead word and the tool ("Strong Python", "with RabbitMQ")
_ITEM = (r"(?:(?!(?i:strong|good|solid|proven|sound|working|excellent|some|previous|expert|advanced|basic|"
         r"experience|knowledge|with|in|of|using|and|or)\b)[A-Z0-9.][\w.&+#-]*\s+[A-Z0-9][\w.&+#-]*(?<![.-])"
         r"|[\w.&+#-]*\w[+#]*)")
# tools side by side ending in a choice: "Paragon, Descartes or similar", "Go or Java"; "or other <kind>" to the end of
# its clause ("Apache Kafka or other event streaming platforms", "RabbitMQ or another message broker": session 23 re-check)
_LIST_RE = re.compile(rf"(?:{_ITEM}\s*,\s*)*{_ITEM},?\s+or\s+(?:(?:(?:any|some)\s+)?(?:an)?other\s+[^,;.()\n]*[^\s,;.()]"
                      rf"|(?:similar|equivalent|comparable)\b|{_ITEM}(?![\w&+#-]|\.\w))")


# the cue an example opens with ("e.g., HIPAA", "such as Epic"): no part of the list
_EXAMPLE_CUE_RE = re.compile(r"(?i)^\s*(?:e\.g\.?|i\.e\.?|for example|for instance|such as|like|incl\.?|including)\s*,?\s*")


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
        line = plain_emphasis(line)  # "**Knowledge of privacy rules** (e.g., HIPAA)": no stars
        for bracket in re.finditer(r"\(([^()]*)\)", line):  # "software (Paragon, Descartes or similar)"
            # a list of alternatives, never one example after its cue ("(e.g., HIPAA)": re-check rc28, m3)
            listed = _EXAMPLE_CUE_RE.sub("", bracket.group(1))
            if named.search(bracket.group(1)) and _CHOICE_RE.search(bracket.group(1)) and "," in listed:
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


_KIND_LIST_RE = re.compile(r"^(?P<head>.*?)\s*(?:\((?P<bracket>[^()]+)\)|,?\s*\b(?:such as|e\.g\.?|for example|like)\s+"
                           r"(?P<list>.+))\s*$", re.IGNORECASE)
_NOT_AN_EXAMPLE_RE = re.compile(r"(?i)^(?:similar|equivalent|comparable|other|others|etc\.?|the like|any other)$")


def choice_parts(phrase: str) -> tuple[str, list[str]]:
    """(the kind, its examples) of a phrase :func:`choice_phrase` gives: "route planning software (Paragon, Descartes or
    similar)" -> ("route planning software", ["Paragon", "Descartes"]), "Kayako, Zendesk or similar" -> ("", ["Kayako",
    "Zendesk"]); ("", []) for a phrase that lists no choice."""
    found = _KIND_LIST_RE.match((phrase or "").strip())
    head, listed = (found.group("head").strip(), found.group("bracket") or found.group("list")) if found else ("", phrase)
    if not listed or not _CHOICE_RE.search(listed) and "," not in listed:
        return "", []
    items = [re.sub(r"(?i)^(?:e\.g\.?|such as|for example|like)\s+", "", i.strip(" .")) for i in
             re.split(r",|/|;|\bor\b|\band\b", listed)]
    examples = [i for i in items if i and not _NOT_AN_EXAMPLE_RE.match(i) and len(i.split()) <= 4]
    return (head, examples) if len(examples) >= 1 and (head or len(examples) >= 2) else ("", [])


def kind_choice(job_description: str, name: str) -> str:
    """The job's phrase for tool ``name`` when the job names it only as an example of a kind or beside "or similar"
    (:func:`choice_phrase`: "route planning software (Paragon, Descartes or similar)"); "" for a plain either/or ("Go or
    Java", "Freshdesk, Help Scout or similar": the report already shows it as one row) or a tool asked by name."""
    phrase = choice_phrase(job_description, name)
    if not phrase and (kind := re.search(rf"(?<![\w-]){re.escape(name)}\s*\(([^()]*)\)", job_description or "", re.I)):
        first = choice_parts(f"{name} ({kind.group(1)})")[1][:1]  # the kind itself: "an ATS (Greenhouse, Lever or similar)"
        phrase = choice_phrase(job_description, first[0]) if first else ""
    if not phrase or " " in name.strip() and name.lower() not in phrase.lower():
        return ""
    head, examples = choice_parts(phrase)  # a list with no kind before it ("Freshdesk, Help Scout or similar") is an either/or
    return "" if not head or not examples else re.sub(r"(?i)^(?:an?|the)\s+", "", phrase)
