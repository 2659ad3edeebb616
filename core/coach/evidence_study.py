"""A practice named as what was studied, not done: "I studied contract law as part of my diploma", "the employment law
module of my CIPD diploma", "I covered contract law in a module of my degree". A course is training, not evidence of
the practice (session 21 re-check: "employment law — evidenced "the employment law module of my CIPD diploma"" from a
plan to get up to speed); the report reads it as a mention. A credential held ("I hold the CIPD Level 5 diploma") is
not read here: the caller leaves credentials out. A rule of this project, not a figure from research."""

from __future__ import annotations

import re

# a verb of study or a course's part right before the practice named ("studied", "a module on", "covered")
_STUDY_BEFORE_RE = re.compile(r"(?i)\b(?:stud(?:ied|y|ying)|learn(?:ed|t|ing)(?: about)?|covered|revis(?:ed|e|ing)|"
                              r"read up on|(?:course|module|unit|class|paper|lectures?|modules|units|training|"
                              r"workshop|seminar)s? (?:in|on|of|about|covering))\s+(?:(?:the|some|basic|a bit of)\s+)?$")
# a course's part right after it ("contract law module", "employment law unit of my course")
_STUDY_AFTER_RE = re.compile(r"(?i)^\s*(?:module|modules|unit|units|course|courses|paper|lectures?|"
                             r"training|workshop|seminar|exam)\b")


def studied_only(sentence: str, start: int, end: int) -> bool:
    """Whether the requirement named at ``sentence[start:end]`` is named as something studied: a verb of study or a
    course's part right before it, or a course's part right after it."""
    if start < 0 or end <= start:
        return False
    after = _STUDY_AFTER_RE.match(sentence[end:])
    if after and _PART_RE.match(after.group(0)) and _MADE_RE.search(sentence[:start]):
        after = None  # "I wrote the Terraform modules for…": modules built, not a course's part
    return bool(_STUDY_BEFORE_RE.search(sentence[:start]) or after or _RECEIVED_RE.match(sentence[start:]))


# training received, not given: "I trained at City of Bristol College", "trained as a chef", "I was trained by…"
# (session 24 re-check: "training and developing commis — evidenced 'I trained at City of Bristol College'")
_RECEIVED_RE = re.compile(r"(?i)train(?:ed|ing)\s+(?:at|in|as|under|with|for|on|by)\s+(?:an?\s+|the\s+)?(?=[A-Z]|"
                          r"(?:chef|nurse|teacher|apprentice|college|school|university|academy|course)\b)"
                          r"|trained\s*(?:[,.;]|$)")


# a part that is also a thing made ("Terraform modules", "test units") and the acts of making one
_PART_RE = re.compile(r"(?i)^\s*(?:module|modules|unit|units)$")
_MADE_RE = re.compile(r"(?i)\b(?:wrote|written|write|writing|built|build|building|developed|develop|created|create|"
                      r"maintain(?:ed|s)?|refactor(?:ed|s)?|designed|published|shipped|packaged|tested)\b")


# the candidate's possessive right before what is named: "My MA in Social Work", "My SMSTS was renewed", "mi título"
_MY_BEFORE_RE = re.compile(r"(?i)\b(?:my|mi)\s+$")


def own_degree(sentence: str, start: int) -> bool:
    """Whether ``sentence`` names, at ``start``, something of the candidate's own by its possessive right before it:
    "My MA in Social Work at UWE…" holds "Degree in social work" (a master's or bachelor's in the subject meets a
    degree), "My SMSTS was renewed in 2024" holds SMSTS as "my CSCS card" after it does (session 22b). Only right
    before: "My proudest deal was…" shows no pipeline. The caller rules out a wish or a negation ("I hope to start
    my degree…")."""
    return start >= 0 and bool(_MY_BEFORE_RE.search(sentence[:start]))


def received_masked(sentence: str) -> str:
    """``sentence`` with each training received blanked ("I trained at City of Bristol College" -> "I          at City
    of Bristol College"), its length kept, so what is left names no training the candidate gave."""
    return re.sub(r"(?i)\btrain(?:ed|ing)\b(?=\s+(?:at|in|as|under|with|for|on|by)\b)|\btrained(?=\s*(?:[,.;]|$))",
                  lambda m: " " * len(m.group(0)), sentence) if _RECEIVED_RE.search(sentence) else sentence

