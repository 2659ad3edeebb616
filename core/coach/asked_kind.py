"""Whether an answer gives the kind of answer its question asks for, when the question is about the candidate.

A question about the candidate has the candidate for its subject, so its words are not looked for in the
answer (:func:`core.coach.subject.penalty` leaves it alone): "What motivates you?" is answered by "I like
fixing things people use every day" without the word "motivate". What such a question does ask for is a
*kind* of answer, and that kind has its own words in any answer that gives it:

* a **motivation** ("What motivates you?", "Why did you leave?", "Where do you see yourself in five
  years?", "Why should we hire you?"): a reason, a want, a goal or what the candidate would bring
  ("I enjoy", "I want to", "my goal", "I'd bring");
* a **weakness** (or feedback or criticism received): a limit the candidate owns ("I tend to", "I
  struggle with", "I can be too", "I'm working on", "I was told");
* a **strength**, or how others see the candidate: a quality claimed ("I'm good at", "my strength",
  "I'm a patient…", "colleagues say");
* an **introduction** ("Tell me about yourself"): who the candidate is now or how they got here
  ("I'm a final-year student", "I work as", "I studied", "I have six years in…").

An answer with none of its kind's words is an answer to another question (a system design told to "What
motivates you?", a story about a query to "What is your greatest weakness?"): :func:`missing_kind` names
what was asked for, and relevance loses a point for it (:func:`apply`). The cues are English; an answer
in another language is not judged.
"""

from __future__ import annotations

import logging
import re

from core.coach.question_types import QuestionType
from core.coach.stronger_intro import employer_reason
from core.schemas import DimensionScore

logger = logging.getLogger(__name__)

_I = re.IGNORECASE
_WEAKNESS_Q = re.compile(r"\bweakness|\bimprove|\bimprovement|\bdevelopment area|\b(?:feedback|criticism)\b|"
                         r"\bfail(?:ure|ed)?\b|\bmistake", _I)
_STRENGTH_Q = re.compile(r"\bstrength|\bdescribe (?:you|yourself)\b|\bwould (?:your|a) (?:colleagues|manager|team|friends|"
                         r"boss)|\bproud", _I)
_KINDS: dict[str, tuple[str, re.Pattern[str]]] = {
    "motivation": ("a reason, a goal or what you would bring", re.compile(
        r"\b(?:want|wanted|wants|wish|love|enjoy\w*|prefer\w*|thrive|valu(?:e|es|ed)|care|cares|passion\w*|motivat\w*|"
        r"interest\w*|excit\w*|drawn|draws?|attract\w*|goals?|aims?|hope|aspir\w*|see myself|ambitio\w*|dream|"
        r"career|grow|growth|develop(?:ing)?|learn(?:ing)?|looking for|reasons?|why|"
        r"(?:left|leave|leaving) (?:my|because|for|to|after|when|as)|"
        r"I (?:really )?like|I'd like|appeal\w*|"
        r"fulfil\w*|satisf\w*|rewarding|meaningful|purpose|inspir\w*|curio\w*|bring|offer|contribute|fit|match|"
        r"suited|qualified|strengths?|skills?|mission|collaborat\w*|environment|culture|balance|"
        r"happ(?:y|iest)|comfortable|opportunit\w*|chance|challeng\w*|because|since|so that)\b", _I)),
    "weakness": ("the weakness itself, and what you do about it", re.compile(
        r"\b(?:weak\w*|struggl\w*|sometimes I|I sometimes|over(?:think|analy[sz]|commit|plan|prepar)\w*|tend(?:ed)? to|"
        r"can be|could be|used to|too (?:\w+)|working on|work on|improv\w*|"
        r"learn\w*|lack\w*|not (?:as|very|great|good|always|the best)|hard for me|difficult for me|challeng\w*|"
        r"impatien\w*|perfectionis\w*|nervous|anxious|upset|frustrat\w*|angry|overcommit\w*|delegat\w*|"
        r"feedback|told me|said (?:that )?(?:I|my)|criticis\w*|mistakes?|failed|failure|wrong|better at|"
        r"standards|uncomfortable|afraid|fear|avoid\w*|slow|rush\w*|procrastinat\w*|trouble|issue with|"
        r"realis\w*|realiz\w*|changed|change|lesson|since then|now I|I now)\b", _I)),
    "strength": ("the quality you are claiming, shown by an example", re.compile(
        r"\b(?:strengths?|strong|good at|great at|best at|excel\w*|ability|able to|skill\w*|talent\w*|"
        r"I(?:'m| am) (?:a|an|very|really|quite|highly|naturally|always|known|good|great|calm|patient|reliable|"
        r"organi[sz]ed|curious|detail\w*|adaptable|resilient|proactive|passionate)|people (?:say|tell|describe|"
        r"see|would)|colleagues|known for|describe me|call me|reliab\w*|depend\w*|organi[sz]ed|patien\w*|"
        r"calm|curio\w*|adaptab\w*|persist\w*|determin\w*|creativ\w*|empath\w*|listen\w*|communicat\w*|"
        r"proud|passion\w*|quick(?:ly)? (?:learn|pick)|problem[- ]solv\w*|leader\w*|team ?player|thorough)\b", _I)),
    "introduction": ("who you are now and how you got here", re.compile(
        r"\b(?:I(?:'m| am) (?:a|an|currently|now|in my|working|studying|finishing|completing|passionate|"
        r"interested)|I (?:work|worked|studied|study|graduated|trained|started|joined|spent|moved|grew up)|"
        r"currently|my (?:background|career|degree|studies|experience|current|last|previous|role|job)|"
        r"I have (?:\w+ )?(?:years?|experience|a degree|worked|been)|I(?:'ve| have) (?:worked|been|spent|studied)|"
        r"student|graduate|degree|years? of|background|"
        # "since 2021 kitchen manager at…", "I've cooked for eleven years", "twelve years in retail" (session 18)
        r"since (?:19|20)\d{2}|I(?:'ve| have) \w+(?:ed|ught|ght)|(?:\w+|\d+) years (?:in|as|at)|for (?:about |over |nearly |"
        r"almost |some )?\w+ years|"
        # the work done now: "I run the night shift at…", "I lead the packing hall", "I own the schedule" (session 25)
        r"I (?:run|lead|manage|own|oversee|supervise|head|plan|coordinate|look after|care for|teach|handle|cover|"
        r"deliver|support|build|design|develop|maintain|process|prepare|answer)\b)\b", _I)),
}


def asked_kind(question: str, qtype: QuestionType) -> str | None:
    """The kind of answer a question about the candidate asks for (see the module docstring), or None."""
    if qtype == "motivation" or qtype == "introduction":
        return qtype
    if qtype == "self_assessment":
        if _WEAKNESS_Q.search(question or ""):
            return "weakness"
        return "strength" if _STRENGTH_Q.search(question or "") else None
    return None


def missing_kind(question: str, qtype: QuestionType, answer: str) -> str | None:
    """What the question asks for (a phrase such as "a reason, a goal or what you would bring") when
    ``answer`` gives none of it, else None. English cues only: call it for English answers."""
    kind = asked_kind(question, qtype)
    if kind is None:
        return None
    what, cue = _KINDS[kind]
    if kind == "motivation" and employer_reason(question, answer):
        return None  # "For Northwind, half-hourly smart meter data is exactly that mix…": a reason tied to it (session 20)
    if kind == "introduction" and _names_asked_place(question, answer):
        return None  # "At Crumb & Co in 2023 our night bake…" to "you're currently Head Baker at Crumb & Co" (session 25)
    return None if cue.search(answer or "") else what


_NAME_RE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w&'’-]{2,}")
_NOT_NAMES = frozenset({"CV", "Walk", "Tell", "Let's", "What", "Why"})


def _names_asked_place(question: str, answer: str) -> bool:
    """Whether ``answer`` names a place of work the opener ``question`` names (a capitalised name inside a sentence:
    "Crumb" of "you're currently Head Baker at Crumb & Co"): it tells the work done there, who the candidate is now."""
    names = {m.group(0) for m in _NAME_RE.finditer(question or "")} - _NOT_NAMES
    return any(re.search(rf"\b{re.escape(n)}\b", answer or "") for n in names)


def apply(dims: list, what: str) -> list:
    """Relevance one point lower (never below 1), saying what the question asked for, and that as a gap."""
    rel, gaps = dims[0]
    rel = DimensionScore(score=max(1, rel.score - 1), evidence=(
        f"{rel.evidence} It does not give what the question asks for: {what}."))
    return [(rel, [f"What the question asks for: {what}", *gaps]), *dims[1:]]
