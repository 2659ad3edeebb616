"""Relevance and the requirement coverage agree (issue 15, session 15): an answer that shows nothing of the job
requirement its question asks about is never "does what the question asks" at 5/5 while the report's coverage calls
that requirement weak ("Asked about in …, but the answer did not show it").

:func:`unshown_requirement` reads the requirement the question asks about (the coach's template's slot,
:func:`core.coach.framing.asked_requirement`, or a requirement of the job the question names by name, as the coverage
does) and, with the coverage's own reading (:func:`core.coach.coverage.requirement_evidence`), whether the answer shows
or mentions it; an answer that does neither, and takes up none of its words (:func:`core.coach.subject.subject_of`) nor
shows it by meaning (:func:`core.coach.meaning.requirement_shown`: "line manage" and "observed" for leading a team), is
held at :data:`UNSHOWN_CAP` on relevance by :func:`with_requirement_unshown`. A requirement the question names only in
passing is not held against an answer that takes up what the question itself asks (session 21). A rule of this project.
"""

from __future__ import annotations

import re

from core.analysis.text import STOPWORDS
from core.coach.coverage import _BROAD_WORDS as BROAD_WORDS
from core.coach.coverage import requirement_evidence
from core.coach.framing import asked_requirement
from core.coach.meaning import own_subject_taken, requirement_shown
from core.coach.phrasing import quote
from core.coach.question_names import names_requirement
from core.coach.subject import subject_of, term_stem
from core.schemas import DimensionScore

UNSHOWN_CAP = 3  # relevance (1-5) of an answer that shows nothing of the requirement its question asks about
# A quality is shown by its act, never by its name (issue 15, session 19: a nurse who "told", "used plain words" and
# "answered her questions" was capped for showing nothing of communication skills): the acts of speaking with someone
# (the NMC Code, 2018, section 7: communicate clearly; words of ordinary usage, written by the team).
_QUALITY_ACTS = {
    "communicat": re.compile(
        r"\b(?:told|tell|telling|explain\w*|talk(?:ed|ing)?|spoke|speak\w*|listen\w*|answer(?:ed|ing)? (?:her|his|their|"
        r"my|the|all)\b[^.]{0,20}\bquestions|plain (?:words|language|english)|simple words|br(?:oke|eak|eaking) the news|"
        r"reassur\w*)\b", re.IGNORECASE),
}
_OWN_SENTENCE_RE = re.compile(r"\b(?:I|we)\b")


def unshown_requirement(question: str, answer: str, requirements: list[str] | tuple[str, ...] = ()) -> str:
    """The requirement ``question`` asks about that ``answer`` (the candidate's words) neither shows nor mentions nor
    takes up a word of, or "". ``requirements``: the job's (:func:`core.analysis.job.extract_requirements`); one the
    question names by name counts as the coverage counts it (:func:`core.coach.coverage.coverage_item`)."""
    asked = asked_requirement(question)
    # a requirement of several words is named whole ("plan capacity" names capacity planning), never by one of its words
    # ("build a forecast that the business trusts" is not "building business cases": session 21)
    named = [asked] if asked else [r for r in requirements if names_requirement(question, r) and _named_whole(question, r)]
    # the question's own words come first: a requirement it names only in passing ("owning the budget" beside "Costs are
    # 12% over budget…") is not what it asks about when the answer takes up what it does ask (session 21, judge21)
    if named and not asked and own_subject_taken(question, answer):
        return ""
    for requirement in named:
        if requirement_evidence(answer, requirement)[0] in {"evidenced", "mentioned"}:
            return ""
        if subject_of(answer, requirement).share > 0:  # some of its words: how much is the subject check's to judge
            return ""
        if _shown_by_act(answer, requirement) or requirement_shown(answer, requirement):  # "line manage" for leading
            return ""
    return named[0] if named else ""


def _named_whole(question: str, requirement: str) -> bool:
    """Whether every content word of ``requirement`` is in ``question``, in any form or order (Snowball stems); words of
    no practice of their own ("skills", "experience": :data:`core.coach.coverage._BROAD_WORDS`) need not be."""
    def stems(text: str) -> set[str]:
        return {term_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text or "")
                if w.lower() not in STOPWORDS and w.lower() not in BROAD_WORDS and len(w) > 2}
    wanted = stems(requirement)
    return len(wanted) < 2 or wanted <= stems(question)


def _shown_by_act(answer: str, requirement: str) -> bool:
    """Whether a sentence of ``answer`` where the candidate acts ("I", "we") does what the quality ``requirement`` names
    (:data:`_QUALITY_ACTS`: communication by telling, explaining, listening, plain words)."""
    acts = [pattern for stem, pattern in _QUALITY_ACTS.items() if stem in requirement.lower()]
    return any(_OWN_SENTENCE_RE.search(s) and p.search(s) for p in acts for s in re.split(r"(?<=[.!?])\s+", answer or ""))


def with_requirement_unshown(dims: list, requirement: str) -> list:
    """``dims`` with relevance at most :data:`UNSHOWN_CAP`, saying the answer shows nothing of ``requirement``, and the
    gap of an answer about it."""
    rel, gaps = dims[0]
    gap = f"An answer about what the question is about: {requirement}"
    if rel.score > UNSHOWN_CAP:
        rel = DimensionScore(score=UNSHOWN_CAP, evidence=rel.evidence + (
            f" It shows nothing of {quote(requirement)}, which the question asks about, so the job's requirement "
            f"coverage counts it as weak: counted at most {UNSHOWN_CAP}/5."))
    return [(rel, [*gaps, gap] if gap not in gaps else gaps), *dims[1:]]
