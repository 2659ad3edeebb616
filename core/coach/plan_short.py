"""A plan of three questions (opener, the biggest gap, one more) has room for one question on the job itself: a gap
that is paperwork (a DBS-type check, a driving licence) or a soft trait ("interpersonal skills") yields that room to
the job's core skill, a skill of the job's own field that its lines name (session 23 harness: a teacher's plan of
three asked the DBS check and QTS and no teaching skill; an account executive's asked "interpersonal skills" and no
selling). A rule of this project."""

from __future__ import annotations

import re

from core.analysis.skills import skill_family
from core.coach.credential_kinds import paperwork
from core.coach.plan_core import competency_key
from core.coach.plan_state import Planned, _Ctx

# a trait or a people skill of no one field: what a short plan asks last, if at all
_SOFT_RE = re.compile(r"\b(?:skills?|interpersonal|communication|team\s*work(?:ing)?|teamwork|team player|attitude|"
                      r"motivat\w*|organi[sz]ation(?:al)?|attention to detail|flexib\w*|reliab\w*|enthusias\w*|"
                      r"empathy|people|positive|proactive|self-starter|resilien\w*|punctual\w*)\b", re.I)
_PEOPLE = frozenset(competency_key(n) for n in ("leadership", "mentoring", "stakeholder management",
                                                  "collaboration", "communication"))


def yields_in_short(gap: Planned) -> bool:
    """Whether a short plan's gap question is on paperwork (:func:`core.coach.credential_kinds.paperwork`: a DBS
    check, a driving licence) or a soft trait of no one field ("interpersonal skills", "communication")."""
    if paperwork(gap.text):
        return True
    name = gap.competency
    return skill_family(name) == "general" and (bool(_SOFT_RE.search(name)) or competency_key(name) in _PEOPLE)


def core_skill(ctx: _Ctx, shown: list[tuple[str, str]], gaps: list[tuple[str, str]]) -> tuple[str, str, bool] | None:
    """(name, how to say it, whether the CV lacks it) of the job's first skill of its own field (``ctx.family``): a
    gap in one first (the gap slot's own kind), then one the CV shows; None when the job names none."""
    for terms, lacking in ((gaps, True), (shown, False)):
        for name, said in terms:
            if skill_family(name) == ctx.family:  # the lexicon's casing for its own name lowered ("b2b sales")
                return name, name if said.lower() == name.lower() else said, lacking
    return None
