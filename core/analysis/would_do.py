"""What I'd do: a short reply to a situational question that names nothing of another subject.

Session 20 (newcomer): "A pupil refuses to follow instructions and the rest of the class is watching. What would you
do?" answered "I'd tell them to do it or they'd be sent out." was redirected as "about something else": it shares no
word with the question and names no word of work, yet it says what the candidate would do to the question's own
people ("them", "it"). Such a reply is weak (thin, no steps, no reason), never about something else: an answer about
something else names its other subject ("I'd rather talk about my holiday in Portugal").
"""

from __future__ import annotations

import re

from core.analysis.language import zipf
from core.analysis.text import STOPWORDS, words
from core.words import subject_text

# "I'd tell them…", "I would ask…": not "I'd rather…", "I'd like to talk…", "I'd prefer…"
_WOULD_DO_RE = re.compile(r"\bI(?:'d|’d| would)\s+(?!rather\b|prefer\b|like\b|love\b|sooner\b)\w+", re.IGNORECASE)
_ASKS_WOULD_RE = re.compile(r"\bwhat (?:would|should|will) you (?:do|say)\b|\bhow (?:would|should|will) you\b|"
                            r"\bwhat (?:steps )?would you (?:take|try)\b", re.IGNORECASE)
OWN_SUBJECT_ZIPF = 4.8  # a word rarer than this names a subject of the answer's own (as core.analysis.answer.elsewhere)


def says_what_id_do(question: str, answer: str) -> bool:
    """Whether ``answer`` (English) says what the candidate would do, to a question asking what they would do, and
    names no subject of its own: no word (fillers, contractions and verbs in -ed/-ing aside) rarer than
    :data:`OWN_SUBJECT_ZIPF` on the wordfreq scale."""
    if not _ASKS_WOULD_RE.search(question or ""):
        return False
    if not _WOULD_DO_RE.search(answer or ""):
        return False
    # "he'd" is no subject, nor a verb's past or -ing form ("if they carried on")
    own = [w for w in words(subject_text(answer)) if "'" not in w and w.lower() not in STOPWORDS
           and not re.search(r"(?:ed|ing)$", w.lower()) and zipf(w.lower(), "en") < OWN_SUBJECT_ZIPF]
    return not own


# What I'd do, said in the other languages the coach reads: the first person's conditional ("würde ich", "je
# commencerais", "llamaría", "parlerei", "falaria") or a first step ("zuerst", "d'abord", "primero") with a verb of
# the first person. Not "I'd rather / like" ("ich würde gern / lieber", "j'aimerais", "me gustaría", "preferiría").
_PLAN_ACROSS_RE = {
    "de": re.compile(r"\b(?:würde|wuerde) ich\b(?! (?:gern|lieber))|\bich (?:würde|wuerde)\b(?! (?:gern|lieber))|"
                     r"\b(?:zuerst|als erstes|zunächst) (?:würde|werde|rufe|spreche|kläre|prüfe|schaue) ich\b", re.IGNORECASE),
    "fr": re.compile(r"\bj(?:e |['’])(?!aimerais\b|préférerais\b|voudrais\b)\w+rais\b|\b(?:d['’]abord|en premier),? je\b",
                     re.IGNORECASE),
    "es": re.compile(r"\b(?!(?:gust|encant)ar[ií]a\b|preferir[ií]a\b|(?:tesorer|secretar|ingenier|librer|cafeter|peluquer|panader|carnicer|"
                     r"mensajer|paqueter|galer|bater|loter|conserjer|fontaner|carpinter|conciliar)[ií]a\b)"
                     r"\w+(?:ar|er|ir|dr|br|rr|ab|ec|ic)[ií]a\b|\bprimero,? (?:\w+o|lo|le|la)\b", re.IGNORECASE),
    "it": re.compile(r"\b(?!vorrei\b|preferirei\b)\w{2,}rei\b|\bprima di tutto\b", re.IGNORECASE),
    "pt": re.compile(r"\b(?!(?:gost|prefer|secret|engenh|livr|pad|empres|lavand|papel)aria\b)\w+(?:ar|er|ir)ia\b|"
                     r"\bprimeiro,? (?:eu )?\w+\b", re.IGNORECASE),
}


def plans_across(question: str, answer: str, lang: str) -> bool:
    """Whether ``answer``, in ``lang`` (ISO 639-1, not English), says what the candidate would do, to a question
    asking what they would do ("What would you do?", "How would you…"): a plan for the question's situation, even
    when it names none of the situation's words (a supplier's late delivery answered "Zuerst würde ich mit dem Kunden
    sprechen…"). False for English (:func:`says_what_id_do`) and other languages."""
    pattern = _PLAN_ACROSS_RE.get(lang)
    return bool(pattern and _ASKS_WOULD_RE.search(question or "") and pattern.search(answer or ""))
