"""A requirement named across a situation and the candidate's act: "One night a post-op patient became confused, so
I escalated to the registrar" names "escalating deteriorating patients" by "patient" in the situation and "escalated"
in the act. The first word of it sits in the situation, where someone else is the subject, so the sentence read as a
mere mention and its situation was quoted (session 17: the weaker part quoted when the act was there). The
candidate's own act on one of the requirement's words is their statement of it: :func:`own_word_quote` quotes it. A
rule of this project.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.analysis.text import short_quote

_WORD_RE = re.compile(r"[^\W\d_][\w'-]*")
# A word of an answer as the requirement matcher reads it (core.coach.evidence): letters of any alphabet, digits and
# "+#/-" inside it ("C++", "CI/CD"), "&" between letters ("P&L"); session 21: "facturación" was read as "facturaci"
# and "n", so "Facturación, cobros y cierre de caja diario" was never shown by "hago la facturación".
TOKEN_RE = re.compile(r"[^\W\d_](?:[^\W_]|[+#/-])*(?:&[^\W\d_]+)?")


def own_word_quote(sentence: str, names_word: Callable[[str], bool], own: Callable[[str, int], bool]) -> str:
    """The quote of ``sentence`` around its first word that is one of a requirement's words (``names_word(word)``)
    in a clause where the candidate acts (``own(sentence, position)``: the candidate as subject, not negated, not a
    wish); "" when no such word is in one. Only for a sentence that already names the requirement as a whole."""
    for found in _WORD_RE.finditer(sentence or ""):
        if len(found.group(0)) > 3 and names_word(found.group(0)) and own(sentence, found.start()):
            return short_quote(sentence, found.start(), found.end(), width=8)
    return ""
