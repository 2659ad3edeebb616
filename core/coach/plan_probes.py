"""Which job requirement a planned question was built to probe, read back from the question bank.

The plan asks many requirements in other words than the job's: "You notice bruising on a patient that doesn't match
their explanation" is the bank's *safeguarding* question, "What questions do you ask in a first discovery call…" its
*discovery* one, "Which licence or registration do you hold…" its *licensure* one. Word matching between the question
and the requirement line ("Current NMC registration as an Adult Nurse", "running discovery") cannot see that, so the
report's coverage called them "not probed" (issue 15, session 18). :func:`bank_competency` finds the bank question a
question was asked from (its text, its past-experience wording or its template, also when a redirect asks it again),
and :func:`probes_by_plan` says whether that competency is the requirement's: the same competency key
(:func:`core.coach.plan_core.competency_key`), the competency's words all in the requirement ("discovery" in "running
discovery"), the same known topic (:func:`core.coach.topic.term_topics`), or, for *licensure*, a requirement that
names a licence or a register (``data/licences.json``, :data:`core.coach.plan_text.LICENCES`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from core.analysis.licences import licences_named
from core.analysis.text import content_stems
from core.coach.bank import load_question_bank
from core.coach.plan_core import competency_key
from core.coach.plan_text import LICENCES
from core.coach.topic import NEAR_TERMS_PATH, question_topics, term_topics

_LICENCE_COMPETENCIES = frozenset({"licensure"})
_REGISTER_RE = re.compile(r"\b(?:licen[cs]e[ds]?|licensure|registration|registered)\b", re.IGNORECASE)
_SLOT_RE = re.compile(r"\{[^}]*\}")


def _norm(text: str) -> str:
    """Lower case, letters and digits only, one space between words: what two wordings are compared by."""
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower()))


@lru_cache(maxsize=1)
def _bank_wordings() -> tuple[tuple[str, str], ...]:
    """(normalised wording, competency) for each bank question's text, past wording and template (the longest
    piece of a template between its slots, when that piece is long enough to be the question's own)."""
    out: list[tuple[str, str]] = []
    for q in load_question_bank():
        competency = q.get("competency", "")
        for wording in (q.get("text", ""), q.get("past", "")):
            if wording and len(wording.split()) >= 5:
                out.append((_norm(wording), competency))
        if template := q.get("template"):
            piece = max(_SLOT_RE.split(template), key=len)
            if len(piece.split()) >= 6:
                out.append((_norm(piece), competency))
    return tuple(sorted(out, key=lambda item: -len(item[0])))


@lru_cache(maxsize=1024)
def bank_competency(question: str) -> str:
    """The competency of the bank question ``question`` was asked from ("You notice bruising on a patient…" ->
    "safeguarding"), found anywhere in it (an employer lead or a redirect before it: "Let me ask again: …"); "" when it
    holds none."""
    said = _norm(question)
    return next((competency for wording, competency in _bank_wordings() if wording and wording in said), "")


def names_a_licence(requirement: str) -> bool:
    """Whether ``requirement`` asks for a licence or a register ("Current NMC registration as an Adult Nurse", "Valid
    CDL", "CIMA or ACCA qualified"): a body ``data/licences.json`` names, a pattern of the plan's licence gaps, or the
    words licence, licensure, registration."""
    return bool(licences_named(requirement) or any(p.search(requirement or "") for p, _name in LICENCES)
                or _REGISTER_RE.search(requirement or ""))


def probes_by_plan(question: str, requirement: str) -> bool:
    """Whether ``question`` was built to probe ``requirement`` (see the module docstring). A question the bank does
    not hold (a gap or skill question naming the requirement) is left to word matching: False here."""
    return probes_by_competency(question, requirement) or probes_by_topic(question, requirement)


def probes_by_competency(question: str, requirement: str) -> bool:
    """:func:`probes_by_plan` by the competency itself: the same key, its words all in the requirement, or a licence
    question for a licence; never by a shared topic alone (:func:`probes_by_topic`)."""
    competency = bank_competency(question)
    if not competency:
        return False
    if competency_key(competency) in _LICENCE_COMPETENCIES:
        return names_a_licence(requirement)
    if names_a_licence(requirement):  # QTS is asked by a licence question, never by "assessment data" of its field
        return False
    if competency_key(competency) == competency_key(requirement):
        return True
    return _words_in_order(competency, requirement)


# Words a competency shares with many requirements that say nothing of what either is about: "time management" (whose
# "time" is a stop word) is no question about a "case management system" (session 24 re-check).
GENERIC_STEMS = frozenset(content_stems("management manage managing team skills work experience service services"))


def _words_in_order(competency: str, requirement: str) -> bool:
    """Whether all the competency's own words (:data:`GENERIC_STEMS` aside) are in ``requirement``, in the same order:
    "discovery" in "running discovery"; never "system design" in "design systems" (a component library, not a
    service's architecture: session 24 re-check, the URL-shortener question named as the one asking design systems)."""
    def stems(text: str) -> list[str]:
        return [s for w in re.findall(r"[\w-]+", text.lower()) for s in content_stems(w) if s not in GENERIC_STEMS]

    wanted, said = stems(competency), stems(requirement)
    if not wanted or not set(wanted) <= set(said):
        return False
    at = [said.index(s) for s in wanted]
    return at == sorted(at)


def probes_by_topic(question: str, requirement: str) -> bool:
    """:func:`probes_by_plan` by a known topic the bank question's competency and the requirement share ("patient
    care" and "recording clinical notes", by "clinical"): a weaker tie than the competency's own, since a topic
    gathers many requirements (never for a licence)."""
    competency = bank_competency(question)
    if not competency or competency_key(competency) in _LICENCE_COMPETENCIES or names_a_licence(requirement):
        return False
    topics = term_topics(competency)
    return bool(topics) and bool(topics & requirement_topics(requirement))


@lru_cache(maxsize=1)
def _near_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(topic, its near terms) of ``data/topic_near_terms.json``; empty when it cannot be read."""
    try:
        data = json.loads(NEAR_TERMS_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    return tuple((t["topic"], tuple(t.get("near", ()))) for t in data.get("topics", []))


def requirement_topics(requirement: str) -> set[str]:
    """The known topics a requirement is about, for :func:`probes_by_plan`: those of whose keys it names one
    (:func:`core.coach.topic.question_topics`), else those of which it names a near term as a whole word or its
    plural, never as the start of another word (session 21: "lead", a marketing lead, made "leading a team" a topic
    of content marketing, so the SEO question was named as the one that asked about leading a team)."""
    if by_key := set(question_topics(requirement)):
        return by_key
    low = (requirement or "").lower()
    return {name for name, near in _near_words()
            if any(re.search(rf"(?<![\w-]){re.escape(w.lower())}(?:e?s)?(?![\w-])", low) for w in near if w.strip())}
