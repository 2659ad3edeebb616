"""A requirement shown by near terms of its topic ("pick lists" and "stock counts" for "warehouse"): moved out of
:mod:`core.coach.coverage` (no change of behaviour; the topics and their near terms are ``data/topic_near_terms.json``).
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache

from core.analysis.text import sentences, short_quote
from core.coach.evidence import own_statement
from core.coach.evidence_weight import announces
from core.coach.topic import NEAR_TERMS_PATH, question_topics

logger = logging.getLogger(__name__)

NEAR_TERMS_NEEDED = 2  # distinct keys or near terms of the requirement's topic in one own sentence


@lru_cache(maxsize=1)
def _topic_terms() -> dict[str, tuple[str, ...]]:
    """Topic name -> its keys and near terms that are words (a currency sign or "%" shows no topic alone)."""
    try:
        data = json.loads(NEAR_TERMS_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.warning("coverage: near terms could not be read (%s); requirements are read by name only", exc)
        return {}
    return {t["topic"]: tuple(w.strip() for w in (*t["keys"], *t.get("near", ())) if re.search(r"[a-z]", w))
            for t in data.get("topics", [])}


def near_term_evidence(answer: str, requirement: str) -> str:
    """The quote of the first sentence of ``answer`` that shows ``requirement`` by its topic: the requirement
    names a topic by one of its keys (:func:`core.coach.topic.question_topics`: "warehouse", "SEO"), and one
    sentence, with the candidate as its subject and neither negated nor a wish
    (:func:`core.coach.evidence.own_statement`), has :data:`NEAR_TERMS_NEEDED` distinct words beginning with
    that topic's keys or near terms. "" when none does."""
    terms = [w for name in question_topics(requirement) for w in _topic_terms().get(name, ())]
    if not terms or not topic_itself(requirement):  # "administering medications" is not shown by "triage" and "nurse"
        return ""
    pattern = re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(t) for t in terms), key=len, reverse=True)) + ")",
                         re.IGNORECASE)
    for sentence in sentences(answer or ""):
        hits = [] if announces(sentence) else list(pattern.finditer(sentence))
        if len({h.group(1).lower() for h in hits}) < NEAR_TERMS_NEEDED:
            continue
        if not whom_named(sentence, requirement):  # "a safeguarding concern about a woman with dementia"
            continue
        if any(own_statement(sentence, h.start()) for h in hits):
            second = next(h for h in hits if h.group(1).lower() != hits[0].group(1).lower())
            return short_quote(sentence, hits[0].start(), second.end(), width=4)
    return ""


# Whom a requirement protects or serves, and the words an answer names them by: "child protection" is shown by a
# topic's near terms only in a sentence about a child (session 23: "Last Monday I had a safeguarding concern come in
# about a woman with dementia" evidenced "child protection"). A rule of this project.
_WHOM = {
    "child": re.compile(r"(?i)\b(?:child|children|child's|boy|girl|pupil|baby|babies|infant|toddler|teenager|kids?|"
                        r"young (?:person|people)|\d+-year-old|(?:one|two|three|four|five|six|seven|eight|"
                        r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)-year-old|section 47|nursery|school)\b"),
}
_WHOM["children"] = _WHOM["child"]


def whom_named(sentence: str, requirement: str) -> bool:
    """Whether ``sentence`` names whom ``requirement`` is for, when it names one (:data:`_WHOM`): always True for a
    requirement that names nobody."""
    asked = [p for w, p in _WHOM.items() if re.search(rf"(?i)\b{w}\b", requirement)]
    return all(p.search(sentence) for p in asked)


# words that name no practice of their own beside a topic's key: "warehouse operations", "patient care", "health and safety"
_BROAD_WORDS = frozenset({"experience", "operations", "operation", "operational", "management", "skills", "skill",
                          "knowledge", "work", "working", "environment", "awareness", "procedures", "practices",
                          "practice", "health", "care", "general", "strong", "good", "excellent", "solid", "and", "of",
                          "in", "the", "a", "an", "with", "for", "&", "proven", "sound", "understanding"})


def topic_itself(requirement: str) -> bool:
    """Whether ``requirement`` is one of the known topics as a whole: each of its words is a key of a topic it names
    ("warehouse", "inventory management", "patient care", "health and safety") or a word of no practice of its own
    (:data:`_BROAD_WORDS`). A practice or tool inside a topic ("administering medications", "Forklift", "WMS") is
    not: near terms of its topic neither show it nor make a question about it."""
    # the words of its keys: "classroom behaviour" and "behaviour management" are keys of behaviour
    key_words = {w for name in question_topics(requirement) for k in _topic_keys().get(name, ())
                 for w in re.findall(r"[\w&-]+", k.lower())}
    words = re.findall(r"[\w&-]+", requirement.lower())
    return (bool(key_words) and bool(words)
            and all(w in _BROAD_WORDS or any(w.startswith(k) for k in key_words) for w in words))


@lru_cache(maxsize=1)
def _topic_keys() -> dict[str, tuple[str, ...]]:
    """Topic name -> its keys (``data/topic_near_terms.json``)."""
    try:
        data = json.loads(NEAR_TERMS_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {t["topic"]: tuple(t["keys"]) for t in data.get("topics", [])}
