"""The plan's stories: the CV's achievements quoted, and the bank's behavioural questions, every third tied to a CV
employer whose role supports what it presumes (:func:`core.coach.plan_premise.role_supports`). Split from
:mod:`core.coach.plan` (no behaviour change); the random draws keep their order."""

from __future__ import annotations

import re
from typing import Any

from core.analysis.skills import find_skills
from core.analysis.text import content_stems
from core.coach.cv_reading import whole_line
from core.coach.phrasing import lower_first
from core.coach.plan_core import one_sentence
from core.coach.plan_premise import entry_text, presumes, role_supports
from core.coach.plan_state import Planned, _Ctx
from core.coach.plan_text import ACHIEVEMENT_TEMPLATES, EMPLOYER_LEADS, PLACEMENT_LEADS


def _achievement_items(ctx: _Ctx, quoted: str = "") -> list[Planned]:
    """The CV's achievements, quoted; "(at {employer})" only for an employer the opener's quote does not name
    (``quoted``), which keeps that employer's second question for a behavioural lead (session 18)."""
    achievements = list(ctx.facts["achievements"])
    bullets, cv = list(ctx.facts.get("bullets", ())), getattr(ctx, "cv", "")
    wholes = {a: whole_line(a, bullets, cv) for a in achievements}  # a PDF's wrapped line joined back
    target = content_stems(ctx.jd + " " + " ".join(ctx.focus))
    achievements.sort(key=lambda a: (-len(content_stems(a) & target), ctx.facts["achievements"].index(a)))
    achievements = achievements[:3]
    ctx.rng.shuffle(achievements)
    out = []
    for ach in achievements:
        employer = ctx.facts["achievement_employer"].get(ach, "")
        employer = "" if employer == quoted else employer
        template = ACHIEVEMENT_TEMPLATES[ctx.rng.randrange(len(ACHIEVEMENT_TEMPLATES))]
        text = template.format(achievement=one_sentence(wholes[ach]), where=f" (at {employer})" if employer else "")
        hits = find_skills(ach)
        out.append(Planned(text, hits[0].name if hits else "achievement: " + ach[:40], employer, "achievement"))
    return out


# a CV entry's title saying it was a placement or an internship ("Final placement student", "Summer Intern")
_PLACEMENT_RE = re.compile(r"\b(?:placements?|student|internship|intern)\b", re.I)


def _behavioural_items(ctx: _Ctx, questions: list[dict[str, Any]]) -> list[Planned]:
    """The behavioural questions, every third tied to a CV employer ("Thinking of your time at X: …") whose role
    supports what the question presumes (:func:`core.coach.plan_premise.role_supports`: a team the candidate
    led, for "developed someone on your team"); asked without an employer when none does."""
    employers = [e for e in ctx.facts["employers"] if e]
    titles = {employer: role for role, employer in ctx.facts.get("jobs", ()) if employer}
    out = []
    for idx, q in enumerate(questions):
        text, employer = q["text"], ""
        if employers and idx % 3 == 0 and text.startswith(("Tell me about a", "Describe a time", "Give me an example")):
            start = idx + ctx.rng.randrange(len(employers))  # drawn for every such question: the same plans elsewhere
            ring = [employers[(start + k) % len(employers)] for k in range(len(employers))]
            premised = presumes(q["competency"], text)
            employer = next((e for e in ring if not premised or role_supports(
                q["competency"], text, titles.get(e, ""), entry_text(ctx.cv, e, employers))), "")
            if employer:
                leads = PLACEMENT_LEADS if _PLACEMENT_RE.search(titles.get(employer, "")) else EMPLOYER_LEADS
                text = leads[idx % len(leads)].format(employer=employer) + lower_first(text)
        out.append(Planned(text, q["competency"], employer, "behavioural"))
    return out
