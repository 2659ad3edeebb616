"""A job title as it reads inside the interviewer's sentences ("why the registered nurse (ER) role appeals"): moved
out of :mod:`core.coach.plan_text` (no change of behaviour), which re-exports :func:`title_in_sentence`."""

from __future__ import annotations

import re

from core.analysis.gender_marks import without_gender_mark
from core.analysis.language import detect_language
from core.words import display_title, title_cased_parts

# an inclusive ending written inside a word of the title, which no one says aloud: French "Chargé(e)", "Conseiller·ère",
# "Technicien.ne", German "Referent/in", "Mitarbeiter*in", "Kauffrau/-mann" is no such ending (a whole word follows),
# Spanish and Italian "Técnico/a", "Addetto/a"; the first form is said ("Chargé de recrutement"), as the gender mark
# after a title is left out (session 25: "why the Chargé(e) de recrutement role" read out)
_INCLUSIVE_RE = re.compile(
    r"(?<=[^\W\d_])(?:\((?:e|es|ne|se|le|euse|eure|ère|trice|rice|ice|a|as|in|innen)\)|[·•.](?:e|es|ne|se|euse|ère|trice|rice)"
    r"(?:[·•.]s)?|/-?(?:in|innen|a|as|e|ne)|[*:_](?:in|innen))(?![^\W\d_]|[-/])", re.I)

_ACRONYMS = {"er", "icu", "rn", "qa", "ux", "ui", "hr", "it", "vp", "sdr", "bdr", "ae", "ml", "ai", "seo", "ppc",
             "crm", "erp", "sql", "api", "ios", "cto", "ceo", "cfo", "nhs", "gp", "ed", "or", "pr", "b2b", "saas"}


def title_in_sentence(title: str, job_description: str = "") -> str:
    """A job title as it reads after "the": "Registered Nurse (ER)" -> "registered nurse (ER)",
    "Registered Nurse Er" -> "registered nurse ER"; names of products or firms in it are kept. A title
    with a department or unit after a dash or comma is the post's name and keeps its title case whole
    ("Registered Nurse – Emergency Department", also when written "registered nurse – Emergency
    Department": :func:`core.words.display_title`); half of it lowered reads as a typo. A title of a job
    written in another language than English keeps the job's own casing ("Sachbearbeiter Personalabrechnung":
    German nouns are capitalised; :func:`core.analysis.language.detect_language` on ``job_description``). A
    posting's gender tag (:func:`core.analysis.gender_marks.without_gender_mark`: "(H/F)", "(m/w/d)") is left out, and so
    is an inclusive ending inside a word ("Chargé(e)", "Referent/in", "Técnico/a": :data:`_INCLUSIVE_RE`)."""
    title = without_gender_mark(title).strip(" -–—|")  # "Coordinateur Logistique (H/F)": the posting's gender tag
    title = _INCLUSIVE_RE.sub("", title)  # "Chargé(e) de recrutement": "Chargé de recrutement"
    if re.search(r"\s[-–—]\s|,\s", title) or (job_description and detect_language(job_description[:3000]) != "en"):
        return display_title(title)
    return _lower_title_words(title)


# a pay grade's word before its number keeps its capital ("Band 6", "Band 8a", "Grade 7", "Level 3": session 24)
_GRADE_WORD_RE = re.compile(r"^(?:Band|Grade|Level|Step|Scale)$")
_GRADE_NUMBER_RE = re.compile(r"^\d{1,2}[a-dA-D]?$")


def _lower_title_words(title: str) -> str:
    out = []
    words = title.split()
    for i, word in enumerate(words):
        core = re.sub(r"[^A-Za-z0-9]", "", word).lower()
        if _GRADE_WORD_RE.match(word) and i + 1 < len(words) and _GRADE_NUMBER_RE.match(words[i + 1]):
            out.append(word)  # "Band 6 MSK physiotherapist": the grade is the post's name
        elif title_cased_parts(word):
            out.append(word.lower())  # "Multi-Skilled", "(Days", "Only)": title case, lowered as the other words
        elif any(c.isupper() for c in word[1:]):
            out.append(word)  # iOS, (ER), McKinsey
        elif core in _ACRONYMS and len(core) <= 4:
            out.append(re.sub(r"[A-Za-z]+", lambda m: m.group(0).upper(), word))
        elif word[:1].isupper() and word[1:].islower() or word.islower():
            out.append(word.lower())
        else:
            out.append(word)
    return " ".join(out)
