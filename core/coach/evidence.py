"""Evidence that is true: whether an answer or a CV shows a job requirement.

A requirement is evidenced by an answer only where the candidate says they have it or did it
(:func:`answer_evidence`): a sentence that mentions it (by name, a variant or an obvious synonym),
in a clause with the candidate as its subject ("I", "my", "we"), neither negated ("I don't hold",
"never", "not yet") nor a wish or plan ("I want to learn", "I would like to"). A sentence about
the company or the job ("Crunch sells analytics") is not evidence of the candidate. A described
piece of work counts as doing it: breathing rate 18 -> 28 and escalated is monitoring a patient.

:func:`cv_mentions` is the CV side: a term is present when it, a variant (CI/CD ~ "CI pipeline")
or its head word ("incident response" ~ "incidents") is there. On both sides a degree's abbreviation
reads as the degree ("BSN" shows "Bachelor's degree in nursing", :mod:`core.coach.degrees`). :func:`has_number` counts numbers
written as words ("two junior engineers", "six hours to eleven minutes").
"""

from __future__ import annotations

import re

from core.analysis.job import mentions
from core.analysis.language import zipf
from core.analysis.signals import NUMBER_ANY_RE
from core.analysis.skills import find_skills
from core.analysis.text import content_stems, sentences, short_quote, stem
from core.coach.degrees import degree_requirement, degree_spans, shows_degree

# Obvious synonyms, by stem: a requirement word matches any of its group.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "monitor": ("monitor", "observ", "obs", "vital", "breathing", "respiratory", "pulse", "saturation",
                "deteriorat", "escalat", "track", "watch", "alert", "dashboard"),
    "condition": ("condition", "breathing", "respiratory", "deteriorat", "vital", "obs", "sat", "temperature",
                  "pulse", "pain", "pressure", "rate"),
    "analysi": ("analysi", "analys", "analyz", "analytic", "insight"),
    "analys": ("analysi", "analys", "analyz", "analytic", "insight"),
    "mentor": ("mentor", "coach", "train", "onboard"),
    "stakeholder": ("stakeholder", "client", "customer", "manager", "director", "board"),
    "communication": ("communicat", "present", "explain", "wrote", "writ"),
    "incident": ("incident", "outage", "postmortem", "on-call", "oncall", "pager"),
    "licens": ("licens", "registered", "registration", "certified", "pin"),
    "ci/cd": ("ci/cd", "ci", "cd", "pipeline", "continuous"),
}
NEGATION_RE = re.compile(
    r"\b(?:don'?t|do not|didn'?t|did not|never|not yet|haven'?t|have not|hasn'?t|no experience|lack|without|"
    r"isn'?t|wasn'?t|cannot|can'?t|not (?:a|an|the|really|much)|no (?:formal|real)|yet to)\b",
    re.IGNORECASE,
)
WISH_RE = re.compile(
    r"\b(?:want(?:ed)? to (?:learn|get|try|work|move|start|become|improve)|would like to|I'?d like to|hope to|"
    r"plan(?:ning)? to|keen to|eager to|looking forward to|will learn|aim to|I'?d love to|going to learn|"
    r"wish I)\b",
    re.IGNORECASE,
)
FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|we|we've|our)\b")
_CLAUSE_RE = re.compile(r",|;|\bwhich\b|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def _groups(requirement: str) -> list[tuple[str, ...]]:
    requirement = re.sub(r"['’]s\b", "", requirement)  # "Bachelor's degree" is about a bachelor
    groups = []
    for st in sorted(content_stems(requirement)):
        groups.append(SYNONYMS.get(st, (st,)))
    whole = requirement.lower()
    if whole in SYNONYMS:
        groups = [SYNONYMS[whole]]
    return groups


def _hits(text: str, requirement: str) -> tuple[int, int, tuple[int, int]]:
    """(groups matched, groups needed, span of the first matching word or (-1, -1))."""
    groups = _groups(requirement)
    if not groups:
        return 0, 1, (-1, -1)
    # each word with its span; a degree's abbreviation also stands for its words ("BSN": bachelor ... nursing)
    words = [(tok.group(0).lower(), tok.span()) for tok in re.finditer(r"[A-Za-z][A-Za-z0-9+#/-]*", text)]
    words += [(w, (start, end)) for start, end, expanded in degree_spans(text) for w in expanded.split()]
    matched, first = 0, (-1, -1)
    for group in groups:
        for word, span in words:
            if any(stem(word).startswith(g) or word.startswith(g) for g in group):
                matched += 1
                if first[0] < 0 or span[0] < first[0]:
                    first = span
                break
    needed = 1 if len(groups) == 1 else max(2, round(len(groups) * 0.6))
    return matched, needed, first


def mentions_requirement(text: str, requirement: str) -> tuple[bool, tuple[int, int]]:
    """Whether ``text`` names the requirement, a variant or a synonym; with the span of the match. A
    degree requirement is met by a degree of its level or higher, in its field when it names one,
    written out or abbreviated ("BSN"), on one line."""
    required = degree_requirement(requirement)
    if required is not None:
        offset = 0
        for line in (text or "").splitlines(keepends=True):
            shown, (start, end) = shows_degree(line, required, stem)
            if shown:
                return True, (offset + start, offset + end)
            offset += len(line)
        return False, (-1, -1)
    for hit in find_skills(text):
        if hit.name.lower() == requirement.lower():
            return True, (hit.start, hit.end)
    matched, needed, span = _hits(text, requirement)
    return matched >= needed, span


def own_statement(sentence: str, position: int) -> bool:
    """The clause around ``position`` has the candidate as subject, not negated, not a wish."""
    bounds = [0] + [m.end() for m in _CLAUSE_RE.finditer(sentence)] + [len(sentence)]
    start = max(b for b in bounds if b <= max(position, 0))
    end = min((b for b in bounds if b > position), default=len(sentence))
    clause = sentence[start:end]
    if not FIRST_PERSON_RE.search(clause):
        # "I noticed his breathing rate went from 18 to 28" puts the subject in the previous clause.
        clause = sentence[:end]
        if not FIRST_PERSON_RE.search(clause):
            return False
    return not NEGATION_RE.search(clause) and not WISH_RE.search(clause)


def answer_evidence(answer: str, requirement: str) -> tuple[str, str]:
    """("evidenced" | "mentioned" | "", quote): the candidate's own statement of the requirement,
    else a mention that does not count (negated, a wish, about the company), else nothing."""
    mentioned = ""
    for sentence in sentences(answer or ""):
        hit, (start, end) = mentions_requirement(sentence, requirement)
        if not hit:
            continue
        quoted = short_quote(sentence, max(start, 0), max(end, 0), width=8)
        if own_statement(sentence, start):
            return "evidenced", quoted
        mentioned = mentioned or quoted
    return ("mentioned", mentioned) if mentioned else ("", "")


def cv_mentions(cv_text: str, requirement: str) -> bool:
    """Whether the CV names ``requirement``, a variant ("CI/CD" ~ "CI pipeline") or its head word;
    a degree requirement only as :func:`mentions_requirement` reads degrees."""
    if degree_requirement(requirement) is not None:
        return mentions_requirement(cv_text, requirement)[0]
    if mentions(cv_text, requirement)[0] or mentions_requirement(cv_text, requirement)[0]:
        return True
    parts = [p for p in re.split(r"[/&]| and | or ", requirement) if p.strip()]
    if len(parts) > 1 and any(re.search(rf"\b{re.escape(p.strip())}\b", cv_text, re.IGNORECASE) for p in parts):
        return True
    names = sorted((w for w in re.findall(r"[A-Za-z]+", requirement) if stem(w) in content_stems(requirement)),
                   key=lambda w: zipf(w.lower()))
    head = stem(names[0]) if len(names) > 1 else ""
    return bool(head) and any(stem(w) == head for w in re.findall(r"[A-Za-z-]+", cv_text))


def has_number(text: str) -> bool:
    """Whether ``text`` has a number, in digits or words ("two", "eleven", "a dozen"), or a % / currency."""
    return bool(NUMBER_ANY_RE.search(text) or re.search(r"[%£$€]", text))
