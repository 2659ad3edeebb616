"""How much a sentence of an answer shows, to choose the evidence to quote: a sentence that only announces what
the candidate will say ("I want to explain my approach to attribution in detail") shows nothing; of the sentences
that show a requirement, the one with a number and an action outweighs a vague, hedged one ("I did social media
stuff and SEO, it went well I think"). Of the sentences that show it, the act itself, done once, with what came of
it ("I escalated to the registrar…; he was reviewed within the hour") outweighs a general or habitual claim ("I
escalate whenever a score worries me", "I'm confident with escalation"), even one with an incidental number (a
28-bed ward, six years): :func:`shown_weight`. A rule of this project, not a figure from research: structured-interview
rubrics count concrete detail (numbers, named actions) as evidence and vague or hedged wording against it, and
behavioural interviewing asks for what the candidate did on one occasion, not what they usually do (the STAR method).
"""

from __future__ import annotations

import re

from core.analysis.cues import ACTION_VERBS_EN, HEDGE, STAR_EN, UNSURE, VAGUE
from core.analysis.results import measured_result
from core.analysis.signals import NUMBER_ANY_RE

# A sentence whose own verb is about what the speaker will say: "I want to explain…", "Let me tell you about…",
# "I'd like to talk about…", "I'm going to walk you through…", "I will describe…".
_ANNOUNCE_RE = re.compile(
    r"^\s*(?:(?:so|ok(?:ay)?|well|right|first(?:ly)?|now),?\s+)?(?:I(?:'d| would) (?:like|love) to|I want(?:ed)? to|"
    r"I(?:'m| am) going to|I(?:'ll| will| can| could| should)|let me|allow me to|I(?:'d| would) start by)\s+"
    r"(?:\w+ly\s+)?(?:explain|talk|tell|describe|walk|share|go (?:through|over)|say|mention|outline|give (?:you )?"
    r"(?:an? )?(?:overview|example|summary|idea)|answer|start (?:by|with)|begin (?:by|with)|speak)\b",
    re.IGNORECASE,
)
_SELF_HEDGE_RE = re.compile(r"\b(?:I think|I believe|I guess|I suppose|it went (?:well|ok(?:ay)?|fine)|"
                            r"went (?:well|ok(?:ay)?|fine) I think)\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z]+")
# A general or habitual claim, not one occasion: "I escalate whenever…", "I always…", "I'm confident with…", "I have
# done it many times", "Escalation is a big part of the job".
_GENERAL_RE = re.compile(
    r"\b(?:I|we)(?:'m| am| are)? (?:always|usually|normally|generally|routinely|often|tend to|regularly)\b|\bwhenever\b|"
    r"\bI(?:'m| am) (?:very |really |quite )?(?:confident|comfortable|experienced|familiar|good|used to|skilled|"
    r"passionate)\b|\bmany times\b|\bevery time\b|\bI know (?:when|how)\b|"
    r"\b(?:is|are) (?:a |an )?(?:big|key|important|core|huge|large) part\b|\bI take (?:it|this|that|\w+) seriously\b",
    re.IGNORECASE)
ACT_BONUS = 2  # the act itself, on one occasion (the STAR action cue, no general claim)
OUTCOME_BONUS = 1  # ... with what came of it, in its sentence or the next
GENERAL_COST = 2  # a general or habitual claim without an act of its own


def announces(sentence: str) -> bool:
    """Whether ``sentence`` only announces what the speaker is about to say ("I want to explain my approach to
    attribution in detail", "Let me tell you about our rollout"): no evidence, nothing to quote back."""
    return bool(_ANNOUNCE_RE.match(sentence or ""))


def _acts(text: str) -> bool:
    for word in _WORD_RE.findall(text.lower()):
        for verb in (word, word[:-1], word[:-2], word[:-3]):  # "ran" is no stem; "checked", "fixes", "building"
            if verb in ACTION_VERBS_EN and len(verb) >= 3:
                return True
    return False


def evidence_weight(text: str) -> int:
    """A sentence's weight as evidence (higher shows more): +2 for a number, +1 for a workplace action
    (:data:`core.analysis.cues.ACTION_VERBS_EN`), -1 for each of vague words ("stuff", "a lot"), a hedge or an
    unsure word ("I think", "maybe", "it went well"); an announcing sentence (:func:`announces`) weighs -9."""
    if announces(text):
        return -9
    weight = 2 * bool(NUMBER_ANY_RE.search(text)) + _acts(text)
    weight -= bool(VAGUE["en"].search(text)) + bool(HEDGE["en"].search(text) or UNSURE["en"].search(text))
    return weight - bool(_SELF_HEDGE_RE.search(text))


def _act(sentence: str) -> bool:
    """Whether ``sentence`` tells an act of the candidate's on one occasion: the STAR action cue ("I escalated…",
    "I wrote down her words") and no general or habitual claim (:data:`_GENERAL_RE`)."""
    return bool(STAR_EN["action"].search(sentence)) and not _GENERAL_RE.search(sentence)


def _outcome(sentence: str) -> bool:
    """Whether ``sentence`` says what came of something: the STAR result cue or a measured result."""
    return bool(STAR_EN["result"].search(sentence) or measured_result(sentence))


def shown_weight(said: list[str], index: int) -> int:
    """The weight as evidence (higher shows more) of sentence ``index`` of ``said`` (an answer's sentences, in
    order): :func:`evidence_weight`, plus :data:`ACT_BONUS` for the act itself on one occasion and
    :data:`OUTCOME_BONUS` more when its sentence or the next says what came of it, less :data:`GENERAL_COST` for a
    general or habitual claim that tells no act ("I escalate whenever a score worries me"). Raises IndexError for an
    index outside ``said``."""
    sentence = said[index]
    weight = evidence_weight(sentence)
    if _act(sentence):
        nxt = said[index + 1] if index + 1 < len(said) else ""
        return weight + ACT_BONUS + OUTCOME_BONUS * (_outcome(sentence) or _outcome(nxt))
    return weight - GENERAL_COST * bool(_GENERAL_RE.search(sentence))


def with_result(answer: str, quoted: str) -> int:
    """:func:`evidence_weight` of ``quoted`` (a quote of one sentence of ``answer``), counting a number in a later
    sentence of the answer as one in it (+2): the result of what it shows ("I started weekly parent workshops…" then
    "Attendance grew from 5 to 22 families"); an action with its outcome shows more than one without."""
    from core.analysis.text import sentences

    said = sentences(answer or "")
    key = (quoted or "").strip("…. \"'")[:40]  # a short quote may be clipped: its first words find its sentence
    at = next((i for i, x in enumerate(said) if key and key in x), None)
    later = said[at + 1:] if at is not None else []
    result = not NUMBER_ANY_RE.search(quoted or "") and any(NUMBER_ANY_RE.search(x) for x in later)
    # the act or the general claim the quote is part of (its sentence's, :func:`shown_weight`)
    kind = shown_weight(said, at) - evidence_weight(said[at]) if at is not None else 0
    return evidence_weight(quoted) + 2 * result + kind
