"""A job posting's gender mark, which is no part of the job's name.

French, German, Spanish, Italian and Dutch postings write one after (or inside) the title: "(H/F)",
"(F/H)", "(m/w/d)", "(w/m/d)", "(m/f/d)", "(f/m/x)", "(H/M)", "(m/v)", "(gn)", "(all genders)",
"H/F" without brackets. The title is shown without it everywhere (Home, History, the report, the
questions). Standard library only, so :mod:`core.words` can use it.
"""

from __future__ import annotations

import re

# one letter of a gender mark: homme/femme (fr), männlich/weiblich/divers (de), hombre/mujer (es), man/vrouw
# (nl), x/d for non-binary; two to four of them, slash-separated
_LETTERS = r"(?:[hfmwdxv]|div\.?|divers)"
_MARK = rf"{_LETTERS}(?:\s*/\s*{_LETTERS}){{1,3}}"
GENDER_MARK_RE = re.compile(
    rf"\s*(?:\(\s*(?:{_MARK}|gn\*?|all\s+genders?|tous\s+genres)\s*\)"   # "(H/F)", "(m/w/d)", "(gn)", "(all genders)"
    rf"|[-–—,]?\s*(?<![\w/])(?:H\s*/\s*F|F\s*/\s*H|m\s*/\s*w\s*/\s*d|w\s*/\s*m\s*/\s*d|m\s*/\s*f\s*/\s*d)(?![\w/]))",
    re.IGNORECASE,
)


def without_gender_mark(title: str) -> str:
    """``title`` without its gender mark(s), spaces tidied: "Coordinateur Logistique (H/F)" -> "Coordinateur
    Logistique", "Koch (m/w/d) Vollzeit" -> "Koch Vollzeit", "Vendeur H/F - CDI" -> "Vendeur - CDI"; a title
    with none is returned as given (stripped). A "/" between words ("Front/Back End") is no mark: a mark is
    single letters only."""
    text = GENDER_MARK_RE.sub("", title or "")
    text = re.sub(r"\s{2,}", " ", text).strip()
    return re.sub(r"^[-–—,]\s*|\s*[-–—,]$", "", text).strip()
