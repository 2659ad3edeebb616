"""Whether an answer does the very thing its question asks with its own verb: "What would you ask the manager
for?" answered "I'd ask for their headcount plan", "How would you check the costs?" answered "I would check
them against last year's". Such an answer does what was asked whatever its words' topic (newcomer, session 17: a
budget question's "I'd ask for their headcount plan and activity volumes" was called about labour planning,
"about something else", and its question stayed at 1/10). English questions only; a verb that any answer can
say ("do", "handle", "approach") is no sign.
"""

from __future__ import annotations

import re

# "What would you ask its manager for", "how would you first check", "which steps would you take"
_ASKED_RE = re.compile(
    r"\b(?:what|how|who|which|where|when)\b(?:\s+[\w']+){0,3}?\s+(?:would|will|should|could|do|can)\s+you\s+"
    r"(?:first\s+|then\s+|actually\s+)?([a-z]+)\b", re.IGNORECASE)
_GENERIC = frozenset(["do", "be", "have", "get", "make", "say", "think", "feel", "mean", "go", "like", "want",
                      "know", "handle", "describe", "tell", "give", "approach", "deal", "see", "need", "use",
                      "look", "take", "find", "bring", "expect", "consider", "prefer"])


def asked_verbs(question: str) -> list[str]:
    """The verbs ``question`` asks the candidate to act with ("What would you ask … for, and how would you
    check …" -> ``["ask", "check"]``), lower case, without :data:`_GENERIC` ones; ``[]`` for none."""
    verbs = [m.group(1).lower() for m in _ASKED_RE.finditer(question or "")]
    return list(dict.fromkeys(v for v in verbs if v not in _GENERIC and len(v) > 2))


def does_asked_verb(question: str, answer: str) -> bool:
    """Whether ``answer`` says the candidate does one of ``question``'s :func:`asked_verbs` ("I'd ask for…",
    "I would first check…", "I asked…", "we'd compare…")."""
    for verb in asked_verbs(question):
        stem = verb[:-1] if verb.endswith("e") else verb
        if re.search(rf"\b(?:I|we)(?:'d|'ll| would| will| should)?\s+(?:\w+ly\s+|first\s+|also\s+|then\s+)?"
                     rf"{re.escape(stem)}\w*\b", answer or "", re.IGNORECASE):
            return True
    return False
