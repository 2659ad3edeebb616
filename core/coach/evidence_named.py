"""Whether a CV shows a requirement by the thing it names (session 25: "never tell a candidate their CV lacks what it
shows"). Three readings :func:`core.coach.evidence_cv.cv_meets` lacked:

- a lead of knowledge or experience is no part of what is asked: "Knowledge of controlled drug legislation and safe
  custody", "Substantial experience as an EA" are shown when the CV shows what follows the lead; knowledge of a
  field's rules ("controlled drug legislation") is shown by work with what they govern ("Manage Schedule 2
  controlled drugs"), unless it names a law by name ("the Children Act 1989": the law itself must be on the CV);
- an abbreviation is shown by its spelled-out form: "EA" by "Executive Assistant" (the capitals of a run of
  capitalised words on the CV spell it);
- a named degree or qualification by its own abbreviation: "MPharm degree" by "MPharm (Hons)".

A rule of this project, not a figure from research. Pure functions over text.
"""

from __future__ import annotations

import re

_QUALIFIERS = r"(?:(?:substantial|proven|extensive|significant|solid|strong|demonstrable|considerable|good|sound|" \
              r"working|thorough|detailed|excellent|previous|prior|relevant|some)\s+)*"
_LEAD_RE = re.compile(
    rf"^\s*{_QUALIFIERS}(?P<kind>knowledge|understanding|awareness|familiarity|experience)\s+(?:of|in|with|as)\s+"
    r"(?:(?:a|an|the)\s+)?(?P<rest>\S.*)$", re.IGNORECASE)
# a field's rules, known through the work they govern: "controlled drug legislation", "food hygiene regulations"
_RULES_RE = re.compile(r"\s+(?:legislation|law|laws|regulations?|rules|guidance|procedures|requirements|standards|"
                       r"polic(?:y|ies)|frameworks?)$", re.IGNORECASE)
# a law named by its name: it must be named on the CV (core.coach.plan_credential reads the same)
_NAMED_LAW_RE = re.compile(r"\b(?:[A-Z][\w'’]*\s+){1,5}(?:Act|Regulations|Directive)\b")
# what is said of a named degree or post around its abbreviation: "MPharm degree", "a PA role"
_AROUND_RE = re.compile(r"^(?:(?:a|an|the)\s+)?(?P<name>\S+?)(?:\s+(?:degree|qualification|role|position|"
                        r"post|level))?\s*$", re.IGNORECASE)
# an abbreviation: two capitals at least ("EA", "PA", "LLB", "MPharm", "BVSc"); a plain word is none
_ABBREVIATION_RE = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,7}$")


def named_shown(cv_text: str, requirement: str, job_description: str = "") -> bool:
    """Whether the CV shows ``requirement`` by the thing it names (the module's three readings); False when it
    does not, or the requirement is none of these kinds."""
    from core.coach.evidence_cv import cv_meets  # cv_meets asks this module: imported when called

    cv, requirement = cv_text or "", " ".join((requirement or "").split())
    if not cv.strip() or not requirement:
        return False
    if abbreviation_shown(cv, requirement):
        return True
    lead = _LEAD_RE.match(requirement)
    if not lead:
        return False
    rest = lead.group("rest").strip(" .;:")
    if abbreviation_shown(cv, rest) or cv_meets(cv, rest, job_description):
        return True
    if lead.group("kind").lower() == "experience" or _NAMED_LAW_RE.search(rest):
        return False
    first = re.split(r"\s+(?:and|&)\s+|,\s*", rest)[0]  # "controlled drug legislation" of "… and safe custody"
    governed = _RULES_RE.sub("", first)
    return governed != first and len(re.findall(r"[^\W\d_]{3,}", governed)) >= 1 and cv_meets(cv, governed, "")


def abbreviation_shown(cv_text: str, phrase: str) -> bool:
    """Whether ``phrase`` is an abbreviation, alone or with "degree"/"role" after it ("MPharm degree", "an EA"),
    that the CV writes as such (case kept: "MPharm") or spells out in capitalised words whose capitals spell it
    ("Executive Assistant" for "EA"); False for any other phrase."""
    said = _AROUND_RE.match(phrase or "")
    name = said.group("name").strip(".,;:()") if said else ""
    if not _ABBREVIATION_RE.match(name):
        return False
    if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", cv_text):
        return True
    if not name.isupper():
        return False
    words = r"\s+(?:(?:of|and|&|for|to)\s+)?".join(rf"{letter}[a-z]+" for letter in name)
    return bool(re.search(rf"\b{words}\b", cv_text))
