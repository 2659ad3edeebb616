"""Qualifications that imply a skill: a CV holding one shows what its syllabus is (``data/qualification_skills.json``).

A recruiter reads "ICSA Certificate in Company Secretarial Practice" as minute-taking and meetings practice, and
"NEBOSH General Certificate" as risk assessment, though no bullet names either (issue 15, session 26 re-check:
"Minute-taking" was "not found" beside a CV listing an ICSA certificate). Each entry names how CVs write the
qualification, the requirement phrases it shows and its source; only what the syllabus covers is listed. Pure
functions over text; a missing or malformed data file is a startup error (OSError, ValueError).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA_PATH = Path(__file__).resolve().parents[2] / "data" / "qualification_skills.json"


def _phrase_re(phrase: str) -> re.Pattern[str]:
    """A whole-word pattern of ``phrase``, any space or hyphen between its words; an acronym ("ADR", "ICSA") in
    capitals only, so "adr" or "Icsa" in a word of another sense is no match."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", phrase.strip()) if w]
    flags = 0 if re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", phrase.strip()) else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?![\w-])", flags)


@lru_cache(maxsize=1)
def qualifications() -> tuple[tuple[str, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]], ...]:
    """Each qualification as (name, patterns of how a CV writes it, patterns of the requirement phrases it shows)."""
    raw = json.loads(DATA_PATH.read_text(encoding="utf-8"))["qualifications"]
    return tuple((q["qualification"], tuple(_phrase_re(w) for w in q["written"]), tuple(_phrase_re(p) for p in q["implies"]))
                 for q in raw)


def implying(requirement: str) -> list[tuple[str, tuple[re.Pattern[str], ...]]]:
    """The qualifications whose syllabus ``requirement`` asks for (it names one of their phrases whole), each as
    (name, patterns of how a CV writes it); [] for none ("Minute-taking at board meetings" -> the ICSA/CGI entry and
    shorthand's)."""
    return [(name, written) for name, written, implies in qualifications() if any(p.search(requirement or "") for p in implies)]


# a qualification still being studied or only planned: no evidence of what it teaches
UNFINISHED_RE = re.compile(r"(?i)\b(?:studying|in progress|ongoing|expected|working towards?|currently (?:taking|doing)|"
                           r"enrolled|due \d{4}|to complete)\b")


def qualification_line(text: str, requirement: str) -> str:
    """The first line of ``text`` (a CV) that holds a finished qualification implying ``requirement``
    (:func:`implying`; none still studied: :data:`UNFINISHED_RE`), as written, without its bullet; "" when none does."""
    asked = implying(requirement)
    if not asked:
        return ""
    for line in (text or "").splitlines():
        if not UNFINISHED_RE.search(line) and any(p.search(line) for _name, written in asked for p in written):
            return line.strip(" \t-–—•*·")
    return ""
