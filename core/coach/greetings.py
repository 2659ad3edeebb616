"""Greetings: the one recogniser of a sentence of pleasantries before an interview question ("Hi, and thanks for
taking the time today.", "Welcome!", "Good morning, nice to meet you."), which asks nothing.

Used by :func:`core.coach.phrasing.question_heading` (a heading drops the greeting sentences a question opens with)
and :mod:`core.coach.question_names` (a question names a requirement outside its greeting). The two read the
greeting's end differently on purpose: a heading cuts a greeting off the front of the whole question text, up to
its first full stop, exclamation or question mark ("Hi, how are you? Tell me about…" -> "Tell me about…"), while
:func:`is_greeting` judges one sentence already split by :func:`core.analysis.text.sentences` and keeps any that asks
("Hi, how are you?"), since a requirement named there would be asked about.
"""

from __future__ import annotations

import re

# what a greeting opens with: a hello, a welcome, a thanks, or "(it's) nice to meet you"
_OPENER = (r"\W*(?:hi|hello|hey|good (?:morning|afternoon|evening)|welcome|thanks|thank you|"
           r"(?:it'?s\s+)?(?:great|good|nice|lovely|pleased) to (?:meet|see|have) you)\b")
# a greeting sentence opening a longer text, with the spaces after it (its end within 80 characters)
GREETING_START_RE = re.compile(rf"^{_OPENER}[^.!?]{{0,80}}[.!?]+\s+", re.IGNORECASE)
_GREETING_SENTENCE_RE = re.compile(rf"^{_OPENER}[^?]*[.!]\s*$", re.IGNORECASE)


def is_greeting(sentence: str) -> bool:
    """Whether one sentence only greets or thanks and asks nothing ("Hi, and thanks for taking the time today.",
    "Welcome!"); a sentence with a question mark ("Hi, how are you?") is no greeting here."""
    return bool(_GREETING_SENTENCE_RE.search(sentence))
