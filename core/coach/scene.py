"""Role-play and dilemma stations: questions that set a scene and ask what you would say, or what should decide.

Two kinds, both asked as situational questions (:mod:`core.coach.question_types`) but judged by what such stations
look for, not by steps and trade-offs nor by a STAR story:

* ``roleplay``: the question quotes what someone says ('A patient says: "I'm scared of needles." How would you
  respond?'); the answer is a reply spoken to that person. It is judged on acknowledging the feeling, checking what
  they mean or need (a question back), keeping them safe or involving who should know, and a concrete next step or
  choice offered.
* ``dilemma``: two claims on one thing ("One bed is left: one patient waited longer, another is sicker. What should
  guide the decision?"); the answer is a reasoned judgement, judged on the principle that decides it, the trade-off
  weighed, who else decides or must know (escalation), and how the decision is explained.

These are the marking domains of multiple-mini-interview and OSCE communication stations (empathy, exploring the
person's concerns, safety and escalation, the ethical principle and its reasoning), as set out in Eva et al., "An
admissions OSCE: the multiple mini-interview", Medical Education 38 (2004), and the Calgary-Cambridge guide to the
medical interview (Kurtz, Silverman, Draper 1998). A dismissive reply ("be brave", "that video is stupid") is weak
whatever its length: it acknowledges nothing and explores nothing.
"""

from __future__ import annotations

import re

from core.analysis.text import sentences
from core.schemas import DimensionScore

# A quoted span of what someone says (straight or curly quotes, three characters or more).
_QUOTE_RE = re.compile(r"[\"“][^\"“”]{3,}[\"”]")
# Who speaks in the scene: "says", "tells you", "whispers", "asks you", "shouts", "complains", "writes"
_SPEAKS_RE = re.compile(r"\b(?:says?|said|tells? you|told you|whispers?|asks? you|shouts?|complains?|writes?|"
                        r"snaps?|cries|confides?|emails? you|comes to you)\b", re.I)
# The question asks for a reply: "How would you respond?", "What would you say (to her)?", "How would you handle it?"
_REPLY_ASK_RE = re.compile(
    r"\bhow (?:would|do|should|could) you (?:respond|reply|react|answer|handle|approach|deal with|manage)\b|"
    r"\bwhat (?:would|do|should|could|might) you (?:say|tell|reply|answer|do)\b|\bhow (?:would|should) you (?:talk|speak)\b|"
    r"\brespond to (?:this|them|him|her)\b|\bwhat is your (?:response|reply)\b", re.I)
# A past example asked for ("Tell me about a time a customer said…; how did you respond?"): a story, no scene.
_PAST_ASK_RE = re.compile(r"\btell (?:me|us) about\b|\ba time (?:when |that )?\w+\b|\bhave you (?:ever|had)\b|"
                          r"\bhow did you\b|\bwhat did you\b|\bdescribe (?:a|an|the) (?:time|situation|occasion)\b", re.I)
# The question asks what decides between claims: "What should guide the decision?", "Who should get the bed?"
_DILEMMA_ASK_RE = re.compile(
    r"\bwhat (?:should|would|ought to|must|will) (?:guide|decide|inform|drive|determine)\b|"
    r"\bwhat (?:principles?|values|factors|considerations) (?:should|ought to|must) (?:guide|decide|inform|drive)\b|"
    r"\bwho should (?:get|have|receive|be given|go first|be seen first)\b|"
    r"\bis it (?:ever )?(?:right|ethical|acceptable|fair|justified|ok|okay) to\b|\bethical(?:ly)? (?:dilemma|issues?|problem)\b|"
    r"\bhow (?:would|should|do) you decide who (?:gets|should|goes|is)\b", re.I)


def scene_kind(question: str) -> str | None:
    """``"roleplay"`` when ``question`` quotes what someone says and asks for a reply, ``"dilemma"`` when it asks what
    should decide between claims, else None. A question asking for a past example ("Tell me about a time a customer
    said…") is a story, never a scene. The asking phrase is read outside the quote, so a patient's "What would you
    do?" is no ask."""
    text = question or ""
    outside = _QUOTE_RE.sub(" ", text)
    if _PAST_ASK_RE.search(outside):
        return None
    if (_QUOTE_RE.search(text) or re.search(r"\b(?:says|tells you|whispers|asks you)\s*:", text)) and \
            _SPEAKS_RE.search(outside) and _REPLY_ASK_RE.search(outside):
        return "roleplay"
    if _DILEMMA_ASK_RE.search(outside):
        return "dilemma"
    return None



# The ask after a scene, in the present: what the candidate does about it ("How do you triage them", "What do you check
# first", "Which drops go first, and how do you decide")
_SCENE_ASK_RE = re.compile(r"^\W*(?:how|what|which|where|who|when)\b[^.?!]{0,60}?\bdo you\b", re.I)
# A lead on the candidate's CV, the job or their past, or an ask of its own: no scene
_NOT_SCENE_RE = re.compile(
    r"\byour cv\b|\b(?:this|the) (?:job|role|position)\b|\byou (?:list|wrote|mention(?:ed)?)\b|\bthinking of your\b|"
    r"\b(?:from|in) your (?:work|time)\b|\btell (?:me|us)\b|\bdescribe\b|\bwalk me through\b|\bgive (?:me|us)\b|"
    r"\bshare\b|\btalk me through\b", re.I)


def sets_scene(question: str) -> bool:
    """Whether ``question`` sets a scene in statements and then asks what the candidate does about it, in the present:
    "Three patients arrive together: chest pain, a deep cut… How do you triage them?", "The till is £50 short at close.
    What do you check?". Such a question asks what the candidate would do (a hypothetical), whatever type a bank gives
    it; a lead on the CV, the job or the candidate's past ("Your CV mentions…", "Tell me about a time…") sets none."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", (question or "").strip()) if p]
    if len(parts) < 2 or not parts[-1].rstrip().endswith("?"):
        return False
    lead = " ".join(parts[:-1])
    if "?" in lead or _PAST_ASK_RE.search(question) or _NOT_SCENE_RE.search(lead):
        return False
    return bool(_SCENE_ASK_RE.search(parts[-1]))

# ---------------------------------------------------------------- what a reply or a judgement shows (English cues)

_CUES: dict[str, re.Pattern[str]] = {
    # acknowledging the person and what they feel
    "acknowledge": re.compile(
        r"\b(?:thank you|thanks) for (?:telling|letting|being|coming|raising|sharing|bringing)\b|"
        r"\bI(?:'m| am) (?:really |so |very |truly )?(?:sorry|glad)\b|(?<!so )\bI (?:can |completely |totally )?(?:see|understand|"
        r"hear|appreciate)\b|\b(?:that|this|it) (?:must|sounds|can't have|cannot have|must have)\b|"
        r"\b(?:makes|made) (?:complete |total )?sense\b|\b(?:it's|that's|it is|that is|is) (?:completely |totally |perfectly |"
        r"very |really )?(?:understandable|natural|normal|frustrating|frightening|upsetting|worrying|scary|hard)\b|"
        r"\byou(?:'re| are) not (?:alone|in (?:any )?trouble|the only)\b|\b(?:lots of|many|a lot of) people (?:feel|find|get)\b|"
        r"\b(?:don't|do not) need to (?:apologi[sz]e|be embarrassed|feel)\b|\byou(?:'ve| have)? (?:did|done) the right thing\b|"
        r"\byou were right to\b|\bI(?:'m| am) glad you\b|\bthat (?:can't|cannot) (?:have been|be) easy\b", re.I),
    # checking what they mean or need: a question back to the person
    "explore": re.compile(
        r"\b(?:can|could|would) you tell me\b|\btell me (?:more|what|when|how|about)\b|\bso I (?:can )?understand\b|"
        r"\bwhat (?:worries|worried|concerns|concerned|scares|upset) you\b|\bis (?:there|it) anything\b|"
        r"\bwhat (?:part|was it|happened|would help|helped)\b|\bhow are you (?:feeling|doing)\b|[^.!?]*\?", re.I),
    # keeping the person safe, and who else should know or decide
    "safety": re.compile(
        r"\b(?:safe|safety|safely|escalat\w*|senior|supervisor|manager|(?:nurse|person) in charge|doctor|GP|pharmacist|"
        r"clinician|clinical team|consultant|safeguarding|designated|lead|policy|procedure|confidential\w*|consent|"
        r"ethics committee|infection control|stop|pause|break|record(?:ed)?|report|guidance|protocol)\b", re.I),
    # a concrete next step or choice offered
    "offer": re.compile(
        r"\b(?:I(?:'ll| will| can| could)|let me|we can|we could|shall I|would you like|would it help|how about|"
        r"you can|you could|if you(?:'d)? prefer)\b", re.I),
    # the principle that decides a dilemma
    "principle": re.compile(
        r"\b(?:fair\w*|unfair\w*|(?:clinical |greatest |medical )?need|priorit\w+|principle|equal\w*|ethic\w*|autonomy|"
        r"dignity|respect|honest\w*|transparen\w*|criteria|justif\w*|duty of care|best interests?|benefit|harm|risk)\b", re.I),
    # the trade-off weighed: what the other side loses, and why this outweighs it
    "trade_off": re.compile(
        r"\b(?:rather than|instead of|not (?:on|by|because|only|just)|outweigh\w*|balance\w*|weigh\w*|trade-?off|"
        r"tie-?breaker|even though|although|but|however|on the other hand|still matters?|matters? too)\b", re.I),
    # how the decision is explained to those it affects
    "explain": re.compile(r"\b(?:explain\w*|tell (?:them|him|her|both)|honest\w*|openly|recorded|record|write it down|"
                          r"told (?:why|honestly)|transparen\w*|reassess\w*|keep (?:them|him|her) (?:informed|updated))\b",
                          re.I),
}
# What only dismisses the person or the concern, whatever else is said
_DISMISSIVE_RE = re.compile(
    r"\b(?:stupid|silly|nonsense|rubbish|ridiculous|daft|calm down|be brave|man up|get over it|grow up|"
    r"don't be (?:silly|a baby|daft|so)|not my (?:fault|problem|job)|nothing I can do|(?:take|taking) it (?:so )?"
    r"(?:seriously|personally)|(?:probably|only|just) (?:just )?(?:joking|having a laugh|banter)|it(?:'s| is) only a|"
    r"doesn't hurt|(?:completely|totally|perfectly|100%|absolutely) safe|your (?:choice|problem)|deal with it|"
    r"first come,? first served|everyone (?:does|swallows|has|feels)|just (?:drink|come|bring|do it|get on|relax|ignore))\b",
    re.I)
_SECOND_PERSON_RE = re.compile(r"\b(?:you|your|you're|you've|you'll|yours)\b", re.I)

KINDS = {"roleplay": ("acknowledge", "explore", "safety", "offer"),
         "dilemma": ("principle", "trade_off", "safety", "explain")}

GAPS = {
    "acknowledge": "Acknowledge how the person feels first (\"That sounds frightening; thank you for telling me\")",
    "explore": "A question back to check what they mean or need (\"Can you tell me what worries you most?\")",
    "safety": "What keeps them safe, and who you would involve or tell (a senior colleague, the lead, the policy)",
    "offer": "A concrete next step or choice you would offer them",
    "principle": "The principle that decides it (clinical need, fairness, safety), said plainly",
    "trade_off": "The trade-off: what the other side loses, and why this outweighs it",
    "explain": "How you would explain the decision honestly to those it affects",
    "dismissive": "Take the concern seriously: never dismiss it (\"be brave\", \"that's stupid\")",
}

# Each kind's stronger-answer outline: (label, what fills it when missing), as core.coach.stronger_place.OUTLINES
OUTLINES: dict[str, tuple[tuple[str, str], ...]] = {
    "roleplay": (
        ("Acknowledge", "[what you would say first to show you heard how they feel]"),
        ("Explore", "[a question back to check what they mean or need]"),
        ("Keep safe", "[what keeps them safe, and who you would involve or tell]"),
        ("Next step", "[the step or choice you would offer, and when you would follow up]"),
    ),
    "dilemma": (
        ("Principle", "[the principle that should decide it: clinical need, fairness, safety]"),
        ("Trade-off", "[what the other side loses, and why this outweighs it]"),
        ("Who decides", "[who else should decide or know, rather than deciding alone]"),
        ("Explain", "[how you would explain the decision honestly to those it affects]"),
    ),
}
_PART_CUES = {"roleplay": {"Acknowledge": "acknowledge", "Explore": "explore", "Keep safe": "safety", "Next step": "offer"},
              "dilemma": {"Principle": "principle", "Trade-off": "trade_off", "Who decides": "safety", "Explain": "explain"}}


def shown(kind: str, answer: str) -> list[str]:
    """The parts of ``kind`` (:data:`KINDS`) that ``answer`` shows by its wording, in the kind's order."""
    return [name for name in KINDS[kind] if _CUES[name].search(answer or "")]


def dismissive(answer: str) -> list[str]:
    """The dismissive phrases of ``answer`` ("be brave", "that's stupid", "completely safe"), in order."""
    return [m.group(0) for m in _DISMISSIVE_RE.finditer(answer or "")]


_ASKS_BACK_RE = re.compile(_CUES["explore"].pattern.replace(r"|[^.!?]*\?", ""), re.I)  # its wording, not any "?"


def part_of(sentence: str, kind: str) -> str | None:
    """The outline part (:data:`OUTLINES`) a sentence of a role-play reply or a dilemma's judgement goes under: the
    first part whose cue it shows, else None; a question offering a step ("Would you like to lie down?") is the step,
    a question with no other cue checks what the person means (Explore)."""
    if kind == "roleplay" and _ASKS_BACK_RE.search(sentence) and not _CUES["acknowledge"].search(sentence):
        return "Explore"
    cues_ = [(label, cue) for label, cue in _PART_CUES[kind].items() if cue != "explore"] + [("Explore", "explore")]
    return next((label for label, cue in cues_ if label in _PART_CUES[kind] and _CUES[cue].search(sentence)), None)


def replies(kind: str, answer: str) -> bool:
    """True when ``answer`` takes up the scene: a reply spoken to the person (second person) or one showing any part of
    the kind, for a role-play; a judgement showing the principle or the trade-off, for a dilemma."""
    parts = shown(kind, answer)
    if kind == "roleplay":
        return bool(_SECOND_PERSON_RE.search(answer or "")) or bool(parts)
    return "principle" in parts or "trade_off" in parts


BRIEF_WORDS = 40  # a reply or judgement under this many words is brief


def _band(count: int) -> int:
    return min(5, 1 + count)


def scene_scores(dims: list, kind: str, answer: str) -> list:
    """The five ``(DimensionScore, gaps)`` of a role-play reply or a dilemma's judgement, by the parts it shows
    (:func:`shown`, four per kind): relevance 5 with three parts or more (4 with two, 3 with one, 2 with none),
    structure, specificity and depth 1 + the parts shown (at most 5, or 3 under :data:`BRIEF_WORDS` words); a dismissive reply counts every dimension at 2
    at most. Communication (fluency) stays as scored, capped too when dismissive. The gaps name the parts not shown.
    Otherwise, for a role-play reply showing a part, each dimension is the higher of this and ``dims`` (the situational rubric's), so a plan told in steps to a
    quoted demand ("Your manager says: 'We need it by Friday'") is never held lower than as a plan."""
    parts = shown(kind, answer)
    scorn = dismissive(answer)
    count = len(parts)
    names = ", ".join(p.replace("_", "-") for p in parts) or "none of its parts"
    what = "reply to the person" if kind == "roleplay" else "judgement of the dilemma"
    rel = {0: 2, 1: 3, 2: 4}.get(count, 5)
    gaps = [GAPS[p] for p in KINDS[kind] if p not in parts]
    evidence = f"A {what}, showing {names} ({count} of {len(KINDS[kind])})."
    if scorn:
        evidence += f" It dismisses the concern ({', '.join(repr(s) for s in scorn[:2])}), so each part counts at most 2/5."
        gaps = [GAPS["dismissive"], *gaps]
    # a brief reply shows a part by a phrase, not worked through: its structure, detail and depth count at most 3
    band = min(_band(count), 5 if len((answer or "").split()) >= BRIEF_WORDS else 3)
    out = [
        (DimensionScore(score=rel, evidence=evidence), gaps[:2]),
        (DimensionScore(score=band, evidence=f"Its parts in order: {names}."), gaps[2:3]),
        (DimensionScore(score=max(dims[2][0].score, band) if count else min(dims[2][0].score, 2),
                        evidence=dims[2][0].evidence), []),
        (DimensionScore(score=band, evidence=f"It shows {names} of what such a station looks for."), gaps[3:]),
        dims[4],
    ]
    if scorn:
        out = [(DimensionScore(score=min(d.score, 2), evidence=d.evidence), g) for d, g in out]
        out[0] = (DimensionScore(score=min(out[0][0].score, 2), evidence=evidence), out[0][1])
        return out
    if kind == "dilemma" or not parts:  # a judgement is judged as one; a reply showing no part of one gains nothing
        return out
    # a plan told in steps ("First I would break the work down…") keeps what the situational rubric found in it
    return [(mine if mine[0].score >= theirs[0].score else theirs) for mine, theirs in zip(out, dims, strict=True)]


def arranged(kind: str, text: str) -> dict[str, list[str]]:
    """Each sentence of ``text`` under the outline part (:data:`OUTLINES`) it fits (:func:`part_of`); others left out."""
    parts: dict[str, list[str]] = {label: [] for label, _ in OUTLINES[kind]}
    for s in sentences(text or ""):
        if (label := part_of(s, kind)) and not _DISMISSIVE_RE.search(s):
            parts[label].append(s)
    return parts
