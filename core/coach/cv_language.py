"""The CV tip when the CV is written in another language than the job ad (a French CV for an English job).

Said once, kindly, first among the CV tips: an employer usually reads a CV in the ad's language, and the offline
coach reads the CV's skills as written, so what it lists as missing may only be written in the other language
("Direction d'une équipe" is leading a team). Languages are :func:`core.analysis.language.detect_language`'s
(ISO 639-1; "en" when unsure, so an unsure reading says nothing).
"""

from __future__ import annotations

from core.analysis.language import detect_language, language_name

_SAMPLE_CHARS = 4000  # the detector reads the first few thousand characters: enough for a CV's language


def cv_and_job_languages(cv_text: str, job_description: str) -> tuple[str, str]:
    """(CV language, job language) as ISO 639-1 codes; equal when either is empty or unsure."""
    if not (cv_text or "").strip() or not (job_description or "").strip():
        return "en", "en"
    return detect_language(cv_text[:_SAMPLE_CHARS]), detect_language(job_description[:_SAMPLE_CHARS])


def language_tip(cv_text: str, job_description: str) -> str:
    """The tip saying the CV's language differs from the job ad's; "" when they agree (or either is unsure)."""
    cv_lang, job_lang = cv_and_job_languages(cv_text, job_description)
    if cv_lang == job_lang:
        return ""
    cv_name, job_name = language_name(cv_lang), language_name(job_lang)
    article = "an" if job_name[:1] in "AEIOU" else "a"
    return (f"Your CV is written in {cv_name} and the job ad in {job_name}. Employers usually expect a CV in the "
            f"ad's language, so {article} {job_name} version would help; the coach also reads your CV as written, so some "
            f"skills below may only be missing because they are in {cv_name}.")
