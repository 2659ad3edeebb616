"""A core duty of the job that the CV shows nothing of, as a gap the plan may ask (session 19).

A hiring manager whose job ad says "Deploy models to production" or "Administer medication safely" asks a
candidate whose CV never deploys or administers anything how they would do it. A duty is worded many ways, so
"say less over wrong" holds: a duty is a gap only when the CV shows nothing of it in any of the ways the coach
reads (:func:`core.coach.evidence_cv.cv_meets`: its words in other forms, a field's synonyms, a translation)
and, word by word, the CV has no form of the duty's verb and lacks most of the words of what it is done to. Also :func:`job_fit`: how many of a role question's terms
the job names (the bank's order by the job's duties and tools).
"""

from __future__ import annotations

import re
from typing import Any

from core.analysis.job_duties import duty_phrases, is_verb
from core.analysis.skills import find_skills, skill_family
from core.analysis.text import content_stems
from core.coach.evidence_cv import cv_meets

# A bullet of the job's list: "- Deploy models to production", "• Administer medication".
_BULLET_RE = re.compile(r"^\s*(?:[-•*·▪◦‣–]|\d+[.)])\s+(?P<line>\S.*)$")
# Where the object of a duty line ends: "models to production| with our ML engineering team".
_OBJECT_END_RE = re.compile(r"\s+(?:with|and|for|so|within|across|in line|using|via|while)\s+|[,;:(.]", re.I)
# A verb saying only that the candidate takes part ("Take part in the on-call rotation", "Support the audit"):
# a share in the work, not a duty whose absence from a CV a hiring manager probes first.
_TAKING_PART_RE = re.compile(r"^(?:taking part|participating|helping|supporting|assisting|contributing|being|getting)\b",
                             re.I)
_ADVERB_RE = re.compile(r"\b\w+ly\b", re.I)  # "safely and accurately": how, not what


def duty_gaps(cv_text: str, job_description: str) -> list[tuple[str, str]]:
    """(duty, how the job says it) of each duty bullet of ``job_description`` that the CV shows nothing of,
    in the job's order: ``[("deploying models", "deploying models to production")]``. A duty is a bullet
    that opens with a verb of work (:func:`core.analysis.job_duties.duty_phrases`, its first clause); it is
    a gap when :func:`core.coach.evidence_cv.cv_meets` finds neither it nor its line in the CV, the CV has
    no word of the verb's stem, and the CV lacks at least half the stems of its object (adverbs aside).
    [] for an empty CV or job, and for a job that lists no duty."""
    if not (cv_text or "").strip() or not (job_description or "").strip():
        return []
    cv_stems = content_stems(cv_text)
    out: list[tuple[str, str]] = []
    for raw in job_description.splitlines():
        if not (bullet := _BULLET_RE.match(raw)):
            continue
        line = bullet.group("line").strip()
        verb, _, rest = line.partition(" ")
        phrases = duty_phrases(line) if is_verb(verb) else []
        if not phrases or _TAKING_PART_RE.match(phrases[0]) or phrases[0].split()[0][:4] != verb.lower()[:4]:
            continue
        phrase = phrases[0]
        said = f"{phrase.split()[0]} {_OBJECT_END_RE.split(rest, maxsplit=1)[0].strip()}".strip()
        said = re.sub(r"(?:\s+\w+ly)+$", "", said)  # "administering medication safely": the duty, not how
        object_stems = content_stems(_ADVERB_RE.sub(" ", said.split(" ", 1)[-1]))
        if (not object_stems or content_stems(verb) & cv_stems
                or 2 * len(object_stems - cv_stems) < len(object_stems)
                or cv_meets(cv_text, phrase, job_description) or cv_meets(cv_text, line, job_description)):
            continue
        if phrase.lower() not in {d.lower() for d, _ in out}:
            out.append((phrase, said if len(said.split()) <= 8 else phrase))
    return out


def gap_rank(name: str, family: str, duties: list[tuple[str, str]]) -> int:
    """Where a gap stands among the job's gaps, lowest first: a skill of the job's own family 0, a skill of another
    family 1, a skill of no one field ("communication") 2, a core duty the CV shows nothing of (:func:`duty_gaps`) 3:
    the gap question when the job names no skill the CV lacks ("Deploy models to production" for a CV that lists
    every skill the job names), else the first of the other gaps the plan asks when it has room. A skill the job
    names is asked first: "Strong written communication" of a graduate trainee, asked for its best example."""
    if name in {d for d, _ in duties}:
        return 3
    own = skill_family(name)
    return 0 if own == family else 2 if own == "general" else 1


def job_fit(question: dict[str, Any], job_stems: set[str]) -> int:
    """How many of a role question's terms (its competency and its ``tags``) the job description
    names, each as a whole phrase ("model evaluation" needs both words): a data-engineering job
    (pipelines, Airflow, warehouses) fits the pipeline questions of the data family, not the
    model-evaluation ones a data-science job fits."""
    terms = [question.get("competency", ""), *question.get("tags", ())]
    return sum(1 for term in terms if (stems := content_stems(term)) and stems <= job_stems)


# a core duty of the job the CV shows nothing of, asked as a scenario (session 22 re-check: a customer service team
# leader's "Plan the team's rota…" never asked in a plan of five)
DUTY_SCENARIO_TEMPLATE = ("This role includes {duty}, which I don't see on your CV. How would you go about it here: "
                          "what would you do first, and what would you watch out for?")


def duty_scenario(jd: str, duties: list[tuple[str, str]], asked: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """(question, duty, how the job says it) for the first duty of ``duties`` (:func:`duty_gaps`) that no question
    of ``asked`` (its (competency, text) pairs) covers (the lexicon's skill the duty names is asked already: "driving
    Net Promoter Score" beside an NPS gap; most of its object's words already in a question) and the job does not mark
    as a plus; None when every one is. A hiring manager asks the job's core duties the CV shows nothing of, as a
    scenario: how the candidate would go about it here."""
    from core.analysis.job_weight import preferred
    from core.coach.plan_core import competency_key
    from core.coach.plan_text import mid_sentence

    keys = {competency_key(c) for c, _ in asked}
    words = content_stems(" ".join(f"{c} {t}" for c, t in asked))
    for duty, said in duties:
        named = [h.name for h in find_skills(duty)]
        obj = content_stems(_ADVERB_RE.sub(" ", said.split(" ", 1)[-1]))
        if preferred(said, jd) or any(competency_key(n) in keys for n in named) or competency_key(duty) in keys \
                or (obj and 2 * len(obj & words) > len(obj)):
            continue
        return DUTY_SCENARIO_TEMPLATE.format(duty=mid_sentence(said, (jd,))), duty, said
    return None
