"""How a sentence is told (split from :mod:`core.coach.stronger_kinds`, which re-exports the names tests import): a step
of the candidate's in the past, a habit or a rule in the present, a plan ("I would…", "we'll…"), and whether an answer
tells one past story (:func:`told_story`) or a step (:func:`told_step`); with the cues that place a sentence of a
non-story answer (past, present role, plan, what one would bring, a trait, a wish for a next role)."""

from __future__ import annotations

import re

from core.coach.wishes import STORY_WISH

# The candidate's own act in the past after "I" (one place for it: the story's pieces, core.coach.stronger_clauses, and a
# lead phrase then the act, core.coach.stronger_star, session 26): "I sent", "I then rang", "I first called"; never a state,
# a feeling or a thought ("I was", "I felt", "I realised", "I learned"): those tell the scene or the lesson.
PAST_IRREGULAR = ("sent|rang|made|took|gave|got|told|kept|ran|led|put|set|sat|met|spoke|wrote|drew|found|brought|taught|chose|"
                  "built|went|did")  # the past of the verbs of a step not made with "-ed"
OWN_PAST_ACT = (r"I\s+(?:\w+ly\s+|then\s+|also\s+|first\s+)?(?!(?:was|were|had|am|think|feel|hope|wanted|needed|used|felt|"
                r"liked|loved|hoped|realised|realized|learned|learnt)\b)(?:\w{2,}ed|" + PAST_IRREGULAR + r")\b")
_PLAN_RE = re.compile(r"\b(?:I|we)(?:'d| would|'ll| will| can| could| should)\b", re.IGNORECASE)
# What the candidate did, in the past, anywhere in a sentence ("I measured…", "…, I trained…", "we rebuilt…").
_PAST_OWN_RE = re.compile(r"\b(?:I|we)\s+(?:\w+ly\s+|then\s+|also\s+|first\s+)?(?!was\b|were\b|had\b|wanted\b|needed\b|"
                          r"used\b|(?:need|feed|seed|speed|embed|proceed|exceed|succeed)\b)(?:\w{2,}ed|built|wrote|led|ran|set|put|made|took|got|gave|found|kept|told|met|spoke|"
                          r"sent|brought|taught|chose|drew|sat|rang|won|cut|laid|paid|held|sold|bought|caught|did)\b", re.IGNORECASE)
# What the candidate does as a rule, in the present ("I dissect…", "we check…"): an approach, not a story's step.
_PRESENT_OWN_RE = re.compile(r"\b(?:I|[Ww]e)\s+(?:\w+ly\s+)?(?!(?:was|were|had|did|am|are|would|will|can|could|should|then|also|"
                             r"first|\w+ed|built|wrote|led|ran|set|put|made|took|got|gave|found|kept|told|met|spoke|sent|"
                             r"brought|taught|chose|drew|sat|rang|won|cut|laid|paid|sold|bought|caught|learnt|felt|saw|knew|thought|went|came|began|"
                             r"became|left|held|ran|did|said|won|lost|spent|grew|began|read|heard)\b)[a-z]+\b")
# How a habit or a plan is told ("I usually…", "I always…", "I check…", "I'd…"): no story.
_HABIT_RE = re.compile(r"\b(?:I|we)\s+(?:usually|always|normally|often|generally|tend to|try to)\b", re.IGNORECASE)


def told_story(said: list[str]) -> bool:
    """Whether ``said`` (an answer's sentences, in order) tells one past story rather than an approach: two or more of
    its sentences tell what the candidate did in the past (:data:`_PAST_OWN_RE`), at least a third of them, and none a
    plan ("I would…", "we'll…") or a habit ("I usually…"). A story given to "how would you…" keeps a story's headings
    (issue 15, session 15: its past steps and its result came back under "Steps:" and "Trade-offs:")."""
    if any(_PLAN_RE.search(s) or _HABIT_RE.search(s) or (_PRESENT_OWN_RE.search(s) and not _PAST_OWN_RE.search(s))
           for s in said):
        return False  # "I dissect performance across the funnel. Last quarter I…": an approach with an example
    past = sum(bool(_PAST_OWN_RE.search(s)) for s in said)
    return past >= 2 and past * 3 >= len(said)


def told_step(sentence: str) -> bool:
    """Whether ``sentence`` tells a step the candidate took or would take: a plan ("I would…", "we'll…") or an own
    action in the past (:data:`_PAST_OWN_RE`), not a habit or a credential ("I do the training every year", "I have a
    DBS"), which is no step of handling a concern (issue 15, session 15: it came back as "Act:")."""
    return bool(_PLAN_RE.search(sentence) or _PAST_OWN_RE.search(sentence))


# Where a sentence of a non-story answer fits, by its wording (used by core.coach.stronger): told in the past, the
# present, a plan, what one would bring, a trait.
_PAST_RE = re.compile(
    r"\b(?:I|we)\s+(?:\w+ly\s+)?(?:\w+ed|set|put|ran|led|built|made|took|got|gave|began|kept|found|taught|won|left|"
    r"spent|grew|became|went|did|had|was|were)\b|"
    r"\b(?:I|we)(?:'ve| have)\s+(?:\w+ed|led|run|built|made|taken|done|been|had|spent|grown|taught|won|set up)\b|"
    r"\b(?:before that|previously|earlier|ago|last year|in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# a verb that is no past tense, nor a modal or a helping one ("triage", "act"; never "led", "would", "was", "ran")
_NOT_PAST = (r"(?!(?:\w+ed|set|put|ran|led|built|made|took|got|gave|began|kept|found|taught|won|left|spent|grew|became|went|"
             r"did|had|was|were|would|could|should|will|can|may|might|must|am|also|then|just|once|never|still|now)\b)[a-z]{3,}\b")
# the present role, said in the present ("I own month-end close", "I am practice supervisor for 14 students",
# "I head the payroll team", "I've been … since 2020"): "Now", never "Before" (session 16 re-check; session 17)
_PRESENT_RE = re.compile(
    r"\b(?:now|currently|at the moment|these days|today)\b|\bI(?:'m| am) (?:a|an|the|currently|working|leading|"
    r"responsible|in charge)\b|\bI (?:work|lead|manage|run|look after|teach|coordinate|oversee|support|own|head|"
    r"supervise|handle|cover|mentor|chair|care for)\b|"
    # a role held to this day ("I've been a Band 5 staff nurse since 2020", "I have worked at Kestrel since 2019"): Now
    r"\b(?:I|we)(?:'ve| have) (?:been|worked|served)\b[^.!?]{0,80}?\bsince\b|"
    r"\bI(?:'m| am) (?!(?:a|an|the|not|also|still|very|really|so|too|quite|just|always|never|sure|happy|proud|keen|"
    r"passionate|good|great|looking|hoping|ready|glad|interested)\b)[a-z]+(?<!ed) (?:\w+ )?(?:for|of|at|on|in|to)\b|"
    # a duty told as a habit ("I often act as the senior nurse", "I triage around 30 patients a shift"): Now (session 18)
    rf"\bI (?:often|usually|regularly|routinely|always|also|mainly|mostly|sometimes|typically|normally|generally) {_NOT_PAST}|"
    rf"\bI {_NOT_PAST}[^.!?;]{{0,60}}?\b(?:a|per|each|every) (?:shift|day|night|week|fortnight|month|term|quarter)\b",
    re.IGNORECASE,
)
_APPROACH_PLAN_RE = re.compile(
    r"\b(?:I|we)(?:'d| would|'ll| will| can| could| should)\s+(?:first\s+|then\s+|also\s+)?\w+|"
    r"\b(?:start by|begin by|my first step|the first thing)\b",
    re.IGNORECASE,
)
# a wish or a plan for a next role: never a story's result (core.coach.wishes, the one source)
WISH_RE = re.compile(STORY_WISH, re.IGNORECASE)
_BRING_RE = re.compile(
    r"\bI(?:'d| would|'ll| will| can| could)? (?:bring|contribute|add|offer|help (?:the|your|you)|apply)\b", re.IGNORECASE
)
_TRAIT_RE = re.compile(
    r"\b(?:my (?:greatest |biggest |main |key )?(?:strength|weakness)|I(?:'m| am) (?:a|an|too|very|quite|not|good|"
    r"better|bad|often|sometimes)|I tend to|I can be|I struggle|I find it (?:hard|easy)|people (?:say|tell me))\b",
    re.IGNORECASE,
)
