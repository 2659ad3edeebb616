"""A question of two parts answered in one: half on topic, one grade for the chat and the report (session 22).

"Tell me about a time you introduced a new system or tool to a team. How did you get people to adopt it?" answered
with a Zendesk macros clean-up (the tool changed, nothing of how people took it up) was graded 1/5, the off-topic
grade, while the chat did not ask again: the two disagreed. By meaning it is half on topic: the story answers the
first part and leaves the second aside. :func:`half_left` finds the part left aside: the question has two parts (a
story asked for, then a question about it; or "…, and how do you…?"), the answer takes up one of them
(:func:`core.coach.meaning.own_subject_taken`: its competency in the answer's own words, its topic or its subject), and
the other asks about a competency (``data/competency_words.json``) the answer shows nothing of. Such an answer is never
called off-topic (the chat's :func:`core.coach.answers_asked.missed_ask` and the scorer's topic reading both ask
here), and its relevance is :data:`HALF_RELEVANCE` (:func:`with_half`), saying which part is missing.

A rule of this project, not a figure from research; English words only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.schemas import DimensionScore

HALF_RELEVANCE = 3  # relevance (1-5) of an answer to one part of a two-part question: on topic, half of it
_STORY_RE = re.compile(r"^\W*(?:tell me about|describe|give me an example of|talk me through|walk me through|"
                       r"share an example of)\b", re.IGNORECASE)


def two_parts(question: str) -> list[str]:
    """The two parts of ``question``: "…, and how/what…?" (:func:`core.coach.meaning.question_parts`), or a sentence
    asking for a story followed by a question about it ("Tell me about a time you…. How did you…?"); else []."""
    from core.analysis.text import sentences
    from core.coach.framing import question_content
    from core.coach.meaning import question_parts

    parts = question_parts(question)
    if parts:
        return parts
    said = sentences(question_content(question) or question or "")
    story = [s for s in said if _STORY_RE.search(s) and not s.rstrip().endswith("?")]
    asking = [s for s in said if s.rstrip().endswith("?")]
    return [story[-1], asking[-1]] if story and asking and said.index(story[-1]) < said.index(asking[-1]) else []


@lru_cache(maxsize=512)
def half_left(question: str, answer: str) -> str:
    """The part of a two-part ``question`` (:func:`two_parts`) that ``answer`` leaves aside while taking up the other
    (see the module docstring), as the question says it; "" when it answers both, neither, or the question has no
    two parts with a competency of their own."""
    from core.coach.competency import asked, shown
    from core.coach.meaning import own_subject_taken, question_parts

    parts = two_parts(question)
    if not parts or not (answer or "").strip():
        return ""
    taken = [own_subject_taken(part, answer) for part in parts]
    # a story asked for, then a question about it: an answer to the question about it tells the story too
    if taken.count(True) != 1 or (taken[1] and not question_parts(question)):
        return ""
    left = parts[taken.index(False)]
    wanted = asked(left)
    if not wanted or any(shown(answer, c, asked_for=True) for c in wanted):
        return ""
    return left.strip()


def _as_said(left: str) -> str:
    said = left.strip().rstrip(" ?.!")
    return said[:1].lower() + said[1:] if said[:2] != said[:2].upper() else said  # "How did…" -> "how did…"; "KPIs" kept


def half_gap(left: str) -> str:
    """The missing line for the part left aside ("The other part of the question: how did you get people to adopt
    it")."""
    return "The other part of the question: " + _as_said(left)


def with_half(dims: list, left: str) -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs, relevance first) with relevance :data:`HALF_RELEVANCE`,
    saying the answer takes up one part of the question and leaves ``left`` aside; its gaps that call the answer
    unlinked or about something else replaced by the part left aside."""
    rel, gaps = dims[0]
    evidence = (f"The answer takes up one part of the question and leaves the other aside ({_as_said(left)}): it is "
                "half on topic, not about something else.")
    kept = [g for g in gaps if not g.startswith(("A clearer link", "An answer about what", "An answer to what",
                                                 "An answer to the question", "Every part of the question"))]
    return [(DimensionScore(score=HALF_RELEVANCE, evidence=evidence), [half_gap(left), *kept]), *dims[1:]]
