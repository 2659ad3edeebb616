"""What a planned question is about, so a plan never asks one subject twice (issue 15, session 25 newcomer: a
pharmacist asked how she keeps her registration current and then how she keeps her knowledge up to date; a site
manager asked about "managing the build programme" and then about "subcontractors and build programmes"; a
recruiter asked about the ATS as a CV skill and then for the ATS's pipeline figures).

:func:`subject_of` gives a question's :class:`Subject`; :func:`same_subject` tells whether two share one: the same
named tool (an acronym: ATS, CRM, P&L), the same two content words side by side in either order, by their stems
("build programme", "build programmes"), or both asking how the candidate keeps something current
(:func:`core.coach.keeps_current.asks_current`). A gap, skill, core or credential question is about the names it
asks by (its competency and words); a bank question is about what its text says, a role question also about its
competency (session 26: a scenario on drivers' hours and a skill question on drivers' hours rules; a role question
on court statements and a skill question on preparing them). Two bank questions are compared by
their competency tags alone (:mod:`core.coach.plan_state`). A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.analysis.text import STOPWORDS, stem
from core.coach.keeps_current import asks_current
from core.coach.plan_core import _FRAME_STEMS

_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z0-9&'’-]*")
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")  # ATS, CRM, P&L, NMS (a trailing plural "s" taken off)
# words every question frames its subject by, never a subject of their own
_FRAME = _FRAME_STEMS | {stem(w) for w in ("role", "job", "time", "example", "work", "question", "cv", "calls", "asks")}
_NAMED_SOURCES = frozenset({"gap", "skill", "core", "credential"})
_NOT_NAMES = frozenset({("acronym", "cv"), ("acronym", "ok")})  # "your CV" in every question
_QUOTED_RE = re.compile(r"[“\"][^”\"]*[”\"]")


@dataclass(frozen=True)
class Subject:
    """A question's subject: ``terms`` it is asked by (empty for a bank question), ``said`` the terms its words
    hold, ``current`` whether it asks how something is kept current. Terms are ``("acronym", "ats")`` or a
    frozenset of two word stems."""

    terms: frozenset
    said: frozenset
    current: bool


def _terms(text: str) -> frozenset:
    """The acronyms of ``text`` and each pair of content words side by side (stopwords and frame words dropped)."""
    out: set = set()
    run: list[str] = []
    for token in _TOKEN_RE.findall(text or ""):
        bare = re.sub(r"(?<=[A-Z])s$", "", token)
        if _ACRONYM_RE.match(bare):
            out.add(("acronym", bare.lower()))
            run.append(bare.lower())
            continue
        low = token.lower().strip("'’-")
        if len(low) < 3 or low in STOPWORDS or (root := stem(low)) in _FRAME:
            continue
        run.append(root)
    out |= {frozenset(pair) for pair in zip(run, run[1:], strict=False) if pair[0] != pair[1]}
    return frozenset(out)


def subject_of(text: str, competency: str, source: str, also: tuple[str, ...] = ()) -> Subject:
    """The :class:`Subject` of a planned question of ``source`` (text, competency and the words it is asked by)."""
    if source in _NAMED_SOURCES:
        # the names it is asked by, and the acronyms its own words name outside a CV quote ("The role asks for an
        # SMSTS certificate and a CSCS Black card…": the credential question is about CSCS)
        named = {t for t in _terms(_QUOTED_RE.sub(" ", text)) if isinstance(t, tuple)}
        terms = frozenset().union(named, *(_terms(name) | _lead_gerund(name) for name in (competency, *also))) - _NOT_NAMES
        return Subject(terms, terms | _words_of(competency, *also), asks_current(text))
    if source == "role":
        # a role question is also about its competency, said or not ("drivers' hours" of "A driver rings at three
        # o'clock… run out of driving time"; "court statements"), and a competency of one word is a topic of its own
        # ("telematics", "triage"): a skill question on "drivers' hours rules" or "vehicle telematics" repeats it
        own = _terms(competency) | _single(competency) | _lead_gerund(competency)
        return Subject(own - _NOT_NAMES, (_terms(text) | own) - _NOT_NAMES, asks_current(text))
    return Subject(frozenset(), _terms(text) - _NOT_NAMES if source == "behavioural" else frozenset(),
                   asks_current(text))


def _single(text: str) -> frozenset:
    """``("word", stem)`` of a name of one content word ("telematics", "triage"); empty for a longer name."""
    words = [stem(w.lower().strip("'’-")) for w in _TOKEN_RE.findall(text or "")
             if len(w) >= 3 and w.lower() not in STOPWORDS]
    words = [w for w in words if w not in _FRAME]
    return frozenset({("word", words[0])}) if len(words) == 1 else frozenset()


# gerunds that open competencies of many subjects ("managing budgets", "managing driver performance"): no topic alone
_GENERIC_GERUNDS = frozenset(stem(w) for w in (
    "managing", "handling", "working", "using", "building", "improving", "leading", "dealing", "keeping", "making",
    "running", "delivering", "developing", "supporting", "maintaining", "providing", "ensuring", "creating",
    "following", "meeting", "setting", "getting", "taking", "giving", "writing", "reading", "planning", "monitoring",
    "reporting", "preparing", "coordinating", "communicating", "understanding", "learning", "applying", "solving",
    "explaining", "presenting", "organising", "organizing", "prioritising", "prioritizing", "completing", "carrying",
    # fields said as gerunds: "marketing automation" and "marketing campaigns" are two subjects of one field
    "marketing", "engineering", "accounting", "nursing", "teaching", "training", "banking", "pricing", "programming",
    "manufacturing", "consulting", "advertising", "publishing", "catering", "testing", "selling", "purchasing"))


def _lead_gerund(name: str) -> frozenset:
    """``("word", stem)`` of the activity a competency opens with when it names one subject whatever follows
    ("onboarding employees", "onboarding new starters"; "safeguarding children"): session 26, an HR assistant asked a
    gap question on onboarding employees and a role question on onboarding new starters. ``("lead", stem)``, matched
    only by another competency opening with the same activity; empty for a generic one (:data:`_GENERIC_GERUNDS`) or
    a name of one word (:func:`_single` has it)."""
    words = [w for w in _TOKEN_RE.findall(name or "") if w.lower() not in STOPWORDS]
    if len(words) < 2 or not words[0].lower().endswith("ing") or len(words[0]) < 7:
        return frozenset()
    root = stem(words[0].lower())
    return frozenset() if root in _GENERIC_GERUNDS or root in _FRAME else frozenset({("lead", root)})


def _words_of(*names: str) -> frozenset:
    """``("word", stem)`` of every content word of ``names``: what a role question's one-word competency is matched
    against."""
    return frozenset(("word", stem(w.lower().strip("'’-"))) for name in names for w in _TOKEN_RE.findall(name or "")
                     if len(w) >= 3 and w.lower() not in STOPWORDS and stem(w.lower().strip("'’-")) not in _FRAME)


def same_subject(one: Subject, other: Subject) -> bool:
    """Whether two questions share their subject (see the module docstring)."""
    return (one.current and other.current) or bool(one.terms & other.said) or bool(other.terms & one.said)
