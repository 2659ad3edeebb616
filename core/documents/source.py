"""Whether the text in a box is still the text a file gave: the same, edited, or another text.

Setup shows "Text from cv.pdf" under the CV (and the job description) while the box holds that file's text; a
person fixes what the extraction got wrong (the box says so), so a text edited here and there still comes
from the file, while a text pasted over it does not (newcomer, session 12: the caption named the file after
another CV was pasted). Two texts are compared by their word pairs (bigrams, lower case): an edit keeps most
of them, an unrelated text shares few even with the same vocabulary ("managed the", "of the" are few among
hundreds). A rule of this project; the threshold is :data:`KEPT_SHARE`. Pure functions; never raises.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Literal

Relation = Literal["same", "edited", "other"]

KEPT_SHARE = 0.5  # of the file's word pairs still in the box, and of the box's word pairs from the file
_WORD_RE = re.compile(r"\w+(?:['’.\-]\w+)*")


def _pairs(text: str) -> Counter[tuple[str, str]]:
    words = [w.lower() for w in _WORD_RE.findall(text or "")]
    return Counter(zip(words, words[1:], strict=False)) if len(words) > 1 else Counter((w, "") for w in words)


def text_relation(current: str, source: str) -> Relation:
    """How the box's ``current`` text stands to the ``source`` text a file (or a sample) put there.

    "same": equal but for spacing; "edited": at least :data:`KEPT_SHARE` of the file's word pairs are still
    there and at least that share of the box's word pairs come from the file (fixes, a line added or cut);
    "other": anything else (another text pasted over it, most of it replaced, or the box emptied).
    """
    if " ".join((current or "").split()) == " ".join((source or "").split()):
        return "same"
    now, then = _pairs(current), _pairs(source)
    if not now or not then:
        return "other"
    shared = sum((now & then).values())
    kept, own = shared / sum(then.values()), shared / sum(now.values())
    return "edited" if min(kept, own) >= KEPT_SHARE else "other"


def source_caption(current: str, source: str, filename: str | None) -> str | None:
    """The line under a text box naming the file its text came from: "Text from cv.pdf", "Text from
    cv.pdf, edited"; ``None`` when there is no file or the box no longer holds its text (see :func:`text_relation`)."""
    if not filename or not (current or "").strip():
        return None
    relation = text_relation(current, source)
    if relation == "other":
        return None
    return f"Text from {filename}" + (", edited" if relation == "edited" else "")
