"""Personal qualities a job ad asks for, in the ad languages the job reader knows (English, French, Spanish, German):
a word that names one ("organised", "rigoureuse", "zuverlässig", "a quick learner") and the list a sentence gives of
them ("The right candidate is organised and calm", "la personne devra être rigoureuse, organisée, discrète, aimer le
travail en équipe", "Sie sind zuverlässig und belastbar"). The words are the table ``data/trait_words.json``."""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
from pathlib import Path

logger = logging.getLogger(__name__)

DATA_PATH = Path(__file__).resolve().parents[2] / "data" / "trait_words.json"


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str]]:
    """(adjectives of every language, nouns of a person with a quality), lower case; empty when the file is unreadable."""
    try:
        data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        logger.warning("trait words unreadable: %s", DATA_PATH)
        return frozenset(), frozenset()
    adjectives = frozenset(w for words in data.get("adjectives", {}).values() for w in words)
    return adjectives, frozenset(data.get("persons", []))


_DEGREE_RE = re.compile(r"^(?:very|highly|extremely|really|truly|très|muy|sehr|bien)\s+", re.IGNORECASE)
_ARTICLE_RE = re.compile(r"^(?:an?|the|un|une|el|la|ein|eine|einen)\s+", re.IGNORECASE)


def trait_word(text: str) -> bool:
    """Whether ``text`` (a word or a short phrase) names a personal quality: an adjective of the table ("Organised",
    "highly organised", "rigoureuse"), or a person who has one ("a quick learner", "strong communicator",
    "problem-solver"); a longer phrase ("organised events for 200 guests") never."""
    low = _ARTICLE_RE.sub("", (text or "").strip(" .;,:!").lower())
    adjectives, persons = _table()
    words = low.split()
    if not words or len(words) > 3:
        return False
    return (low in adjectives or _DEGREE_RE.sub("", low) in adjectives or low in persons
            or (len(words) <= 2 and words[-1] in persons))


def trait_adjective(text: str) -> bool:
    """Whether ``text`` is a personal quality said as an adjective of the table ("highly organised", "Proactive",
    "rigoureuse"): it cannot follow "the role calls for" or "experience in" (session 26: "The role calls for highly
    organised"); a person who has one ("a strong communicator") can, and is not one of these."""
    low = _ARTICLE_RE.sub("", (text or "").strip(" .;,:!").lower())
    adjectives, _ = _table()
    return low in adjectives or _DEGREE_RE.sub("", low) in adjectives


# Who is said to be what: the candidate, "you", "he or she", in the four languages; and the verb that says it.
_SUBJECT = (r"(?:you|he or she|she or he|he/she|s/he|(?:the|an?|our) (?:successful |ideal |right |suitable )?"
            r"(?:candidate|applicant|person|individual|post ?holder)|la personne|le candidat|la candidate|"
            r"le \(?la\)? candidat\(?e\)?|vous|el candidato|la candidata|la persona|usted|sie|du|tú)")
_VERB = (r"(?:is|are|will be|should be|must be|needs to be|'re|’re|devra être|doit être|devez être|devrez être|êtes|"
         r"serez|es|eres|debe ser|debes ser|deberá ser|sind|bist|sollten|solltest)")
_TRAIT_CUE_RE = re.compile(
    rf"\b{_SUBJECT}\s+{_VERB}\s+(?:(?:also|both|aussi|avant tout|también|außerdem|zudem)\s+)*", re.IGNORECASE)
_JOINER = r"(?:and|or|as well as|et|ou|y|e|o|und|oder|sowie)"


def trait_list(sentence: str) -> list[str] | None:
    """The items of a sentence that says what the candidate is, when its list opens with a personal quality ("He or
    she is also a strong communicator, problem-solver, and self-starter" -> ["strong communicator", "problem-solver",
    "self-starter"]; "la personne devra être rigoureuse, organisée, aimer le travail en équipe" -> ["rigoureuse",
    "organisée", "aimer le travail en équipe"]); ``None`` for any other sentence ("You are responsible for payroll").
    A remark in brackets is left out; an "and" splits only after a quality ("organised and calm", never "lire et
    écrire"); items over six words are dropped."""
    cue = _TRAIT_CUE_RE.search(sentence or "")
    if not cue:
        return None
    body = re.split(r"[.;:!?]", re.sub(r"\([^)]*\)", "", sentence[cue.end():]))[0]
    items: list[str] = []
    for part in re.split(rf"\s*,\s*(?:{_JOINER}\s+)?", body):
        while (joined := re.search(rf"\s+{_JOINER}\s+", part)) and trait_word(part[: joined.start()]):
            items.append(part[: joined.start()])
            part = part[joined.end():]
        items.append(part)
    items = [_ARTICLE_RE.sub("", item.strip()) for item in items if item.strip()]
    if not items or not trait_word(items[0]):
        return None
    return [item for item in items if len(item.split()) <= 6]
