"""Sentences a stronger answer treats by what they say of the candidate's wants and doubts: a hedged, vague
sentence (left out), a reason for wanting a role (under "Why this role"), and a reason any job could be given (no part
of a model answer). Split from :mod:`core.coach.stronger` (session 16) to keep it near the ~400-line guide."""

from __future__ import annotations

import re

from core.analysis import cues
from core.coach.generic_reason import GENERIC_REASON_RE
from core.coach.wishes import I_AM, I_WOULD, WANT_VERBS, WANTS  # noqa: F401 (re-exported)

_EN = "en"

# A sentence of hedged self-description or habit ("I think I'm good at Excel, I use it a lot", "I just work hard
# and hope it works out"): no part of a stronger answer, which would give the weak answer back as the model.
_UNSURE_RE = re.compile(r"\bI (?:think|guess|hope|feel|believe|suppose)\b|\bhope (?:it|that|for)\b", re.IGNORECASE)


# Why one wants a role ("Northbridge appeals because…", "I'd like more exposure to…"): no part of a story's STAR,
# where it was filed under "Result" (issue 15, session 14).
_ROLE_MOTIVE_RE = re.compile(
    r"\b(?:\w+ appeals? (?:to me )?because|appeal(?:s|ed)? to me|I(?:'m| am) (?:drawn|attracted) to|this (?:role|job|position)|"
    r"why I (?:applied|want)|(?:the )?next step (?:for me|in my)|I(?:'d| would) (?:love|like) (?:to join|to work|more)|"
    r"what (?:attracts|draws|appeals to) me)\b", re.IGNORECASE)


# A reason anyone could give for any job ("it is close to my house", "the pay is good", "the hours suit me"): no reason
# tied to the role, and no part of a model answer (issue 15, session 15: it came back as "Why this role: …").
_WEAK_REASON_RE = re.compile(
    r"\b(?:close to|near(?: to)?|round the corner from|walking distance (?:of|from)) (?:my (?:house|home|flat|place|kids'? "
    r"school)|home|where I live)|\b(?:short|easy|shorter|easier) (?:commute|journey|drive)|\bfree parking\b|"
    r"\b(?:the )?(?:pay|salary|money|wages?) (?:is|are|seems?|looks?) (?:good|better|higher|great|decent|nice)|"
    r"\b(?:better|higher|more|good|decent) (?:pay|salary|money|wages?)\b|\bthe hours (?:suit|fit|are (?:good|better|easier))|"
    r"\bI (?:just )?need (?:a|the|any) (?:job|work)|\bany job\b", re.IGNORECASE)


def weak_sentence(sentence: str) -> bool:
    """A sentence that is hedged (:data:`cues.HEDGE`, "I think", "hope it works out") and vague
    (:data:`cues.VAGUE`: "good", "a lot") with no figure: what a stronger answer leaves out."""
    hedged = cues.HEDGE[_EN].search(sentence) or _UNSURE_RE.search(sentence)
    return bool(hedged and cues.VAGUE[_EN].search(sentence) and not re.search(r"\d", sentence))


# What one wants from a next role ("I want a bigger store", "I'm looking for more scope"): a reason for it; its words, and
# the candidate and verbs of wanting it shares with a story's wish, are core.coach.wishes' (the one source, session 18).
# What the candidate has enjoyed most ("The part I've enjoyed most is the people side"): a reason for the next role, never
# a step of the way here (the re-check, session 19: it came back under "Before:").
_ENJOYED_MOST = r"\b(?:the (?:part|bit|side|thing)s? (?:of \w+ )?I(?:'ve| have)? (?:most )?(?:enjoy|enjoyed|love|loved|like|liked)(?: most| best)?|" \
                r"what I(?:'ve| have)? (?:most )?(?:enjoy|enjoyed|love|loved|like|liked) (?:most|best))\b"
_ENJOYED_MOST_RE = re.compile(_ENJOYED_MOST, re.IGNORECASE)
_WANTS_RE = re.compile(WANTS, re.IGNORECASE)


def wants_role(sentence: str) -> bool:
    """Whether ``sentence`` says why the candidate wants a role (:data:`_ROLE_MOTIVE_RE`, :data:`_WANTS_RE`) or what they
    have enjoyed most (:data:`_ENJOYED_MOST_RE`)."""
    return bool(_ROLE_MOTIVE_RE.search(sentence) or _WANTS_RE.search(sentence) or _ENJOYED_MOST_RE.search(sentence))


# The words a stock reason is said with ("I'm looking for a new challenge", "I want to grow my career here"): with the
# stock reason taken out, a sentence of these only names nothing particular.
_STOCK_FRAME = frozenset({"i", "i'm", "im", "am", "i've", "i'd", "me", "my", "myself", "a", "an", "the", "and", "to", "for",
                          "of", "in", "at", "with", "here", "really", "just", "now", "looking", "seeking", "want",
                          "wanted", "would", "like", "love", "need", "something", "somewhere", "where", "can", "could",
                          "is", "it", "this", "that", "role", "job", "position", "company", "team", "opportunity", "next",
                          "step", "career", "so", "also", "very", "be", "which", "offers", "gives", "give", "get",
                          "your", "you", "yours", "us", "as", "well", "because", "think", "feel", "great", "good"})


def stock_sentence(sentence: str) -> bool:
    """Whether ``sentence`` gives only a reason any job could be given (:data:`GENERIC_REASON_RE`: "a new challenge", "grow
    my career", "a great company") and nothing particular besides: a cliché, never a model answer's "Why this role"
    (session 25: "Why this role: I'm looking for a new challenge."), even when the rest of the answer names the field."""
    if not GENERIC_REASON_RE.search(sentence):
        return False
    rest = GENERIC_REASON_RE.sub(" ", sentence).lower()
    return all(w in _STOCK_FRAME for w in re.findall(r"[a-z']+", rest))
