"""The CV in the report's coverage: a requirement the answers did not show, which the CV does, is evidenced by its line.

A recruiter reads the CV beside the interview: "MPharm (Hons) Pharmacy" shows an MPharm degree, "Keep the CD register …
in line with the Misuse of Drugs Regulations 2001" shows knowledge of controlled drug legislation, "Applied the
Children Act 1989 in casework" shows the Act, and "ICSA Certificate in Company Secretarial Practice" shows
minute-taking (a qualification whose syllabus is the skill: :mod:`core.coach.qualifications`). The report called such
rows "weak" or "not probed" because only the answers were read (issue 15, session 26 re-check). :func:`cv_row` now
evidences a row the answers left weak, merely mentioned or unprobed by the CV's own line, saying so ("Your CV shows
it: …"), when :func:`core.coach.evidence_cv.cv_meets` reads the CV as meeting it and one line of the CV does on its
own; never a row whose answer denied it ("I have never…"), nor a years requirement (the CV's dates decide those:
:func:`core.coach.coverage_years.cv_years_row`). A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re

from core.analysis.job_years import years_asked
from core.analysis.licences import credential_heading
from core.coach.concepts import RECOGNITION_NOTE, recognition_needed
from core.coach.degree_related import related_degree
from core.coach.evidence import NEGATION_RE, mentions_requirement
from core.coach.evidence_cv import cv_meets
from core.coach.phrasing import clip, quote
from core.coach.qualifications import UNFINISHED_RE as _UNFINISHED_RE
from core.coach.qualifications import qualification_line
from core.schemas import CoverageItem

# a CV's items: its lines, a sentence of a line, a part of a line split by " | "
_PART_RE = re.compile(r"(?<=[.;])\s+(?=[A-Z])|\s+\|\s+")
_BULLET_RE = re.compile(r"^[\s\-–—•*·▪‣◦●■➢➤►✓✔]+")
_MENTIONED = "Mentioned in "
MAX_QUOTE_WORDS = 16  # a CV line quoted in a row, at most this many words (clipped at a word)


# a line that a PDF wrapped inside a sentence: it ends on a comma or a word that needs one after it ("…an email template
# my team and I used with the" / "Amerisave Wholesale campaign."), or the next line goes on in lower case
_OPEN_END_RE = re.compile(r"(?i)\b(?:the|a|an|of|and|or|with|to|for|in|on|at|by|from|as|my|our|their|its|into|that|"
                          r"which|who|well)\s*$|,\s*$")
_GOES_ON_RE = re.compile(r"^[a-z(]")


def unwrapped_lines(cv_text: str) -> list[str]:
    """The CV's lines, a sentence wrapped over several lines joined into one (session 28: "Amerisave Wholesale
    campaign." was quoted for "email campaigns", the end of "…an email template my team and I used with the");
    a line that starts with a bullet starts an item of its own."""
    lines: list[str] = []
    for line in (cv_text or "").splitlines():
        if lines and line.strip() and not _BULLET_RE.match(line) and lines[-1].strip() and not re.search(
                r"[.!?:;|]\s*$", lines[-1]) and (_OPEN_END_RE.search(lines[-1]) or _GOES_ON_RE.match(line.strip())):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line)
    return lines


def cv_parts(cv_text: str) -> list[str]:
    """The CV's items, each without its bullet: lines (a sentence wrapped over lines joined: :func:`unwrapped_lines`),
    and a line's sentences or " | " parts."""
    parts = []
    for line in unwrapped_lines(cv_text):
        for part in _PART_RE.split(line):
            part = _BULLET_RE.sub("", part).strip()
            if len(part) >= 3:
                parts.append(part)
    return parts


def _words(text: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[^\W\d_]{3,}", text or "")}


def cv_line(cv_text: str, requirement: str, job_description: str = "") -> str:
    """The CV line that shows ``requirement``: a finished qualification whose syllabus it is
    (:func:`core.coach.qualifications.qualification_line`), else, when the CV meets it
    (:func:`core.coach.evidence_cv.cv_meets`), the one part of the CV that meets it on its own, preferring a part that
    writes the requirement whole, then one sharing most of its words, then the shortest; "" when none does."""
    if not (cv_text or "").strip() or not (requirement or "").strip():
        return ""
    if line := qualification_line(cv_text, requirement):
        return line
    if not cv_meets(cv_text, requirement, job_description):
        return ""
    # a heading ("Professional Certifications") shows nothing held (session 27)
    shown = [p for p in cv_parts(cv_text) if not _UNFINISHED_RE.search(p) and not credential_heading(p)
             and cv_meets(p, requirement, job_description)]
    if not shown:
        return ""
    asked = _words(requirement)
    whole = requirement.lower().strip()
    return min(shown, key=lambda p: (whole not in p.lower(), -len(asked & _words(p)), len(p)))


def clipped_to(line: str, requirement: str) -> str:
    """``line`` clipped to :data:`MAX_QUOTE_WORDS` words (:func:`core.coach.phrasing.clip`) so that it keeps the last of
    the requirement's words it names: a long sentence is quoted from a few words before them, after "…" (session 28:
    "I also wrote … an email template my team…" left out the "campaign" of "email campaigns")."""
    words = line.split()
    if len(words) <= MAX_QUOTE_WORDS:
        return line
    asked = _words(requirement)
    named = [i for i, w in enumerate(words) if _words(w) & asked]
    if not named or named[-1] < MAX_QUOTE_WORDS - 1:
        return clip(line, MAX_QUOTE_WORDS)
    start = max(0, named[-1] - MAX_QUOTE_WORDS + 3)
    return "…" + clip(" ".join(words[start:]), MAX_QUOTE_WORDS)


def denied(answers: list[str], requirement: str) -> bool:
    """Whether an answer denies ``requirement``: a negated sentence ("I have never taken minutes") sharing a word stem
    of it (four letters or more, or an acronym: "minut" of "Minute-taking", "VBA")."""
    from core.analysis.text import sentences
    from core.coach.coverage import requirement_stems

    stems = requirement_stems(requirement)
    return any(NEGATION_RE.search(x) and stems & requirement_stems(x) for answer in answers for x in sentences(answer or ""))


def told_of(item: CoverageItem) -> str:
    """What the interview did of a row the CV shows: no question came to it, its question was skipped or not answered
    (:func:`core.coach.coverage.unanswered_kind`: session 28, "no question came to it" beside a skipped question on
    email campaigns), or it did not show it."""
    from core.coach.coverage import unanswered_kind

    if kind := unanswered_kind(item.evidence):
        return f"the question on it was {kind}"
    return "no question came to it" if item.status == "not probed" else "the interview did not show it"


def cv_row(item: CoverageItem, cv_text: str, job_description: str = "", answers: list[str] | None = None) -> CoverageItem:
    """``item`` evidenced by the CV's line (:func:`cv_line`) when the answers did not show it: "not probed", "weak"
    (asked, or mentioned but not as the candidate's own) become "evidenced" with "Your CV shows it: …" and what the
    interview did; an evidenced row, a years requirement, a row whose mention or one of ``answers`` (the candidate's
    words) denies it (:func:`denied`: "I have never…"), and a row the CV does not show are returned unchanged. A row of alternatives ("Zendesk or Intercom") is shown by any."""
    if item.status == "evidenced" or not (cv_text or "").strip() or years_asked(item.requirement):
        return item
    if item.evidence.startswith(_MENTIONED) and NEGATION_RE.search(item.evidence.split(", but not as")[0]) or denied(
            answers or [], item.requirement):
        return item  # the candidate said they have not: the CV line does not overrule it
    names = [item.requirement, *(re.split(r",\s*|\s+or\s+", item.requirement) if " or " in item.requirement else [])]
    line = next((found for name in names if (found := cv_line(cv_text, name, job_description))), "")
    if (not line or not mentions_requirement(line, item.requirement)[0]) and (
            related := related_degree(cv_text, item.requirement, job_description)):
        # "B.A. in Economics" for "Bachelor's degree in Accounting, Finance, or related field" (session 28)
        return item.model_copy(update={"status": "evidenced", "evidence": f"Your CV shows a degree in a related field, "
                                       f"which the job accepts: {quote(clip(related, MAX_QUOTE_WORDS))}; {told_of(item)}."})
    if not line:
        return item
    told = told_of(item)
    # "Registered Nurse" for "examinierte Pflegefachkraft": the same qualification, under another country's title
    recognition = f" Note: {RECOGNITION_NOTE}." if recognition_needed(item.requirement, line) else ""
    return item.model_copy(update={"status": "evidenced", "evidence": f"Your CV shows it: "
                                   f"{quote(clipped_to(line, item.requirement))}; {told}.{recognition}"})
