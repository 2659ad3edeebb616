"""The plan's licence question: a licence the job asks for and the CV lacks, holds only for another state or
country, or has only applied for, asked in the job's own words ("This role requires NMC registration", "an
active California RN license"); its recognition asked about when the job accepts an equivalent and the CV shows
a credential of the same kind. Moved out of :mod:`core.coach.plan`."""

from __future__ import annotations

import re

from core.analysis.cv_places import jurisdictions
from core.analysis.licences import held_elsewhere, job_licence_words, licences_named
from core.coach.evidence_cv import cv_credential_elsewhere
from core.coach.phrasing import quote
from core.coach.plan_text import (
    EQUIVALENT_RE,
    EQUIVALENT_TEMPLATE,
    LICENCE_TEMPLATE,
    kindred_credential,
    mid_sentence,
)


def licence_question(cv: str, jd: str, requirements: list[str], asked: str, pattern: re.Pattern[str], licence: str) -> str:
    """The gap question for the licence ``pattern`` finds in ``asked`` (the job description without the checks the
    employer runs), named ``licence`` (:data:`core.coach.plan_text.LICENCES`) when the job gives no words of its
    own; "" when the CV holds it."""
    # the job's own requirement line for it: a licence of another state, or one only applied for, is not it
    required = [r for r in requirements if pattern.search(r)]
    jd_lines = [ln for ln in asked.splitlines() if pattern.search(ln)]
    # the register the job names when it names one (GTCS registration is not QTS), else any of the kind
    bodies = licences_named(" ".join(required or jd_lines))
    on_cv = any(b.pattern.search(cv) for b in bodies) if bodies else pattern.search(cv)
    if on_cv and not any(cv_credential_elsewhere(cv, r) for r in required) and (
            not held_elsewhere(cv, pattern, " ".join(required or jd_lines))):  # a Texas RN licence for NMC registration
        return ""
    # the job's own words ("NMC registration", "an active California RN license"), else the kind's name
    said = job_licence_words(pattern, required, jd_lines)
    said = mid_sentence(said, (jd,)) if said else ""
    if any(EQUIVALENT_RE.search(ln) for ln in required or jd_lines) and (held := kindred_credential(cv, licence)):
        held = held if held.startswith("a qualification") else quote(held)
        return EQUIVALENT_TEMPLATE.format(licence=said or re.sub(r"\s*\(.*?\)", "", licence), held=held)
    if not said:
        places = sorted(set().union(*(jurisdictions(r) for r in required))) if required else []
        said = licence + (f" for {' or '.join(places)}" if places else "")
    return LICENCE_TEMPLATE.format(licence=said)
