"""Every question template the offline coach fills reads as English with a practice, a tool and a
multi-word skill in its slot: no "it" without something to point to, no "used <a practice>", no slot
left empty, no doubled word; and a quoted CV achievement is one sentence, never two run together.
"""

from __future__ import annotations

import re
import string

import pytest

from core.coach import follow_up, plan_text
from core.coach.plan import plan_questions

SKILLS = {"practice": "warehouse operations", "tool": "Power BI", "multi-word": "stakeholder management"}
FILL = {"skill": None, "topic": None, "where": " at Harbourline Freight", "title": "operations manager", "at_company": " at Tessaly",
        "role": "Shift Lead", "employer": "Harbourline Freight", "licence": "a forklift licence", "held": '"GTCS registration"',
        "achievement": "Cut late dispatches by 30% in six months",
        "quote": '"we rebuilt the rota"', "asked": "How do you plan a peak week?",
        "part": "how did you get people to adopt it"}

_TEMPLATE_GROUPS = ("OPENERS", "OPENERS_RECENT", "OPENERS_AT_EMPLOYER", "OPENERS_AS_ROLE", "OPENERS_WITH_CV", "SKILL_TEMPLATES", "SKILL_TEMPLATES_SENIOR", "RELATED_TEMPLATES",
                    "GAP_TEMPLATES", "ACHIEVEMENT_TEMPLATES", "EMPLOYER_LEADS",
                    "QUALITY_TEMPLATES")


def _templates() -> list[str]:
    out = [t for group in _TEMPLATE_GROUPS for t in getattr(plan_text, group)]
    out.append(plan_text.LICENCE_TEMPLATE)
    out.append(plan_text.EQUIVALENT_TEMPLATE)
    out += [t for group in follow_up._FOLLOW_UPS.values() for t in group]
    return out


def _slots(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# Wordings that only read for a tool, or an "it" whose antecedent is unclear.
_FAULTS = (
    re.compile(r"\b(?:used|using|use|tackled with|made with|with) it\b(?!s)"),
    re.compile(r"\btime it (?:made|was|helped)\b"),
    re.compile(r"\bhow you used (?:warehouse|stakeholder)"),
    re.compile(r"\b(\w+) \1\b", re.IGNORECASE),
    re.compile(r"\{|\}|  | ,| \.|\.\.|\?\?"),
)


@pytest.mark.parametrize("kind", sorted(SKILLS))
@pytest.mark.parametrize("template", _templates())
def test_each_template_reads_with_each_kind_of_skill(template, kind):
    values = dict(FILL, skill=SKILLS[kind], topic=plan_text.topic_phrase(SKILLS[kind]))
    text = template.format(**{k: values[k] for k in _slots(template)})
    for fault in _FAULTS:
        assert not fault.search(text), f"{fault.pattern!r} in: {text}"
    assert text[:1].isupper() or text[:1] == '"', text


def test_the_audit_catches_the_faults_it_names():
    bad = ["The role calls for warehouse operations, which your CV shows. Tell me about a time it made a measurable "
           "difference to your work.",
           "Your CV mentions warehouse operations. If you had to explain to a new colleague how you used it, what?"]
    assert all(any(f.search(b) for f in _FAULTS) for b in bad)


CV = """Rowan Pike
Primary Teacher

EXPERIENCE
2021-now  Class Teacher, Year 6, Elmstead Primary School
Raised the share of pupils at the expected standard in maths from 55% to 79% in one year. English lead for Upper KS2; introduced a whole-class reading scheme.
2018-2021  Class Teacher, Year 2, Holt Lane Primary
Ran a gardening club for 20 pupils.

EDUCATION
PGCE Primary, University of Exeter, 2018"""

JD = """Year 6 Teacher – Northbrook Primary, Exeter
You will plan lessons across KS2, prepare pupils for SATs and lead a subject.
Requirements: QTS, KS2 experience, behaviour management."""


@pytest.mark.parametrize("seed", [str(n) for n in range(8)])
def test_a_quoted_achievement_is_one_sentence(seed):
    questions = plan_questions(CV, JD, "Year 6 Teacher", company="Northbrook Primary", seed=seed, count=10,
                               interview_type="behavioral")
    quotes = [q for question in questions for q in re.findall(r'"([^"]+)"', question)]
    for quoted in quotes:
        body = quoted.rstrip("…").rstrip()
        # one sentence: no sentence end inside, and no cut mid-sentence when the sentence fits
        assert not re.search(r"[.;!?]\s+\S", body), quoted
        assert not quoted.endswith("…"), quoted
        assert body in CV, quoted


def test_the_gap_question_reads_for_a_plural_requirement():
    """"How would you get up to speed on KPIs …, given your CV doesn't mention it?" (newcomer, session 13)."""
    for i in range(len(plan_text.GAP_TEMPLATES)):
        text = plan_text.gap_question("KPIs", i)
        assert not re.search(r"KPIs\b[^?.]*\b(?:mention|see|show) it\b", text), text
