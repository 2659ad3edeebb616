"""A tool an answer names in full once and by a short name after: "We use SAP EWM every night. I checked the bin
history in EWM." The later sentence is the candidate's own use of the same tool, so it shows what the full name
shows. Short names are the words of the full name as written with a capital or a digit ("EWM", "SAP", "Manhattan",
"SCALE"), read case-sensitively and only in the answer that named the tool in full. A rule of this project.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.analysis.text import STOPWORDS, sentences, short_quote


def short_forms(full_name: str) -> list[str]:
    """The short names of a tool named in two words or more, as written ("SAP EWM" -> ["SAP", "EWM"]); [] for a
    one-word name (it is its own short name) or words in lower case."""
    found = re.findall(r"[\w+#.&-]+", full_name or "")
    if len(found) < 2:
        return []
    return [w for w in found if len(w) >= 3 and re.match(r"[A-Z0-9]", w) and w.lower() not in STOPWORDS]


def own_short_use(answer: str, full_names: list[str], own: Callable[[str, int], bool]) -> str:
    """The quote of the first sentence of ``answer`` where the candidate uses a tool of ``full_names`` by a short
    name (:func:`short_forms`) as their own (``own(sentence, position)``: the candidate as subject, not negated);
    "" when none does."""
    shorts = list(dict.fromkeys(s for name in full_names for s in short_forms(name)))
    if not shorts:
        return ""
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in shorts) + r")(?![\w-])")
    for sentence in sentences(answer or ""):
        for found in pattern.finditer(sentence):
            if own(sentence, found.start()):
                return short_quote(sentence, found.start(), found.end(), width=8)
    return ""
