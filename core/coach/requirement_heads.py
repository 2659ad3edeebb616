"""A requirement's head term: the word a sentence must say, in its own form, to say the requirement's act.

"producing monthly management accounts" is about *accounts*; "building and managing pipeline of mid-market
prospects" about a *pipeline*; "running discovery" about *discovery*. Matching a share of a requirement's words let
"I build it bottom-up from the production plan, agree … with each site manager" evidence the monthly management
accounts (on "production" and "manager"; issue 15, session 18). :func:`head_stems` is the last content word before the
requirement's first preposition (the noun its act is done to, or the act itself: "selling to logistics companies"
-> "selling"), not a framing word; after a framing noun, the last one of what follows it ("Secure knowledge of the
KS2 curriculum" -> "curriculum", "track record of exceeding quota" -> "quota"); the
field of a years requirement ("3+ years' closing experience" -> "closing"). :func:`says_head` reads a text for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.job_years import years_asked
from core.analysis.text import STOPWORDS, stem, words
from core.coach.subject import term_stem

# words that frame a requirement without naming its act or object
_FRAME = frozenset(("experience", "experienced", "skills", "skill", "ability", "knowledge", "record", "track", "proven",
                    "strong", "excellent", "good", "solid", "understanding", "years", "year", "role", "work",
                    "consistent", "current", "valid", "minimum", "demonstrable", "demonstrated", "secure", "sound",
                    "thorough", "deep", "working", "practical", "hands-on",
                    # the same in a Spanish, French, Italian or Portuguese line ("experiencia en triaje")
                    "experiencia", "experiência", "expérience", "esperienza", "conocimiento", "conocimientos",
                    "connaissance", "connaissances", "conoscenza", "conhecimento", "conhecimentos"))
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9+#-]*(?:&[A-Za-z]+)?")  # "P&L" one word, as the evidence reads it
# and a Spanish, French, Italian or Portuguese line's own ("Realizar el triaje de los pacientes a su llegada" is about
# the triage, never the arrival: session 23), none of them an English word
_PREPOSITION_RE = re.compile(r"\b(?:of|to|for|in|with|on|at|as|across|within|from|by|using|via|including|"
                             r"de|del|des|du|en|para|por|con|según|pour|avec|dans|sur|di|da|della|nel|nei)\b",
                             re.IGNORECASE)


@lru_cache(maxsize=2048)
def head_stems(requirement: str) -> frozenset[str]:
    """The stems of ``requirement``'s head terms (see the module docstring): one per part joined by "and" or "or"
    ("budgeting and forecasting" -> budget, forecast); empty when it has none to judge by."""
    text = re.sub(r"['’]s\b", "", requirement or "")
    if (asked := years_asked(text)) and asked[1]:
        text = asked[1]
    lead, *rest = _PREPOSITION_RE.split(text, maxsplit=1)
    lead_words = _WORD_RE.findall(lead)
    if rest and lead_words and lead_words[-1].lower() in _FRAME:  # "Secure knowledge of the KS2 curriculum"
        lead = _PREPOSITION_RE.split(rest[0], maxsplit=1)[0]
    parts = [[w for w in _WORD_RE.findall(part) if w.lower() not in STOPWORDS and w.lower() not in _FRAME and len(w) > 2]
             for part in re.split(r"\b(?:and|or|y|et|und)\b|[,/]|\s&\s", lead)]
    parts = [p for p in parts if p]
    # "building and managing pipeline": the acts share the last part's object, which is the head
    shared_object = bool(parts) and len(parts[-1]) > 1
    return frozenset(stem(p[-1].lower()) for p in parts
                     if p is parts[-1] or not (shared_object and len(p) == 1 and p[0].lower().endswith("ing")))


def has_phrase_after_head(requirement: str) -> bool:
    """Whether ``requirement`` goes on past its first word group with a preposition ("assessment to track progress",
    "knowledge of the KS2 curriculum"): its head term (:func:`head_stems`) then tells what it is about."""
    return bool(_PREPOSITION_RE.search(requirement or ""))


def says_head(text: str, requirement: str) -> bool:
    """Whether ``text`` writes ``requirement``'s head term in one of its forms ("accounts" for "accounts",
    "ran discovery" for "running discovery"); True when the requirement has no head to judge by."""
    heads = head_stems(requirement)
    if not heads:
        return True
    return any(stem(w.lower()).startswith(head) or term_stem(w.lower()) == term_stem(head)
               for w in words(text or "") for head in heads)


def head_missed(requirement: str, matched: set[str]) -> bool:
    """Whether none of ``requirement``'s head terms is among ``matched``, the stems and dictionary forms of the word
    groups a sentence met (:func:`core.coach.evidence._hits`: a head met by a synonym counts, "breathing rate" for
    the "condition" of "monitor patient's condition"); False when it has no head to judge by."""
    heads = head_stems(requirement)
    return bool(heads) and not any(m.startswith(h) or h.startswith(m) for h in heads for m in matched if len(m) >= 3)


def own_word_written(text: str, requirement: str) -> bool:
    """Whether ``text`` writes one of ``requirement``'s own content words (not a framing word) in one of its forms."""
    own = {stem(w.lower()) for w in _WORD_RE.findall(requirement or "")
           if w.lower() not in STOPWORDS and w.lower() not in _FRAME and len(w) > 2}
    return any(stem(w.lower()).startswith(o) for w in _WORD_RE.findall(text or "") for o in own)


# people a job qualifies by a kind ("patients with learning disabilities", "pupils with SEND", "customers with hearing
# loss"): in such a field every answer speaks of them, so the kind is what a sentence must say
_PEOPLE = frozenset(("patients", "patient", "people", "persons", "children", "adults", "pupils", "students", "learners",
                     "customers", "clients", "residents", "users", "families", "individuals", "guests", "tenants",
                     "callers", "visitors", "members", "carers", "parents", "babies", "infants", "adolescents",
                     "teenagers", "women", "men", "veterans", "survivors", "offenders", "drivers", "passengers"))


@lru_cache(maxsize=2048)
def qualifier_heads(requirement: str) -> frozenset[str]:
    """The stems of the kinds ``requirement`` qualifies its people by, one per part joined by "and" or "or": the last
    content word of the phrase after the people (:data:`_PEOPLE`) and their preposition ("patients with learning
    disabilities or special care needs" -> disabl, need); empty when the requirement's head is no people."""
    text = re.sub(r"['’]s\b", "", requirement or "")
    lead, *rest = _PREPOSITION_RE.split(text, maxsplit=1)
    lead_words = _WORD_RE.findall(lead)
    if rest and lead_words and lead_words[-1].lower() in _FRAME:  # "Experience with children with autism"
        lead, *rest = _PREPOSITION_RE.split(rest[0], maxsplit=1)
        lead_words = _WORD_RE.findall(lead)
    if not rest or not lead_words or lead_words[-1].lower() not in _PEOPLE:
        return frozenset()
    phrase = _PREPOSITION_RE.split(rest[0], maxsplit=1)[0]
    parts = [[w for w in _WORD_RE.findall(part) if w.lower() not in STOPWORDS and len(w) > 2]
             for part in re.split(r"\b(?:and|or)\b|[,/]", phrase)]
    return frozenset(stem(p[-1].lower()) for p in parts if p)


def qualifier_missed(requirement: str, matched: set[str]) -> bool:
    """Whether ``requirement`` qualifies its people by a kind (:func:`qualifier_heads`) and none of ``matched`` (the
    stems and dictionary forms a sentence met, as :func:`head_missed` reads them) is that kind's own word: "I learned
    that giving the patient control…" meets "patient" and "learn" of "patients with learning disabilities", never the
    disabilities (session 23 re-check)."""
    heads = qualifier_heads(requirement)
    return bool(heads) and not any(m.startswith(h) or h.startswith(m) for h in heads for m in matched if len(m) >= 3)

