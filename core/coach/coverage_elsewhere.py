"""Evidence told in an answer to another question: a requirement stated by name where the score judged the answer off
its own question.

An answer the score calls off its question counts for no requirement in :func:`core.coach.coverage.counted_answer`,
so a liking ("I really like Go, the gopher mascot is cute") or a party ("I organised the music") is never quoted as
evidence (sessions 15 and 20). But what a candidate states as their own in such an answer is still said in the
interview: "I have a Level 3 Award in Supervising Food Safety" given to a question about ambiguity, or the sesame
allergy handled with the allergen matrix told as the reply, were "not probed" (session 21, newcomer nc21). Such an
answer shows a requirement here only in a stricter reading than an on-topic one (:func:`elsewhere_evidence`): by
name (strength 2 of :func:`core.coach.coverage.requirement_evidence`), with every word of what it asks in the quote
(no synonym, no near term: "organised" is not "organisational skills"), and never as a liking ("I like", "I love") nor as something done for oneself ("at home", a hobby, a raffle).
The row then says where it was said. A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.analysis.answer import candidate_words
from core.analysis.job_years import years_asked
from core.analysis.lemmas import lemma
from core.analysis.text import STOPWORDS, readable_text, words
from core.coach.phrasing import quote
from core.schemas import SKIPPED_ANSWER, AnswerScore

# words of a requirement that say how or how much, not what: the quote need not repeat them
_FRAME_WORDS = frozenset({"experience", "experienced", "knowledge", "skills", "skill", "ability", "management",
                          "managing", "proven", "previous", "strong", "good", "solid", "excellent", "working",
                          "understanding", "familiarity", "proficiency", "background", "awareness", "required",
                          "preferred", "essential", "desirable", "plus", "ideally", "must"})
# a liking, an interest or a wish said of a thing is not having done it
_LIKING_RE = re.compile(r"(?i)\b(?:like|likes|love|loves|enjoy|enjoys|adore|prefer|fan of|favourite|favorite|"
                        r"interested in|fascinat\w*|cute|cool)\b")

# a thing done for oneself, not at work: at home, for fun, a hobby, a social club's raffle ("I use PostgreSQL at home to
# keep my recipe collection", "an Excel tracker for our office raffle"): an answer off its question shows no
# requirement by it (sessions 15 and 20 tests)
_PRIVATE_RE = re.compile(r"(?i)\b(?:at home|for fun|in my (?:spare|free|own) time|hobby|hobbies|personal (?:project|use)|"
                         r"raffle|social committee|for my (?:family|friends|kids|children)|recipes?|holiday)\b")

Evidence = Callable[[str, str, list[str]], tuple[str, str, int]]


def _forms(text: str) -> set[str]:
    """Lower-case words of ``text`` and their dictionary forms ("awards" -> "award", "driven" -> "drive")."""
    out: set[str] = set()
    for w in words(text):
        low = w.lower()
        out |= {low, lemma(low)}
    return out


def _asks(requirement: str) -> set[str]:
    """The words of ``requirement`` that say what it asks for, in dictionary form: "Food Safety" -> {food, safety};
    "allergen management" -> {allergen}."""
    kept = {w.lower() for w in words(requirement)
            if w.lower() not in STOPWORDS and w.lower() not in _FRAME_WORDS and len(w) > 1}
    return {lemma(w) for w in kept}


def stated_by_name(quoted: str, requirement: str) -> bool:
    """Whether ``quoted`` (an own statement) names every word of what ``requirement`` asks, in any form, and says no
    liking (:data:`_LIKING_RE`)."""
    asks = _asks(requirement)
    return (bool(asks) and asks <= _forms(quoted) and not _LIKING_RE.search(quoted)
            and not _PRIVATE_RE.search(quoted))


def elsewhere_evidence(req: str, rows: list[tuple[str, str, AnswerScore | None]], others: list[str],
                       counted: Callable[[str, AnswerScore | None], str], evidence: Evidence) -> str:
    """The row's evidence from an answer that ``counted`` (the coverage's own reading) left out as off its question:
    '"I have a Level 3 Award in Supervising Food Safety" (said in Q2, in an answer to another question)', or "" when
    none states ``req`` by name (:func:`stated_by_name`). ``rows``: (question, answer, score or None) in interview
    order; ``evidence``: :func:`core.coach.coverage.requirement_evidence`. A years requirement ("3+ years of office
    management") only by the years stated with its field, which that reading alone finds (session 21 re-check: "I have
    been office manager … since 2019, so seven years", told to "a process you improved", left the row weak)."""
    years = bool(years_asked(req))
    for number, (_q, answer, score) in enumerate(rows, 1):
        if not answer.strip() or answer.strip() == SKIPPED_ANSWER:
            continue
        kept = counted(answer, score).strip()  # all of it, none of it, or the main answer without the reply
        left = answer if not kept else answer.strip()[len(kept):] if answer.strip().startswith(kept) else ""
        said = candidate_words(readable_text(left))
        if not said:
            continue
        found, quoted, strength = evidence(said, req, others)
        if found == "evidenced" and strength >= 2 and (  # or one the job allows for it by name ("Lever")
                years or stated_by_name(quoted, req) or any(stated_by_name(quoted, o) for o in others)):
            return f"{quote(quoted)} (said in Q{number}, in an answer to another question)"
    return ""
