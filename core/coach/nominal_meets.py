"""A requirement named by a noun of action, shown by a CV line that says the act with its verb.

"insurance verification" is shown by "Verified insurance eligibility for new patients", "invoice reconciliation" by
"Reconciled supplier invoices", "stock management" by "Managed stock for two sites": the job names the work by its
noun ("verification"), the CV by its verb ("verified"). Before session 30 such a CV was told "insurance verification,
which I don't see on your CV" (a medical receptionist's CV, checked by the team on a public-style ad).

The noun's verb is read by the English derivational suffixes of nouns of action (Quirk et al., *A Comprehensive
Grammar of the English Language*, 1985, App. I.30-I.34: -ation, -ification, -isation/-ization, -ment, -al, -ance,
-ence), each undone to the verb's dictionary forms it can come from, and compared with the dictionary forms
(:func:`core.analysis.lemmas.lemma`) of the line's words; the requirement's other words must be in the same line, in
any form of the word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.lemmas import lemma

# noun suffix -> the verb endings it can come from ("verification" -> "verify", "reconciliation" -> "reconcile",
# "management" -> "manage", "approval" -> "approve", "assessment" -> "assess", "documentation" -> "document")
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ification", ("ify",)),
    ("isation", ("ise", "ize")),
    ("ization", ("ize", "ise")),
    ("iation", ("iate", "y", "e")),  # "negotiation", "variation", "reconciliation"
    ("ation", ("ate", "e", "")),
    ("ition", ("ite", "")),
    ("ment", ("",)),
    ("al", ("e", "")),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
)
_MIN_STEM = 3  # letters left before the suffix ("approv-al"); never "al" of "deal"
_SMALL = frozenset({"and", "or", "of", "the", "a", "an", "in", "for", "to", "with", "on"})


def verbs_of(noun: str) -> frozenset[str]:
    """The verbs ``noun`` (lower case) can be the noun of action of ("verification" -> {"verify"}), or none."""
    out: set[str] = set()
    for suffix, endings in _SUFFIXES:
        if noun.endswith(suffix) and len(noun) - len(suffix) >= _MIN_STEM:
            base = noun[: -len(suffix)]
            out |= {base + ending for ending in endings}
            break
    return frozenset(out)


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", text or "")]


@lru_cache(maxsize=2048)
def _line_lemmas(line: str) -> frozenset[str]:
    return frozenset(lemma(w) for w in _words(line)) | frozenset(_words(line))


def nominal_meets(cv_text: str, requirement: str) -> bool:
    """Whether a line of ``cv_text`` says the act ``requirement`` (two or three words, the last a noun of action:
    "insurance verification") names by its verb ("Verified insurance eligibility…") with the requirement's other
    words in any form ("insurance"), in English."""
    words = [w for w in _words(requirement) if w not in _SMALL]
    if not 2 <= len(words) <= 3:
        return False
    verbs = verbs_of(words[-1])
    if not verbs:
        return False
    others = {lemma(w) for w in words[:-1]}
    for line in (cv_text or "").splitlines():
        said = _line_lemmas(line)
        if verbs & said and others <= said:
            return True
    return False
