"""The interview plan's state (:mod:`core.coach.plan`): a planned question (:class:`Planned`), the plan so far
(no empty or repeated text, a competency once, an employer at most :data:`MAX_PER_EMPLOYER` times) and the
context every step reads (the CV and job cut to bounds with injections removed, the quotable CV facts, the
job's requirements and role family, and the seeded random draws).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from core.analysis.bounds import bounded
from core.analysis.cv import extract_cv_facts
from core.analysis.cv_trust import quotable_facts
from core.analysis.job import extract_requirements
from core.analysis.skills import infer_role_family
from core.analysis.text import STOPWORDS, stem, strip_injections
from core.coach.phrasing import norm_key
from core.coach.plan_core import competency_keys
from core.coach.plan_subjects import Subject, same_subject, subject_of
from core.coach.plan_text import title_in_sentence

MAX_PER_EMPLOYER = 2

# Shares of the slots after the opener, gap and role questions: (skills, achievements, behavioural).
_MIX: dict[str, tuple[float, float, float]] = {
    "technical": (0.7, 0.15, 0.15),
    "behavioral": (0.1, 0.15, 0.75),
    "mixed": (0.4, 0.2, 0.4),
}


@dataclass(frozen=True)
class Planned:
    """One planned question: its text, the competency it probes and the employer it is tied to."""

    text: str
    competency: str
    employer: str = ""
    source: str = ""  # opener, gap, core, role, skill, achievement, behavioural
    also: tuple[str, ...] = ()  # the words the question names it by, when not the competency's name

    def keys(self) -> set[str]:
        """The competency and the words it is asked by (:func:`core.coach.plan_core.competency_key`): "Patient
        safety" asked as "safeguarding" is the competency of a role question on safeguarding too."""
        return set().union(*(competency_keys(name) for name in (self.competency, *self.also) if name.strip()))


_BANK_SOURCES = frozenset({"role", "behavioural"})
_SUBJECT_SOURCES = frozenset({"gap", "skill", "core"})


def _word_roots(text: str) -> list[set[str]]:
    """Each content word of ``text`` as its stems, with and without an "-ing" ending ("planning": {"plann",
    "plan"}), so "capacity planning" and "plan capacity" share their words."""
    out = []
    for word in re.findall(r"[a-z][a-z-]{2,}", (text or "").lower()):
        if word in STOPWORDS:
            continue
        bases = {word, re.sub(r"([b-df-hj-np-tv-z])\1ing$", r"\1", word)}
        bases |= {re.sub(r"ing$", "", word)} if len(word) > 6 else set()
        out.append({stem(b) for b in bases})
    return out


def _asks_subject(text: str, subjects: list[list[set[str]]]) -> bool:
    """Whether a bank question ``text`` names every word of one planned gap, skill or core question's subject of
    two words or more ("How do you plan capacity or staffing…" after a gap question on capacity planning): a
    repeat of it (session 19 newcomer)."""
    roots = set().union(*_word_roots(text)) if text else set()
    return any(all(forms & roots for forms in subject) for subject in subjects)


_QUOTE_RE = re.compile(r"[“\"]([^”\"]{12,})[”\"]")

# a credential to practise in any CV language: a register, a licence, a colegiación, a degree the job requires, a
# certification (session 22 newcomer: "Estar colegiado/a" asked straight after the licence question, a degree asked
# again after the degree and registration question); a driving licence is a topic of its own
_CREDENTIAL_TOPIC_RE = re.compile(
    r"(?i)\b(?:registration|registered|licen[cs]e[ds]?|licensure|colegiad[oa]s?|colegiaci[oó]n|colegio oficial|"
    r"degree|grado en|titulaci[oó]n|licenciatura|dipl[oô]me d'[ée]tat|Approbation|Zulassung|inscrit\w* à l'ordre|"
    r"iscrizione all'albo|QTS|qualified teacher status|chartered|certification)\b")
_DRIVING_RE = re.compile(r"(?i)\bdriv(?:ing|er'?s)\b|permis de conduire|carn[eé]t? de conducir|Führerschein|patente")
_CREDENTIAL_SOURCES = frozenset({"credential"})
_SECOND_SOURCES = frozenset({"skill", "achievement", "role", "behavioural"})  # those a credential asked turns away


def asks_credential(item: Planned) -> bool:
    """Whether a planned question asks about a credential to practise (:data:`_CREDENTIAL_TOPIC_RE`): the credential
    question, a requirement of that kind by its name ("Estar colegiado/a"), a bank question that names one in its
    words ("Which licence or registration do you hold…"); a driving licence is not one."""
    if item.source in _CREDENTIAL_SOURCES:
        return True
    said = item.text if item.source in _BANK_SOURCES else " ".join((item.competency, *item.also))
    return bool(_CREDENTIAL_TOPIC_RE.search(said)) and not _DRIVING_RE.search(said)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w£$€%]+", (text or "").lower()))


def quoted_runs(text: str, cv: str = "") -> set[tuple[str, ...]]:
    """What each CV quote of a question (between quotation marks) is of: the CV line that holds it (``("line",
    n)``), else its runs of five words, lower case. Two questions sharing one quote the same CV sentence, however
    each was cut (session 21: PLC and preventative maintenance both quoted "Strong on PLC fault-finding…")."""
    lines = [_words(line) for line in (cv or "").splitlines()]
    runs: set[tuple[str, ...]] = set()
    for quote in _QUOTE_RE.findall(text or ""):
        body = _words(quote)
        if (row := next((n for n, line in enumerate(lines) if body and body in line), None)) is not None:
            runs.add(("line", str(row)))
            continue
        words = body.split()
        runs |= {tuple(words[i:i + 5]) for i in range(max(1, len(words) - 4))}
    return runs


def tidy(text: str) -> str:
    """One space between words, no doubled full stop ("Sp. z o.o.."), no doubled word ("the the")."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    return re.sub(r"\b(\w+) \1\b", r"\1", text, flags=re.IGNORECASE)




@dataclass
class _Ctx:
    count: int
    interview_type: str
    seniority: str
    focus: list[str]
    rng: random.Random
    cv: str
    jd: str
    title: str
    at_company: str
    facts: dict[str, Any]
    requirements: list[str]
    family: str


@dataclass
class _Plan:
    """The questions so far: no empty or repeated text, a competency once, an employer at most twice, a CV sentence
    quoted once."""

    items: list[Planned] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    competencies: set[str] = field(default_factory=set)
    employers: Counter = field(default_factory=Counter)
    subjects: list[list[set[str]]] = field(default_factory=list)  # the gap, skill and core questions' subjects
    quotes: set[tuple[str, ...]] = field(default_factory=set)  # the CV sentences quoted so far (:func:`quoted_runs`)
    cv: str = ""  # the CV the quotes are of
    credential: bool = False  # a question on a credential to practise asked (:func:`asks_credential`): once a plan
    about: list[Subject] = field(default_factory=list)  # what each question so far is about (plan_subjects)

    def fits(self, item: Planned) -> bool:
        return bool(item.text) and norm_key(item.text) not in self.used and not (
            self.credential and item.source in _SECOND_SOURCES and asks_credential(item)) and not (
            item.keys() & self.competencies
        ) and (not item.employer or self.employers[item.employer] < MAX_PER_EMPLOYER) and not (
            item.source in _BANK_SOURCES and _asks_subject(item.text, self.subjects)) and not (
            quoted_runs(item.text, self.cv) & self.quotes) and not any(
            same_subject(_subject(item), done) for done in self.about)

    def add(self, item: Planned) -> bool:
        item = Planned(tidy(item.text), item.competency, item.employer, item.source, item.also)
        if not self.fits(item):
            return False
        self.used.add(norm_key(item.text))
        self.competencies |= item.keys()
        self.quotes |= quoted_runs(item.text, self.cv)
        self.credential = self.credential or asks_credential(item)
        self.about.append(_subject(item))
        if item.source in _SUBJECT_SOURCES and len(subject := _word_roots(item.competency)) >= 2:
            self.subjects.append(subject)
        if item.employer:
            self.employers[item.employer] += 1
        self.items.append(item)
        return True


def _subject(item: Planned) -> Subject:
    return subject_of(item.text, item.competency, item.source, item.also)


def _context(cv_text: str, job_description: str, job_title: str, **kw: Any) -> _Ctx:
    interview_type = kw["interview_type"] if kw["interview_type"] in _MIX else "mixed"
    seniority = kw["seniority"] if kw["seniority"] in {"junior", "mid", "senior", "lead"} else "mid"
    cv = strip_injections(bounded(cv_text or ""))  # cut before any reading (core.analysis.bounds)
    jd = strip_injections(bounded(job_description or ""))
    company = (kw["company"] or "").strip()
    return _Ctx(
        count=max(1, int(kw["count"] or 8)),
        interview_type=interview_type,
        seniority=seniority,
        focus=[f for f in (kw["focus"] or []) if isinstance(f, str) and f.strip()],
        rng=random.Random(f"{kw['seed']}|{job_title}|{company}|{interview_type}|{seniority}"),
        cv=cv,
        jd=jd,
        title=title_in_sentence((job_title or "").strip(), jd),
        at_company=f" at {company}" if company else "",
        facts=quotable_facts(extract_cv_facts(cv), cv),  # an unsure title or employer is never quoted
        requirements=extract_requirements(jd),
        family=infer_role_family(job_title or "", jd),
    )
