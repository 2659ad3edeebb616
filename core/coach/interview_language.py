"""The interview's language when the CV and the job are written in another language than English.

The offline coach asks its questions in English (its templates and question bank are English only). A
candidate whose CV and job are both in Spanish (or French, German…) answers, quite rightly, in that
language: such answers are accepted, never marked down or told to "answer in the interview's language".
:func:`documents_language` is that shared language ("" when there is none); :func:`setup_notice` the one
sentence the setup page shows about it, before the interview starts.

Languages are :func:`core.analysis.language.detect_language`'s (langdetect), read on the first
:data:`SAMPLE_CHARS` characters of each document.
"""

from __future__ import annotations

from functools import lru_cache

from core.analysis.language import ANALYSED_LANGUAGES, detect_language, language_name

SAMPLE_CHARS = 4000  # enough running text to tell a document's language; langdetect's time grows with length


def _language(text: str) -> str:
    return detect_language((text or "")[:SAMPLE_CHARS]) if (text or "").strip() else ""


@lru_cache(maxsize=64)
def documents_language(cv_text: str, job_description: str) -> str:
    """The ISO 639-1 code of the language both ``cv_text`` and ``job_description`` are written in ("es"),
    when it is not English; "" when either is English, empty or too short to tell, or they differ."""
    cv, job = _language(cv_text), _language(job_description)
    return cv if cv and cv == job and cv != "en" else ""


def accepted(lang: str, cv_text: str, job_description: str) -> bool:
    """Whether an answer in ``lang`` is in the documents' language (:func:`documents_language`), so accepted
    as it stands although the offline coach asked in English."""
    return bool(lang) and lang != "en" and lang == documents_language(cv_text, job_description)


def setup_notice(cv_text: str, job_description: str) -> str:
    """One sentence for the setup page when the CV and the job share a language other than English: the
    offline coach asks in English and answers in that language are accepted; "" otherwise."""
    lang = documents_language(cv_text, job_description)
    if not lang:
        return ""
    name = language_name(lang)
    reads = ("it reads them and does not mark them down for their language" if lang in ANALYSED_LANGUAGES else
             f"it cannot read {name}, so it scores them on length, detail and numbers only, and never for their language")
    return (f"Your CV and the job are in {name}. The offline coach asks its questions in English; answer in {name} "
            f"or in English, as you prefer. Answers in {name} are accepted: {reads}.")
