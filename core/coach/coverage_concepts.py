"""A requirement named as a concept, shown in an answer by the concept's own terms in the candidate's act.

``data/concept_terms.json`` (:mod:`core.coach.concepts`) lists, for a requirement named as a concept ("performance
optimisation", "data analysis", "continuing professional development", "owning Core Web Vitals"), the words that show
the concept itself ("LCP from 4.1 s to 1.9 s", "I pulled the GA4 funnel", "a CPD portfolio"). The plan's gap question
and the CV tips read the CV by it; the report's coverage now reads the answers by it too, so a row never says "not
probed" beside an answer that did it (session 24 re-check: "performance optimisation — not probed" beside "LCP from 4.1 s
to 1.9 s"). Only a clause with the candidate as subject, neither negated nor a wish, counts (a team's dashboard is
no analysis of the candidate's). A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re

from core.analysis.text import sentences
from core.coach.concepts import shown_patterns
from core.coach.evidence import NEGATION_RE, WISH_RE, own_statement

# a plan, a wish or a guess told with a modal: "I would love to learn Tableau", "I'd set up a dashboard"
_MODAL_RE = re.compile(r"(?i)\b(?:I|we)(?:\s+(?:would|will|might|could|should|may)\b|'d\b|'ll\b)")
# an English sentence whose only first person is a possessive: "our Looker Studio dashboard showed…" tells what a
# tool showed, not what the candidate did (session 24 re-check: the next sentence, "I pulled the GA4 funnel", does)
_POSSESSIVE_RE = re.compile(r"(?i)\b(?:my|our)\b")
_SUBJECT_RE = re.compile(r"\b(?:I|[Ww]e)\b")


def concept_evidence(answer: str, requirement: str) -> str:
    """The first sentence of ``answer`` (the candidate's words) that shows every concept ``requirement`` names by one
    of its terms in a clause of the candidate's own (:func:`core.coach.evidence.own_statement`); "" when the
    requirement names no concept or no sentence shows it."""
    shown = shown_patterns(requirement)
    if not shown:
        return ""
    for sentence in sentences(answer or ""):
        if _MODAL_RE.search(sentence) or WISH_RE.search(sentence) or NEGATION_RE.search(sentence) or (
                _POSSESSIVE_RE.search(sentence) and not _SUBJECT_RE.search(sentence)):
            continue
        if all(any(own_statement(sentence, hit.start()) for hit in pattern.finditer(sentence)) for pattern in shown):
            return sentence.strip()
    return ""
