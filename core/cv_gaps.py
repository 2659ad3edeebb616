"""What a CV lacks for an interview: the one rule behind the setup page's short-CV warning and the
report's CV tip.

An interviewer draws on a CV's roles (each with its dates) and on what the candidate did in them (bullets
or sentences). A CV is "short" only when it lacks one of these or has fewer than :data:`MIN_WORDS` words,
never for its length alone: a complete 180-word CV with two dated roles and their bullets is enough.
No document reader is loaded, so the report can ask; the CV's hidden instructions are left out as the
interviewer leaves them out (core.analysis.text).
"""

from __future__ import annotations

import re

from core.words import count_words

MIN_WORDS = 60  # below this a CV cannot hold a dated role with two or three bullets (about 25 words each)
MIN_DESCRIBED_LINES = 2

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A date of an entry: a year (1950-2039), a month with a year ("03/2021", "Mar 2021"), "present" in a range.
_DATE_RE = re.compile(
    rf"\b(?:19[5-9]\d|20[0-3]\d)\b|\b{_MONTH}\s*'\d\d\b|\b(?:0?[1-9]|1[0-2])/(?:19|20)?\d\d\b"
    r"|[-–—]\s*(?:present|current|now|today)\b",
    re.IGNORECASE,
)
_BULLET_RE = re.compile(r"^\s*(?:[-*•·▪‣◦●■□➢➤►✓✔–—]|\d{1,2}[.)])\s+\S")
_MIN_LINE_WORDS = 6  # a line saying what was done: "Cut waiting times from 40 to 15 minutes"


def _described(line: str) -> bool:
    """A bullet, or a line of six words or more that is no comma list of skills ("Python, SQL, Excel, …")."""
    words = count_words(line)
    if _BULLET_RE.match(line):
        return words >= 3
    return words >= _MIN_LINE_WORDS and line.count(",") < words / 3 and not _DATE_RE.search(line)


def cv_gaps(text: str, *, min_words: int = MIN_WORDS) -> list[str]:
    """What ``text`` (a CV) lacks for an interview, each as a phrase for a sentence ("only 40 words",
    "no role with its dates", "no bullet points saying what you did", or "only one bullet point …" when it has
    one), or only "no readable words" when it has none; [] when it has all of it. Read without the instructions hidden in it
    (:func:`core.analysis.text.strip_injections`), as the interviewer reads it, so the setup page and the report,
    which pass the CV as given and as the report reads it, say one count."""
    # lazy: the report has it loaded; the setup page on first use
    from core.analysis.text import strip_injections

    text = strip_injections(text or "")  # an instruction to the interviewer is no part of the CV: not words, nor a bullet
    lines = [ln for ln in text.splitlines() if ln.strip()]
    words = count_words(text)
    if not words:  # a binary file read as text: "only 0 words, no role with its dates and …" said it crookedly
        return ["no readable words"]
    gaps = []
    if words < min_words:
        gaps.append(f"only {words} word{'s' if words != 1 else ''}")
    if not any(_DATE_RE.search(ln) for ln in lines):
        gaps.append("no role with its dates")
    described = sum(_described(ln) for ln in lines)
    if described < MIN_DESCRIBED_LINES:  # the one there is, counted: "no bullet points" would be untrue of it
        gaps.append("only one bullet point saying what you did" if described == 1 else "no bullet points saying what you did")
    return gaps


def joined(gaps: list[str]) -> str:
    """The gaps as one phrase: "only 40 words, no role with its dates and no bullet points …"."""
    return gaps[0] if len(gaps) == 1 else ", ".join(gaps[:-1]) + " and " + gaps[-1]
