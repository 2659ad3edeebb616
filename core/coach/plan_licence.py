"""The plan's licence question: a licence the job asks for and the CV lacks, holds only for another state or
country, or has only applied for, asked in the job's own words ("This role requires NMC registration", "an
active California RN license"); its recognition asked about when the job accepts an equivalent and the CV shows
a credential of the same kind. A professional qualification gained by exams (CIMA, ACCA) is asked as a
qualification, naming only the bodies the job names. Moved out of :mod:`core.coach.plan`."""

from __future__ import annotations

import re

from core.analysis.cv_places import jurisdictions
from core.analysis.licences import (
    held_elsewhere,
    job_licence_words,
    licences_named,
    qualification_bodies,
    title_entry,
    with_article,
)
from core.coach.evidence_cv import cv_credential_elsewhere
from core.coach.phrasing import quote
from core.coach.plan_alternatives import held_alternative
from core.coach.plan_text import (
    EQUIVALENT_RE,
    EQUIVALENT_TEMPLATE,
    LICENCE_TEMPLATE,
    PART_QUALIFIED_RE,
    QUALIFICATION_EQUIVALENT_TEMPLATE,
    QUALIFICATION_TEMPLATE,
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
    # the register named, or the CV's certification entry of it ("Registered Nurse" for an RN license: session 27)
    on_cv = any(b.pattern.search(cv) or title_entry(cv, b) for b in bodies) if bodies else pattern.search(cv)
    if on_cv and not any(cv_credential_elsewhere(cv, r) for r in required) and (
            not held_elsewhere(cv, pattern, " ".join(required or jd_lines))):  # a Texas RN licence for NMC registration
        return ""
    if any(held_alternative(cv, ln, jd, pattern) for ln in [*required, *jd_lines]):  # "AAT qualified or studying ACCA"
        return ""
    if bodies_said := qualification_bodies(" ".join(required or jd_lines)):  # "CIMA or ACCA qualified"
        return _qualification_question(cv, licence, bodies_said, [*required, *jd_lines])  # "(or part-qualified)"
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


def _either(names: list[str]) -> str:
    """"CIMA", "CIMA or ACCA", "ACCA, CIMA or ACA"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def _qualification_question(cv: str, licence: str, bodies: list[str], lines: list[str]) -> str:
    """The gap question for a professional qualification gained by exams (data/licences.json ``kind``
    "qualification"), naming only ``bodies``, the ones the job names, in its order: whether the candidate is
    qualified or how far through the exams (:data:`core.coach.plan_text.QUALIFICATION_TEMPLATE`), "part-qualified"
    said when the job accepts it; a kindred credential on the CV compared with them when the job accepts an
    equivalent."""
    bodies_said = _either(bodies)
    qualification = with_article(f"{bodies_said} qualification")
    if any(EQUIVALENT_RE.search(ln) for ln in lines) and (held := kindred_credential(cv, licence)):
        held = held if held.startswith("a qualification") else quote(held)
        return QUALIFICATION_EQUIVALENT_TEMPLATE.format(qualification=qualification, held=held, bodies=bodies_said)
    part = " (part-qualified is fine)" if any(PART_QUALIFIED_RE.search(ln) for ln in lines) else ""
    return QUALIFICATION_TEMPLATE.format(qualification=qualification, part=part, bodies=bodies_said)


def licence_competency(question: str) -> str:
    """The competency of a licence gap question: "professional qualification" for one asked as a qualification
    (:func:`_qualification_question`), else "licensure"."""
    tails = (QUALIFICATION_TEMPLATE.split("{bodies}")[-1], QUALIFICATION_EQUIVALENT_TEMPLATE.split("{bodies}")[-1])
    return "professional qualification" if question.endswith(tails) else "licensure"
