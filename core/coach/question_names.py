"""Which job requirements a question asks about by name, and the part of it to quote (session 15, relev2).

A question names a requirement where it asks about it, never in its greeting ("Hi, and thanks for taking the time
today.") nor in the titles it calls the role or the candidate's past job by: "what makes you want the Marketing
Manager – Paid Social & SEO role?" asks about no "5+ years in performance marketing" nor "managing one marketing
executive" for sharing "marketing" with the title (:func:`asking_text`). The coverage
(:func:`core.coach.coverage.coverage_item`) and relevance (:func:`core.coach.asked_requirement.unshown_requirement`)
read the same text, so they agree.
"""

from __future__ import annotations

import re

from core.analysis.job import mentions
from core.analysis.text import readable_text, sentences
from core.coach.evidence import mentions_requirement
from core.coach.greetings import is_greeting
from core.coach.requirement_heads import has_phrase_after_head, says_head

# a title: capitalised words (with "&", "–", "of", "and" between them), as a role or a past job is called
_TITLE = r"(?:[A-Z][\w'’.+-]*)(?:\s+(?:[A-Z][\w'’.+-]*|[&–—/-]|of|and|for|in|de|du|la|le))*"
# "the Marketing Manager – Paid Social & SEO role", "this Senior Analyst position", "your time as Team Lead at Acme"
_ROLE_TITLE_RE = re.compile(
    rf"\b(?:the|this|that|our|your|a|an)\s+{_TITLE}\s+(?=(?:role|position|job|post|vacancy|opening)\b)|"
    rf"\b(?:as|as an?)\s+{_TITLE}(?=\s+(?:at|with|for|in)\b)")


# a CV line the question quotes ('On your CV you wrote "Built a costing model in Excel that…"'): four words or more
# in quotation marks; a quoted term alone ('You list "SQL"') is what it asks about and stays
_QUOTED_LINE_RE = re.compile(r"\"(?:[^\"\s]+\s+){3,}[^\"]*\"|“(?:[^”\s]+\s+){3,}[^”]*”")


def asking_text(question: str) -> str:
    """``question`` without its greeting sentences, with the titles of a role or a past job blanked ("the
    Marketing Manager – Paid Social & SEO role" -> "the role") and the CV lines it quotes blanked (newcomer, session
    17: "Excel" inside 'you wrote "Built a standard costing model in Excel…"' was read as what a "hardest part"
    question asks about): the text in which it names what it asks about."""
    kept = [s for s in sentences(readable_text(question or "")) if not is_greeting(s)]
    text = _ROLE_TITLE_RE.sub(lambda m: m.group(0).split()[0] + " ", " ".join(kept))
    return _QUOTED_LINE_RE.sub('"…"', text)


def asking_part(question: str) -> str:
    """``question`` without its greeting sentences, to quote ("Let's begin with your time as…", never "Hi, and
    thanks for taking the time today."); the question as it is when it holds nothing else."""
    kept = [s for s in sentences(readable_text(question or "")) if not is_greeting(s)]
    return " ".join(kept) or (question or "")


def names_requirement(question: str, requirement: str) -> bool:
    """Whether ``question`` names ``requirement`` (:func:`core.analysis.job.mentions`,
    :func:`core.coach.evidence.mentions_requirement`) where it asks, outside its greeting and titles
    (:func:`asking_text`)."""
    # "The role calls for Go" is the job's framing, never "on-call" asked (session 23b newcomer: "on-call — weak"
    # named the Go question, not the 2 a.m. incident one)
    text = re.sub(r"(?i)\bcall(s|ed)? for\b", r"ask\1 for", asking_text(question))
    named = bool(text.strip()) and bool(mentions(text, requirement)[0] or mentions_requirement(text, requirement)[0])
    # "assessment to track progress" is named by "your work on assessment", never by "how you tracked your progress
    # toward a goal": a requirement with a purpose or object phrase needs its head term (session 18 newcomer)
    return named and (not has_phrase_after_head(requirement) or says_head(text, requirement))
