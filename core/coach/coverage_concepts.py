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
    return story_concept(answer, shown)


# A story's setting that names the concept, its own acts told in the next sentence (session 28: "Once a ventilated
# patient's family wanted to stop the night suctioning… I explained why the secretions had to be cleared, showed them
# the saturation trend…" showed no "Intensiv- oder Beatmungspflege", the concept's word standing in the setting):
# the setting opens as a past event of one's work ("Once", "Last spring", "Last quarter", "On my night shift", "At Bethesda", "A …"),
# and the act, within :data:`STORY_WINDOW` sentences, is the candidate's own and turns back to it (a pronoun, or a word
# of the setting).
STORY_WINDOW = 2
_SETTING_RE = re.compile(
    r"(?i)^\s*(?:once\b|one (?:day|night|shift|morning|evening|afternoon|weekend|time)\b|last [a-z]+\b|(?:on|during|in|at) (?:a|an|one|my|our|the|\d{4})\b|at [A-Z]\w+|"
    r"an? \w+|(?:two|three|four|five|six|a few|\w+) (?:years|months|weeks|days) ago\b|there was\b|we had\b)")
_BACK_RE = re.compile(r"(?i)\b(?:he|she|they|him|her|them|his|their|it|its)\b")
_QUESTION_END_RE = re.compile(r"\?\s*$")


def _plain(sentence: str) -> bool:
    """A sentence told as a fact: no plan or guess with a modal, no wish, no negation, no question."""
    return not (_MODAL_RE.search(sentence) or WISH_RE.search(sentence) or NEGATION_RE.search(sentence)
                or _QUESTION_END_RE.search(sentence))


def story_concept(answer: str, shown: list[re.Pattern[str]]) -> str:
    """The setting and the act (two sentences of ``answer``, as written) of a story whose setting names every concept
    of ``shown`` (:func:`core.coach.concepts.shown_patterns`) and whose next sentences tell the candidate's own act about
    it (see :data:`_SETTING_RE`); "" when there is none."""
    said = sentences(answer or "")
    for i, setting in enumerate(said):
        # someone else's wish in the setting is the story's problem ("the family wanted to stop…"), one's own is none
        told = _plain(setting) or not (_SUBJECT_RE.search(setting) or _MODAL_RE.search(setting)
                                       or _QUESTION_END_RE.search(setting))
        if not (_SETTING_RE.match(setting) and told) or not any(p.search(setting) for p in shown):
            continue
        setting_words = {w.lower() for w in re.findall(r"[A-Za-z]{5,}", setting)}
        for act in said[i + 1:i + 1 + STORY_WINDOW]:
            subject = _SUBJECT_RE.search(act)
            if not (subject and _plain(act) and own_statement(act, subject.start())):
                continue
            if not all(p.search(f"{setting} {act}") for p in shown):
                continue
            if _BACK_RE.search(act) or setting_words & {w.lower() for w in re.findall(r"[A-Za-z]{5,}", act)}:
                return f"{setting.strip()} {act.strip()}"
    return ""
