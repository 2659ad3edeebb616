"""What a question of the coach's own is about, without its framing.

The plan words its questions from templates (:mod:`core.coach.plan_text`): "The role asks for
{skill}, which I don't see on your CV. What have you done that comes closest, and how would you get
up to speed?". The template's own words ("asks", "closest", "speed") are how the coach asks, not
what it asks about: an answer is never told it left them out. :func:`question_content` gives what
the question is about: the requirement, achievement or licence put into the template, or the role
of an opener. A lead ("Thinking of your time at Acme: ") and a tough interviewer's tail ("Be
specific.") are framing too. A question no template wrote (the curated bank, a model's question)
is all content and comes back as it is, without those leads and tails.
"""

from __future__ import annotations

import functools
import re

from core.coach.plan_core import CORE_GAP_TEMPLATES, CORE_SHOWN_TEMPLATES
from core.coach.plan_opener import OPENERS_LINE_WORDS, OPENERS_LINE_WORDS_CURRENT
from core.coach.plan_text import (
    ACHIEVEMENT_TEMPLATES,
    EMPLOYER_LEADS,
    EQUIVALENT_TEMPLATE,
    EVERYDAY_TOOL_TEMPLATES,
    GAP_TEMPLATES,
    LICENCE_TEMPLATE,
    OPENERS,
    OPENERS_AS_ROLE,
    OPENERS_AT_EMPLOYER,
    OPENERS_LINE,
    OPENERS_LINE_CURRENT,
    OPENERS_RECENT,
    OPENERS_WITH_CV,
    PLACEMENT_LEADS,
    QUALIFICATION_EQUIVALENT_TEMPLATE,
    QUALIFICATION_TEMPLATE,
    QUALITY_GAP_TEMPLATES,
    QUALITY_TEMPLATES,
    RELATED_TEMPLATES,
    SKILL_TEMPLATES,
    SKILL_TEMPLATES_SENIOR,
    TOUGH_TAILS,
    YEARS_TEMPLATE,
    quoting,
)
from core.coach.term_kind import kind_templates

# The slots that hold what the question is about; the others (where, employer, role, company) place it. The job's own
# title an opener names ("why the emergency department registered nurse role") is content for the answer's overlap
# with the question (a reason naming the role ties to it), never its subject (an answer is not told it left out
# "registered, emergency, department").
CONTENT_SLOTS = frozenset({"skill", "topic", "requirement", "req", "achievement", "licence", "qualification", "bodies"})
TITLE_SLOT = "title"
_SLOT_PATTERNS = {
    "where": r"(?: \(?at [^?]+?\)?)?",  # " at Acme", " (at Acme)" or nothing
    "at_company": r"(?: at [^?]+?)?",
    "part": r"(?: \(part-qualified is fine\))?",
}


def _compiled(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A template as a pattern that matches the questions it writes; with the names of its groups."""
    pieces = re.split(r"\{(\w+)\}", template)
    regex, names = [], []
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            regex.append(re.escape(piece))
        elif piece in _SLOT_PATTERNS:
            regex.append(_SLOT_PATTERNS[piece])
        else:
            regex.append("(.+?)")
            names.append(piece)
    return re.compile("".join(regex), re.IGNORECASE | re.DOTALL), tuple(names)


@functools.cache
def _templates() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    every = (*GAP_TEMPLATES, LICENCE_TEMPLATE, EQUIVALENT_TEMPLATE, *SKILL_TEMPLATES, *SKILL_TEMPLATES_SENIOR, *ACHIEVEMENT_TEMPLATES,
             *EVERYDAY_TOOL_TEMPLATES, *QUALITY_TEMPLATES, *QUALITY_GAP_TEMPLATES, QUALIFICATION_TEMPLATE,
             QUALIFICATION_EQUIVALENT_TEMPLATE,
             *OPENERS, *OPENERS_RECENT, *OPENERS_AT_EMPLOYER, *OPENERS_AS_ROLE, *OPENERS_WITH_CV, *RELATED_TEMPLATES, YEARS_TEMPLATE, *CORE_SHOWN_TEMPLATES, *CORE_GAP_TEMPLATES)
    # "the this role" is written "this role" by the plan: the opener without a title matches too
    every += tuple(t.replace("the {title} role", "this role") for t in (*OPENERS, *OPENERS_RECENT, *OPENERS_AT_EMPLOYER,
                                                                      *OPENERS_AS_ROLE, *OPENERS_WITH_CV))
    # the opener that quotes the CV's header line, the skill questions that quote the skill's own line (session 18)
    every += tuple(t.replace("the {title} role", r) for t in (*OPENERS_LINE, *OPENERS_LINE_CURRENT, *OPENERS_LINE_WORDS,
                                                               *OPENERS_LINE_WORDS_CURRENT)
                   for r in ("the {title} role", "this role"))
    every += tuple(quoting(t) for t in (*SKILL_TEMPLATES, *SKILL_TEMPLATES_SENIOR, *EVERYDAY_TOOL_TEMPLATES, *QUALITY_TEMPLATES))
    # the skill questions worded for a tool, a method or a credential (core.coach.term_kind), with a quote or without
    kinds = tuple(t for kind in ("tool", "method", "credential") for senior in (False, True) for t in kind_templates(kind, senior))
    every += (*(quoting(t) for t in kinds), *kinds)  # the quote first: else the bare skill slot takes it in
    return tuple(_compiled(t) for t in every)


_LEAD_RES = tuple(re.compile(re.escape(lead).replace(r"\{employer\}", r"[^:?]+?"), re.IGNORECASE)
                  for lead in (*EMPLOYER_LEADS, *PLACEMENT_LEADS))


def _template_slots(question: str) -> tuple[str, dict[str, str] | None]:
    """``question`` without a tough tail or a lead, and the slots of the coach's template that wrote it (slot
    name -> filled value), or None when no template matches."""
    text = (question or "").strip()
    for tail in TOUGH_TAILS:
        if text.endswith(tail.strip()):
            text = text[: -len(tail.strip())].rstrip()
    for lead in _LEAD_RES:
        if found := lead.match(text):
            text = text[found.end():]
            break
    for pattern, names in _templates():
        if found := pattern.fullmatch(text):
            return text, dict(zip(names, found.groups(), strict=True))
    return text, None


def question_content(question: str, *, subject: bool = False) -> str:
    """The words of ``question`` that say what it is about: the filled content slots of the coach's
    template that wrote it (joined by ". "), else the question without a lead or a tough tail.
    ``subject``: the question's subject only, without the job title an opener names (:data:`TITLE_SLOT`) and without
    a CV line a slot quotes (:data:`_SLOT_QUOTE_RE`).
    "" for a question whose template holds no content slot. Never raises."""
    text, slots = _template_slots(question)
    if slots is None:
        return without_wording(text)
    names = CONTENT_SLOTS if subject else CONTENT_SLOTS | {TITLE_SLOT}
    values = (_SLOT_QUOTE_RE.sub("", value).strip() if subject else value for name, value in slots.items() if name in names)
    return ". ".join(dict.fromkeys(value for value in values if value))


# a CV line a slot took in with its frame ("paid social on your CV: “I run SEO, paid social and…”"): what the CV says,
# never what the question asks about (session 21: its words were the subject an answer was told it left out)
_SLOT_QUOTE_RE = re.compile(r"\s*(?:on your (?:cv|résumé|resume)|,? and your (?:cv|résumé|resume) says)?:?\s*“[^”]*”\.?",
                            re.IGNORECASE)


_REQUIREMENT_SLOTS = ("skill", "requirement", "req", "topic")


def asked_requirement(question: str) -> str:
    """The job requirement a question of the coach's own template asks about (its ``skill``, ``requirement``, ``req``
    or ``topic`` slot: "fleet management" of "The role asks for fleet management, which I don't see on your CV…"),
    or "" for a question no requirement template wrote. Never raises."""
    _text, slots = _template_slots(question)
    # never with the CV line the slot took in ("paid social on your CV: “I run SEO…”" asks about paid social)
    return next((_SLOT_QUOTE_RE.sub("", slots[n]).strip() for n in _REQUIREMENT_SLOTS if slots.get(n)), "") if slots else ""


# How any interviewer words a question, not what it asks: a frame clause's subject and verb ("This role
# involves", "Your CV mentions") before what it names, and the form asked of the answer ("in one sentence").
_FRAME_CLAUSE_RE = re.compile(
    r"\b(?:this|the|our|your)\s+(?:job|role|position|post|vacancy|team)\s+(?:involves|requires|needs|includes|demands|"
    r"asks for|calls for|centres on|centers on|is about|relies on)\s+|\b(?:your|the)\s+(?:cv|resume|résumé)\s+"
    r"(?:mentions|lists|shows|says|notes|points to)\b:?\s*", re.IGNORECASE)
_ANSWER_FORM_RE = re.compile(
    r",?\s*\b(?:in|using|with)\s+(?:just\s+|only\s+)?(?:one|a|an|two|three|four|five|a few|a couple of|\d+)\s+"
    r"(?:short\s+)?(?:sentences?|words?|minutes?|seconds?|lines?|paragraphs?|(?:bullet\s+)?points?)\b,?|"
    r",?\s*\b(?:briefly|in brief|in short|in a nutshell)\b,?", re.IGNORECASE)


def without_wording(question: str) -> str:
    """A question no template wrote, without how it is worded: "This position involves KPI reporting. In one
    sentence, which KPI would you set first?" -> "KPI reporting. which KPI would you set first?", so an
    answer is never told it left out "involves" or "sentence". Never raises."""
    text = _FRAME_CLAUSE_RE.sub("", question or "")
    return re.sub(r"\s{2,}", " ", _ANSWER_FORM_RE.sub(" ", text)).strip()
