"""A job posting's gender mark, which is no part of the job's name: the one recogniser of it.

French, German, Spanish, Italian and Dutch postings write one after (or inside) the title: "(H/F)",
"(F/H)", "(m/w/d)", "(w/m/d)", "(m/f/d)", "(f/m/x)", "(H/M)", "(m/v)", "(w)", "(gn)", "(all genders)",
"(alle Geschlechter)", "(m/w/div)", "(w/m/x/-)", "H/F" or "f/m/x" without brackets. The title is shown without it
everywhere (Home, History, the report, the questions: the coach's ``plan_text.title_in_sentence``) and
a CV title is read without it (:func:`core.analysis.cv_lang.foreign_title`). Standard library only, so
:mod:`core.words` can use it.
"""

from __future__ import annotations

import re

# one letter of a gender mark: homme/femme (fr), männlich/weiblich/divers (de), hombre/mujer (es), man/vrouw
# (nl), x/d for non-binary; one (German "(w)") to four of them, slash-separated
_LETTERS = r"(?:[hfmwdxv]|div\.?|divers|-)"  # "-": no gender given ("(w/m/x/-)")
_MARK = rf"(?:{_LETTERS}(?:\s*/\s*{_LETTERS}){{1,3}}|[mwfhdx])"
# unbracketed: two to four single letters, the first a sex's ("H/F", "m/w/d", "f/m/x"), standing alone
_BARE = r"[mwfhd](?:\s*/\s*[mwfhdx]){1,3}"
# A match starts only where a run of spaces starts ((?<!\s)) and each run is read by one \s*: a CV line of
# thousands of spaces is read in linear time, never tried from every space of it.
GENDER_MARK_RE = re.compile(
    rf"(?<!\s)\s*(?:\(\s*(?:{_MARK}|gn\*?|all\s+genders?|tous\s+genres|alle\s+geschlechter)\s*\)"  # "(H/F)", "(w)"
    rf"|(?:[-–—,]\s*)?(?<![\w/]){_BARE}(?![\w/]))",
    re.IGNORECASE,
)


# An inclusive-writing ending glued to a word: "Chargé(e)", "Conseiller(ère)", "Technicien(ne)", "Erzieher(in)",
# "Chargé·e" (a bracket right after a letter, or a middle dot, holding a feminine ending only).
_INCLUSIVE_ENDING_RE = re.compile(r"(?<=\w)(?:\((?:e|es|ne|le|se|ère|ere|rice|euse|ive|a|as|in|innen)\)|"
                                  r"·(?:e|es|ne|le|se|ère|rice|euse|ive)\b)", re.IGNORECASE)


def without_gender_mark(title: str) -> str:
    """``title`` without its gender mark(s), spaces tidied: "Coordinateur Logistique (H/F)" -> "Coordinateur
    Logistique", "Koch (m/w/d) Vollzeit" -> "Koch Vollzeit", "Vendeur H/F - CDI" -> "Vendeur - CDI"; a title
    with none is returned as given (stripped); an inclusive ending goes too ("Chargé(e)" -> "Chargé"). A "/" between words ("Front/Back End") is no mark: a mark is
    single letters only."""
    text = _INCLUSIVE_ENDING_RE.sub("", GENDER_MARK_RE.sub("", title or ""))
    text = re.sub(r"\s{2,}", " ", text).strip()
    return re.sub(r"^[-–—,]\s*|\s*[-–—,]$", "", text).strip()
