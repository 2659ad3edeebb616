"""What a named term a question asks about is, so the question is worded for it (nc19 item 10): a credential
("CIPD", "NEBOSH": asked what it prepared the candidate for), a method ("MEDDICC", "Scrum": asked where it was
applied), a tool or system ("SAP EWM", "Zendesk": asked about work done with it or while rolling it out), or a field
("warehouse operations", "budgeting": the field templates). The credentials and methods are ``data/term_kinds.json``;
a tool is the skills lexicon's named tool otherwise (:func:`core.analysis.skills.find_skills`). Pure functions.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from core.analysis.licences import licences_named, qualification_bodies
from core.analysis.skills import find_skills
from core.coach.slots import Template

_DATA = Path(__file__).resolve().parents[2] / "data" / "term_kinds.json"
KINDS = ("credential", "method", "tool", "field")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return {kind: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in sorted(data[key], key=len, reverse=True))
                             + r")(?![\w-])", re.IGNORECASE)
            for kind, key in (("credential", "credentials"), ("method", "methods"))}


def term_kind(*names: str) -> str:
    """One of :data:`KINDS` for a term as the question names it and its lexicon name (``names``, the first that
    tells): ``"credential"`` for a licence or register (``data/licences.json``), a qualification body or a
    certification of ``data/term_kinds.json``; ``"method"`` for a named method there; ``"tool"`` for the skills
    lexicon's named tool otherwise; ``"field"`` for anything else (a practice, a duty, a quality)."""
    names = tuple(n for n in names if n)
    patterns = _patterns()
    for kind in ("credential", "method"):
        if any(patterns[kind].search(n) for n in names):
            return kind
    if any(licences_named(n) or qualification_bodies(n) for n in names):
        return "credential"
    for name in names:
        hits = find_skills(name)
        whole = hits and hits[0].end >= len(name.strip()) - 1 or _named(name)  # "SAP S/4HANA", not "Excel dashboards"
        if hits and hits[0].named_tool and hits[0].start == 0 and whole and _named(hits[0].name):
            return "tool"
    return "field"


# a word that names a field or an activity, not a product: "Budgeting", "Recruitment", "Logistics", "Triage"
_FIELD_WORD_RE = re.compile(r"(?:ing|ment|tion|sion|ance|ence|ship|ics|ogy|omy|ity|sis|ism|age|ure|ery)$", re.I)


def _named(name: str) -> bool:
    """Whether a lexicon name reads as a product's or a system's ("SAP EWM", "Power BI", "Zendesk", "SQL"), not a
    field's in sentence case ("Stakeholder management", "Budgeting", "Warehouse operations"); unsure is a field."""
    parts = name.split()
    if any(p.isupper() and len(p) >= 2 for p in parts) or any(p[:1].isupper() for p in parts[1:]):
        return True
    if any(ch.isupper() for p in parts for ch in p[1:]):  # "HubSpot", "iOS"
        return True
    return len(parts) == 1 and parts[0][:1].isupper() and not _FIELD_WORD_RE.search(parts[0])


# Skill questions by what the term is (slots as :data:`core.coach.plan_text.SKILL_TEMPLATES`'): the term is named
# again where a question comes back to it after the CV's quote, never "it" far from its noun.
TOOL_TEMPLATES = (
    Template("Your CV mentions {skill}{where}. Walk me through a specific piece of work you did with {topic}: what was the "
             "goal, what did you do yourself, and how did it turn out?", {"tool"}),
    Template("You list {skill}{where}. What was the hardest problem you have solved with {topic}, and which trade-offs did "
             "you weigh?", {"tool"}),
    Template("The role calls for {skill}, which your CV shows{where}. Tell me about one piece of work with {topic} that made "
             "a measurable difference: what changed, and how did you measure it?", {"tool"}),
    Template("Your CV mentions {skill}{where}. If you were showing a new colleague how to work with {topic}, which example "
             "from your own work would you pick, and what would you warn them about?", {"tool"}),
)
TOOL_TEMPLATES_SENIOR = (
    Template("Your CV mentions {skill}{where}. Tell me about a decision you made while using or rolling out {topic} that "
             "affected others beyond yourself: what were the options and how did you choose?", {"tool"}),
    Template("You list {skill}{where}. How did you help other people on the team get good at {topic}, and what changed as a "
             "result?", {"tool"}),
)
METHOD_TEMPLATES = (
    Template("Your CV mentions {skill}{where}. Walk me through a piece of work where you applied {topic}: what did you do "
             "yourself, and how did it turn out?", {"method"}),
    Template("You list {skill}{where}. Tell me about a time {topic} changed what you did: what did it show you, and where "
             "did it fall short?", {"method"}),
    Template("The role calls for {skill}, which your CV shows{where}. Tell me about one piece of work where applying {topic} "
             "made a measurable difference: what changed, and how did you measure it?", {"method"}),
)
METHOD_TEMPLATES_SENIOR = (
    Template("You list {skill}{where}. How did you get others on the team to apply {topic}, and what changed as a result?", {"method"}),
)
CREDENTIAL_TEMPLATES = (
    Template("Your CV mentions {skill}{where}. Which part of what you learned for {topic} have you used most in your work, "
             "and how did it turn out?", {"qualification"}),
    Template("You list {skill}{where}. Where has {topic} changed how you work, and where have you applied what you learned "
             "most recently?", {"qualification"}),
)

# A life-support training is used, not worked with (session 27: "If you were showing a new colleague how to work with
# basic life support"); {topic} is its name without "certification" ("your BLS training").
CERTIFICATION_TEMPLATES = (
    Template("Your CV mentions {skill}{where}. When did you last use your {topic} training, and what did you do first?",
             {"certification"}),
    Template("You list {skill}{where}. Tell me about the last time your {topic} training came into play: what happened, "
             "what did you do, and what would you do differently?", {"certification"}),
)
# A clinical sign is watched and acted on, never a field one shows a colleague "the ropes in" (session 27).
OBSERVATION_TEMPLATES = (
    Template("Your CV mentions {skill}{where}. Which changes in {topic} make you escalate, and to whom?", {"observation"}),
    Template("You list {skill}{where}. Tell me about a time a change in {topic} told you a patient was getting worse: what "
             "did you notice first, and what did you do?", {"observation"}),
)


def kind_templates(kind: str, senior: bool = False) -> tuple[str, ...]:
    """The skill questions for a term of ``kind`` (:func:`term_kind`, or a slot kind of :mod:`core.coach.slots`: a
    certification's, an observation's, a quality's own), with the senior ones for a senior or lead plan; ``()`` for a
    field (the plan's own :data:`core.coach.plan_text.SKILL_TEMPLATES` fit it)."""
    if kind == "certification":
        return CERTIFICATION_TEMPLATES
    if kind == "observation":
        return OBSERVATION_TEMPLATES
    if kind == "quality":
        from core.coach.plan_text import QUALITY_TEMPLATES

        return QUALITY_TEMPLATES
    if kind == "tool":
        return TOOL_TEMPLATES + (TOOL_TEMPLATES_SENIOR if senior else ())
    if kind == "method":
        return METHOD_TEMPLATES + (METHOD_TEMPLATES_SENIOR if senior else ())
    return CREDENTIAL_TEMPLATES if kind == "credential" else ()


def turned(kinds: tuple[str, ...], shuffled: list[str]) -> tuple[str, ...]:
    """``kinds`` (a term's own questions) turned as far as the plan's shuffled skill templates ``shuffled`` were, so
    plans vary without drawing again from the plan's random generator; ``()`` stays ``()``."""
    from core.coach.plan_text import SKILL_TEMPLATES, SKILL_TEMPLATES_SENIOR

    if not kinds or not shuffled:
        return kinds
    turn = (SKILL_TEMPLATES + SKILL_TEMPLATES_SENIOR).index(shuffled[0]) % len(kinds)
    return kinds[turn:] + kinds[:turn]
