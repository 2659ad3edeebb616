"""The report's CV tips, checked against the CV (numbers in words count, variants and synonyms count): moved out of
:mod:`core.coach.report` (no change of behaviour)."""

from __future__ import annotations

import re

from core.analysis.cv import WEAK_VERB_RE, extract_cv_facts
from core.analysis.field_years import field_years_met
from core.analysis.skills import find_skills
from core.analysis.text import strip_injections
from core.coach.concepts import concept_shown
from core.coach.cv_language import language_tip
from core.coach.cv_reading import measured_result, near_term_met, result_lines, whole_bullets
from core.coach.evidence import has_number
from core.coach.evidence_cv import cv_meets
from core.coach.phrasing import clip, quote
from core.coach.plan_core import alternative_met
from core.coach.report_absent import absent_tips
from core.coach.requirement_rows import group_label, requirement_groups
from core.cv_gaps import cv_gaps, joined

# the people a job's work is done with or for, as an ad lists them ("schools, health visitors, GPs and the police"): no
# skill, so never a CV tip (session 26). Plural nouns of people and the bodies they work in; a rule of this project.
_PEOPLE_WORDS = frozenset((
    "visitors", "workers", "teachers", "nurses", "doctors", "gps", "police", "parents", "carers", "families", "children",
    "clients", "customers", "patients", "colleagues", "partners", "agencies", "professionals", "practitioners",
    "midwives", "therapists", "stakeholders", "schools", "suppliers", "contractors", "subcontractors", "residents",
    "tenants", "pupils", "students", "volunteers", "consultants", "officers", "advisers", "advisors", "councils",
    "authorities", "people", "adults", "guests"))
# ("partnership with parents and carers" is a duty of its own, a teacher's: never taken for a list of people)
_PEOPLE_LEAD_RE = re.compile(r"^(?:(?:working|work|liaising|liaise|links?)\s+(?:closely\s+)?(?:with|alongside)\s+)",
                             re.IGNORECASE)


def names_people(requirement: str) -> bool:
    """Whether a requirement only names people or bodies the job works with ("health visitors", "GPs and the police",
    "working with schools and health visitors"): each of its parts (split at commas and "and"/"or") ends in a plural
    noun of :data:`_PEOPLE_WORDS`; a requirement that names an activity on them ("managing stakeholders") is none."""
    text = _PEOPLE_LEAD_RE.sub("", (requirement or "").strip().rstrip("."))
    parts = [p.strip() for p in re.split(r",|\b(?:and|or|&)\b", text) if p.strip()]
    if not parts or any(re.match(r"\w+ing\b", p) or re.search(r"\b(?:with|alongside|for)\b", p, re.I) for p in parts):
        return False
    return all(p.split()[-1].lower() in _PEOPLE_WORDS and len(p.split()) <= 3 for p in parts)


def cv_tips(cv_text: str, requirements: list[str], job_description: str = "") -> list[str]:
    """The report's CV tips: the job's requirements the CV does not show (an either/or as one), bullets without a
    number, weak openings, a CV too short or too long, no measured result; a sentence when there is no CV."""
    cv = strip_injections(cv_text or "")
    if not cv.strip():
        return ["No CV was provided: add one to get questions and tips tailored to your experience."]
    facts = extract_cv_facts(cv)
    tips: list[str] = [tip] if (tip := language_tip(cv, job_description)) else []
    # a quality the CV shows in other words ("Handled confidential board papers" for discretion, "Preisverhandlungen"
    # for Verhandlungsgeschick: data/concept_terms.json) is no tip; nor the people a job works with ("health visitors")
    met = (cv_meets(cv, r, job_description) or near_term_met(cv, r) or field_years_met(cv, r) or concept_shown(cv, r)
           or names_people(r) for r in requirements)
    absent = [r for r, shown in zip(requirements, met, strict=True) if not shown]  # field_years_met: dated entries
    shown = {h.name for h in find_skills(cv)} | set(facts["skills"])  # "(SQS, Kafka)" with SQS on the CV: no gap
    absent = [r for r in absent if not any(alternative_met(job_description, h.name, shown) for h in find_skills(r)[:1])]
    # the alternatives of an either/or as one ("Terraform or CloudFormation"), never listed as if both were asked
    absent = [group_label(g) for g in requirement_groups(absent, job_description)]
    tips += absent_tips(absent, job_description, cv, bool(tips))  # what the job requires, then what is a plus
    bullets = whole_bullets(facts["bullets"])  # a PDF's wrapped bullet is one bullet, its figure with it
    no_numbers = [b for b in bullets if not has_number(b)]
    if bullets and no_numbers:
        tips.append(
            f"{len(no_numbers)} of {len(bullets)} CV bullets have no number, e.g. "
            f"{quote(clip(no_numbers[0], 14).rstrip('.'))}. Add the scale or the outcome (people, time, money, %)."
        )
    weak = [m for m in (WEAK_VERB_RE.search(line) for line in cv.splitlines()) if m]
    if weak:
        phrases = list(dict.fromkeys(m.group(0).lower() for m in weak))[:3]
        tips.append(
            "Replace weak openings such as "
            + ", ".join(quote(p) for p in phrases)
            + ' with what you did and achieved ("Led", "Built", "Cut … by 20%").'
        )
    wc = facts["word_count"]
    if gaps := cv_gaps(cv):  # short only when it lacks what an interview needs, never for its length alone
        tips.append(
            f"Your CV has {joined(gaps)}: add your main roles, each with its dates and two or three achievement bullets."
        )
    elif wc > 1100:
        tips.append(f"Your CV is long ({wc} words): trim it to about two pages, keeping what matters for this job.")
    lines = result_lines(cv, facts["bullets"])
    if not facts["achievements"] and not any(measured_result(b) and has_number(b) for b in lines):  # any language
        tips.append(
            "No bullet combines an action with a measured result; rewrite your top bullets as action + result + number."
        )
    return tips or [
        "Your CV already names the job's key skills with measured results; keep the strongest bullets first."
    ]
