"""What the candidate is told when an answer is not in the interview's language.

The offline coach reads English and Spanish (:data:`core.analysis.language.ANALYSED_LANGUAGES`):
a Spanish answer is scored on Spanish cues, one in another language on length, detail and numbers
only (:mod:`core.coach.dimensions`); of French, German, Italian and Portuguese it reads a part
(:data:`core.analysis.language.PARTLY_READ_LANGUAGES`: a skip, "I don't know", figures and results), and says so. Either way the candidate should know it at once, in the chat,
not only in the report: :func:`language_notice` is that sentence, "" when the answer is in the
interview's language. The interview's language is its question's (English when the question is too
short to tell, as the offline coach's questions are).

English answers are told apart without the language detector
(:func:`core.analysis.language.probably_english`, which :func:`~core.analysis.language.detect_language`
asks first too), so the detector (about a second to load) runs only on answers that may be in another
language.
"""

from __future__ import annotations

import logging

from core.analysis.language import (
    ANALYSED_LANGUAGES,
    MIN_WORDS,
    PARTLY_READ_LANGUAGES,
    PARTLY_READ_WHAT,
    detect_language,
    language_name,
    probably_english,
    spaced_words,
)

logger = logging.getLogger(__name__)

def answer_language(answer: str) -> str:
    """The ISO 639-1 code of an answer's language; "en" for a short or clearly English one. Length is
    :func:`~core.analysis.language.spaced_words`, so a Chinese or Japanese answer (no spaces between
    its words) is not taken for a one-word English one."""
    text = answer or ""
    if spaced_words(text) < MIN_WORDS or probably_english(text):
        return "en"
    return detect_language(text)


def language_notice(question: str, answer: str, documents: str = "") -> str:
    """One sentence for the chat when ``answer`` is in another language than ``question`` (the
    interview's): which language each is, and what the offline coach can read of it; "" otherwise, and ""
    when it is in ``documents``, the language the CV and the job share
    (:func:`core.coach.interview_language.documents_language`), which the interview accepts."""
    asked, said = answer_language(question), answer_language(answer)  # the same reading for both texts
    if said == asked or (documents and said == documents):
        return ""
    interview, other = language_name(asked), language_name(said)
    if said in ANALYSED_LANGUAGES:
        reads = f"the offline coach reads {other} too, but it scores {interview} answers best"
    elif said in PARTLY_READ_LANGUAGES:
        reads = (f"the offline coach reads only part of an answer in {other} ({PARTLY_READ_WHAT}), not its structure "
                 "or its fit to the question, so it scores such answers mostly on length, detail and numbers")
    else:
        reads = f"the offline coach cannot read {other}, so it scores such answers on length, detail and numbers only"
    return (f"Your answer seems to be in {other}, and this interview is in {interview}: {reads}. "
            f"Answer in {interview} for the fullest feedback.")
