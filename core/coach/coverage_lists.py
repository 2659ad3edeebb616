"""A coverage quote never ends inside a list of acts: "I mapped every close task, moved accruals" stopped at the "and"
of "accruals and prepayments", the second item of three (session 21 newcomer and re-check). The quote runs on to the
list's end when its sentence is short enough, else stops after the last whole item before the cut. A rule of this
project."""

from __future__ import annotations

import re

from core.analysis.text import sentences

WHOLE_WORDS = 40  # a sentence this long or shorter is quoted on to its end


def whole_list(quoted: str, answer: str) -> str:
    """``quoted`` (a slice of one sentence of ``answer``) ended after a whole list item: run on to the sentence's end
    when the sentence goes on with the list (", …" or "and …") and has at most :data:`WHOLE_WORDS` words, else cut back
    to the quote's last comma; ``quoted`` itself when it ends no list early."""
    if "," not in quoted:
        return quoted
    for sentence in sentences(answer or ""):
        at = sentence.find(quoted)
        if at < 0:
            continue
        rest = sentence[at + len(quoted):]
        if not re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)[a-z]", rest):
            return quoted  # it ends its clause or the sentence
        if len(sentence[at:].split()) <= WHOLE_WORDS:
            return sentence[at:].rstrip(" .!?;")
        return quoted[:quoted.rindex(",")].rstrip()
    return quoted
