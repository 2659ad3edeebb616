"""A requirement line that opens with its own name as a label: "Pharmacology: Extensive knowledge of drugs".

Many ads (and most pharmacy, nursing and trade ads built from a competency framework) write each requirement as
"<name>: <what it means here>". The name before the colon is the requirement; the text after it explains it, and is
often a duty ("Patient Counseling: Explain medication regimens…") that the reader would drop. Before session 29 the
reader kept the line cut at six words ("Pharmacology: Extensive knowledge of drugs") and a working pharmacist was told
the job was "a real gap" (re-check rc28, P3). Two kinds of label are no requirement's name and are read through:

- a sorting label ("Experience:", "Languages:", "Software:", "Licensure:", "Education:"): the ad's own headings, the
  requirement is after it;
- a label naming a job or its people ("Support Specialists – …", "Care Workers:"): who the line is about; the line
  is read whole, as before.

Public API: :func:`labelled`, :func:`label_name`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.cv_titles import title_head

# "- Pharmacology: Extensive …", "• Patient Counseling – Explain …": a label of one to four words, capitalised, then a
# colon or a spaced dash, then the text that explains it
_LABEL_RE = re.compile(
    r"^\s*(?:[-*•·▪‣◦–]\s+)?(?P<label>[A-Z][\w'’&/]*(?:[ -](?:[A-Za-z][\w'’&/]*|&)){0,3})\s*(?::|\s[–—-]\s)\s*"
    r"(?P<rest>\S.{3,})$")

# the ad's sorting labels: headings of a kind of requirement, never its name (lower case); a label made of these
# words alone ("Technical Skills", "Education & Training", "Languages") sorts, and so does one of the phrases
_SORTING_WORDS = frozenset(["experience", "experiences", "work", "professional", "relevant", "industry", "years", "language", "languages", "skill", "skills", "skillset", "software", "tools", "tooling", "tech", "stack", "technology", "technologies", "systems", "platforms", "education", "educational", "academic", "background", "degree", "degrees", "qualification", "qualifications", "licensure", "licence", "licences", "license", "licenses", "licensing", "registration", "certification", "certifications", "certificate", "certificates", "credentials", "requirement", "requirements", "required", "essential", "essentials", "desirable", "desired", "preferred", "nice", "bonus", "plus", "must", "minimum", "basic", "knowledge", "abilities", "ability", "competencies", "competences", "competency", "core", "key", "technical", "soft", "hard", "other", "additional", "training", "physical", "demands", "conditions", "environment", "schedule", "shift", "shifts", "hours", "working", "location", "locations", "travel", "salary", "pay", "compensation", "benefits", "perks", "type", "job", "employment", "contract", "note", "notes", "general", "personal", "attributes", "qualities", "traits", "profile", "ideal", "candidate", "role", "position", "title", "department", "team", "start", "date", "closing", "deadline", "duration", "level", "seniority", "and", "of", "&", "to", "have", "haves"])
_SORTING_PHRASES = frozenset({"who you are", "about you", "what we offer", "reports to", "please note", "the role"})


def _sorting(label: str) -> bool:
    low = re.sub(r"\s+", " ", label.lower()).strip()
    return low in _SORTING_PHRASES or all(w in _SORTING_WORDS for w in re.split(r"[ /&-]+", low) if w)


_PLURAL_RE = re.compile(r"(?:ies|s)$")


def _a_role(label: str) -> bool:
    """Whether ``label`` names a job or its people ("Support Specialists", "Care Workers", "Nurse"), by the head
    word of the standard title list (:func:`core.analysis.cv_titles.title_head`), singular or plural."""
    head = label.split()[-1].lower()
    if title_head(head):
        return True
    singular = head[:-3] + "y" if head.endswith("ies") else _PLURAL_RE.sub("", head)
    return singular != head and title_head(singular)


@lru_cache(maxsize=4096)
def labelled(line: str) -> tuple[str, str] | None:
    """(label, rest) when ``line`` opens with a label of one to four capitalised words and a colon or a spaced dash
    ("Pharmacology: Extensive knowledge of drugs" -> ("Pharmacology", "Extensive knowledge of drugs")); None for a
    line with no such label, a number or a web address after the colon ("Vacancy: 02", "URL: https://…"), or a
    label that is a sentence's own start ("We offer: …")."""
    m = _LABEL_RE.match(line or "")
    if not m:
        return None
    label, rest = m.group("label").strip(), m.group("rest").strip()
    if re.match(r"(?:https?|www)\b|\d[\d\s./-]*$", rest, re.IGNORECASE) or label.split()[0].lower() in {
            "we", "you", "our", "your", "i", "they", "this", "the", "it"}:
        return None
    return label, rest


def label_name(line: str) -> str:
    """The requirement ``line`` names by its label ("Pharmacology", "Patient Counseling", "Attention to Detail"), or
    "" when it has none, or its label sorts requirements ("Experience:", "Licensure:") or names a job or its people
    ("Care Workers:"): the requirement is then in the text after it (:func:`labelled`)."""
    found = labelled(line)
    if not found:
        return ""
    label = found[0]
    if _sorting(label) or _a_role(label) or _a_trait(label):
        return ""
    return label


def _a_trait(label: str) -> bool:
    """Whether ``label`` is one word of a quality ("Numerate:", "Patient:", "Organised:"): the text after it is what
    the quality means here, and the line is read whole, as before (session 14)."""
    from core.analysis.job_noise import lone_trait  # (the job readers read this module)
    from core.analysis.job_traits import trait_word

    return len(label.split()) == 1 and bool(trait_word(label) or lone_trait(label))


def sorted_rest(line: str) -> str:
    """The text after a sorting label ("Licensure: Current state pharmacist license" -> "Current state pharmacist
    license"), or ``line`` itself when it has none. A label naming a job or its people is no label here: the line is
    read whole, as before ("Support Specialists – Learning Disabilities & Mental Health", a careers page's list of
    roles, is no requirement: set 28)."""
    found = labelled(line)
    if found and _sorting(found[0]):
        return found[1]
    return line
