"""The CV tip on the job's requirements the CV does not show: those the job requires in one sentence, those it marks
as a plus (:func:`core.analysis.job_weight.preferred`: "Staplerschein von Vorteil", "SQL is a plus") in another that
says they are a plus, never listed as if the job asked for them (session 19)."""

from __future__ import annotations

import re

from core.analysis.job_weight import preferred
from core.coach.concepts import is_trait
from core.coach.requirement_rows import tip_name

MAX_NAMED = 5  # requirements named in one tip
# a credential held: a licence, a registration, a certificate or certification (not "certified" of a skill)
_CREDENTIAL_RE = re.compile(r"\b(?:licen[cs]e|licensure|registration|certificat(?:e|ion)s?|permit|PIN)\b", re.I)


def _listed(named: list[str]) -> str:
    return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"


def absent_tips(absent: list[str], job_description: str, cv: str, found_by_coach: bool) -> list[str]:
    """The tips for requirements ``absent`` from the CV: "The job asks for X, …" for the required ones, "The job
    would also welcome Y (a plus, not a must), …" for those it marks as a plus; at most :data:`MAX_NAMED` named in
    all, required first. ``found_by_coach`` says "the coach did not find in your CV" (another tip came before). A personal quality
    (:func:`core.coach.concepts.is_trait`: "organisation", "rigueur") gets its own tip: have an example ready, never
    "add a bullet" naming it (session 24 newcomer)."""
    # a personal quality ("attention to detail", "rigueur") shows in results, never in a bullet that names it
    traits = [tip_name(a, (job_description, cv)) for a in absent if is_trait(a)][:MAX_NAMED]
    absent = [a for a in absent if not is_trait(a)]
    required = [a for a in absent if not preferred(a, job_description)]
    plus = [a for a in absent if a not in required]
    # a licence, registration or certificate is held and listed, never "used" in a bullet (session 26 re-check, N5)
    held = [tip_name(a, (job_description, cv)) for a in required if _CREDENTIAL_RE.search(a)][:MAX_NAMED]
    required = [a for a in required if not _CREDENTIAL_RE.search(a)]
    named = [tip_name(a, (job_description, cv)) for a in required[: max(0, MAX_NAMED - len(held))]]
    extra = [tip_name(a, (job_description, cv)) for a in plus[: max(0, MAX_NAMED - len(named))]]
    tips = []
    if held:
        tips.append(f"The job asks for {_listed(held)}, which "
                    f"{'the coach did not find in your CV' if found_by_coach else 'your CV does not list'}"
                    f". If you hold {'it' if len(held) == 1 else 'them'}, list {'it' if len(held) == 1 else 'them'} under your "
                    f"certifications or licences, with {'its' if len(held) == 1 else 'each one’s'} number or where it is valid.")
    if named:
        tips.append(f"The job asks for {_listed(named)}, which "
                    f"{'the coach did not find in your CV' if found_by_coach else 'your CV does not mention'}"
                    ". If you have this experience, add a bullet that shows where you used it and with what result.")
    if extra:
        also = " also" if named else ""
        tips.append(f"The job would{also} welcome {_listed(extra)} (a plus, not a must), which your CV does not show. "
                    "If you have it, a line that says so could set you apart.")
    if traits:
        one = len(traits) == 1 and not re.search(r",|\b(?:and|et|y|und|e)\b", traits[0])  # "relationnel, écoute et rigueur"
        tips.append(f"The job{' also' if tips else ''} looks for {_listed(traits)}: "
                    f"{'a quality' if one else 'qualities'} a CV shows through its results rather than by naming "
                    f"{'it' if one else 'them'}. Have an example{'' if one else ' of each'} ready for the interview.")
    return tips
