"""Two kinds an answer shows a requirement by without saying it as "I did X".

An outcome of the candidate's own remit: "I run digital marketing for Hartwood Home… In the last 18 months organic
traffic grew 64% after a technical SEO fix-list, and moving email to Klaviyo took email's share of revenue from 11% to
19%" shows SEO and email marketing, though neither clause has "I" (session 24 re-check: both rows read "mentioned… not
as something you have done" beside a 9/10 answer). The answer must first say the candidate runs, owns, manages or leads
the work, and the outcome clause must tell a measured change and name no one else as its doer.

A team by its size: "with a team of three", "I lead a team of two designers" shows "managing a small team" (the same
re-check: "not probed" though the team of three was quoted in the row above it). A small team is one of 2 to
:data:`SMALL_TEAM` people, a rule of this project, not a figure from research.
"""

from __future__ import annotations

import re

from core.analysis.job_years import NUMBER_WORDS
from core.analysis.text import content_stems, sentences
from core.coach.evidence import NEGATION_RE, WISH_RE, mentions_requirement, own_statement

# the candidate's remit, said in an earlier sentence of the same answer
_REMIT_RE = re.compile(r"\bI(?:'m| am)?\s+(?:run|own|manage|lead|head|oversee|look after|am responsible for|"
                       r"'m responsible for|responsible for|in charge of)\b", re.IGNORECASE)
# a measured change: a verb of change and a figure
_CHANGE_RE = re.compile(r"(?i)\b(?:grew|rose|fell|dropped|doubled|tripled|halved|increased|decreased|cut|took|went|"
                        r"improved|reduced|lifted|climbed|jumped)\b")
_FIGURE_RE = re.compile(r"\d")
# someone else named as the outcome's doer
_OTHERS_RE = re.compile(r"(?i)\b(?:he|she|they|his|her|their|my (?:manager|boss|predecessor|colleagues?)|"
                        r"the (?:agency|previous|other team|consultants?|contractor))\b")
_CLAUSE_SPLIT_RE = re.compile(r",\s+(?:and|but|while|so)\s+|;\s*")


def outcome_evidence(answer: str, requirement: str) -> str:
    """The clause of ``answer`` that tells a measured change of ``requirement``'s work after the candidate has said
    the work is theirs (see the module docstring); "" when none does."""
    said = sentences(answer or "")
    for index, sentence in enumerate(said):
        if index == 0 or not any(_REMIT_RE.search(s) and own_statement(s, _REMIT_RE.search(s).start())
                                 for s in said[:index]):
            continue
        for clause in _CLAUSE_SPLIT_RE.split(sentence):
            hit, _span = mentions_requirement(clause, requirement)
            if (hit and _CHANGE_RE.search(clause) and _FIGURE_RE.search(clause) and not _OTHERS_RE.search(clause)
                    and not NEGATION_RE.search(clause) and not WISH_RE.search(clause)):
                return clause.strip(" .")
    return ""


SMALL_TEAM = 10  # the most people in a team a job's "small team" covers (a rule of this project)
_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_TEAM_ASKED_RE = re.compile(r"(?i)\b(?:manag|lead|run|supervis|head|oversee)\w*\s+(?:an?\s+)?(?P<size>small|large)?\s*"
                            r"(?:\w+\s+)?team\b")
_TEAM_SAID_RE = re.compile(rf"(?i)\b(?:team|staff) of (?P<n>{_NUMBER})\b|\b(?P<m>{_NUMBER})[- ](?:person|strong) team\b")
_TEAM_VERB_RE = re.compile(r"(?i)\b(?:run|runs|ran|lead|led|manage|managed|head|headed|supervise|supervised|oversee|"
                           r"oversaw)\b|\b(?:with|my|our) (?:a )?(?:\w+ )?team of\b")


def team_evidence(answer: str, requirement: str) -> str:
    """The sentence of ``answer`` in which the candidate runs a team of a size that fits ``requirement`` ("managing a
    small team": 2 to :data:`SMALL_TEAM`; "leading a large team": more); "" when the requirement asks no team led or
    no sentence shows one."""
    asked = _TEAM_ASKED_RE.search(requirement or "")
    if not asked:
        return ""
    for sentence in sentences(answer or ""):
        found = _TEAM_SAID_RE.search(sentence)
        if not found or not _TEAM_VERB_RE.search(sentence) or WISH_RE.search(sentence) or NEGATION_RE.search(sentence):
            continue
        raw = (found.group("n") or found.group("m")).lower()
        size = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
        wanted = (asked.group("size") or "").lower()
        if (wanted == "small" and not 2 <= size <= SMALL_TEAM) or (wanted == "large" and size <= SMALL_TEAM):
            continue
        if own_statement(sentence, found.start()):
            return sentence.strip()
    return ""


# the candidate's own past act opening a sentence, or after its first clause ("I had 50 live files, so I moved…")
_PAST_ACT_RE = re.compile(r"(?:^|,\s*(?:so|and|then)?\s*)I\s+(?!would\b|will\b|could\b|should\b|might\b|want\w*\b|"
                          r"hope\w*\b|like\b|think\b|believe\b)(?:\w+ed|led|ran|took|set|built|made|wrote|did|"
                          r"moved|kept|found|caught|got|gave|chose|brought|began|taught)\b")


def taken_up_evidence(answer: str, requirement: str) -> str:
    """The requirement named in one sentence as what happened at work ("In 2023 the firm moved from paper files to a
    new case management system"), then taken up in the candidate's own past act in the next sentence, about the same
    thing (a word of the first sentence's besides the requirement's own: "I moved my files…"): both quoted, joined by
    an ellipsis; "" when no answer does. Session 24 re-check: "case management system — weak… not as something you
    have done" beside the story of migrating one's own 50 files to it."""
    said = sentences(answer or "")
    own_words = content_stems(requirement)
    for first, second in zip(said, said[1:], strict=False):
        hit, _span = mentions_requirement(first, requirement)
        if not hit or NEGATION_RE.search(first) or WISH_RE.search(first) or _OTHERS_RE.search(second):
            continue
        act = _PAST_ACT_RE.search(second)
        shared = (content_stems(first) - own_words) & content_stems(second)
        if act and shared and own_statement(second, act.end() - 1):
            return f"{first.strip(' .')}… {second[act.start() + act.group(0).index('I'):].strip(' ,.')}"
    return ""

