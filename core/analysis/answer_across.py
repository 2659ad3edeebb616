"""Whether an answer meets its question, CV or job when their words are in another language or form.

:func:`core.analysis.answer.elsewhere` calls an answer "about something else entirely" when it shares no specific
word with its question and at most one with the CV and job. Matching words as written misses three kinds of answer
that are on their own CV's terms (issue 15, session 19: a German answer on finding a warehouse bottleneck, given to
an English question in an interview whose CV and job are German, scored 1/10 "about something else (rhenus,
versandbereich, übernommen, lkws)"; the same answer in English scored 10/10):

* the CV's own employer named in the answer ("Bei Rhenus habe ich…") is the CV's subject;
* a compound that holds a CV or job word ("Versandbereich" holds the CV's "Versand", "Kommissionierende" its
  "Kommissionierung"): German, Dutch and the Nordic languages write one word where English writes three;
* an answer in another language than its question, whose words cannot be matched to the question's: a work term it
  names that the requirement-words table reads in English (``data/requirement_words.json`` via
  :func:`core.analysis.cv_translated.english_readings`: "Versand" is shipping) or any CV or job word it shares is
  enough, since a wrong "about something else" is worse than none (say less over wrong).
"""

from __future__ import annotations

import re

from core.analysis.cv_translated import english_readings  # the table of work words in six languages
from core.analysis.language import detect_language, probably_english
from core.analysis.question_across import across
from core.analysis.text import STOPWORDS, words

COMPOUND_PART = 5  # letters of a CV or job word's stem found at a compound's start or end: "versand" in "versandbereich"
MIN_EMPLOYER_WORD = 3  # letters of an employer's distinctive word ("Rhenus", "Fiege", "DHL")
# words of an employer's name that name no employer on their own ("Solutions", "GmbH", "Group")
_EMPLOYER_FILLER = frozenset(re.findall(r"\S+", """
    the and und et y e of de der die das von la le les los las del des di da do group gruppe holding holdings
    solutions services service ltd limited plc inc llc gmbh ag se co kg sa sas sarl srl spa bv nv ab oy as company
    international national uk europe deutschland france españa italia brasil portugal
"""))


def employer_named(text: str, cv_text: str) -> bool:
    """Whether ``text`` names an employer of ``cv_text`` (:func:`core.analysis.cv.extract_cv_facts` ``employers``) by
    the first distinctive word of its name ("Rhenus" for "Rhenus Warehousing Solutions SE & Co. KG"), as a word."""
    if not cv_text or not text:
        return False
    # the CV reader is heavy; only an answer off the question needs it
    from core.analysis.cv import extract_cv_facts

    said = {w.lower() for w in words(text)}
    for employer in extract_cv_facts(cv_text).get("employers", []):
        own = [w for w in re.findall(r"[^\W\d_][\w&'-]*", employer or "") if w.lower() not in _EMPLOYER_FILLER]
        if own and len(own[0]) >= MIN_EMPLOYER_WORD and own[0].lower() in said:
            return True
    return False


def _compound_meets(answer_stems: set[str], context_stems: set[str]) -> set[str]:
    """The context stems an answer stem holds at its start or end, or that hold it ("versand" / "versandbereich")."""
    out = set()
    for a in answer_stems:
        for c in context_stems:
            short, long_ = sorted((a, c), key=len)
            if len(short) >= COMPOUND_PART and short != long_ and (long_.startswith(short) or long_.endswith(short)):
                out.add(c)
    return out


def shared_context(text: str, lang: str, context: str, specific) -> set[str]:
    """The specific stems (``specific``: text, lang -> stems) ``text`` shares with ``context`` (the CV and job), a
    compound holding one of them counting too in a language other than English (:func:`_compound_meets`)."""
    answer_stems, context_stems = specific(text, lang), specific(context, lang)
    shared = answer_stems & context_stems
    return shared | _compound_meets(answer_stems - shared, context_stems - shared) if lang != "en" else shared


def question_language(question: str) -> str:
    """The question's language: English when it reads as English (:func:`probably_english`), else detected."""
    return "en" if probably_english(question or "") else detect_language(question or "")


def read_across(text: str, lang: str, question: str, shared: set[str]) -> bool:
    """Whether an answer in ``lang``, another language than ``question``'s, takes up anything the coach can read
    across: a CV or job word (``shared``, non-empty), a term of the question as said in ``lang``
    (:func:`core.analysis.question_across.across`) or a work term the requirement-words table reads in English."""
    if lang == question_language(question):
        return False
    if shared or across(question, text, lang).taken:  # a question's term as said in the answer's language (session 20)
        return True
    return bool(english_readings(" ".join(w for w in words(text) if w.lower() not in STOPWORDS)))

